"""After any dialog closes, the console has the keyboard again: Ctrl+Return takes the next step
and Ctrl+Z undoes, with no click in the window first."""

from __future__ import annotations

from pathlib import Path

from driving import click, console, enter_pin, ok_button, start_game
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.dialogs.argument import ArgumentDialog
from wargame.state import Phase

CTRL = Qt.KeyboardModifier.ControlModifier


def _press(qtbot, window, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A key press where the keyboard is: the widget with focus, as a person's key would."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    assert focused.window() is window, f"the keyboard is with {focused!r}, not the window"
    qtbot.keyClick(focused, key, CTRL)


def test_ctrl_return_works_right_after_the_facilitators_pin(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"}, facilitator_pin="2468")
    window.action_by_id["view.seat"].trigger()
    click(qtbot, window.page.facilitator_button)
    enter_pin(qtbot, window, "2468")
    qtbot.waitUntil(lambda: window.dialog is None or not window.dialog.isVisible())
    _press(qtbot, window, Qt.Key.Key_Return)
    assert window.controller.state.phase is Phase.DELIBERATION


def test_ctrl_z_works_right_after_rating_an_argument(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)  # the bots have moved
    window.action_by_id["game.rate_argument"].trigger()
    dialog = console(window).dialog
    assert isinstance(dialog, ArgumentDialog)
    dialog.strong.setChecked(True)
    qtbot.keyClicks(dialog.reason, "It answers the other side's worry.")
    click(qtbot, ok_button(dialog))
    rated = window.controller.state.undo[-1]
    assert rated.kind == "rating"
    _press(qtbot, window, Qt.Key.Key_Z)
    assert window.controller.state.undo == () or window.controller.state.undo[-1] != rated
