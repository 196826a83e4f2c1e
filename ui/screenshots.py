"""`python -m ui.screenshots OUTDIR`: pictures of the app on a demo game of the real scenario,
for the README and for looking at before an exercise. `make screenshots` runs it under Xvfb.

The demo is played through the same controller a facilitator uses: two turns by the book, then
the third turn's deliberation (a seat's screen) and adjudication with a rated argument and one
override (the console, an inject's guidance selected in the MSEL).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1600, 1000)
PINS = {"seoul": "1111", "washington": "2222"}


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


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ["PENINSULA_HOME"] = tempfile.mkdtemp(prefix="peninsula-screenshots-")

    from ui.app import create_app
    from ui.dialogs.sign_in import SignInDialog
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.views.facilitator_console import FacilitatorConsole
    from ui.views.seat_view import SeatScreen
    from wargame.bots import argument_for, choose_move
    from wargame.inject_guidance import guidance
    from wargame.scenario_file import load_scenario
    from wargame.state import Phase

    app = create_app(argv[:1])
    window = MainWindow(Settings())
    controller = window.controller
    path = Path(os.environ["PENINSULA_HOME"]) / "demo.wargame"
    controller.new_game(path, load_scenario(), 2025, PINS, deliberation_minutes=20)

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
    editor.argument.setPlainText(argument_for(controller.state, "seoul", move))
    _save(app, window, out / "seat.png")
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
    window.projector.close()

    window.action_by_id["view.language.ko"].trigger()
    korean = window.page
    assert isinstance(korean, FacilitatorConsole)
    korean.msel.select(guided)
    _save(app, window, out / "facilitator-ko.png")
    install_translators("en")
    controller.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
