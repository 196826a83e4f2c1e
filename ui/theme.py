"""Light, dark or the system's choice, through Qt's own colour scheme (Fusion follows it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def apply_theme(theme: str) -> None:
    QGuiApplication.styleHints().setColorScheme(SCHEMES[theme])
