"""A guarded console stays closed to the seats on every path that rebuilds or reopens a window:
language, theme, reopening from Open Recent or a file, a second window; and guessing PINs is
slow."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from driving import all_text, click, displayed, enter_pin, ok_button, sign_in, start_game
from PySide6.QtWidgets import QMessageBox

from ui.dialogs.sign_in import SignInDialog
from ui.main_window import MainWindow
from ui.settings import load_settings
from ui.views.facilitator_console import FacilitatorConsole
from ui.views.seat_view import PassScreen, SeatScreen
from ui.views.start_screen import StartScreen

FACILITATOR_PIN = "246810"
SEATS = {"seoul": "1234", "moscow": "9876"}
SECRET_INJECT = "Private channel"  # INJ-3: Moscow and Pyongyang only, never Seoul


def _guarded_game_with_seoul_signed_in(qtbot, window, tmp_path: Path) -> Path:
    path = start_game(qtbot, window, tmp_path, SEATS, facilitator_pin=FACILITATOR_PIN)
    sign_in(qtbot, window, "seoul", SEATS["seoul"])
    assert isinstance(window.page, SeatScreen)
    return path


def _assert_no_console(window: MainWindow) -> None:
    assert not isinstance(window.page, FacilitatorConsole)
    assert not window.findChildren(FacilitatorConsole)
    assert "MSEL" not in all_text(window.page)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_changing_language_keeps_a_signed_in_seat_on_its_own_screen(
    qtbot, window, tmp_path: Path, language: str
) -> None:
    _guarded_game_with_seoul_signed_in(qtbot, window, tmp_path)
    if language == "en":  # go there and back, so English is a real change too
        window.action_by_id["view.language.ko"].trigger()
    window.action_by_id[f"view.language.{language}"].trigger()
    _assert_no_console(window)
    assert isinstance(window.page, SeatScreen) and window.page.actor == "seoul"
    assert window.signed_in == "seoul"


def test_changing_language_on_the_pass_screen_keeps_the_pass_screen(
    qtbot, window, tmp_path: Path
) -> None:
    start_game(qtbot, window, tmp_path, SEATS, facilitator_pin=FACILITATOR_PIN)
    window.action_by_id["view.seat"].trigger()
    window.action_by_id["view.language.ko"].trigger()
    _assert_no_console(window)
    assert isinstance(window.page, PassScreen)


def test_changing_theme_keeps_a_signed_in_seat_on_its_own_screen(
    qtbot, window, tmp_path: Path
) -> None:
    _guarded_game_with_seoul_signed_in(qtbot, window, tmp_path)
    window.action_by_id["view.theme.dark"].trigger()
    window.action_by_id["view.theme.light"].trigger()
    _assert_no_console(window)
    assert isinstance(window.page, SeatScreen)


def test_quitting_as_a_seat_and_reopening_from_recent_asks_for_the_facilitator_pin(
    qtbot, window, tmp_path: Path
) -> None:
    path = _guarded_game_with_seoul_signed_in(qtbot, window, tmp_path)
    window.close()  # quit while Seoul is signed in
    again = MainWindow(load_settings())
    qtbot.addWidget(again)
    again.show()
    assert isinstance(again.page, StartScreen)
    assert again.settings.existing_recent() == [path.resolve()]
    again._fill_recent()
    (recent,) = [
        a for a in again.recent_menu.actions() if displayed(a.toolTip()) == str(path.resolve())
    ]
    recent.trigger()
    _assert_no_console(again)
    assert isinstance(again.page, PassScreen)
    assert isinstance(again.dialog, SignInDialog)
    enter_pin(qtbot, again, SEATS["seoul"])  # a seat's PIN is not the facilitator's
    _assert_no_console(again)
    again.dialog.pin.clear()
    enter_pin(qtbot, again, FACILITATOR_PIN)
    assert isinstance(again.page, FacilitatorConsole)
    again.controller.close()


def test_opening_a_guarded_game_from_a_file_waits_for_the_pin_and_cancel_keeps_it_shut(
    qtbot, window, tmp_path: Path
) -> None:
    path = start_game(qtbot, window, tmp_path, SEATS, facilitator_pin=FACILITATOR_PIN)
    window.controller.close()
    window.open_path(path)  # as from the command line or File > Open
    assert isinstance(window.dialog, SignInDialog)
    window.dialog.reject()
    _assert_no_console(window)
    assert isinstance(window.page, PassScreen)
    window.action_by_id["view.facilitator"].trigger()  # Ctrl+1 asks again
    assert isinstance(window.dialog, SignInDialog)
    _assert_no_console(window)


def test_a_game_created_here_or_without_a_guard_opens_on_the_console(
    qtbot, window, tmp_path: Path
) -> None:
    guarded = start_game(qtbot, window, tmp_path, SEATS, facilitator_pin=FACILITATOR_PIN)
    assert isinstance(window.page, FacilitatorConsole)  # the facilitator just made it
    open_folder = tmp_path / "open"
    open_folder.mkdir()
    unguarded = start_game(qtbot, window, open_folder, SEATS)
    window.controller.close()
    window.open_path(unguarded)
    assert isinstance(window.page, FacilitatorConsole)
    window.open_path(guarded)
    _assert_no_console(window)


def test_a_second_window_cannot_reach_a_guarded_game_in_play(qtbot, window, tmp_path: Path):
    path = _guarded_game_with_seoul_signed_in(qtbot, window, tmp_path)
    second = MainWindow(load_settings())
    qtbot.addWidget(second)
    second.show()
    second.open_path(path)
    assert isinstance(second.dialog, QMessageBox)
    assert "open for play in another Peninsula window" in second.dialog.text()
    _assert_no_console(second)
    _assert_no_console(window)


def test_after_three_wrong_pins_each_try_must_wait(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The clock stands still, so the wait is whole whenever it is read, however slow the run.
    stopped = time.time()
    monkeypatch.setattr("ui.controller.time", lambda: stopped)
    start_game(qtbot, window, tmp_path, SEATS, facilitator_pin=FACILITATOR_PIN)
    window.action_by_id["view.seat"].trigger()
    click(qtbot, window.page.facilitator_button)
    dialog = window.dialog
    for guess in ("0000", "1111", "2222"):
        enter_pin(qtbot, window, guess)
    assert not dialog.pin.isEnabled()
    assert not ok_button(dialog).isEnabled()
    assert "Try again in 5 s" in dialog.error.text()
    dialog.reject()
    # Closing the dialog does not reset the wait, and the right PIN is not even tried.
    click(qtbot, window.page.facilitator_button)
    reopened = window.dialog
    assert reopened is not dialog and not reopened.pin.isEnabled()
    assert window.controller.sign_in("facilitator", FACILITATOR_PIN)[0] is False
    _assert_no_console(window)


def test_the_facilitator_can_require_longer_pins(qtbot, window, tmp_path: Path) -> None:
    from helpers import mini_scenario_data, write_yaml

    from ui.dialogs.new_game import NewGameDialog

    window.action_by_id["file.new"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, NewGameDialog)
    assert dialog.load_scenario_file(write_yaml(tmp_path / "mini.yaml", mini_scenario_data()))
    row = dialog.seat_rows["seoul"]
    row.set_human(True)
    qtbot.keyClicks(row.pin, "1234")
    qtbot.keyClicks(row.again, "1234")
    assert "Seoul" not in " ".join(dialog.problems())
    dialog.pin_length.setValue(8)
    assert any("Seoul" in p and "8" in p for p in dialog.problems())
    assert not ok_button(dialog).isEnabled()
