"""Writing a hot-wash or evaluator's observation: the text, strength, area for improvement or
working note, what it is about — seats, a turn, an inject, a seat's objective, an exercise
objective — and whether it is for the record only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import objective_text
from ui.plain import text_label
from wargame.events import ObservationModel
from wargame.inject_guidance import exercise_objectives
from wargame.names import actor_name
from wargame.scenario import Scenario


class ObservationDialog(QDialog):
    """OK hands the observation to `record`, and the dialog closes only once it is recorded: a
    refusal (a text too long, say) leaves every word where it was. `injects` are the released
    injects it may be about, with their titles (an ad hoc one's as the facilitator wrote it)."""

    def __init__(
        self,
        scenario: Scenario,
        turns_played: int,
        injects: list[tuple[str, str]],
        language: str,
        record: Callable[[ObservationModel], bool],
        current: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self.setWindowTitle(
            self.tr("Revise the observation") if current else self.tr("Add an observation")
        )
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            self.tr("What was seen, and why it matters for the next exercise or for policy.")
        )
        self.strength = QRadioButton(self.tr("Strength"), self)
        self.improvement = QRadioButton(self.tr("Area for improvement"), self)
        self.note = QRadioButton(self.tr("Working note"), self)
        self.note.setToolTip(self.tr("The evaluator's own note: kept for the record only."))
        kinds = QButtonGroup(self)
        for button in (self.strength, self.improvement, self.note):
            kinds.addButton(button)
        self.improvement.setChecked(True)
        self.private = QCheckBox(self.tr("For the record only (not in the participants' report)"))
        self.exercise_objective = QComboBox(self)
        self.exercise_objective.addItem(self.tr("no exercise objective"), None)
        for objective_id, text in exercise_objectives(scenario, language):
            self.exercise_objective.addItem(text, objective_id)
        self.seats: dict[str, QCheckBox] = {
            a: QCheckBox(actor_name(scenario, a, language), self) for a in scenario.actor_ids
        }
        self.turn = QSpinBox(self)
        self.turn.setRange(0, max(1, turns_played))
        self.turn.setSpecialValueText(self.tr("any turn"))
        self.inject = QComboBox(self)
        self.inject.addItem(self.tr("no inject"), None)
        for inject_id, title in injects:
            self.inject.addItem(f"{inject_id} {title}".strip(), inject_id)
        self.objective = QComboBox(self)
        self.objective.addItem(self.tr("no objective"), None)
        for actor in scenario.actors:
            for objective in actor.objectives:
                label = (
                    f"{actor_name(scenario, actor.id, language)}: "
                    f"{objective_text(scenario, actor.id, objective.id, language)}"
                )
                self.objective.addItem(label, f"{actor.id}/{objective.id}")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._check)

        kind_line = QHBoxLayout()
        kind_line.addWidget(self.strength)
        kind_line.addWidget(self.improvement)
        kind_line.addWidget(self.note)
        kind_line.addStretch()
        seat_line = QHBoxLayout()
        for box in self.seats.values():
            seat_line.addWidget(box)
        seat_line.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Kind"), kind_line)
        form.addRow(self.tr("Seats"), seat_line)
        form.addRow(self.tr("Turn"), self.turn)
        form.addRow(self.tr("Inject"), self.inject)
        form.addRow(self.tr("Objective"), self.objective)
        form.addRow(self.tr("Exercise objective"), self.exercise_objective)
        form.addRow("", self.private)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("Observation"), self))
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, 460)
        if current:
            self._fill(current)
        self._check()

    def _fill(self, current: dict[str, Any]) -> None:
        self.text.setPlainText(current["text"])
        kinds = {"strength": self.strength, "improvement": self.improvement, "note": self.note}
        kinds[current["kind"]].setChecked(True)
        self.private.setChecked(current.get("private", False))
        found = self.exercise_objective.findData(current.get("exercise_objective"))
        self.exercise_objective.setCurrentIndex(max(0, found))
        for actor, box in self.seats.items():
            box.setChecked(actor in current["seats"])
        self.turn.setValue(current["turn"] or 0)
        self.inject.setCurrentIndex(max(0, self.inject.findData(current["inject"])))
        self.objective.setCurrentIndex(max(0, self.objective.findData(current["objective"])))

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def _save(self) -> None:
        if self._record(self.observation()):
            self.accept()

    def observation(self) -> ObservationModel:
        return ObservationModel(
            text=self.text.toPlainText(),
            kind="strength"
            if self.strength.isChecked()
            else "note"
            if self.note.isChecked()
            else "improvement",
            seats=[a for a, box in self.seats.items() if box.isChecked()],
            turn=self.turn.value() or None,
            inject=self.inject.currentData(),
            objective=self.objective.currentData(),
            exercise_objective=self.exercise_objective.currentData(),
            private=self.private.isChecked(),
        )
