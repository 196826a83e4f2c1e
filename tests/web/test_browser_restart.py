"""`wargame serve` killed with kill -9 in the middle of deliberation and started again on the same
port: five real browsers that stay on their pages lose no submitted move, see that they lost the
server and follow the game again by themselves once it is back."""

from __future__ import annotations

import signal
from pathlib import Path

import httpx
from chromium import Tab
from helpers import ACTORS
from playwright.sync_api import Browser, expect
from rooms import Served

from wargame.store import GameFile

BEFORE = ("seoul", "pyongyang", "washington")
"""The seats that submit before the kill; moscow and beijing submit after the restart."""


def test_a_killed_server_restarts_and_every_browser_follows_it_again(
    browser: Browser, tmp_path: Path, scenario_file: Path, served: list[Served]
) -> None:
    game = tmp_path / "room.wargame"
    first = Served(game, "--scenario", scenario_file, "--port", "0", "--minutes", "30")
    served.append(first)
    links = first.links(len(ACTORS))
    url = httpx.URL(links["seoul"])
    tabs = {seat: Tab(browser, f"http://{url.host}:{url.port}") for seat in ACTORS}
    try:
        for seat, tab in tabs.items():
            tab.join(links[seat])
            expect(tab.part("move").locator("button[type=submit]")).to_be_enabled()
        for seat in BEFORE:
            tabs[seat].submit([("act_1", None)], f"{seat}: said before the crash")
        for tab in tabs.values():
            expect(tab.part("status")).to_contain_text("Moved: Pyongyang, Seoul, Washington")
            tab.mark()

        first.stop(signal.SIGKILL)
        for tab in tabs.values():
            expect(tab.page.locator("#offline")).to_be_visible()

        second = Served(game, "--port", str(url.port), "--minutes", "30")
        served.append(second)
        assert second.links(len(ACTORS)) == links, "the same links, on the same port"
        for seat, tab in tabs.items():
            expect(tab.page.locator("#offline")).to_be_hidden()
            if seat in BEFORE:
                expect(tab.part("move")).to_contain_text("revision 1")
                expect(tab.page.locator("#argument")).to_have_value(
                    f"{seat}: said before the crash"
                )

        # A change made after the restart reaches every page that stayed open...
        tabs["moscow"].submit([("act_1", None)], "moscow: said after the restart")
        for seat, tab in tabs.items():
            expect(tab.part("status")).to_contain_text("Moved: Moscow, Pyongyang, Seoul")
            assert seat == "moscow" or tab.still_marked(), f"{seat} was not reloaded"
        # ...and so does the turn the white cell plays out once the last seat has moved.
        tabs["beijing"].submit([("act_1", None)], "beijing: said after the restart")
        for seat, tab in tabs.items():
            expect(tab.part("status")).to_contain_text("Turn 2 of 4")
            expect(tab.part("results")).to_contain_text(f"{seat} action 1")
            assert seat in ("moscow", "beijing") or tab.still_marked(), seat
        assert second.stop() == 0
    finally:
        for tab in tabs.values():
            tab.close()

    with GameFile.open(game) as saved:
        arguments = sorted(
            e.event.argument for e in saved.events() if e.event.type == "move_submitted"
        )
    assert arguments == sorted(
        [f"{seat}: said before the crash" for seat in BEFORE]
        + [f"{seat}: said after the restart" for seat in ("moscow", "beijing")]
    )
