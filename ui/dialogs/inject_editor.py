"""Writing an inject: its title, its text and who receives it (everyone, or chosen seats); an
ad hoc one also its basis and what it does to the world when released."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from ui.dialogs.effect_editor import EffectEditor
from wargame.inject_guidance import ADHOC_BASIS, BASIS
from wargame.names import actor_name
from wargame.scenario import Basis, Effect, Scenario


class InjectEditor(QDialog):
    def __init__(
        self,
        scenario: Scenario,
        language: str,
        title: str = "",
        body: str = "",
        audience: list[str] | None = None,
        parent: QWidget | None = None,
        adhoc: bool = False,
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
        self.basis: QComboBox | None = None
        self.effects: EffectEditor | None = None
        if adhoc:
            self.basis = QComboBox(self)
            for key, words in BASIS["ko" if language == "ko" else "en"].items():
                self.basis.addItem(words, key)
            self.basis.setCurrentIndex(self.basis.findData(ADHOC_BASIS))
            self.basis.setToolTip(self.tr("What the inject rests on: everyone sees it as a badge"))
            self.effects = EffectEditor(scenario, language, parent=self)
            form.addRow(self.tr("Basis"), self.basis)
            form.addRow(self.tr("When released"), self.effects)
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

    def chosen_basis(self) -> Basis | None:
        """The basis chosen for an ad hoc inject (None: the white cell's own device)."""
        return None if self.basis is None else self.basis.currentData()

    def effect(self) -> Effect | None:
        return None if self.effects is None else self.effects.effect()

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
