"""Small things met while running a whole game: the rating dialog says why OK waits, the export
dialogs open where the last paper went, the panels can be put back and never float over the
console, and the city's name on the map is not crossed out by the lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import click, console, start_game
from PySide6.QtWidgets import QDockWidget, QFileDialog

from ui.dialogs.argument import ArgumentDialog


def test_the_rating_dialog_says_why_ok_waits(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    click(qtbot, console(window).phase_bar.next_button)
    window.action_by_id["game.rate_argument"].trigger()
    dialog = console(window).dialog
    assert isinstance(dialog, ArgumentDialog)
    dialog.stated.setChecked(True)
    dialog.change.setValue(0)
    qtbot.keyClicks(dialog.reason, "A reason.")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and "changes nothing" in dialog.missing.text()
    dialog.change.setValue(5)
    assert ok.isEnabled() and not dialog.missing.isVisible()


def test_an_export_dialog_opens_where_the_last_paper_went(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_game(qtbot, window, tmp_path, {})
    papers = tmp_path / "papers"
    papers.mkdir()
    opened_in: list[str] = []

    def save_as(_parent, _title, suggested, *_):  # type: ignore[no-untyped-def]
        opened_in.append(suggested)
        return str(papers / "script.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.action_by_id["file.export_script"].trigger()
    qtbot.waitUntil(lambda: window.export is None, timeout=60_000)
    window.action_by_id["file.export_script"].trigger()
    qtbot.waitUntil(lambda: window.export is None, timeout=60_000)
    assert Path(opened_in[0]).parent == tmp_path, "first, beside the game"
    assert Path(opened_in[1]).parent == papers, "then where the last one went"
    assert window.settings.export_folder == str(papers)


def test_panels_never_float_and_can_be_put_back(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {})
    desk = console(window)
    for dock in desk.findChildren(QDockWidget):
        assert not dock.features() & QDockWidget.DockWidgetFeature.DockWidgetFloatable
    desk.removeDockWidget(desk.seats_dock)  # as if dragged away
    window.action_by_id["view.reset_panels"].trigger()
    assert desk.seats_dock.isVisible() and not desk.seats_dock.isFloating()
    assert desk.dockWidgetArea(desk.seats_dock) == desk.dockWidgetArea(desk.ladder_dock)
