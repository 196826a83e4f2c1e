"""Overriding an adjudication: the facilitator's outcome and the reason, for the record."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.plain import text_label


class OverrideDialog(QDialog):
    def __init__(
        self, action: str, success: bool, parent: QWidget | None = None, incident: bool = False
    ) -> None:
        """`incident` for a check for an incident at the line: its outcomes are an incident
        or none, not an action's success or failure."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override the outcome"))
        heading = text_label(action, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        self.success = QRadioButton(
            self.tr("An incident happens") if incident else self.tr("Success"), self
        )
        self.failure = QRadioButton(
            self.tr("No incident happens") if incident else self.tr("Failure"), self
        )
        group = QButtonGroup(self)
        group.addButton(self.success)
        group.addButton(self.failure)
        # The point of overriding is to change the outcome, so offer the other one.
        (self.failure if success else self.success).setChecked(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(
            self.tr("Why? This is kept in the game's record and shown in the after-action review.")
        )
        # A reason may speak of covert moves: it stays with the record unless chosen.
        self.shown = QCheckBox(self.tr("Show this reason to the seats"), self)
        self.shown.setToolTip(
            self.tr(
                "The seats and the room that see the result will read the reason; unchecked, "
                "only the facilitator and the report have it"
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text_label(self.tr("Outcome"), self))
        layout.addWidget(self.success)
        layout.addWidget(self.failure)
        layout.addWidget(text_label(self.tr("Reason"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.shown)
        layout.addWidget(self.buttons)
        self.resize(480, 320)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.toPlainText().strip()))
