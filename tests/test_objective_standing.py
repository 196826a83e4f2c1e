"""Where an objective stands during play: secured or lost only when nothing left in the game can
change it, holding so far or still open otherwise; met or missed once the exercise ends."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wargame.autoplay import play_turn
from wargame.conditions import holds, objective_standing, settled
from wargame.engine import Game
from wargame.scenario import Condition
from wargame.scenario_file import load_scenario

KOREA = load_scenario("korea-2025")


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**31))
def test_what_is_settled_during_play_is_how_the_game_ends(seed: int) -> None:
    """A condition called secured (or lost) at any turn holds (or fails) when the game ends."""
    game = Game.new(KOREA, seed)
    decided: dict[tuple[str, str], bool] = {}
    while not game.state.ended:
        play_turn(game, KOREA.actor_ids)
        for actor in KOREA.actors:
            for objective in actor.objectives:
                verdict = settled(objective.condition, game.state)
                if verdict is not None:
                    decided.setdefault((actor.id, objective.id), verdict)
    assert decided, "some objective is decided before the end in every game"
    for (actor, objective_id), verdict in decided.items():
        objective = next(o for o in KOREA.actor(actor).objectives if o.id == objective_id)
        assert holds(objective.condition, game.state) is verdict, (seed, actor, objective_id)


def test_an_objective_judged_over_the_whole_crisis_holds_only_so_far_until_the_end() -> None:
    game = Game.new(KOREA, 1)
    keep_below = Condition.model_validate({"peak": {"at_most": 5}})
    assert holds(keep_below, game.state) and settled(keep_below, game.state) is None
    crossed_any = Condition.model_validate({"crossed": {}})
    assert settled(crossed_any, game.state) is None
    assert settled(Condition.model_validate({"not": {"turn": {"at_most": 0}}}), game.state)
    standing = objective_standing(game.state, "seoul")
    assert set(standing.values()) <= {"holding", "open", "secured", "lost"}
    assert "met" not in standing.values(), "nothing is met before the end"


def test_at_the_end_every_objective_is_met_or_missed() -> None:
    game = Game.new(KOREA, 4)
    while not game.state.ended:
        play_turn(game, KOREA.actor_ids)
    for actor in KOREA.actor_ids:
        standing = objective_standing(game.state, actor)
        assert set(standing.values()) <= {"met", "missed"}
        met = {o for o, s in standing.items() if s == "met"}
        objectives = KOREA.actor(actor).objectives
        assert met == {o.id for o in objectives if holds(o.condition, game.state)}
