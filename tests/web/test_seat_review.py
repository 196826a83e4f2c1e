"""The review step and the room's odds on the browser seat pages, by their forms alone (no
script): a seat gives its odds while it moves, sees the other seats' public actions in the
review (never a covert one) to counter-argue one, and never another seat's words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rooms import Room

from wargame.state import Phase
from wargame.viewers import FACILITATOR

COUNTER = "Seoul's <b>bluff</b> & nothing more"


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    opened = Room(tmp_path, review_step=True)
    yield opened
    opened.close()


def _odds(device, key: str, percent: str):  # type: ignore[no-untyped-def]
    device.seat_page()
    return device.post(
        "/seat/estimate", data={"csrf": device.csrf(), "action_key": key, "percent": percent}
    )


def _counter(device, key: str, text: str):  # type: ignore[no-untyped-def]
    device.seat_page()
    return device.post(
        "/seat/counter", data={"csrf": device.csrf(), "action_key": key, "text": text}
    )


def test_odds_and_a_counter_argument_go_through_the_seat_pages_forms(room: Room) -> None:
    room.deliberate()
    seoul, moscow = room.seated("seoul"), room.seated("moscow")
    assert seoul.submit("seoul", [("act_1", None), ("act_2", None)], "").status_code == 303
    assert moscow.submit("moscow", [("act_1", None)], "").status_code == 303
    page = seoul.seat_page().text
    assert 'id="f-review"' in page and "seoul action 2" in page
    saved = _odds(seoul, "seoul|act_2|", "65")
    assert saved.status_code == 303 and saved.headers["location"] == "/seat?odds_saved#review"
    assert "Your odds are saved." in seoul.get(saved.headers["location"]).text
    assert room.session.state.estimates == {("seoul", "seoul", "act_2", None): 0.65}
    early = _counter(moscow, "seoul|act_1|", "too early")
    assert early.status_code == 409 and "review step" in early.text

    room.session.advance(room.facilitator, force=True)
    assert room.session.state.phase is Phase.REVIEW
    page = moscow.seat_page().text
    assert "seoul action 1" in page and "seoul action 2" not in page  # covert: kept from it
    assert _counter(moscow, "seoul|act_1|", COUNTER).status_code == 303
    assert _odds(moscow, "seoul|act_1|", "20").status_code == 303
    forged = _counter(moscow, "seoul|act_2|", "I guessed it")
    assert forged.status_code == 409
    assert [c.text for c in room.session.state.counter_arguments.values()] == [COUNTER]
    assert "Seoul&#39;s &lt;b&gt;bluff&lt;/b&gt; &amp; nothing more" in moscow.seat_page().text
    assert "bluff" not in seoul.seat_page().text  # Moscow's words are Moscow's until the end
    assert "20%" not in seoul.seat_page().text
    estimates = room.session.state.estimates
    assert estimates[("moscow", "seoul", "act_1", None)] == 0.2
    assert FACILITATOR not in {by for by, *_ in estimates}


def test_a_korean_seat_page_reads_the_review_in_korean(room: Room) -> None:
    room.deliberate()
    seoul = room.seated("seoul")
    seoul.submit("seoul", [("act_1", None)], "")
    room.session.advance(room.facilitator, force=True)
    page = seoul.seat_page("ko").text
    assert "검토" in page and "확률과 검토" in page and "Odds and review" not in page


def test_a_malformed_odds_form_is_refused_and_changes_nothing(room: Room) -> None:
    room.deliberate()
    seoul = room.seated("seoul")
    seoul.submit("seoul", [("act_1", None)], "")
    for key, percent in (("seoul|act_1", "50"), ("seoul|act_1|", "lots"), ("seoul|act_1|", "-5")):
        assert _odds(seoul, key, percent).status_code == 400
    assert _odds(seoul, "seoul|act_1|", "150").status_code == 409
    assert not room.session.state.estimates
