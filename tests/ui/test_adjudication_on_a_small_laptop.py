"""At 1024×700 the adjudication comes first: every column of every row is read whole, the action's
name wrapping rather than cut, with no scrolling sideways — in English and in Korean."""

from __future__ import annotations

from pathlib import Path

import pytest
from driving import console
from PySide6.QtCore import QRect, Qt

from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.settings import Settings
from wargame.scenario_file import load_scenario


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_action_of_the_adjudication_reads_whole_at_1024_by_700(
    qtbot, tmp_path: Path, language: str
) -> None:
    install_translators(language)
    settings = Settings()
    settings.language = language
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.controller.new_game(tmp_path / "k.wargame", load_scenario(), 5, {})
        for _ in range(2):  # the bots move at once; then the roll
            window.action_by_id["game.next"].trigger()
        panel = console(window).adjudication
        table = panel.table
        qtbot.waitUntil(lambda: panel.isVisible() and table.viewport().width() > 0)
        assert table.horizontalScrollBar().maximum() == 0, "nothing is scrolled off sideways"
        metrics = table.fontMetrics()
        model = table.model()
        assert model.rowCount() >= 8
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                text = str(index.data() or "")
                cell = table.visualRect(index).adjusted(3, 0, -3, 0)
                needed = metrics.boundingRect(
                    QRect(0, 0, cell.width(), 10_000), Qt.TextFlag.TextWordWrap, text
                )
                assert needed.width() <= cell.width() and needed.height() <= cell.height(), (
                    f"row {row}, column {column}: {text!r} does not fit {cell.size()}"
                )
    finally:
        window.controller.close()
        install_translators("en")
