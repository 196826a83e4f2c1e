"""Writing an inject: its title, its text and who receives it (everyone, or chosen seats)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wargame.names import actor_name
from wargame.scenario import Scenario


class InjectEditor(QDialog):
    def __init__(
        self,
        scenario: Scenario,
        language: str,
        title: str = "",
        body: str = "",
        audience: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit inject") if title else self.tr("Add an ad hoc inject"))
        self.title_edit = QLineEdit(title, self)
        self.body_edit = QPlainTextEdit(body, self)
        self.body_edit.setMinimumHeight(140)
        self.everyone = QRadioButton(self.tr("Everyone"), self)
        self.restricted = QRadioButton(self.tr("Only these seats:"), self)
        self.seats = {
            a: QCheckBox(actor_name(scenario, a, language), self) for a in scenario.actor_ids
        }
        (self.everyone if audience is None else self.restricted).setChecked(True)
        for actor, box in self.seats.items():
            box.setChecked(audience is not None and actor in audience)
            box.toggled.connect(self._check)

        seats = QHBoxLayout()
        for box in self.seats.values():
            seats.addWidget(box)
        audience_box = QVBoxLayout()
        audience_box.addWidget(self.everyone)
        audience_box.addWidget(self.restricted)
        audience_box.addLayout(seats)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Text"), self.body_edit)
        form.addRow(self.tr("Audience"), audience_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for signal in (
            self.title_edit.textChanged,
            self.body_edit.textChanged,
            self.everyone.toggled,
        ):
            signal.connect(self._check)
        self.resize(560, 380)
        self._check()

    def audience(self) -> list[str] | None:
        if self.everyone.isChecked():
            return None
        return [a for a, box in self.seats.items() if box.isChecked()]

    def _check(self) -> None:
        for box in self.seats.values():
            box.setEnabled(self.restricted.isChecked())
        audience = self.audience()
        ready = bool(
            self.title_edit.text().strip()
            and self.body_edit.toPlainText().strip()
            and (audience is None or audience)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
