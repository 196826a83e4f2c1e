"""Finishing early, honestly: a bot takes a seat from now on (or a person takes it back), a
deliberation closed without a seat says so, and the exercise can end before its last turn; each
is its own event with its reason, and the log, replay and report say it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import mini_scenario

from wargame.describe import describe
from wargame.errors import RuleError
from wargame.events import GameEnded, PhaseAdvanced, SeatHandedOver
from wargame.replay import state_at
from wargame.report import build_report
from wargame.session import Refused, Session
from wargame.state import ChosenAction, Phase
from wargame.store import GameFile

PINS = {"seoul": "1234", "pyongyang": "4321"}


def _game(tmp_path: Path):  # type: ignore[no-untyped-def]
    session, facilitator = Session.create(tmp_path / "g.wargame", mini_scenario(), 3, humans=PINS)
    return session, facilitator


def test_a_bot_takes_a_seat_at_once_and_its_person_is_refused_after(tmp_path: Path) -> None:
    session, facilitator = _game(tmp_path)
    seoul = session.sign_in("seoul", "1234").principal
    assert seoul is not None
    session.advance(facilitator)
    assert "seoul" not in session.state.moves
    session.hand_over(facilitator, "seoul", "bot", "The Seoul team had to leave at noon.")
    assert not session.state.seats["seoul"].human
    assert "seoul" in session.state.moves, "the bot moves at once in an open deliberation"
    with pytest.raises(Refused, match="bot plays this seat"):
        session.submit_move(seoul, "seoul", [ChosenAction("act_1")], "still here")
    # The bot keeps the seat in the next turns without anyone asking.
    session.advance(facilitator, force=True)
    while session.state.phase is not Phase.DELIBERATION:
        session.advance(facilitator)
    assert "seoul" in session.state.moves
    session.close()


def test_a_person_takes_a_seat_back_with_a_new_pin(tmp_path: Path) -> None:
    session, facilitator = _game(tmp_path)
    with pytest.raises(RuleError, match="never had a PIN"):
        session.hand_over(facilitator, "moscow", "person", "A latecomer joins.")
    with pytest.raises(RuleError, match="needs a reason"):
        session.hand_over(facilitator, "moscow", "person", "  ", pin="7777")
    session.hand_over(facilitator, "moscow", "person", "A latecomer joins.", pin="7777")
    assert session.state.seats["moscow"].human
    assert session.sign_in("moscow", "7777").principal is not None
    session.advance(facilitator)
    assert "moscow" not in session.state.moves, "no bot moves for a seat a person has"
    session.close()


def test_every_change_is_on_the_record_and_replays(tmp_path: Path) -> None:
    session, facilitator = _game(tmp_path)
    session.advance(facilitator)
    pyongyang = session.sign_in("pyongyang", "4321").principal
    assert pyongyang is not None
    session.submit_move(pyongyang, "pyongyang", [ChosenAction("act_1")], "")
    session.advance(facilitator, force=True)  # Seoul has not moved
    for _ in range(2):
        session.advance(facilitator)
    session.hand_over(facilitator, "pyongyang", "bot", "Pyongyang's team left.")
    session.end_exercise(facilitator, "The room ran out of time.")
    assert session.state.ended and session.state.end_reason == "stopped"
    events = [s.event for s in session.log()]
    closing = next(e for e in events if isinstance(e, PhaseAdvanced) and e.without)
    assert closing.without == ["seoul"]
    assert "without Seoul, who made no move" in describe(closing, session.scenario)
    handed = next(e for e in events if isinstance(e, SeatHandedOver))
    assert describe(handed, session.scenario) == (
        "Pyongyang is played by a bot from now on: Pyongyang's team left."
    )
    ended = events[-1]
    assert isinstance(ended, GameEnded) and ended.note == "The room ran out of time."
    assert "stopped by the facilitator: The room ran out of time." in describe(ended)
    live = session.state
    session.close()
    with GameFile.open(tmp_path / "g.wargame") as game_file:
        assert state_at(game_file) == live
        report = build_report(game_file)
    first, second = report.turns[0], report.turns[1]
    seoul = next(m for m in first.moves if m.seat == "Seoul")
    assert seoul.note == "made no move: adjudicated without it" and not seoul.decisions
    assert any("Pyongyang is played by a bot" in line for line in second.white_cell)
    facts = dict(report.facts)
    assert "Pyongyang (played by people; a bot from turn 2)" in facts["Seats"]


def test_an_ended_exercise_cannot_end_again_or_change_hands(tmp_path: Path) -> None:
    session, facilitator = _game(tmp_path)
    session.end_exercise(facilitator, "A fire drill.")
    for command in (
        lambda: session.end_exercise(facilitator, "again"),
        lambda: session.hand_over(facilitator, "seoul", "bot", "late"),
    ):
        with pytest.raises(RuleError, match="has ended"):
            command()
    seoul = session.sign_in("seoul", "1234").principal
    assert seoul is not None
    with pytest.raises(Refused):
        session.end_exercise(seoul, "a seat may not")
    session.close()
