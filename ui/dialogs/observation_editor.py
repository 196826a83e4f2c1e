"""Writing a hot-wash observation: what was seen, whether it is a strength or an area for
improvement, and what it is about — seats, a turn, an inject, an objective."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import inject_text, objective_text
from wargame.events import ObservationModel
from wargame.names import actor_name
from wargame.scenario import Scenario


class ObservationEditor(QDialog):
    """`world` is the facilitator's view of the game; `observation` (a row of its
    "observations") is the one being revised, or None for a new one. OK hands the observation
    to `submit`, and the dialog closes only once it is recorded: a refusal (a text too long,
    say) leaves every word where it was."""

    def __init__(
        self,
        scenario: Scenario,
        world: dict[str, Any],
        language: str,
        submit: Callable[[ObservationModel], bool],
        observation: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        noted = observation or {}
        self.setWindowTitle(
            self.tr("Revise the observation") if observation else self.tr("Record an observation")
        )
        self.text_edit = QPlainTextEdit(noted.get("text", ""), self)
        self.text_edit.setMinimumHeight(120)
        self.text_edit.setPlaceholderText(
            self.tr("What did the room see? What worked, what should change?")
        )
        self.text_edit.textChanged.connect(self._check)
        self.strength = QRadioButton(self.tr("Strength"), self)
        self.improvement = QRadioButton(self.tr("Area for improvement"), self)
        (self.strength if noted.get("kind") == "strength" else self.improvement).setChecked(True)
        self.seats = {
            a: QCheckBox(actor_name(scenario, a, language), self) for a in scenario.actor_ids
        }
        for actor, box in self.seats.items():
            box.setChecked(actor in noted.get("seats", ()))

        self.turn = QComboBox(self)
        self.turn.addItem(self.tr("Any turn"), None)
        for number in range(1, max(1, world["turn"]) + 1):
            self.turn.addItem(self.tr("Turn %1").replace("%1", str(number)), number)
        self.inject = QComboBox(self)
        self.inject.addItem(self.tr("No particular inject"), None)
        for inject in world["injects"]:
            title, _ = inject_text(scenario, inject, language)
            self.inject.addItem(f"{inject['id']} · {title}", inject["id"])
        self.objective = QComboBox(self)
        self.objective.addItem(self.tr("No particular objective"), None)
        for actor in scenario.actors:
            for objective in actor.objectives:
                text = objective_text(scenario, actor.id, objective.id, language)
                name = actor_name(scenario, actor.id, language)
                self.objective.addItem(f"{name}: {text}", f"{actor.id}/{objective.id}")
        for box, key in (
            (self.turn, "turn"),
            (self.inject, "inject"),
            (self.objective, "objective"),
        ):
            found = box.findData(noted.get(key))
            box.setCurrentIndex(max(0, found))

        kind = QHBoxLayout()
        kind.addWidget(self.strength)
        kind.addWidget(self.improvement)
        kind.addStretch(1)
        seats = QHBoxLayout()
        for box in self.seats.values():
            seats.addWidget(box)
        seats.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Observation"), self.text_edit)
        form.addRow(self.tr("Kind"), kind)
        form.addRow(self.tr("Seats"), seats)
        form.addRow(self.tr("Turn"), self.turn)
        form.addRow(self.tr("Inject"), self.inject)
        form.addRow(self.tr("Objective"), self.objective)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text_edit.toPlainText().strip()))

    def _record(self) -> None:
        if self._submit(self.observation()):
            self.accept()

    def observation(self) -> ObservationModel:
        return ObservationModel(
            text=self.text_edit.toPlainText(),
            kind="strength" if self.strength.isChecked() else "improvement",
            seats=[a for a, box in self.seats.items() if box.isChecked()],
            turn=self.turn.currentData(),
            inject=self.inject.currentData(),
            objective=self.objective.currentData(),
        )
