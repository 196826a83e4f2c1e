"""The hot wash in the console — offered when the exercise ends, observations recorded, revised
and withdrawn through the controller, kept from the seats — and the papers exported from the
File menu: the after-action report as a PDF or a web page, the seat handouts and the script,
written in the background with nothing changed in the game and failures said plainly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from driving import all_text, click, console, enter_pin, ok_button, sign_in, start_game
from helpers import mini_scenario
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from ui.dialogs.observation_editor import ObservationEditor
from ui.main_window import PAPERS
from ui.views.replay_page import ReplayPage
from wargame.autoplay import play
from wargame.engine import MAX_TEXT
from wargame.events import ObservationRecorded, ObservationRevised, ObservationWithdrawn
from wargame.fog import FACILITATOR
from wargame.replay import new_game

NOTE = "Seoul read Pyongyang's signals early <b>and</b> said so"


def _play_to_the_end(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    desk = console(window)
    while not window.controller.state.ended:
        click(qtbot, desk.phase_bar.next_button)


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _editor(window) -> ObservationEditor:  # type: ignore[no-untyped-def]
    editor = console(window).dialog
    assert isinstance(editor, ObservationEditor) and editor.isVisible()
    return editor


def test_the_end_of_the_exercise_offers_the_hot_wash_and_keeps_every_change(
    qtbot, window, tmp_path: Path
) -> None:
    start_game(qtbot, window, tmp_path, {})
    desk = console(window)
    assert desk.hot_wash_dock.visibleRegion().isEmpty(), "the event log is in front in play"
    _play_to_the_end(qtbot, window)
    assert not desk.hot_wash_dock.visibleRegion().isEmpty(), "the hot wash comes forward"
    click(qtbot, desk.phase_bar.hot_wash_button)

    editor = _editor(window)
    qtbot.keyClicks(editor.text_edit, NOTE)
    editor.strength.setChecked(True)
    editor.seats["seoul"].setChecked(True)
    editor.turn.setCurrentIndex(editor.turn.findData(2))
    editor.inject.setCurrentIndex(editor.inject.findData("INJ-1"))
    editor.objective.setCurrentIndex(editor.objective.findData("seoul/calm"))
    click(qtbot, ok_button(editor))
    assert not editor.isVisible()

    (shown,) = desk.hot_wash.model.rows
    assert shown["text"] == NOTE and shown["seats"] == ["seoul"]
    assert (shown["turn"], shown["inject"], shown["objective"]) == (2, "INJ-1", "seoul/calm")
    assert "Turn 2; INJ-1; Seoul: Keep calm" in all_text(desk.hot_wash)

    desk.hot_wash.table.selectRow(0)
    click(qtbot, desk.hot_wash.edit_button)
    editor = _editor(window)
    assert editor.text_edit.toPlainText() == NOTE and editor.strength.isChecked()
    editor.text_edit.setPlainText("Seoul read the signals early")
    editor.improvement.setChecked(True)
    click(qtbot, ok_button(editor))
    (shown,) = desk.hot_wash.model.rows
    assert (shown["text"], shown["kind"]) == ("Seoul read the signals early", "improvement")

    desk.hot_wash.table.selectRow(0)
    click(qtbot, desk.hot_wash.withdraw_button)
    box = desk.dialog
    assert isinstance(box, QMessageBox) and "Seoul read the signals early" in box.text()
    click(qtbot, next(b for b in box.buttons() if b.text() == "Withdraw"))
    assert desk.hot_wash.model.rows == []
    kinds = [type(e.event) for e in window.controller.log()]
    assert kinds[-3:] == [ObservationRecorded, ObservationRevised, ObservationWithdrawn]


def test_an_observation_the_core_refuses_stays_in_its_editor(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {})
    window.action_by_id["game.hot_wash"].trigger()
    editor = _editor(window)
    too_long = "x" * (MAX_TEXT + 1)
    editor.text_edit.setPlainText(too_long)
    click(qtbot, ok_button(editor))
    assert isinstance(window.dialog, QMessageBox) and "longer than" in window.dialog.text()
    assert editor.isVisible() and editor.text_edit.toPlainText() == too_long
    assert window.controller.state.observations == {}


def test_a_seat_sees_no_observation_and_exports_no_papers(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    window.action_by_id["game.hot_wash"].trigger()
    qtbot.keyClicks(_editor(window).text_edit, NOTE)
    click(qtbot, ok_button(_editor(window)))
    assert NOTE in all_text(window)
    sign_in(qtbot, window, "seoul", "1234")
    assert NOTE not in all_text(window)
    assert not any(window.action_by_id[name].isEnabled() for name in PAPERS)


def _export(qtbot, window, action: str) -> QMessageBox:  # type: ignore[no-untyped-def]
    window.action_by_id[action].trigger()
    qtbot.waitUntil(lambda: window.export is None, timeout=60_000)
    box = window.dialog
    assert isinstance(box, QMessageBox)
    return box


@pytest.mark.parametrize("kind", ["pdf", "html"])
def test_the_report_exports_from_the_file_menu_without_touching_the_game(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    game = start_game(qtbot, window, tmp_path, {})
    _play_to_the_end(qtbot, window)
    window.action_by_id["game.hot_wash"].trigger()
    qtbot.keyClicks(_editor(window).text_edit, NOTE)
    click(qtbot, ok_button(_editor(window)))
    before = _fingerprint(game)
    # The file dialog is the platform's; the name is chosen without a suffix, as people do.
    chosen = "Web page, one file (*.html)" if kind == "html" else "PDF document (*.pdf)"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "debrief"), chosen)
    )
    box = _export(qtbot, window, "file.export_report")
    out = tmp_path / f"debrief.{kind}"
    assert box.icon() == QMessageBox.Icon.Information and str(out) in box.text()
    if kind == "pdf":
        text = "".join(page.extract_text() for page in PdfReader(out).pages)
    else:
        text = out.read_text(encoding="utf-8")
        assert "early &lt;b&gt;and&lt;/b&gt; said so" in text
    assert "After-Action Report" in text and "Strengths" in text
    assert _fingerprint(game) == before
    assert window.controller.is_open and window.action_by_id["file.export_report"].isEnabled()


def test_a_report_that_cannot_be_written_is_said_and_nothing_is_lost(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_game(qtbot, window, tmp_path, {})
    nowhere = tmp_path / "no such folder" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(nowhere), ""))
    box = _export(qtbot, window, "file.export_report")
    assert box.icon() == QMessageBox.Icon.Warning and "cannot be written" in box.text()
    assert "Traceback" not in box.text() and not nowhere.parent.exists()
    assert window.controller.is_open


def test_handouts_and_the_script_export_from_the_file_menu(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_game(qtbot, window, tmp_path, {})
    folder = tmp_path / "papers"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    box = _export(qtbot, window, "file.export_handouts")
    assert "5 seats" in box.text()
    handouts = sorted(os.listdir(folder))
    assert len(handouts) == 5 and all(name.endswith(".pdf") for name in handouts)
    assert any("Seoul" in name for name in handouts)
    box.button(QMessageBox.StandardButton.Ok).click()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "script.pdf"), "")
    )
    _export(qtbot, window, "file.export_script")
    assert "FACILITATOR SCRIPT" in PdfReader(folder / "script.pdf").pages[0].extract_text()


def test_the_editor_asks_for_a_text_before_it_records(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {})
    window.action_by_id["game.hot_wash"].trigger()
    editor = _editor(window)
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(editor.text_edit, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(editor.text_edit, "A note")
    assert ok.isEnabled()


def test_a_guarded_replay_exports_papers_only_after_the_facilitators_pin(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "guarded.wargame"
    game_file, game = new_game(path, mini_scenario(), seed=3, facilitator_pin="24680")
    with game_file:
        play(game, game.scenario.actor_ids)
    window.open_replay_path(path)
    page = window.page
    assert isinstance(page, ReplayPage) and not page.unlocked
    assert not any(window.action_by_id[name].isEnabled() for name in PAPERS)
    page.see_as.setCurrentIndex(page.see_as.findData(FACILITATOR))
    page.see_as.activated.emit(page.see_as.currentIndex())
    enter_pin(qtbot, window, "24680")
    assert all(window.action_by_id[name].isEnabled() for name in PAPERS)
    out = tmp_path / "replayed.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    before = _fingerprint(path)
    _export(qtbot, window, "file.export_report")
    assert len(PdfReader(out).pages) > 3 and _fingerprint(path) == before
