"""A browser seat proposes a free action with its move, and sees what became of it; a game with
nobody at the console offers none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rooms import Room

from wargame.free_actions import Judgement
from wargame.white_cell import AutoWhiteCell


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    opened = Room(tmp_path)
    yield opened
    opened.close()


def _propose(device, title: str, target: str, argument: str):  # type: ignore[no-untyped-def]
    device.seat_page()
    form = {
        "csrf": device.csrf(),
        "seat": "seoul",
        "argument": "",
        "free_title": title,
        "free_target": target,
        "free_argument": argument,
    }
    return device.post("/seat/move", data=form)


def test_a_browser_seat_proposes_a_free_action_and_learns_why_it_was_turned_down(
    room: Room,
) -> None:
    room.deliberate()
    seoul = room.seated("seoul")
    page = seoul.seat_page().text
    assert "Propose an action not on your menu" in page
    sent = _propose(seoul, "Quiet <b>talks", "pyongyang", "Used\r\nbefore")
    assert sent.status_code == 303
    (proposal,) = room.session.state.moves["seoul"].proposals
    assert (proposal.title, proposal.target, proposal.argument) == (
        "Quiet <b>talks", "pyongyang", "Used\nbefore"
    )  # fmt: skip
    page = seoul.seat_page().text
    assert "Quiet &lt;b&gt;talks" in page and "has still to judge it" in page
    room.session.judge_free_action(
        room.facilitator, "seoul", 0, Judgement(accepted=False, reason="Not <now>")
    )
    assert "turned it down: Not &lt;now&gt;" in seoul.seat_page().text
    refused = _propose(seoul, "Talk to myself", "seoul", "")
    assert refused.status_code == 409 and "aims at another seat" in refused.text


def test_with_nobody_at_the_console_no_free_action_is_offered(room: Room) -> None:
    cell = AutoWhiteCell(room.session)
    try:
        room.deliberate()
        seoul = room.seated("seoul")
        assert "Propose an action not on your menu" not in seoul.seat_page().text
        forged = _propose(seoul, "Quiet talks", "", "")
        assert forged.status_code == 403 and "nobody is at the console" in forged.text
        assert not room.session.state.moves.get("seoul")
    finally:
        cell.stop()
