"""The hot wash and the evaluation: observations gathered at the end of the exercise (or any
time), as strengths, areas for improvement and working notes; each exercise objective's HSEEP
rating; and the way to the participants' record and the Improvement Plan. The facilitator adds,
revises and withdraws them; replay shows them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.models.table_model import Column, TableModel
from ui.plain import text_label
from ui.views.calibration import CalibrationPanel
from ui.views.table import make_table
from wargame.evaluation import RATINGS, SCALE
from wargame.inject_guidance import exercise_objectives
from wargame.names import actor_name
from wargame.scenario import Scenario

Observation = dict[str, Any]

RATINGS_HEIGHT = 190
"""The most height the objectives' ratings take before they scroll (pixels)."""

ABOUT_LENGTH = 24


class HotWashPanel(QWidget):
    add_requested = Signal()
    revise_requested = Signal(int)
    withdraw_requested = Signal(int)
    rating_chosen = Signal(str, object)  # an exercise objective's id, "P"…"U" or None
    participants_requested = Signal()
    plan_requested = Signal()

    def __init__(self, editable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._language = "en"
        self._model: TableModel[Observation] = TableModel(
            [
                Column(self.tr("Kind"), self._kind),
                Column(self.tr("Observation"), lambda o: o["text"], tooltip=lambda o: o["text"]),
                Column(
                    self.tr("About"),
                    self._about,
                    tooltip=lambda o: self._about(o, whole=True),
                ),
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
        self.ratings_box = QGroupBox(self.tr("Exercise objectives: HSEEP rating"), self)
        self._ratings_form = QFormLayout(self.ratings_box)
        # The ratings scroll in a band of their own, so the observations keep their room on a
        # 1024×700 laptop whatever the number of objectives.
        self.ratings_area = QScrollArea(self)
        self.ratings_area.setWidget(self.ratings_box)
        self.ratings_area.setWidgetResizable(True)
        self.ratings_area.setFrameShape(QFrame.Shape.NoFrame)
        self.ratings: dict[str, QComboBox] = {}
        self._editable = editable
        self.participants_button = QPushButton(self.tr("Participants…"), self)
        self.plan_button = QPushButton(self.tr("Improvement plan…"), self)
        self.participants_button.clicked.connect(self.participants_requested)
        self.plan_button.clicked.connect(self.plan_requested)
        self.add_button.clicked.connect(self.add_requested)
        self.revise_button.clicked.connect(lambda: self._emit(self.revise_requested))
        self.withdraw_button.clicked.connect(lambda: self._emit(self.withdraw_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revise_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch()
        # A row of their own, so the console still fits a 1024×700 laptop.
        evaluation = QHBoxLayout()
        evaluation.addStretch()
        evaluation.addWidget(self.participants_button)
        evaluation.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.ratings_area)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(evaluation)
        # Once the exercise has ended, the room's odds scored against what happened.
        self.calibration = CalibrationPanel(self)
        self.calibration_heading = text_label(self.tr("Calibration of the room's odds"), self)
        font = self.calibration_heading.font()
        font.setBold(True)
        self.calibration_heading.setFont(font)
        layout.addWidget(self.calibration_heading)
        layout.addWidget(self.calibration, 2)
        for button in (
            self.add_button,
            self.revise_button,
            self.withdraw_button,
            self.participants_button,
            self.plan_button,
        ):
            button.setVisible(editable)
        self._enable()

    def _kind(self, observation: Observation) -> str:
        kind = {
            "strength": self.tr("Strength"),
            "improvement": self.tr("To improve"),
            "note": self.tr("Working note"),
        }[observation["kind"]]
        if observation.get("private") and observation["kind"] != "note":
            kind = self.tr("%1 (record only)").replace("%1", kind)
        return kind

    def _about(self, observation: Observation, whole: bool = False) -> str:
        assert self._scenario is not None
        about = [actor_name(self._scenario, a, self._language) for a in observation["seats"]]
        if observation["turn"]:
            about.append(self.tr("turn %1").replace("%1", str(observation["turn"])))
        about += [x for x in (observation["inject"], observation["objective"]) if x]
        if observation.get("exercise_objective"):
            texts = dict(exercise_objectives(self._scenario, self._language))
            text = texts.get(observation["exercise_objective"], "")
            # The whole objective is in the tooltip; the column names it in a few words.
            short = whole or len(text) <= ABOUT_LENGTH
            about.append(text if short else text[: ABOUT_LENGTH - 1] + "…")
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
        self._show_ratings(world.get("ratings", {}) if world else {}, scenario, language)
        self._enable()
        self.calibration.set_world(world, scenario, language)
        scored = bool(world and world.get("calibration"))
        self.calibration.setVisible(scored)
        self.calibration_heading.setVisible(scored)

    def _show_ratings(self, ratings: dict[str, str], scenario: Scenario, language: str) -> None:
        """A choice of rating per exercise objective; set from the world without echoing."""
        objectives = exercise_objectives(scenario, language)
        if list(self.ratings) != [o for o, _ in objectives]:
            while self._ratings_form.rowCount():
                self._ratings_form.removeRow(0)
            self.ratings = {}
            for objective_id, text in objectives:
                choice = QComboBox(self.ratings_box)
                # The scale's words are long: the console at 1024×700 must still fit.
                choice.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                choice.setMinimumContentsLength(12)
                choice.addItem(self.tr("not rated"), None)
                for letter in RATINGS:
                    words = SCALE["ko" if language == "ko" else "en"][letter]
                    choice.addItem(f"{letter} — {words}", letter)
                choice.setEnabled(self._editable)
                choice.activated.connect(
                    lambda _, o=objective_id, c=choice: self.rating_chosen.emit(o, c.currentData())
                )
                label = text_label(text, self.ratings_box)
                label.setWordWrap(True)
                self._ratings_form.addRow(label, choice)
                self.ratings[objective_id] = choice
        for objective_id, choice in self.ratings.items():
            choice.setCurrentIndex(max(0, choice.findData(ratings.get(objective_id))))
        self.ratings_area.setVisible(bool(objectives))
        wanted = self.ratings_box.sizeHint().height() + 2
        self.ratings_area.setFixedHeight(min(wanted, RATINGS_HEIGHT))
