"""Opening a dialog without blocking, and giving the keyboard back when it closes.

A dialog opened with `open()` leaves the clock running and lets tests drive it; but once it
closes, the window it came from must have the keyboard again, or Ctrl+Return and Ctrl+Z do
nothing until someone clicks — in front of a room, a stalled console.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid


def open_dialog(dialog: QDialog, owner: QWidget) -> None:
    """Open `dialog` over `owner`'s window; when it closes, that window is active again and
    the widget that had the keyboard before has it back."""
    window = owner.window()
    before = QApplication.focusWidget()
    if before is not None and before.window() is not window:
        before = None

    def give_back() -> None:
        if not isValid(window) or not window.isVisible():
            return
        window.activateWindow()
        target = before if before is not None and isValid(before) and before.isVisible() else None
        (target or window).setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(give_back)
    dialog.open()
