"""Real browsers for the seat server's tests: Debian's chromium, driven by Playwright.

No browser is downloaded: `scripts/bootstrap` installs Debian's `chromium` with apt-get, and
Playwright drives that one, started as `make screenshots` starts it. A `Tab` is one seat's
browser, a context of its own (its own cookies), with one page whose console errors and script
errors it keeps. Every wait is for a state, bounded by `WAIT`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from browsing import WAIT
from playwright.sync_api import Browser, Locator, expect, sync_playwright

from ui.screenshots import CHROMIUM, CHROMIUM_ARGUMENTS

expect.set_options(timeout=WAIT * 1000)


@contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's chromium, started headless with a fresh profile of its own."""
    if not Path(CHROMIUM).exists():
        reason = "Debian's chromium is not installed (scripts/bootstrap installs it with apt-get)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=list(CHROMIUM_ARGUMENTS), timeout=WAIT * 1000
        )
        try:
            yield browser
        finally:
            browser.close()


class Tab:
    """One seat's browser: a context of its own, with its cookies, and one page."""

    def __init__(self, browser: Browser, base_url: str, **options: Any) -> None:
        self.context = browser.new_context(base_url=base_url, **options)
        self.context.set_default_timeout(WAIT * 1000)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else 0)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def join(self, link: str, pin: str = "") -> None:
        """Open the seat's link and join, as a player does on their phone."""
        self.page.goto(link)
        if pin:
            self.page.fill("#pin", pin)
        self.page.click("form.join button[type=submit]")
        self.page.wait_for_url("**/seat")
        expect(self.page.locator("h1")).to_be_visible()

    def part(self, name: str) -> Locator:
        """A fragment of the seat page, as the live stream replaces it."""
        return self.page.locator(f"#f-{name}")

    def submit(self, actions: list[tuple[str, str | None]], argument: str) -> None:
        """Fill in the move form row by row and submit it; return once the page says so."""
        form = self.part("move").locator("form.move")
        for n, (action, target) in enumerate(actions, 1):
            form.locator(f"select[name=action_{n}]").select_option(action)
            if target is not None:
                form.locator(f"select[name=target_{n}]").select_option(target)
        form.locator("textarea[name=argument]").fill(argument)
        form.locator("button[type=submit]").click()
        self.page.wait_for_url("**/seat?saved*")
        expect(self.page.locator(".notice")).to_be_visible()

    def mark(self) -> None:
        """Mark this page, so a test can tell later that it was never loaded again."""
        self.page.evaluate("window.peninsulaMark = true")

    def still_marked(self) -> bool:
        return bool(self.page.evaluate("window.peninsulaMark === true"))

    def close(self) -> None:
        self.context.close()
