"""Published results a seat or the room may see: who did what, and whether it worked; and for
the one selected (at first the seat's own latest), the whole account as far as the viewer may
know it — odds, modifiers, rationale, argument, judgement — as the facilitator reads it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ui.models.table_model import Column, TableModel
from ui.views.adjudication_panel import (
    FAILURE,
    SUCCESS,
    action_label,
    override_reason,
    results_and_checks,
    verdict,
)
from ui.views.result_account import ResultAccount
from ui.views.table import make_table
from wargame.adjudication import percent
from wargame.scenario import Scenario


class ResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._language = "en"
        self._model: TableModel[dict[str, Any]] = TableModel(
            [
                Column(self.tr("Turn"), lambda r: str(r["turn"])),
                Column(self.tr("Action"), self._action, tooltip=lambda r: r["rationale"]),
                # The odds as this seat could know them: the roll met odds it may not know.
                Column(
                    self.tr("Probability"),
                    lambda r: percent(r["probability"]),
                    tooltip=lambda r: r["rationale"],
                ),
                Column(
                    self.tr("Outcome"),
                    lambda r: verdict(r, r["success"]),
                    tooltip=override_reason,
                    colour=lambda r: SUCCESS if r["success"] else FAILURE,
                ),
            ],
            self,
        )
        self.table = make_table(self._model, self, stretch=1)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.account = ResultAccount(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.account)
        splitter.setSizes([1000, 1000])
        self._seat = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def _action(self, result: dict[str, Any]) -> str:
        assert self._scenario is not None
        return action_label(self._scenario, result, self._language)

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        self._scenario, self._language = scenario, language
        # The latest turn first; within a turn, the seats in the order the console lists them,
        # then the turn's check for an incident at the line, if the seat may know of one.
        results = results_and_checks(world) if world else []
        chosen = self._selected()
        self._seat = world["seat"] if world else ""
        self._model.set_rows(sorted(results, key=lambda r: -r["turn"]))
        keep = chosen["id"] if chosen else None
        own = [n for n, r in enumerate(self._model.rows) if r.get("actor") == self._seat]
        row = next((n for n, r in enumerate(self._model.rows) if r["id"] == keep), None)
        if row is None and own:
            row = own[0]
        if row is not None:
            self.table.selectRow(row)
        self._show_selected()

    def _selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self._model.row(rows[0]) if rows else None

    def _show_selected(self) -> None:
        result = self._selected()
        self.account.show_result(result, self._action(result) if result else "")
