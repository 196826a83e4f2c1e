"""The facilitator's next step, as the core decides it and `Game.advance` follows it."""

from __future__ import annotations

from helpers import mini_scenario, steps_until

from wargame.autoplay import submit_bot_moves
from wargame.engine import Game
from wargame.facilitation import next_step
from wargame.state import ChosenAction


def _game() -> Game:
    return Game.new(mini_scenario(), seed=5, humans={"seoul": "1234"})


def test_the_briefing_step_names_the_injects_it_will_release() -> None:
    game = _game()
    step = next_step(game.state)
    assert (step.kind, step.enabled, step.due) == ("open_deliberation", True, ("INJ-1", "INJ-2"))
    game.advance()
    assert set(game.state.released) == set(step.due)


def test_deliberation_waits_for_the_seats_that_have_not_moved() -> None:
    game = _game()
    game.advance()
    submit_bot_moves(game, [a for a in game.scenario.actor_ids if a != "seoul"])
    step = next_step(game.state)
    assert (step.kind, step.enabled, step.waiting) == ("adjudicate", False, ("seoul",))
    game.submit_move("seoul", [], "")
    assert next_step(game.state).enabled


def test_a_turn_that_reaches_the_top_of_the_ladder_says_next_ends_the_exercise() -> None:
    game = _game()
    game.advance()
    for actor in game.scenario.actor_ids:
        game.submit_move(actor, [ChosenAction("act_2"), ChosenAction("act_5")])
    game.advance()
    for a in game.state.adjudications:
        game.override(a.id, True, "all succeed")
    game.advance()
    step = next_step(game.state)
    assert game.state.turn < game.scenario.turns, "not the last turn: only the ladder ends it"
    assert (step.kind, step.ends) == ("end_exercise", "top_of_ladder")
    game.advance()
    assert game.state.ended and game.state.end_reason == step.ends


def test_an_ordinary_outcome_leads_to_the_next_turn_and_the_last_one_to_the_end() -> None:
    game = _game()
    kinds = []
    for _ in steps_until(lambda: game.state.ended, game.scenario):
        if game.state.phase.value == "deliberation":
            submit_bot_moves(game, game.scenario.actor_ids)
        step = next_step(game.state)
        if step.kind in ("next_turn", "end_exercise"):
            kinds.append((game.state.turn, step.kind, step.ends))
        game.advance(force=True)
    assert next_step(game.state).kind == "ended" and not next_step(game.state).enabled
    *earlier, last = kinds
    assert all(kind == "next_turn" for _, kind, _ in earlier)
    assert last[1] == "end_exercise" and last[2] == game.state.end_reason
