"""Published results a seat or the room may see: who did what, and whether it worked."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.models.table_model import Column, TableModel
from ui.views.adjudication_panel import FAILURE, SUCCESS, action_label, override_reason
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
                    lambda r: self.tr("Success") if r["success"] else self.tr("Failure"),
                    tooltip=override_reason,
                    colour=lambda r: SUCCESS if r["success"] else FAILURE,
                ),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(make_table(self._model, self, stretch=1))

    def _action(self, result: dict[str, Any]) -> str:
        assert self._scenario is not None
        return action_label(self._scenario, result, self._language)

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        self._scenario, self._language = scenario, language
        # The latest turn first; within a turn, the seats in the order the console lists them.
        results = world["results"] if world else []
        self._model.set_rows(sorted(results, key=lambda r: -r["turn"]))
