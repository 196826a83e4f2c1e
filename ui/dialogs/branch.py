"""Branching a what-if from a replay: who plays each seat in the new game. A debrief can seat a
person where a bot played, to replay a decision with another choice, and a bot where a person
did."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.plain import text_label
from wargame.seats import MAX_PIN_LENGTH


class BranchDialog(QDialog):
    def __init__(
        self, seats: dict[str, tuple[str, bool, bool]], event: int, parent: QWidget | None = None
    ) -> None:
        """`seats` maps each seat to its name, whether a person plays it at the branch's point
        and whether it has a PIN already."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Branch from here"))
        self._seats = seats
        intro = text_label(
            self.tr(
                "The new game shares this one up to event %1. Choose who plays each seat from "
                "there: a person signs in with the PIN you give here; a bot moves by itself."
            ).replace("%1", str(event)),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Seat"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Played by"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("PIN for a new person"), self), 0, 2)
        self.players: dict[str, QComboBox] = {}
        self.pins: dict[str, QLineEdit] = {}
        for row, (seat, (name, human, has_pin)) in enumerate(seats.items(), start=1):
            player = QComboBox(self)
            player.addItem(self.tr("A person"), True)
            player.addItem(self.tr("A bot"), False)
            player.setCurrentIndex(player.findData(human))
            pin = QLineEdit(self)
            pin.setEchoMode(QLineEdit.EchoMode.Password)
            pin.setMaxLength(MAX_PIN_LENGTH)
            pin.setMinimumWidth(200)  # its hint is read whole
            pin.setPlaceholderText(
                self.tr("optional: keeps its PIN") if has_pin else self.tr("needed")
            )
            player.currentIndexChanged.connect(self._check)
            pin.textChanged.connect(self._check)
            grid.addWidget(text_label(name, self), row, 0)
            grid.addWidget(player, row, 1)
            grid.addWidget(pin, row, 2)
            self.players[seat], self.pins[seat] = player, pin
        self.problem = text_label("", self)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._check()

    def _person(self, seat: str) -> bool:
        return bool(self.players[seat].currentData())

    def people(self) -> dict[str, str | None]:
        """The seats a person takes over from a bot in the branch, each with its new PIN
        (None: the seat's own)."""
        return {
            seat: self.pins[seat].text() or None
            for seat, (_, human, _) in self._seats.items()
            if self._person(seat) and not human
        }

    def bots(self) -> list[str]:
        return [s for s, (_, human, _) in self._seats.items() if human and not self._person(s)]

    def _check(self) -> None:
        """A person new to a seat that never had a PIN needs one; the core checks the rest
        (its length) and says what is wrong."""
        missing = [
            name
            for seat, (name, human, has_pin) in self._seats.items()
            if self._person(seat) and not human and not has_pin and not self.pins[seat].text()
        ]
        for seat, pin in self.pins.items():
            pin.setEnabled(self._person(seat) and not self._seats[seat][1])
        self.problem.setText(
            self.tr("Give a PIN for: %1").replace("%1", ", ".join(missing)) if missing else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
