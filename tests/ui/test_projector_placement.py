"""The projector fits the screen it opens on, and keeps its place, its size and whether it is
shown through a change of language, without jumping over the console."""

from __future__ import annotations

from pathlib import Path

from driving import start_game
from PySide6.QtCore import QRect

from ui.main_window import MainWindow
from ui.settings import load_settings


def test_the_projector_opens_inside_a_small_screen(qtbot, window, tmp_path: Path) -> None:
    start_game(qtbot, window, tmp_path, {})
    window.action_by_id["view.projector"].trigger()
    projector = window.projector
    qtbot.waitExposed(projector)
    available = projector.screen().availableGeometry()
    assert available.width() < 1280 or available.height() < 800  # this screen is the small case
    assert available.contains(projector.frameGeometry()), (available, projector.frameGeometry())


def test_a_language_switch_keeps_the_projector_where_and_as_it_was(
    qtbot, window, tmp_path: Path
) -> None:
    start_game(qtbot, window, tmp_path, {})
    window.action_by_id["view.projector"].trigger()
    qtbot.waitExposed(window.projector)
    window.projector.setGeometry(QRect(40, 60, 640, 420))
    placed = window.projector.geometry()
    window.action_by_id["view.language.ko"].trigger()
    again = window.projector
    assert again is not None and again.isVisible()
    assert again.geometry() == placed
    assert again.windowTitle() != "Peninsula — projector", "made again in Korean"
    # Hidden, it stays hidden through another switch.
    window.action_by_id["view.projector"].trigger()
    assert not window.projector or not window.projector.isVisible()
    window.action_by_id["view.language.en"].trigger()
    assert window.projector is None or not window.projector.isVisible()
    assert not window.action_by_id["view.projector"].isChecked()


def test_the_projector_reopens_where_it_was_left_after_a_restart(
    qtbot, window, tmp_path: Path
) -> None:
    path = start_game(qtbot, window, tmp_path, {})
    window.action_by_id["view.projector"].trigger()
    qtbot.waitExposed(window.projector)
    window.projector.setGeometry(QRect(30, 50, 600, 400))
    placed = window.projector.geometry()
    window.close()
    again = MainWindow(load_settings())
    qtbot.addWidget(again)
    again.show()
    again.open_path(path)
    again.action_by_id["view.projector"].trigger()
    qtbot.waitExposed(again.projector)
    assert again.projector.geometry() == placed
    again.controller.close()
