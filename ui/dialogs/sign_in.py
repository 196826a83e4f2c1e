"""A seat signs in with its PIN; the PIN is checked by the core against its stored hash."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class SignInDialog(QDialog):
    def __init__(
        self, seat_name: str, check: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(self.tr("Sign in as %1").replace("%1", seat_name))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #8a3b3b")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Enter the PIN for %1.").replace("%1", f"<b>{seat_name}</b>"), self)
        )
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(360, 160)

    def accept(self) -> None:
        """Close only for the right PIN; a wrong one is refused and the seat may try again."""
        if self._check(self.pin.text()):
            super().accept()
        else:
            self._refuse()

    def _refuse(self) -> None:
        self.error.setText(self.tr("That PIN is not right. Try again, or ask the facilitator."))
        self.error.show()
        self.pin.clear()
        self.pin.setFocus()
