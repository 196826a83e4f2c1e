"""Text from a scenario file, or typed by a seat or the facilitator, is shown as text.

Qt reads a label's, a message box's or a tooltip's text as HTML whenever it looks like HTML, so
`<img src=…>` in an inject would load a picture and `<b>` would change the type. Every label
is made here, plain; tooltips are escaped here; the few views that lay text out in HTML escape
what they insert themselves.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def text_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows `text` exactly as it is written."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tip(text: str) -> str:
    """A tooltip that shows `text` exactly as it is written, line breaks kept."""
    if not text:
        return ""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    parent: QWidget | None = None,
) -> QMessageBox:
    """A message box whose text and informative text are shown as written."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
