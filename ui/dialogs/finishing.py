"""Finishing early, on the record: a bot takes a seat from now on (or a person takes it back),
and the exercise ends where it stands. Each asks for a reason, which the log and the report keep.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.plain import text_label
from wargame.seats import MAX_PIN_LENGTH


def _reason_box(parent: QWidget) -> QPlainTextEdit:
    reason = QPlainTextEdit(parent)
    reason.setPlaceholderText(
        parent.tr("Why? This is kept in the game's record and shown in the after-action review.")
    )
    return reason


class HandOverDialog(QDialog):
    """Which seat changes hands, and why; a person taking a seat over may get a new PIN."""

    def __init__(self, seats: dict[str, tuple[str, bool]], parent: QWidget | None = None) -> None:
        """`seats` maps each seat to its name and whether a person plays it now."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change who plays a seat"))
        self._humans = {seat: human for seat, (_, human) in seats.items()}
        self.seat = QComboBox(self)
        for seat, (name, human) in seats.items():
            now = self.tr("%1 — a person plays it") if human else self.tr("%1 — a bot plays it")
            self.seat.addItem(now.replace("%1", name), seat)
        self.change = text_label("", self)
        self.change.setWordWrap(True)
        self.pin = QLineEdit(self)
        self.again = QLineEdit(self)
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(MAX_PIN_LENGTH)
        self.reason = _reason_box(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Seat"), self.seat)
        form.addRow(self.change)
        form.addRow(self.tr("New PIN (optional)"), self.pin)
        form.addRow(self.tr("PIN again"), self.again)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for signal in (
            self.seat.currentIndexChanged,
            self.pin.textChanged,
            self.again.textChanged,
            self.reason.textChanged,
        ):
            signal.connect(self._check)
        self.resize(480, 340)
        self._check()

    @property
    def to_person(self) -> bool:
        """Whether the chosen seat goes to a person (it is a bot's now)."""
        return not self._humans[self.seat.currentData()]

    def new_pin(self) -> str | None:
        return self.pin.text() if self.to_person and self.pin.text() else None

    def _check(self) -> None:
        person = self.to_person
        self.change.setText(
            self.tr("A person takes the seat back from the next move it makes.")
            if person
            else self.tr(
                "A bot plays the seat from now on; if it has not moved this turn, at once."
            )
        )
        for field in (self.pin, self.again):
            field.setEnabled(person)
        pins_agree = not person or self.pin.text() == self.again.text()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.toPlainText().strip()) and pins_agree)


class EndNowDialog(QDialog):
    """The exercise ends now, before its last turn, with the facilitator's reason."""

    def __init__(self, turn: int, turns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End the exercise now"))
        note = text_label(
            self.tr(
                "The exercise ends in turn %1 of %2. Its ending is the one whose condition holds "
                "now; moves not yet adjudicated and outcomes not yet published stay as they are. "
                "This cannot be undone."
            )
            .replace("%1", str(turn))
            .replace("%2", str(turns)),
            self,
        )
        note.setWordWrap(True)
        self.reason = _reason_box(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.end_button = self.buttons.addButton(
            self.tr("End the exercise"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda: self.end_button.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.end_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(text_label(self.tr("Reason"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(480, 300)
