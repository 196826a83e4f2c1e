"""Seats in real browsers (Debian's chromium, driven by Playwright) against the real seat server
on 127.0.0.1: five seats play a whole turn in five browsers while the facilitator acts through
the session; a browser seat, a laptop seat and bots share a turn; a page works with scripts off,
fits a 360-pixel phone, and breaks no rule of its Content-Security-Policy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import Tab
from helpers import ACTORS
from playwright.sync_api import Browser, expect
from rooms import Room

from wargame.scenario_file import load_scenario
from wargame.state import ChosenAction, Phase


@pytest.fixture
def tabs() -> Iterator[list[Tab]]:
    opened: list[Tab] = []
    yield opened
    for tab in opened:
        tab.close()


def _others(seat: str) -> list[str]:
    return [a for a in ACTORS if a != seat]


def _to_outcome(room: Room) -> None:
    """The facilitator closes deliberation, adjudicates and publishes."""
    while room.session.state.phase is not Phase.OUTCOME:
        room.session.advance(room.facilitator)


def test_five_seats_play_a_whole_turn_in_five_browsers(
    browser: Browser, tmp_path: Path, tabs: list[Tab]
) -> None:
    room = Room(tmp_path, humans=dict.fromkeys(ACTORS))
    try:
        seats = {}
        for seat in ACTORS:
            tabs.append(Tab(browser, room.server.url))
            seats[seat] = tabs[-1]
            seats[seat].join(room.link(seat))
            expect(seats[seat].part("move").locator("button[type=submit]")).to_be_disabled()
            seats[seat].mark()

        room.deliberate()  # the facilitator releases turn 1's injects and opens deliberation
        for seat, tab in seats.items():
            expect(tab.part("move").locator("button[type=submit]")).to_be_enabled()
            expect(tab.part("injects")).to_contain_text("Public one")
            expect(tab.part("status")).to_contain_text("Deliberation")
            assert tab.still_marked(), f"{seat}'s page changed live, without a reload"
        expect(seats["seoul"].part("injects")).to_contain_text("Secret for Seoul")
        expect(seats["moscow"].part("injects")).not_to_contain_text("Secret for Seoul")

        for seat, tab in seats.items():
            tab.submit([("act_3", _others(seat)[0]), ("act_0", _others(seat)[1])], f"{seat} argues")
            tab.mark()
        everyone = ", ".join(sorted(seat.title() for seat in ACTORS))
        for tab in seats.values():
            expect(tab.part("status")).to_contain_text(f"Moved: {everyone}")
        moves = room.session.state.moves
        assert {seat: [(c.action, c.target) for c in moves[seat].actions] for seat in ACTORS} == {
            seat: [("act_3", _others(seat)[0]), ("act_0", _others(seat)[1])] for seat in ACTORS
        }

        _to_outcome(room)
        for seat, tab in seats.items():
            results = tab.part("results")
            expect(results).to_contain_text(f"{seat} action 3")  # its own public action
            expect(results).to_contain_text(f"{seat} action 0")  # and its own private one
            for other in _others(seat):
                expect(results).to_contain_text(f"{other} action 3")  # everyone's public ones
                expect(results).not_to_contain_text(f"{other} action 0")
            expect(tab.part("move")).to_contain_text("Moves can be made while deliberation is open")
        room.session.advance(room.facilitator)  # the next turn's briefing
        for seat, tab in seats.items():
            expect(tab.part("status")).to_contain_text("Turn 2 of 4")
            assert tab.still_marked(), f"{seat} followed the turn without a reload"
            page = tab.page.content()
            assert all(f"{other} argues" not in page for other in _others(seat))
            assert tab.errors == [], tab.errors
    finally:
        room.close()


def test_a_browser_seat_a_laptop_seat_and_bots_share_a_turn(
    qtbot, browser: Browser, tmp_path: Path, tabs: list[Tab]
) -> None:
    """The laptop seat signs in through the desktop app's own controller; three bots play."""
    from helpers import mini_scenario

    from ui.controller import GameController

    controller = GameController()
    pins = {"seoul": "1234", "moscow": "5678"}
    assert controller.new_game(tmp_path / "g.wargame", mini_scenario(), 7, pins)
    try:
        assert controller.open_room("127.0.0.1", 0)
        assert controller.room is not None
        phone = Tab(browser, controller.room.url)
        tabs.append(phone)
        link = controller.seat_link("seoul")
        assert link is not None
        phone.join(link, pins["seoul"])
        phone.mark()
        qtbot.waitUntil(lambda: "seoul" in controller.devices())  # on the facilitator's board

        assert controller.advance()  # deliberation: the bots move at once
        expect(phone.part("status")).to_contain_text("Moved: Beijing, Pyongyang, Washington")
        assert controller.sign_in("moscow", pins["moscow"]) == (True, 0.0)
        assert controller.submit_move("moscow", [ChosenAction("act_1", None)], "From the laptop")
        expect(phone.part("status")).to_contain_text("Moved: Beijing, Moscow, Pyongyang")
        assert phone.still_marked()

        def seoul_moved(change: object) -> bool:
            events = getattr(change, "events", ())
            return any(e.type == "move_submitted" and e.actor == "seoul" for e in events)

        with qtbot.waitSignal(controller.changed, check_params_cb=seoul_moved, timeout=60_000):
            phone.submit([("act_3", "washington")], "From the phone")
        assert set(controller.state.moves) == set(ACTORS)

        assert controller.advance() and controller.advance()  # adjudicate, publish
        assert controller.state.phase is Phase.OUTCOME
        results = phone.part("results")
        expect(results).to_contain_text("seoul action 3")
        expect(results).to_contain_text("moscow action 1")  # the laptop's public action
        moscow_results = controller.open_session.seat_view("moscow")["results"]
        assert any(r["actor"] == "seoul" and r["action"] == "act_3" for r in moscow_results)
        page = phone.page.content()
        assert "From the laptop" not in page, "a seat never sees another seat's argument"
        assert phone.errors == [], phone.errors
    finally:
        controller.close_room()
        controller.close()


