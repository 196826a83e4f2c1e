"""The debrief in the app: the hot wash when a game ends, and the after-action report exported
from the File menu."""

from __future__ import annotations

import os
from pathlib import Path

from driving import click, console, ok_button, play_to_the_end, start_game
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.dialogs.observation import ObservationDialog
from ui.views.replay_page import ReplayPage
from wargame.fog import FACILITATOR


def test_the_hot_wash_opens_when_the_game_ends_and_keeps_its_notes(
    qtbot, window, tmp_path: Path
) -> None:
    path = start_game(qtbot, window, tmp_path, {})
    play_to_the_end(window)
    desk = console(window)
    assert desk.world_tabs.currentWidget() is desk.hot_wash
    click(qtbot, desk.hot_wash.add_button)
    dialog = desk.dialog
    assert isinstance(dialog, ObservationDialog)
    qtbot.keyClicks(dialog.text, "Seoul kept the channel to Beijing open")
    dialog.strength.setChecked(True)
    dialog.seats["seoul"].setChecked(True)
    dialog.turn.setValue(2)
    click(qtbot, ok_button(dialog))
    (noted,) = window.controller.state.observations.values()
    assert (noted.kind, noted.seats, noted.turn) == ("strength", ("seoul",), 2)
    desk.hot_wash.table.selectRow(0)
    click(qtbot, desk.hot_wash.revise_button)
    revising = desk.dialog
    assert revising.text.toPlainText() == "Seoul kept the channel to Beijing open"
    revising.text.setPlainText("Seoul kept its channel to Beijing open throughout")
    click(qtbot, ok_button(revising))
    assert window.controller.state.observations[noted.id].text.endswith("throughout")
    # The replay shows the hot wash to the facilitator, and to no seat.
    window.controller.close()
    window.open_replay_path(path)
    page = window.page
    assert isinstance(page, ReplayPage)
    assert page.seat == FACILITATOR
    assert page.hot_wash._model.rows[0]["text"].endswith("throughout")
    assert not page.hot_wash.add_button.isVisible()
    page.set_seat("seoul")
    assert not page.world_tabs.isTabVisible(page.world_tabs.indexOf(page.hot_wash))


def test_export_report_writes_a_pdf_and_leaves_the_game_as_it_was(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path = start_game(qtbot, window, tmp_path, {})
    play_to_the_end(window)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    out = tmp_path / "aar.pdf"
    # The save dialog is the platform's; the writing is the app's own.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    window.action_by_id["file.export_report"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.dialog, QMessageBox), timeout=30_000)
    assert str(out) in window.dialog.text()
    assert len(PdfReader(out).pages) > 2
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    playing = {"exercise.wargame-wal", "exercise.wargame-shm"}  # the game is still open for play
    assert set(os.listdir(tmp_path)) - playing == {
        "aar.pdf",
        "exercise.wargame",
        "mini.yaml",
        "peninsula-home",
    }
