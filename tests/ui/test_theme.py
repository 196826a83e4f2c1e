"""View → Theme really changes the colours, even where the platform has no theme of its own."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.settings import load_settings


def _window_lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_and_light_themes_change_the_palette_and_are_remembered(window) -> None:  # type: ignore[no-untyped-def]
    window.action_by_id["view.theme.dark"].trigger()
    assert _window_lightness() < 80
    assert load_settings().theme == "dark"
    window.action_by_id["view.theme.light"].trigger()
    assert _window_lightness() > 180
    assert load_settings().theme == "light"
