"""The hot wash: observations gathered at the end of the exercise (or any time), as strengths
and areas for improvement. The facilitator adds, revises and withdraws them; replay shows them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.models.table_model import Column, TableModel
from ui.plain import text_label
from ui.views.calibration import CalibrationPanel
from ui.views.table import make_table
from wargame.names import actor_name
from wargame.scenario import Scenario

Observation = dict[str, Any]


class HotWashPanel(QWidget):
    add_requested = Signal()
    revise_requested = Signal(int)
    withdraw_requested = Signal(int)

    def __init__(self, editable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._language = "en"
        self._model: TableModel[Observation] = TableModel(
            [
                Column(self.tr("Kind"), self._kind),
                Column(self.tr("Observation"), lambda o: o["text"], tooltip=lambda o: o["text"]),
                Column(self.tr("About"), self._about, tooltip=self._about),
            ],
            self,
        )
        self.table = make_table(self._model, self, stretch=1)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.hint = text_label(
            self.tr(
                "Gather what went well and what to improve while it is fresh: each observation "
                "goes into the after-action report (File → Export report…)."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.revise_button = QPushButton(self.tr("Revise…"), self)
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.revise_button.clicked.connect(lambda: self._emit(self.revise_requested))
        self.withdraw_button.clicked.connect(lambda: self._emit(self.withdraw_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revise_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        # Once the exercise has ended, the room's odds scored against what happened.
        self.calibration = CalibrationPanel(self)
        self.calibration_heading = text_label(self.tr("Calibration of the room's odds"), self)
        font = self.calibration_heading.font()
        font.setBold(True)
        self.calibration_heading.setFont(font)
        layout.addWidget(self.calibration_heading)
        layout.addWidget(self.calibration, 2)
        for button in (self.add_button, self.revise_button, self.withdraw_button):
            button.setVisible(editable)
        self._enable()

    def _kind(self, observation: Observation) -> str:
        return self.tr("Strength") if observation["kind"] == "strength" else self.tr("To improve")

    def _about(self, observation: Observation) -> str:
        assert self._scenario is not None
        about = [actor_name(self._scenario, a, self._language) for a in observation["seats"]]
        if observation["turn"]:
            about.append(self.tr("turn %1").replace("%1", str(observation["turn"])))
        about += [x for x in (observation["inject"], observation["objective"]) if x]
        return ", ".join(about)

    def selected(self) -> Observation | None:
        rows = self.table.selectionModel().selectedRows()
        return self._model.row(rows[0]) if rows else None

    def _emit(self, signal: SignalInstance) -> None:
        chosen = self.selected()
        if chosen is not None:
            signal.emit(chosen["id"])

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.revise_button.setEnabled(chosen)
        self.withdraw_button.setEnabled(chosen)

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        self._scenario, self._language = scenario, language
        self._model.set_rows(world.get("observations", []) if world else [])
        self._enable()
        self.calibration.set_world(world, scenario, language)
        scored = bool(world and world.get("calibration"))
        self.calibration.setVisible(scored)
        self.calibration_heading.setVisible(scored)
