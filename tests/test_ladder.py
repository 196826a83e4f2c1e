"""The escalation ladder of korea-2025 as a designer would have it: military tension apart from
the hardening of blocs, armed clash only by an incident with named odds (or a use of force),
scripted escalation that depends on the moment, repetition that wears out what it should,
counter-moves that counter, and bots that take long shots only for a reason."""

from __future__ import annotations

import pytest
from helpers import play_turn_as

from wargame.adjudication import Assessor, assess
from wargame.autoplay import play, submit_bot_moves
from wargame.bots import LONG_SHOT, choose_move, long_shot_reason
from wargame.engine import Game
from wargame.scenario import Scenario
from wargame.scenario_file import load_scenario
from wargame.state import ChosenAction, Phase


@pytest.fixture(scope="module")
def korea() -> Scenario:
    return load_scenario("korea-2025")


LAUNCH = ChosenAction("missile_launch")


def test_a_launch_repeated_until_routine_moves_no_ladder(korea: Scenario) -> None:
    game = Game.new(korea, seed=3)
    climbed = []
    for _ in range(3):
        play_turn_as(game, {"pyongyang": [LAUNCH]}, succeed=False)
        (launch,) = game.chronicle[-1].results
        climbed.append((launch.worn_out, launch.applied.escalation))
    # A failed launch still frightens while it is new (in turn 1 the ICBM display, INJ-02, has
    # already moved the ladder the one rung a turn may take); by the third it is routine.
    assert climbed == [(False, 0), (False, 1), (True, 0)], climbed


def test_sustained_actions_do_not_wear_out(korea: Scenario) -> None:
    game = Game.new(korea, seed=3)
    sanctions = ChosenAction("tighten_sanctions")
    for _ in range(3):
        play_turn_as(game, {"washington": [sanctions]})
    game.advance()
    names = [f.name for f in assess(game.state, "washington", sanctions).modifiers]
    assert not any(name.startswith("Tried") for name in names), names
    drills = assess(game.state, "washington", ChosenAction("combined_drills"))
    assert not any(f.name.startswith("Tried") for f in drills.modifiers)


def test_troops_to_russia_cost_pyongyang_with_washington(korea: Scenario) -> None:
    game = Game.new(korea, seed=3)
    game.advance()
    before = game.state.relation("pyongyang", "washington")
    play_turn_as(game, {"pyongyang": [ChosenAction("troops_to_russia", "moscow")]})
    (troops,) = game.chronicle[-1].results
    assert ("pyongyang", "washington", -5) in troops.applied.relations
    assert game.state.relation("pyongyang", "washington") < before
    # Troops to Russia harden the blocs; they do not, by themselves, bring fire at the line.
    assert troops.applied.escalation == 0 and troops.applied.blocs == 1


def test_a_counter_move_is_aimed_at_the_actor_and_opposes_the_action(korea: Scenario) -> None:
    game = Game.new(korea, seed=7)
    game.advance()  # to deliberation
    aid = ChosenAction("economic_lifeline", "pyongyang")
    game.submit_move("beijing", [aid], "")
    game.submit_move("pyongyang", [LAUNCH], "")
    # A launch is aimed at no one: it is no counter to Beijing's aid to Pyongyang.
    named = [f.name for f in assess(game.state, "beijing", aid).modifiers]
    assert not any(name.startswith("Counter-move") for name in named), named
    # Beijing pressing Pyongyang is aimed at it and opposes its bid for Beijing's cover.
    cover = ChosenAction("seek_beijing_cover", "beijing")
    game.submit_move("beijing", [aid, ChosenAction("press_pyongyang", "pyongyang")], "")
    named = [f.name for f in assess(game.state, "pyongyang", cover).modifiers]
    assert "Counter-move by Beijing" in named, named


def _release_at(korea: Scenario, escalation: int) -> int:
    """What INJ-23 (launches before the last turn's visit) adds to a ladder at `escalation`."""
    game = Game.new(korea.model_copy(update={"start_escalation": escalation}), seed=1)
    before = game.state.escalation
    game.release_inject("INJ-23")
    return game.state.escalation - before


def test_scripted_escalation_is_conditional(korea: Scenario) -> None:
    assert _release_at(korea, 1) == 1
    assert _release_at(korea, 4) == 0


def test_armed_incident_comes_only_from_a_check_with_named_odds(korea: Scenario) -> None:
    rung = korea.incident.rung if korea.incident else 0
    reached = 0
    for seed in range(1, 41):
        game = Game.new(korea, seed=seed)
        play(game, korea.actor_ids, language=None)
        before = korea.start_escalation
        for record in game.chronicle:
            if record.escalation >= rung > before:
                reached += 1
                kinetic = any(
                    korea.action(r.actor, r.action).kinetic and r.success for r in record.results
                )
                check = record.incident
                assert kinetic or (check is not None and check.happened), (seed, record.turn)
                assert check is None or (check.probability > 0 and check.by)
            before = record.escalation
    assert reached > 0  # the rule was put to the test


def test_bots_take_long_shots_only_with_a_reason(korea: Scenario) -> None:
    taken = 0
    for seed in range(1, 16):
        game = Game.new(korea, seed=seed)
        while not game.state.ended:
            if game.state.phase is Phase.DELIBERATION:
                for actor in korea.actor_ids:
                    for chosen in choose_move(game.state, actor):
                        seen = game.state.moved(moves={})
                        p = assess(seen, actor, chosen).probability
                        action = korea.action(actor, chosen.action)
                        taken += 1
                        assert p > LONG_SHOT or long_shot_reason(seen, action), (seed, chosen)
                submit_bot_moves(game, korea.actor_ids, language=None)
                game.advance(force=True)
            else:
                game.advance()
    assert taken > 0


def test_a_bot_weighs_the_very_odds_the_roll_is_made_against(korea: Scenario) -> None:
    game = Game.new(korea, seed=11)
    play(game, korea.actor_ids, turns=4, language=None)
    game.advance()
    for actor in korea.actor_ids:
        assessor = Assessor(game.state, actor)
        for action in korea.actor(actor).actions:
            for target in action.targets or [None]:
                chosen = ChosenAction(action.id, target)
                assert assessor.probability(chosen) == assess(game.state, actor, chosen).probability
