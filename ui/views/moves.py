"""This turn's moves as the viewer may know them: each seat's actions and its argument."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.models.table_model import Column, TableModel
from ui.views.table import make_table
from wargame.names import action_name, actor_name
from wargame.scenario import Scenario

Move = tuple[str, dict[str, Any]]


class MovesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._language = "en"
        self._model: TableModel[Move] = TableModel(
            [
                Column(self.tr("Seat"), self._seat),
                Column(self.tr("Actions"), self._actions, tooltip=self._actions),
                Column(
                    self.tr("Argument"),
                    lambda m: m[1]["argument"],
                    tooltip=lambda m: m[1]["argument"],
                ),
            ],
            self,
        )
        self.table = make_table(self._model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)

    def _seat(self, move: Move) -> str:
        assert self._scenario is not None
        return actor_name(self._scenario, move[0], self._language)

    def _actions(self, move: Move) -> str:
        assert self._scenario is not None
        actor, details = move
        names = []
        for chosen in details["actions"]:
            name = action_name(self._scenario, actor, chosen["action"], self._language)
            if chosen["target"]:
                name += f" → {actor_name(self._scenario, chosen['target'], self._language)}"
            names.append(name)
        return "; ".join(names) or self.tr("no action")

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        self._scenario, self._language = scenario, language
        self._model.set_rows(sorted(world["moves"].items()) if world else [])