def test_a_seat_plays_with_scripts_off(browser: Browser, tmp_path: Path, tabs: list[Tab]) -> None:
    room = Room(tmp_path)
    try:
        room.deliberate()
        tab = Tab(browser, room.server.url, java_script_enabled=False)
        tabs.append(tab)
        tab.join(room.link("seoul"), "1234")
        for shown in ("The seoul seat.", "Public one", "Secret for Seoul", "Keep calm", "No war"):
            expect(tab.page.locator("main")).to_contain_text(shown)
        expect(tab.page.locator(".inject.unread")).to_have_count(2)
        tab.page.click("form.read button")
        expect(tab.page.locator(".inject.unread")).to_have_count(0)
        # Every target is offered with scripts off; one chosen beside an action that takes
        # none is dropped by the server.
        tab.submit([("act_0", "washington"), ("act_1", "pyongyang")], "Typed with scripts off")
        move = room.session.state.moves["seoul"]
        assert [(c.action, c.target) for c in move.actions] == [
            ("act_0", "washington"),
            ("act_1", None),
        ]
        assert move.argument == "Typed with scripts off"
        expect(tab.part("move")).to_contain_text("revision 1")
        expect(tab.page.locator("#argument")).to_have_value("Typed with scripts off")
    finally:
        room.close()


def test_the_script_runs_under_the_csp_without_a_violation(
    browser: Browser, tmp_path: Path, tabs: list[Tab]
) -> None:
    room = Room(tmp_path)
    try:
        tab = Tab(browser, room.server.url)
        tabs.append(tab)
        violations: list[str] = []
        tab.page.expose_binding("reportViolation", lambda _, text: violations.append(text))
        tab.page.add_init_script(
            "document.addEventListener('securitypolicyviolation',"
            " e => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI))"
        )
        tab.join(room.link("seoul"), "1234")
        tab.mark()
        room.deliberate()
        expect(tab.part("injects")).to_contain_text("Public one")  # swapped in by the script
        expect(tab.part("clock").locator(".as-of")).to_be_hidden()  # the script counts down
        row = tab.part("move").locator(".row").first
        row.locator("select.action").select_option("act_1")  # an action that takes no target
        expect(row.locator("select.target")).to_be_disabled()
        row.locator("select.action").select_option("act_0")
        expect(row.locator("select.target")).to_be_enabled()
        expect(row.locator("select.target option:not([disabled])")).to_have_count(2)
        assert tab.still_marked()
        assert tab.errors == [] and violations == [], (tab.errors, violations)
    finally:
        room.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_seat_page_fits_a_360_pixel_phone(
    browser: Browser, tmp_path: Path, tabs: list[Tab], language: str
) -> None:
    """korea-2025 after a turn of results, deliberation open: its longest words and tables."""
    room = Room(tmp_path, humans={"seoul": None}, scenario=load_scenario())
    try:
        for _ in range(2):
            room.deliberate()
            room.session.bots_move_for(room.facilitator, ["seoul"])
            _to_outcome(room)
            room.deliberate()  # the next turn's briefing
        room.deliberate()
        tab = Tab(browser, room.server.url, viewport={"width": 360, "height": 740})
        tabs.append(tab)
        tab.join(room.link("seoul") + f"?lang={language}")
        expect(tab.part("results").locator(".card").first).to_be_visible()
        tab.page.locator("details").evaluate_all("all => all.forEach(d => d.open = true)")
        widths = tab.page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1] == 360, widths
        # One column on a phone: the sections read down in the order of the links above them.
        links = tab.page.eval_on_selector_all(
            ".sections a", "all => all.map(a => a.getAttribute('href').slice(1))"
        )
        tops = [tab.page.locator(f"section#{name}").bounding_box()["y"] for name in links]
        assert tops == sorted(tops), list(zip(links, tops, strict=True))
        assert tab.errors == [], tab.errors
    finally:
        room.close()
