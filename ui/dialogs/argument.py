"""Rating a seat's argument before the roll: strong, weak, a stated change or none, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.plain import text_label
from wargame.adjudication import ARGUMENT_CHANGES, MAX_STATED, signed_percent
from wargame.events import ArgumentChoice


class ArgumentDialog(QDialog):
    """The seat, its actions and its argument as written; the facilitator's judgement of it.

    `rating` is the judgement so far (as `fog.view` gives it), or None."""

    def __init__(
        self,
        seat: str,
        actions: str,
        argument: str,
        rating: dict[str, Any] | None,
        parent: QWidget | None = None,
        counter_arguments: list[tuple[str, str]] | None = None,
    ) -> None:
        """`counter_arguments` are the review step's against this seat's actions: who wrote
        each (and against what), and its text."""
        super().__init__(parent)
        self._rating = rating
        self.setWindowTitle(self.tr("Rate the argument"))
        heading = text_label(seat, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        moves = text_label(actions or self.tr("no action"), self)
        moves.setWordWrap(True)
        self.argument = QPlainTextEdit(argument, self)
        self.argument.setReadOnly(True)
        self.argument.setPlaceholderText(self.tr("The seat wrote no argument."))

        self.strong = QRadioButton(
            self.tr("Strong (%1)").replace("%1", signed_percent(ARGUMENT_CHANGES["strong"])), self
        )
        self.weak = QRadioButton(
            self.tr("Weak (%1)").replace("%1", signed_percent(ARGUMENT_CHANGES["weak"])), self
        )
        self.stated = QRadioButton(self.tr("A change I state:"), self)
        self.none = QRadioButton(self.tr("Not rated"), self)
        self.change = QSpinBox(self)
        limit = round(MAX_STATED * 100)
        self.change.setRange(-limit, limit)
        self.change.setSuffix(" %")
        self.change.setToolTip(
            self.tr("Percentage points added to each of the seat's actions; below 0 takes away")
        )
        self._buttons: dict[ArgumentChoice, QRadioButton] = {
            "strong": self.strong,
            "weak": self.weak,
            "stated": self.stated,
            "none": self.none,
        }
        self.grades = QButtonGroup(self)
        for button in self._buttons.values():
            self.grades.addButton(button)
        choices = QGridLayout()
        choices.addWidget(self.strong, 0, 0)
        choices.addWidget(self.weak, 1, 0)
        choices.addWidget(self.stated, 2, 0)
        choices.addWidget(self.change, 2, 1)
        choices.addWidget(self.none, 3, 0)
        choices.setColumnStretch(2, 1)

        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(
            self.tr("Why? This is kept in the game's record and shown in the debrief and report.")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.missing = text_label("", self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #8a3b3b")

        self._buttons[rating["grade"] if rating else "none"].setChecked(True)
        if rating is not None:
            self.change.setValue(round(rating["change"] * 100))
            self.reason.setPlainText(rating["reason"])
        self.grades.buttonToggled.connect(self._check)
        self.change.valueChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(moves)
        layout.addWidget(text_label(self.tr("Argument"), self))
        layout.addWidget(self.argument, 2)
        self.counter_arguments = QPlainTextEdit(self)
        self.counter_arguments.setReadOnly(True)
        self.counter_arguments.setPlainText(
            "\n\n".join(f"{who}:\n{text}" for who, text in counter_arguments or [])
        )
        if counter_arguments:
            layout.addWidget(text_label(self.tr("Counter-arguments from the review"), self))
            layout.addWidget(self.counter_arguments, 2)
        else:
            self.counter_arguments.hide()
        layout.addWidget(text_label(self.tr("Judgement"), self))
        layout.addLayout(choices)
        layout.addWidget(text_label(self.tr("Reason"), self))
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self.resize(520, 640 if counter_arguments else 520)
        self._check()

    def grade(self) -> ArgumentChoice:
        """strong, weak, stated or none."""
        return next(grade for grade, button in self._buttons.items() if button.isChecked())

    def stated_change(self) -> float | None:
        return self.change.value() / 100 if self.stated.isChecked() else None

    def reason_text(self) -> str:
        return "" if self.none.isChecked() else self.reason.toPlainText()

    def _check(self) -> None:
        """OK only for a judgement that can be recorded; otherwise a line says what is missing."""
        self.change.setEnabled(self.stated.isChecked())
        self.reason.setEnabled(not self.none.isChecked())
        missing = ""
        if self.none.isChecked():
            if self._rating is None:  # nothing there to clear
                missing = self.tr("Choose a judgement.")
        elif self.stated.isChecked() and self.change.value() == 0:
            missing = self.tr("A stated change of 0% changes nothing: give one, or choose another.")
        elif not self.reason.toPlainText().strip():
            missing = self.tr("Give a reason: it goes on the record.")
        self.missing.setText(missing)
        self.missing.setVisible(bool(missing))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
