"""Mistakes and refusals get a plain message; the app carries on and nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import click, ok_button, sign_in, start_game
from helpers import mini_scenario_data
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.controller import GameController
from ui.dialogs.new_game import NewGameDialog
from ui.views.seat_view import PassScreen, SeatScreen
from ui.views.start_screen import StartScreen
from wargame.replay import new_game
from wargame.scenario import Scenario
from wargame.state import ChosenAction
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


def test_the_korean_interface_says_what_the_rules_refuse_in_korean(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = mini_scenario_data()
    data["actors"][0]["name_ko"] = "서울"
    window.action_by_id["view.language.ko"].trigger()
    controller = window.controller
    scenario = Scenario.model_validate(data)
    assert controller.new_game(tmp_path / "g.wargame", scenario, 3, {"seoul": "1234"})
    assert controller.advance()  # deliberation opens: the bots move, Seoul's people not yet
    assert not controller.advance()
    assert window.dialog.text() == "아직 수를 기다리는 참가석이 있습니다: 서울."
    window.dialog.close()
    assert controller.advance(force=True)  # deliberation closes
    sign_in(qtbot, window, "seoul", "1234")
    assert isinstance(window.page, SeatScreen)
    assert not controller.submit_move("seoul", [ChosenAction("act_1")], "too late")
    assert window.dialog.text() == "수는 숙의 중에만 제출할 수 있습니다."


def test_the_korean_interface_says_why_a_file_cannot_be_used_in_korean(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.action_by_id["view.language.ko"].trigger()
    notes = tmp_path / "notes.txt"
    notes.write_text("not a game")
    window.open_path(notes)
    expected = f"{notes} 파일은 Peninsula 게임 파일이 아닙니다(SQLite 데이터베이스가 아닙니다)."
    assert window.dialog.text() == expected
    window.dialog.close()
    game = start_game(qtbot, window, tmp_path, {})
    copy = tmp_path / "notes.pdf"  # a copy of the game, named like a document
    copy.write_bytes(game.read_bytes())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.action_by_id["file.export_report"].trigger()
    qtbot.waitUntil(lambda: window.export is None, timeout=60_000)
    assert window.dialog.text().startswith(f"{copy}은(는) Peninsula 게임입니다.")
    window.dialog.close()
    other = tmp_path / "other.wargame"
    data = mini_scenario_data()
    data["id"] = "another_scenario"
    new_game(other, Scenario.model_validate(data), seed=1)[0].close()
    assert window.controller.open_replay(game)
    window._show_comparison(other)
    assert "같은 시나리오의 게임끼리만 비교할 수 있습니다." in window.dialog.text()


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
