"""The facilitator's hands: a hurried click takes one step and can be taken back; a save that
cannot happen loses nothing typed and nothing in play."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import click, console, displayed, ok_button, start_game
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.dialogs.new_game import NewGameDialog
from ui.error_log import configure_logging
from ui.main_window import MainWindow
from ui.settings import load_settings
from ui.views.facilitator_console import FacilitatorConsole
from wargame.state import Phase

BOTS_ONLY: dict[str, str] = {}


def _to_adjudication(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = console(window).phase_bar
    click(qtbot, bar.next_button)  # open deliberation; the bots move at once
    click(qtbot, bar.next_button)  # adjudicate
    assert window.controller.state.phase is Phase.ADJUDICATION


def _double_click(button: QWidget) -> None:
    """What Qt delivers to a widget for a real double click: press, release, press, double
    click, release, 90 ms apart in all (QTest's own double click skips the presses)."""
    centre = QPointF(button.rect().center())
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, at, held in (
        (QEvent.Type.MouseButtonPress, 1000, left),
        (QEvent.Type.MouseButtonRelease, 1030, none),
        (QEvent.Type.MouseButtonPress, 1060, left),
        (QEvent.Type.MouseButtonDblClick, 1060, left),
        (QEvent.Type.MouseButtonRelease, 1090, none),
    ):
        event = QMouseEvent(
            kind, centre, button.mapToGlobal(centre), left, held, Qt.KeyboardModifier.NoModifier
        )
        event.setTimestamp(at)
        QApplication.sendEvent(button, event)


def test_a_double_click_on_next_takes_one_step(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, BOTS_ONLY)
    _to_adjudication(qtbot, window)
    _double_click(console(window).phase_bar.next_button)
    assert window.controller.state.phase is Phase.OUTCOME  # published, the turn still open
    assert window.controller.state.turn == 1


def test_next_step_does_not_repeat_while_its_key_is_held(window) -> None:  # type: ignore[no-untyped-def]
    assert not window.action_by_id["game.next"].autoRepeat()


def test_a_published_outcome_is_undone_from_the_console(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, BOTS_ONLY)
    _to_adjudication(qtbot, window)
    before = window.controller.state
    click(qtbot, console(window).phase_bar.next_button)
    undo = window.action_by_id["game.undo"]
    assert undo.isEnabled() and "turn 1" in displayed(undo.toolTip())
    undo.trigger()
    after = window.controller.state
    assert after.phase is Phase.ADJUDICATION
    assert (after.escalation, after.indicators) == (before.escalation, before.indicators)
    assert console(window).phase_bar.next_button.text() == "Publish outcome"


def test_a_save_path_that_cannot_be_written_keeps_the_form(qtbot, window, tmp_path: Path) -> None:
    from helpers import mini_scenario_data, write_yaml

    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where a folder would have to be")
    window.action_by_id["file.new"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, NewGameDialog)
    assert dialog.load_scenario_file(write_yaml(tmp_path / "mini.yaml", mini_scenario_data()))
    for row in dialog.seat_rows.values():
        row.set_human(False)
    dialog.seed.setValue(4242)
    dialog.path_edit.setText(str(blocker / "exercise.wargame"))
    click(qtbot, ok_button(dialog))
    assert isinstance(window.dialog, QMessageBox)
    assert "cannot be created" in window.dialog.text()
    assert dialog.isVisible() and dialog.seed.value() == 4242  # nothing typed is lost
    assert not window.controller.is_open
    dialog.path_edit.setText(str(tmp_path / "exercise.wargame"))
    click(qtbot, ok_button(dialog))
    assert window.controller.is_open and isinstance(window.page, FacilitatorConsole)


def test_a_failed_open_leaves_the_game_in_progress_open(qtbot, window, tmp_path: Path) -> None:
    path = start_game(qtbot, window, tmp_path, BOTS_ONLY)
    notes = tmp_path / "notes.wargame"
    notes.write_text("not a game")
    window.open_path(notes)
    assert isinstance(window.dialog, QMessageBox)
    assert window.controller.is_open and window.controller.path == path
    assert isinstance(window.page, FacilitatorConsole)
    click(qtbot, console(window).phase_bar.next_button)  # and it still plays
    assert window.controller.state.phase is Phase.DELIBERATION


def test_reopening_the_game_already_open_keeps_it_open(qtbot, window, tmp_path: Path) -> None:
    path = start_game(qtbot, window, tmp_path, BOTS_ONLY)
    window.open_path(path)
    assert not isinstance(window.dialog, QMessageBox)
    assert window.controller.path == path and isinstance(window.page, FacilitatorConsole)


def test_an_unwritable_user_folder_is_said_once_and_the_app_carries_on(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "home-is-a-file"
    blocker.write_text("")
    monkeypatch.setenv("PENINSULA_HOME", str(blocker))
    configure_logging()  # must not raise
    window = MainWindow(load_settings())
    qtbot.addWidget(window)
    window.show()
    window.action_by_id["view.language.ko"].trigger()
    assert isinstance(window.dialog, QMessageBox)
    assert str(blocker) in window.dialog.text()
    window.dialog.close()
    window.action_by_id["view.theme.dark"].trigger()
    assert window.dialog is None or not window.dialog.isVisible()  # said once
    window.action_by_id["view.theme.system"].trigger()
    window.close()  # saving on close fails quietly


def test_the_console_shows_each_seats_argument_beside_its_action(
    qtbot, window, tmp_path: Path
) -> None:
    from driving import play_seat

    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)
    play_seat(qtbot, window, "seoul", "1234", [("act_1", None)], "Talks first, then pressure.")
    window.action_by_id["view.facilitator"].trigger()
    desk = console(window)
    click(qtbot, desk.phase_bar.next_button)  # adjudicate
    rows = desk.adjudication._model.rows
    seoul = next(n for n, r in enumerate(rows) if r["actor"] == "seoul")
    desk.adjudication.table.selectRow(seoul)
    shown = displayed(desk.adjudication.detail.text(), desk.adjudication.detail.textFormat())
    assert "Talks first, then pressure." in shown
    other = next(n for n, r in enumerate(rows) if r["actor"] != "seoul")
    desk.adjudication.table.selectRow(other)
    assert "Talks first" not in desk.adjudication.detail.text()
