"""`python -m ui.screenshots OUTDIR`: pictures of the app on a demo game of the real scenario,
for the README and for looking at before an exercise. `make screenshots` runs it under Xvfb.

The demo is played through the same controller a facilitator uses, with the seats open to the
room on 127.0.0.1: two turns by the book, then the third turn's deliberation (a seat's screen
on the laptop, and the same seat in a browser, as a phone and a laptop show it, in English and
Korean, with the new injects marked) and adjudication with a rated argument and one override
(the console, an inject's guidance selected in the MSEL), the seats' codes and the projector
showing one of them.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from ui.settings import Language
    from wargame.state import ChosenAction

SIZE = (1600, 1000)
PINS = {"seoul": "1111", "washington": "2222"}
BROWSER_SIZES = {"phone": (390, 844), "laptop": (1280, 800)}
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGUMENTS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
"""Debian's chromium, headless as root in a container, talking to nobody but our own server
(the browser tests start it the same way)."""


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.resize(*SIZE)
    widget.show()
    widget.raise_()
    _settle(app)
    widget.grab().save(str(path))
    print(path)


class SeatBrowser:
    """One seat joined in Debian's chromium (driven by Playwright; no browser is downloaded)."""

    def __init__(self, link: str, pin: str) -> None:
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(
            executable_path=CHROMIUM, args=list(CHROMIUM_ARGUMENTS)
        )
        self.page = self._browser.new_context(base_url=link.split("/join/")[0]).new_page()
        self.page.goto(link)
        self.page.fill("#pin", pin)
        self.page.click("form.join button[type=submit]")
        self.page.wait_for_url("**/seat")

    def mark_read(self) -> None:
        self.page.click("form.read button")
        self.page.wait_for_selector("form.read", state="detached")

    def save(
        self, out: Path, actions: Sequence[ChosenAction], arguments: Mapping[str, str]
    ) -> None:
        """The seat page at each size and in each language, its move filled in (the argument
        in that language), not sent; on the phone also its injects, as their link shows them."""
        for size, (width, height) in BROWSER_SIZES.items():
            self.page.set_viewport_size({"width": width, "height": height})
            for language in ("en", "ko"):
                self.page.goto(f"/seat?lang={language}")
                for number, chosen in enumerate(actions, 1):
                    self.page.select_option(f"select[name=action_{number}]", chosen.action)
                    if chosen.target:
                        self.page.select_option(f"select[name=target_{number}]", chosen.target)
                self.page.fill("#argument", arguments[language])
                self.page.evaluate(
                    "document.activeElement.blur(); window.scrollTo(0, 0);"
                    " document.getElementById('argument').scrollTop = 0"
                )
                suffix = "-ko" if language == "ko" else ""
                self._shoot(out / f"seat-{size}{suffix}.png")
                if size == "phone":
                    self.page.click(".sections a[href='#injects']")
                    self._shoot(out / f"seat-phone-injects{suffix}.png")

    def _shoot(self, path: Path) -> None:
        self.page.screenshot(path=str(path))
        print(path)

    def close(self) -> None:
        self._browser.close()
        self._playwright.stop()


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ["PENINSULA_HOME"] = tempfile.mkdtemp(prefix="peninsula-screenshots-")

    from ui.app import create_app
    from ui.dialogs.room import RoomDialog
    from ui.dialogs.sign_in import SignInDialog
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.views.facilitator_console import FacilitatorConsole
    from ui.views.seat_view import SeatScreen
    from wargame.bot_arguments import argument_for
    from wargame.bots import choose_move
    from wargame.inject_guidance import guidance
    from wargame.scenario_file import load_scenario
    from wargame.state import Phase

    app = create_app(argv[:1])
    window = MainWindow(Settings())
    controller = window.controller
    path = Path(os.environ["PENINSULA_HOME"]) / "demo.wargame"
    controller.new_game(path, load_scenario(), 2025, PINS, deliberation_minutes=20)
    controller.open_room("127.0.0.1", 0)
    browser = SeatBrowser(controller.seat_link("seoul") or "", PINS["seoul"])

    def humans_move() -> None:
        for actor, pin in PINS.items():
            controller.sign_in(actor, pin)
            move = choose_move(controller.state, actor)
            controller.submit_move(actor, move, argument_for(controller.state, actor, move))
        controller.sign_out_seat()

    for _ in range(2):
        controller.advance()
        humans_move()
        while controller.state.phase is not Phase.BRIEFING:
            controller.advance()
    browser.mark_read()  # what turns 1 and 2 released; turn 3's come in marked new
    controller.advance()  # turn 3: the injects go out, deliberation opens

    window.action_by_id["view.seat"].trigger()
    window.sign_in("seoul")
    dialog = window.dialog
    assert isinstance(dialog, SignInDialog)
    dialog.pin.setText(PINS["seoul"])
    dialog.accept()
    seat = window.page
    assert isinstance(seat, SeatScreen)
    editor = seat.move_editor
    move = choose_move(controller.state, "seoul")
    for number, chosen in enumerate(move):
        editor.choose(number, chosen.action, chosen.target)
    argument = argument_for(controller.state, "seoul", move)
    editor.argument.setPlainText(argument)
    _save(app, window, out / "seat.png")
    browser.save(
        out, move, {"en": argument, "ko": argument_for(controller.state, "seoul", move, "ko")}
    )
    window.show_facilitator()

    humans_move()
    controller.rate_argument("seoul", "strong", "It cites the 2018 talks, which the room accepted.")
    controller.advance()
    console = window.page
    assert isinstance(console, FacilitatorConsole)
    first = controller.state.adjudications[0]
    controller.override(
        first.id,
        not first.success,
        "The white cell weighed the players' arguments and judged the other way.",
    )
    console.adjudication.select(first.id)
    # The MSEL shows an inject's basis and the facilitator's guidance on it under the table.
    scenario = controller.scenario
    guided = next(i.id for i in scenario.injects if guidance(scenario, i, "en").for_the_facilitator)
    console.msel.select(guided)
    _save(app, window, out / "facilitator.png")

    window.action_by_id["view.projector"].trigger()
    assert window.projector is not None
    _save(app, window.projector, out / "projector.png")

    window.action_by_id["game.open_room"].trigger()
    room = window.dialog
    assert isinstance(room, RoomDialog)
    _settle(app)
    room.grab().save(str(out / "room.png"))
    print(out / "room.png")
    room.cards["seoul"].project_button.click()
    _save(app, window.projector, out / "projector-join.png")
    room.close()
    window.projector.close()

    window.action_by_id["view.language.ko"].trigger()
    korean = window.page
    assert isinstance(korean, FacilitatorConsole)
    korean.msel.select(guided)
    _save(app, window, out / "facilitator-ko.png")
    install_translators("en")
    browser.close()
    controller.close()
    languages: tuple[Language, ...] = ("en", "ko")
    for language in languages:
        _small_laptop(app, path, out, language)
    return 0


def _small_laptop(app: QApplication, game: Path, out: Path, language: Language) -> None:
    """The console as a 1024×700 laptop first shows it, where the game stands."""
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.settings import Settings

    install_translators(language)
    settings = Settings()
    settings.language = language
    window = MainWindow(settings)
    window.resize(1024, 700)
    window.show()
    window.open_path(game)
    _settle(app)
    name = out / ("facilitator-1024-ko.png" if language == "ko" else "facilitator-1024.png")
    window.grab().save(str(name))
    print(name)
    window.controller.close()
    window.close()
    install_translators("en")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
