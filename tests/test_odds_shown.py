"""One probability per action, wherever it is shown: the adjudication's rationale, the event log,
the report, each seat's results and the room's all show the very number the roll was compared
with (or, for a seat, the odds as it could know them), and the modifiers shown add up to it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wargame.autoplay import submit_bot_moves
from wargame.describe import describe
from wargame.events import ActionAdjudicated
from wargame.fog import FACILITATOR, PUBLIC, view
from wargame.replay import new_game, state_at
from wargame.report import build_report, report_html
from wargame.scenario_file import load_scenario
from wargame.state import Phase
from wargame.store import GameFile

PERCENT = r"(\d+)%"
SIGNED = r"([+-]\d+)%"
ROLLED = re.compile(
    rf"base {PERCENT}(.*) → {PERCENT}\. Roll (\d\.\d\d) ([<≥]) (\d\.\d\d): "
    r"the action (succeeds|falls short)\.$"
)
KNOWN = re.compile(
    rf"base {PERCENT}(.*) → {PERCENT} as far as you may know; "
    r"the action (succeeds|falls short)\.$"
)
LOGGED = re.compile(rf"\(p={PERCENT}, roll (\d\.\d\d)\)$")
TAGGED = re.compile(rf"{PERCENT} · (\d\.\d\d) · (success|failure)")


@pytest.fixture(scope="module")
def game_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """korea-2025 played to its end by bots, seed 10, with a stated judgement of Seoul's
    argument every turn that is no whole number of points."""
    path = tmp_path_factory.mktemp("odds") / "g10.wargame"
    scenario = load_scenario()
    game_file, game = new_game(path, scenario, seed=10)
    with game_file:
        while not game.state.ended:
            if game.state.phase is Phase.DELIBERATION:
                submit_bot_moves(game, scenario.actor_ids)
                game.rate_argument("seoul", "stated", "a fair point, partly", 0.073)
            game.advance(force=True)
    return path


def _clamped(points: int) -> int:
    return min(95, max(5, points))


def _adds_up(base: str, listed: str, total: str) -> None:
    """The base and every modifier listed, in whole points, make the total shown; none is 0."""
    modifiers = [int(m) for m in re.findall(rf"; .*? {SIGNED}", listed)]
    assert len(modifiers) == listed.count("; "), listed
    assert 0 not in modifiers, listed
    assert _clamped(int(base) + sum(modifiers)) == int(total), (base, listed, total)


def test_every_place_shows_the_probability_the_roll_was_compared_with(game_path: Path) -> None:
    with GameFile.open(game_path) as game_file:
        events = game_file.events()
        state = state_at(game_file)
        chronicle = game_file.chronicle()
        report = build_report(game_file)
    html = report_html(report)
    adjudicated = {e.seq: e.event for e in events if isinstance(e.event, ActionAdjudicated)}
    assert len(adjudicated) > 50

    # The threshold itself: whole points, and the base and modifiers recorded make it.
    for event in adjudicated.values():
        assert round(event.probability, 2) == event.probability
        assert all(round(v, 2) == v and v for _, _, v, _ in event.modifiers)
        total = round((event.base + sum(v for _, _, v, _ in event.modifiers)) * 100)
        assert _clamped(total) == round(event.probability * 100)
        assert event.success == (event.roll < event.probability)

    # The event log.
    for event in adjudicated.values():
        logged = LOGGED.search(describe(event))
        assert logged, describe(event)
        assert int(logged[1]) == round(event.probability * 100)
        assert (float(logged[2]) < event.probability) == event.success

    # The facilitator's view: table numbers and rationale.
    facilitator = {r["id"]: r for r in view(state, FACILITATOR, chronicle=chronicle)["results"]}
    assert set(facilitator) == set(adjudicated)
    for seq, result in facilitator.items():
        event = adjudicated[seq]
        assert result["probability"] == event.probability and result["roll"] == event.roll
        told = ROLLED.search(result["rationale"])
        assert told, result["rationale"]
        base, listed, total, roll, sign, threshold, verdict = told.groups()
        _adds_up(base, listed, total)
        assert int(total) == round(event.probability * 100)
        assert float(threshold) == event.probability
        assert (sign == "<") == (float(roll) < float(threshold)) == event.success
        assert verdict == ("succeeds" if event.success else "falls short")

    # The report, which is the facilitator's: every odds tag and every rationale.
    tags = sorted((int(p), roll, verdict == "success") for p, roll, verdict in TAGGED.findall(html))
    expected = sorted(
        (
            round(e.probability * 100),
            ROLLED.search(facilitator[seq]["rationale"])[4],  # type: ignore[index]
            e.success,
        )
        for seq, e in adjudicated.items()
    )
    assert tags == expected
    decisions = [d for turn in report.turns for move in turn.moves for d in move.decisions]
    assert sorted(d.rationale for d in decisions) == sorted(
        r["rationale"] for r in facilitator.values()
    )

    # Each seat and the room: the odds as they could know them, adding up, and no roll.
    for seat in (*state.scenario.actor_ids, PUBLIC):
        for result in view(state, seat, chronicle=chronicle)["results"]:
            assert "roll" not in result
            told = KNOWN.search(result["rationale"])
            assert told, (seat, result["rationale"])
            base, listed, total, verdict = told.groups()
            _adds_up(base, listed, total)
            assert int(total) == round(result["probability"] * 100)
            points = round(result["base"] * 100) + sum(
                round(v * 100) for _, v in result["modifiers"]
            )
            assert _clamped(points) == int(total)
            assert verdict == ("succeeds" if result["success"] else "falls short")
