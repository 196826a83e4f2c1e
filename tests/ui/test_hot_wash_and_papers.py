"""The hot wash's care for what the facilitator writes — a refused observation stays in its
editor, a withdrawal is asked first, the seats see none of it — and the papers exported from
the File menu: the report as a web page, the seat handouts and the script, written in the
background, failures said plainly, never offered to a seat or a locked replay."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from driving import all_text, click, console, enter_pin, ok_button, sign_in, start_game
from helpers import mini_scenario
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.dialogs.observation import ObservationDialog
from ui.main_window import PAPERS
from ui.views.replay_page import ReplayPage
from wargame.autoplay import play
from wargame.engine import MAX_TEXT
from wargame.events import ObservationWithdrawn
from wargame.fog import FACILITATOR
from wargame.replay import new_game

NOTE = "Seoul read Pyongyang's signals early <b>and</b> said so"


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _observe(qtbot, window, text: str) -> ObservationDialog:  # type: ignore[no-untyped-def]
    window.action_by_id["game.hot_wash"].trigger()
    dialog = console(window).dialog
    assert isinstance(dialog, ObservationDialog) and dialog.isVisible()
    dialog.text.setPlainText(text)
    click(qtbot, ok_button(dialog))
    return dialog


def test_an_observation_the_core_refuses_stays_in_its_editor(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {})
    too_long = "x" * (MAX_TEXT + 1)
    dialog = _observe(qtbot, window, too_long)
    assert isinstance(window.dialog, QMessageBox) and "longer than" in window.dialog.text()
    assert dialog.isVisible() and dialog.text.toPlainText() == too_long
    assert window.controller.state.observations == {}


def test_withdrawing_an_observation_is_asked_first_and_the_log_keeps_it(
    qtbot, window, tmp_path: Path
) -> None:
    start_game(qtbot, window, tmp_path, {})
    _observe(qtbot, window, NOTE)
    desk = console(window)
    desk.hot_wash.table.selectRow(0)
    click(qtbot, desk.hot_wash.withdraw_button)
    box = desk.dialog
    assert isinstance(box, QMessageBox) and NOTE in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(window.controller.state.observations) == 1
    click(qtbot, desk.hot_wash.withdraw_button)
    click(qtbot, next(b for b in desk.dialog.buttons() if b.text() == "Withdraw"))
    assert window.controller.state.observations == {}
    assert isinstance(window.controller.log()[-1].event, ObservationWithdrawn)


def test_a_seat_sees_no_observation_and_exports_no_papers(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    _observe(qtbot, window, NOTE)
    assert NOTE in all_text(window)
    assert all(window.action_by_id[name].isEnabled() for name in PAPERS)
    sign_in(qtbot, window, "seoul", "1234")
    assert NOTE not in all_text(window)
    assert not any(window.action_by_id[name].isEnabled() for name in PAPERS)


def _export(qtbot, window, action: str) -> QMessageBox:  # type: ignore[no-untyped-def]
    window.action_by_id[action].trigger()
    qtbot.waitUntil(lambda: window.export is None, timeout=60_000)
    box = window.dialog
    assert isinstance(box, QMessageBox)
    return box


def test_the_report_exports_as_one_web_page_without_touching_the_game(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    game = start_game(qtbot, window, tmp_path, {})
    _observe(qtbot, window, NOTE)
    before = _fingerprint(game)
    # The file dialog is the platform's; the name is chosen without a suffix, as people do.
    chosen = "Web page, one file (*.html)"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "debrief"), chosen)
    )
    box = _export(qtbot, window, "file.export_report")
    out = tmp_path / "debrief.html"
    assert box.icon() == QMessageBox.Icon.Information and str(out) in box.text()
    page = out.read_text(encoding="utf-8")
    assert "After-Action Report" in page and "early &lt;b&gt;and&lt;/b&gt; said so" in page
    assert _fingerprint(game) == before


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


@pytest.mark.parametrize("action", ["file.export_report", "file.export_script"])
def test_no_paper_is_exported_over_a_game_and_the_dialog_says_so(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str
) -> None:
    game = start_game(qtbot, window, tmp_path, {})
    other = tmp_path / "notes.pdf"  # a copy of the game, named like a document
    other.write_bytes(game.read_bytes())
    before = _fingerprint(other)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    box = _export(qtbot, window, action)
    assert box.icon() == QMessageBox.Icon.Warning
    assert f"{other} is a Peninsula game" in box.text() and "Traceback" not in box.text()
    assert _fingerprint(other) == before
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
