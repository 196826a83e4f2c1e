"""Properties of the engine over any sequence of legal commands (hypothesis)."""

from __future__ import annotations

import contextlib
import json

import pytest
from helpers import (
    FACILITATOR_ONLY,
    assert_folds_to_the_live_game,
    covert_scenario_data,
    mini_scenario,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wargame.engine import Game
from wargame.errors import RuleError
from wargame.events import Event, ObservationModel
from wargame.fog import PUBLIC, view
from wargame.free_actions import Judgement, ProposedAction
from wargame.scenario import Effect, IndicatorChange, RelationChange, Scenario
from wargame.state import ChosenAction, Phase

SCENARIO = mini_scenario()
ACTORS = SCENARIO.actor_ids
COMMANDS = (
    "advance",
    "release",
    "hold",
    "edit",
    "add",
    "move",
    "rate",
    "override",
    "undo",
    "observe",
    "revise",
    "withdraw",
    "judge",
)


def _secret(actor: str, n: int) -> str:
    return f"<secret-argument-of-{actor}-{n}>"  # closed: 1 is never found inside 11


COVERT = Scenario.model_validate(covert_scenario_data())
"""Every actor also has a covert military move aimed at another actor."""


def _run(
    data: st.DataObject, seed: int, scenario: Scenario = SCENARIO
) -> tuple[Game, list[Event], list[tuple]]:
    """Play commands drawn by hypothesis; return the game, its log and the commands."""
    log: list[Event] = []
    game = Game.new(scenario, seed, recorder=lambda rs: log.extend(r.event for r in rs))
    commands: list[tuple] = []
    for n in range(data.draw(st.integers(5, 120), label="length")):
        if game.state.ended:
            break
        command = _draw_command(data, game, n)
        commands.append(command)
        _attempt(game, command)
    return game, log, commands


def _draw_command(data: st.DataObject, game: Game, n: int) -> tuple:
    kind = data.draw(st.sampled_from(COMMANDS))
    scenario = game.scenario
    injects = [i.id for i in scenario.injects] + list(game.state.injects)
    if kind in ("release", "hold", "edit"):
        return (kind, data.draw(st.sampled_from(injects)))
    if kind == "add":
        audience = data.draw(st.none() | st.lists(st.sampled_from(ACTORS), min_size=1, unique=True))
        return (kind, f"ad hoc {n}", audience, _draw_effect(data))
    if kind == "move":
        actor = data.draw(st.sampled_from(ACTORS))
        proposals = [
            ProposedAction(
                title=data.draw(st.sampled_from([f"free {n}", f"free {n}", " "])),
                target=data.draw(st.none() | st.sampled_from(ACTORS)),
                argument=_secret(actor, n),
            )
            for _ in range(data.draw(st.integers(0, 2)))
        ]
        chosen = _draw_move(data, scenario, actor)[: 2 - len(proposals)]
        return (kind, actor, chosen, _secret(actor, n), proposals)
    if kind == "judge":
        # Mostly a proposal still waiting, so that free actions get as far as the roll.
        waiting = [(a, i) for a, m in game.state.moves.items() for i in m.unjudged()]
        actor, proposal = data.draw(
            st.sampled_from(waiting) if waiting else st.tuples(st.sampled_from(ACTORS), st.just(0))
        )
        judgement = Judgement(
            accepted=data.draw(st.booleans()),
            reason=data.draw(st.sampled_from([f"judged {n}", f"judged {n}", ""])),
            base=data.draw(st.sampled_from([0.05, 0.3, 0.5, 0.95, 0.99])),
            factors=data.draw(
                st.lists(st.tuples(st.just("factor"), st.floats(-0.6, 0.6)), max_size=2)
            ),
            audience=data.draw(
                st.none() | st.lists(st.sampled_from(ACTORS), max_size=2, unique=True)
            ),
            on_success=_draw_effect(data),
            on_failure=_draw_effect(data),
        )
        return (kind, actor, proposal, judgement)
    if kind == "rate":
        actor = data.draw(st.sampled_from(ACTORS))
        rating = data.draw(st.sampled_from(["strong", "weak", "stated", "none"]))
        change = data.draw(st.none() | st.floats(-0.35, 0.35)) if rating == "stated" else None
        return (kind, actor, rating, change, f"reason {n}")
    if kind == "override":
        ids = [a.id for a in game.state.adjudications] or [0]
        shown = data.draw(st.booleans())
        return (kind, data.draw(st.sampled_from(ids)), data.draw(st.booleans()), shown, n)
    if kind in ("observe", "revise", "withdraw"):
        ids = list(game.state.observations) or [0]
        seats = data.draw(st.lists(st.sampled_from(ACTORS), max_size=2, unique=True))
        noted = ObservationModel(
            text=f"observation {n}",
            kind=data.draw(st.sampled_from(["strength", "improvement"])),
            seats=seats,
            turn=data.draw(st.none() | st.integers(1, 3)),
        )
        return (kind, data.draw(st.sampled_from(ids)), noted)
    return (kind, data.draw(st.booleans()))


def _draw_effect(data: st.DataObject) -> Effect:
    """An effect as the facilitator may give one during play: on the ladder, an indicator and
    a relation, large enough to meet the clamps."""
    indicators = data.draw(
        st.lists(
            st.builds(
                IndicatorChange,
                actor=st.sampled_from(ACTORS),
                indicator=st.sampled_from(["support", "readiness"]),
                change=st.integers(-60, 60),
            ),
            max_size=2,
        )
    )
    relations = data.draw(
        st.lists(
            st.builds(
                RelationChange,
                between=st.lists(st.sampled_from(ACTORS), min_size=2, max_size=2, unique=True).map(
                    tuple
                ),
                change=st.integers(-150, 150),
            ),
            max_size=2,
        )
    )
    escalation = data.draw(st.integers(-3, 3))
    return Effect(escalation=escalation, indicators=indicators, relations=relations)


def _draw_move(data: st.DataObject, scenario: Scenario, actor: str) -> tuple[ChosenAction, ...]:
    menu = scenario.actor(actor).actions
    picks = data.draw(st.lists(st.sampled_from(menu), max_size=2, unique_by=lambda a: a.id))
    return tuple(
        ChosenAction(a.id, data.draw(st.sampled_from(a.targets)) if a.targets else None)
        for a in picks
    )


def _override_reason(n: int) -> str:
    # Closed at both ends, so that reason 1 is never found inside reason 11.
    return f"<override-reason-{n}>"


def _attempt(game: Game, command: tuple) -> None:
    # A refused command changes nothing, which the fold check also proves.
    with contextlib.suppress(RuleError):
        _perform(game, command)


def _perform(game: Game, command: tuple) -> None:
    match command:
        case ("advance", force):
            game.advance(force=force)
        case ("release", inject):
            game.release_inject(inject)
        case ("hold", inject):
            game.hold_inject(inject)
        case ("edit", inject):
            game.edit_inject(inject, "Edited title", "Edited body", ["seoul"])
        case ("add", title, audience, effects):
            game.add_inject(title, "An ad hoc development.", audience, effects)
        case ("move", actor, chosen, argument, proposals):
            game.submit_move(actor, list(chosen), argument, proposals)
        case ("judge", actor, proposal, judgement):
            game.judge_free_action(actor, proposal, judgement)
        case ("rate", actor, rating, change, reason):
            game.rate_argument(actor, rating, reason, change)
        case ("override", adjudication, success, shown, n):
            game.override(adjudication, success, _override_reason(n), reason_shown=shown)
        case ("undo", _):
            game.undo()
        case ("observe", _, noted):
            game.record_observation(noted)
        case ("revise", observation, noted):
            game.revise_observation(observation, noted)
        case ("withdraw", observation, _):
            game.withdraw_observation(observation)


settings.register_profile(
    "engine", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@settings(settings.get_profile("engine"))
@given(data=st.data(), seed=st.integers(0, 2**31 - 1))
def test_replaying_the_log_gives_exactly_the_live_state(data: st.DataObject, seed: int) -> None:
    game, log, _ = _run(data, seed)
    assert_folds_to_the_live_game(SCENARIO, log, game)


@settings(settings.get_profile("engine"))
@given(data=st.data(), seed=st.integers(0, 2**31 - 1))
def test_same_seed_and_commands_give_identical_json(data: st.DataObject, seed: int) -> None:
    game, _, commands = _run(data, seed)
    again = Game.new(SCENARIO, seed)
    for command in commands:
        _attempt(again, command)
    first = json.dumps(view(game.state), sort_keys=True)
    assert first == json.dumps(view(again.state), sort_keys=True)


@pytest.mark.parametrize("scenario", [SCENARIO, COVERT], ids=["mini", "covert"])
@settings(settings.get_profile("engine"))
@given(data=st.data(), seed=st.integers(0, 2**31 - 1))
def test_no_seat_ever_sees_another_seats_private_inject_or_move_or_the_msels_notes(
    scenario: Scenario, data: st.DataObject, seed: int
) -> None:
    game, _, commands = _run(data, seed, scenario)
    state = game.state
    past = [a for record in game.chronicle for a in record.results]
    adjudications = {a.id: a for a in (*past, *state.adjudications)}
    for seat in (*ACTORS, PUBLIC):
        shown = view(state, seat, chronicle=game.chronicle)
        text = json.dumps(shown)
        for inject in shown["injects"]:
            assert inject["audience"] == "all" or seat in inject["audience"]
        for result in shown["results"]:
            assert result["audience"] == "all" or seat in result["audience"]
            if state.phase not in (Phase.OUTCOME, Phase.ENDED):
                assert result["turn"] < state.turn  # this turn's outcomes are not out yet
            _assert_only_known_factors(seat, result, shown, adjudications[result["id"]])
        for command in commands:
            if command[0] == "move" and command[1] != seat:
                assert command[3] not in text
            if command[0] == "override" and not command[3]:  # for the record only
                assert _override_reason(command[4]) not in text
        assert set(shown["moves"]) <= {seat}
        assert "observations" not in shown and "observation " not in text
        for language in ("en", "ko"):
            words = json.dumps(view(state, seat, language, game.chronicle), ensure_ascii=False)
            assert FACILITATOR_ONLY not in words, (seat, language)  # notes, questions, …


def _assert_only_known_factors(seat: str, result: dict, shown: dict, adjudication) -> None:
    """Every modifier named to `seat` is one it may know of; a counter-move is named only
    when `seat` can see that military move among its own results."""
    known = {f.name for f in adjudication.modifiers if f.audience is None or seat in f.audience}
    for name, _ in result["modifiers"]:
        assert name in known, (seat, name)
        if name.startswith("Counter-move by"):
            assert any(
                r["actor"] == result["target"]
                and r["target"] == result["actor"]
                and r["category"] == "military"
                and r["turn"] == result["turn"]
                for r in shown["results"]
            ), (seat, result)
    hidden = [f.name for f in adjudication.modifiers if f.name not in known]
    assert not any(name in result["rationale"] for name in hidden), (seat, result["rationale"])


def _but_the_outcome(result: dict) -> dict:
    """A result as shown, less whether it succeeded (and the words that say so)."""
    verdict = "succeeds" if result["success"] else "falls short"
    words = result["rationale"].replace(f"the action {verdict}.", "the action …")
    return {**{k: v for k, v in result.items() if k != "success"}, "rationale": words}


@settings(settings.get_profile("engine"))
@given(data=st.data(), seed=st.integers(0, 2**31 - 1))
def test_a_move_hidden_from_a_seat_changes_nothing_it_is_shown_but_outcomes(
    data: st.DataObject, seed: int
) -> None:
    """Two turns that differ only in one move a seat may not see show that seat the same
    results, odds and words, except whether each action succeeded: what its hidden modifiers
    did to the odds can only show, as in life, in outcomes."""
    seat = data.draw(st.sampled_from([*ACTORS, PUBLIC]), label="seat")
    mover = data.draw(st.sampled_from([a for a in ACTORS if a != seat]), label="mover")
    hidden = [
        ChosenAction(a.id, target)
        for a in COVERT.actor(mover).actions
        if a.audience != "all"
        for target in a.targets or [None]
    ]
    one, other = data.draw(
        st.lists(st.sampled_from(hidden), min_size=2, max_size=2, unique=True), label="hidden"
    )
    moves = {a: _draw_move(data, COVERT, a) for a in ACTORS if a != mover}
    shown = []
    for choice in (one, other):
        game = Game.new(COVERT, seed)
        game.advance()
        for actor, chosen in moves.items():
            if chosen:
                game.submit_move(actor, list(chosen), "")
        game.submit_move(mover, [choice], "")
        game.advance(force=True)  # adjudicate
        game.advance()  # publish
        shown.append([_but_the_outcome(r) for r in view(game.state, seat)["results"]])
    assert shown[0] == shown[1]
