"""The hot wash: the facilitator's observations on the exercise — strengths and areas for
improvement, each with what it is about — recorded, revised and withdrawn here. Only the
facilitator's console shows it; the report carries it into the improvement plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from ui.i18n import objective_text
from ui.models.table_model import Column, TableModel
from ui.plain import text_label
from ui.views.table import make_table
from wargame.names import actor_name
from wargame.scenario import Scenario

Observation = dict[str, Any]  # a row of the facilitator's view's "observations"


class HotWashPanel(QWidget):
    add_requested = Signal()
    edit_requested = Signal(int)
    withdraw_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._language = "en"
        self.model: TableModel[Observation] = TableModel(
            [
                Column(self.tr("Kind"), self._kind, colour=self._colour),
                Column(self.tr("Observation"), self._text, tooltip=self._text),
                Column(self.tr("About"), self._about, tooltip=self._about),
            ],
            self,
        )
        self.table = make_table(self.model, self, stretch=1)
        # An observation is read whole: its rows grow to show the text.
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(2, 150)
        self.table.doubleClicked.connect(lambda _: self._edit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.hint = text_label(
            self.tr(
                "Note what the room did well and what should change, while it is fresh. "
                "Observations go into the after-action report; seats never see them."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Revise…"), self)
        self.edit_button.clicked.connect(self._edit)
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.clicked.connect(self._withdraw)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        self._scenario, self._language = scenario, language
        observations = (world or {}).get("observations", [])
        self.model.set_rows(observations)
        self.table.resizeRowsToContents()
        self.hint.setVisible(not observations)
        self._selection_changed()

    def selected(self) -> Observation | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0]) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.withdraw_button.setEnabled(chosen)

    def _edit(self) -> None:
        if (observation := self.selected()) is not None:
            self.edit_requested.emit(observation["id"])

    def _withdraw(self) -> None:
        if (observation := self.selected()) is not None:
            self.withdraw_requested.emit(observation["id"])

    # --- the columns ----------------------------------------------------------------------

    def _kind(self, o: Observation) -> str:
        return self.tr("Strength") if o["kind"] == "strength" else self.tr("Area for improvement")

    def _colour(self, o: Observation) -> str:
        return "#2e7d4f" if o["kind"] == "strength" else "#b0702a"

    def _text(self, o: Observation) -> str:
        return str(o["text"])

    def _about(self, o: Observation) -> str:
        scenario, language = self._scenario, self._language
        assert scenario is not None
        about = [actor_name(scenario, a, language) for a in o["seats"]]
        if o["turn"] is not None:
            about.append(self.tr("Turn %1").replace("%1", str(o["turn"])))
        if o["inject"]:
            about.append(o["inject"])
        if o["objective"]:
            actor, _, objective = o["objective"].partition("/")
            name = actor_name(scenario, actor, language)
            about.append(f"{name}: {objective_text(scenario, actor, objective, language)}")
        return "; ".join(about)
