"""Mistakes and refusals get a plain message; the app carries on and nothing is lost."""

from __future__ import annotations

from pathlib import Path

from driving import click, ok_button, start_game
from PySide6.QtWidgets import QMessageBox

from ui.controller import GameController
from ui.dialogs.new_game import NewGameDialog
from ui.views.seat_view import PassScreen
from ui.views.start_screen import StartScreen
from wargame.store import GameFile


def test_opening_a_file_that_is_not_a_game_shows_a_message(qtbot, window, tmp_path: Path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a game")
    window.open_path(notes)
    assert isinstance(window.dialog, QMessageBox)
    assert "not a Peninsula game file" in window.dialog.text()
    assert isinstance(window.page, StartScreen)
    window.dialog.close()
    window.action_by_id["file.new"].trigger()  # the app is still there and working
    assert isinstance(window.dialog, NewGameDialog)


def test_a_wrong_pin_is_refused(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    window.action_by_id["view.seat"].trigger()
    click(qtbot, window.page.seat_buttons["seoul"])
    dialog = window.dialog
    qtbot.keyClicks(dialog.pin, "9999")
    click(qtbot, ok_button(dialog))
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert isinstance(window.page, PassScreen)


def test_a_second_window_is_refused_the_game_being_played(qtbot, window, tmp_path: Path):
    path = start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    second = GameController()
    messages: list[str] = []
    second.failed.connect(messages.append)
    assert not second.open_game(path)
    assert "open for play in another Peninsula window" in messages[0]


def test_a_rule_the_game_refuses_is_a_message_not_a_crash(qtbot, window, tmp_path: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    assert not window.controller.override(999, True, "no such adjudication")
    assert isinstance(window.dialog, QMessageBox)
    assert "Outcomes can be overridden only during adjudication" in window.dialog.text()


def test_a_bug_is_logged_and_shown_once(qtbot, window, tmp_path: Path, peninsula_home: Path):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})

    def broken(**_: object) -> None:
        raise RuntimeError("a bug in the core")

    shown: list[str] = []
    window.controller.failed.connect(shown.append)
    window.controller.game.advance = broken  # type: ignore[method-assign]
    window.action_by_id["game.next"].trigger()
    window.action_by_id["game.next"].trigger()
    assert len(shown) == 1 and "Your game is safe" in shown[0]
    window.close()
    assert "a bug in the core" in (peninsula_home / "data" / "peninsula.log").read_text()
    with GameFile.open(tmp_path / "exercise.wargame") as game_file:
        assert game_file.last_seq() >= 2


def test_a_bad_scenario_file_lists_its_problems(qtbot, window, tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: Not An Id\ntitle: x\n")
    window.action_by_id["file.new"].trigger()
    dialog = window.dialog
    assert not dialog.load_scenario_file(bad)
    box = dialog.scenario_problems
    assert "bad.yaml:1" in box.informativeText()
    assert "Traceback" not in box.detailedText()


def test_a_guarded_console_opens_from_the_seats_only_with_the_facilitator_pin(
    qtbot,
    window,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from helpers import mini_scenario

    from ui.dialogs.sign_in import SignInDialog
    from ui.views.facilitator_console import FacilitatorConsole
    from ui.views.seat_view import PassScreen

    assert window.controller.new_game(
        tmp_path / "guarded.wargame",
        mini_scenario(),
        3,
        {"seoul": "1234"},
        facilitator_pin="2468",
    )
    window.action_by_id["view.seat"].trigger()
    assert isinstance(window.page, PassScreen)
    assert not window.action_by_id["file.open"].isEnabled()  # no way round the guard
    window.page.facilitator_button.click()
    dialog = window.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.pin, "1234")  # a seat's PIN is not the facilitator's
    dialog.accept()
    assert dialog.isVisible() and isinstance(window.page, PassScreen)
    qtbot.keyClicks(dialog.pin, "2468")
    dialog.accept()
    assert isinstance(window.page, FacilitatorConsole)
