"""A seat (or the facilitator) signs in with its PIN; the core checks it against the stored hash
and makes each try after a few wrong ones wait longer."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

Check = Callable[[str], tuple[bool, float]]
"""A PIN in; whether it is right, and the seconds the next try must wait."""


class SignInDialog(QDialog):
    def __init__(
        self,
        seat_name: str,
        check: Check,
        wait: Callable[[], float],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._wait = wait
        self.setWindowTitle(self.tr("Sign in as %1").replace("%1", seat_name))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8a3b3b")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        prompt = QLabel(self.tr("Enter the PIN for %1.").replace("%1", seat_name), self)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        prompt.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(360, 160)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._tick()

    def accept(self) -> None:
        """Close only for the right PIN; a wrong one is refused and the seat may try again."""
        if not self.pin.isEnabled():
            return
        accepted, wait = self._check(self.pin.text())
        if accepted:
            super().accept()
            return
        self.error.setText(self.tr("That PIN is not right. Try again, or ask the facilitator."))
        self.error.show()
        self.pin.clear()
        if wait > 0:
            self._tick()
        else:
            self.pin.setFocus()

    def _tick(self) -> None:
        """While a wait runs, the PIN field is closed and a countdown says for how long."""
        wait = self._wait()
        waiting = wait > 0
        self.pin.setEnabled(not waiting)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not waiting)
        if waiting:
            self.error.setText(
                self.tr("Too many wrong PINs. Try again in %1 s.").replace(
                    "%1", str(math.ceil(wait))
                )
            )
            self.error.show()
            if not self._countdown.isActive():
                self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            self.error.hide()
            self.pin.setFocus()
