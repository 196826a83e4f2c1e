"""The seat page shows the risk of an incident at the line as the seat's view gives it: the
standing odds with their named factors and the bloc ladder, and past checks among the results
at the odds the seat could know, with no byte of a covert move's factor kept from the seat."""

from __future__ import annotations

from html import unescape

import pytest
from helpers import COVERT_LAUNCH, korea_at_the_line

from wargame.engine import Game
from wargame.seat_view import seat_view
from web.pages import Reader, fragments, seat_page
from web.words import Words


@pytest.fixture(scope="module")
def at_the_line() -> Game:
    return korea_at_the_line()


def _page(game: Game, seat: str, language: str = "en") -> str:
    view = seat_view(game.state, seat, language, game.chronicle)
    return seat_page(view, Reader(Words(language), "token", frozenset()), game.state.seq)


def test_the_seat_page_shows_the_standing_risk_with_its_named_factors(at_the_line: Game) -> None:
    view = seat_view(at_the_line.state, "seoul", "en", at_the_line.chronicle)
    drawn = fragments(view, Reader(Words("en"), "token", frozenset()))
    status = unescape(drawn["status"])
    assert "Risk of an incident at the line: 40%" in status
    assert "(base 15%, Tension: Crisis at the line +25%)" in status
    assert "Each fresh move up adds 15%; each move that steps back takes 10%." in status
    assert f"Blocs: {view['blocs']['name']}" in status
    world = unescape(drawn["world"])
    assert f"{view['blocs']['name']} <strong>← now</strong>" in world


def test_the_korean_seat_page_shows_the_risk_in_korean(at_the_line: Game) -> None:
    page = unescape(_page(at_the_line, "seoul", "ko"))
    assert "접경 우발 충돌 위험: 40%" in page
    assert "새로운 긴장 고조 조치마다 15% 올라가고" in page
    assert "충돌 없음" in page  # the past check's outcome


def test_a_past_check_shows_only_the_factors_the_seat_may_know(at_the_line: Game) -> None:
    page = _page(at_the_line, "seoul")
    results = unescape(page[page.index('id="f-results"') :])
    assert "Risk of an incident at the line" in results and "No incident" in results
    assert "Washington: Large-scale combined drills" in results
    assert "Odds as far as you may know: 30%" in results
    # Pyongyang's launch was kept from Seoul: not its name, not its share of the odds.
    for kept in (COVERT_LAUNCH, "Ballistic missile launches", "45%"):
        assert kept not in page and kept not in unescape(page)
    # Beijing knew of it, and reads it.
    assert COVERT_LAUNCH in unescape(_page(at_the_line, "beijing"))
