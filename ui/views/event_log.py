"""The event log: one readable line per event, the full audit trail of the game."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.models.table_model import Column, TableModel
from ui.views.objectives import CROSSED
from ui.views.table import make_table
from wargame.describe import describe
from wargame.events import RedLineCrossed
from wargame.scenario import Scenario

if TYPE_CHECKING:
    from wargame.store import StoredEvent


class EventLog(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._language = language
        self._model: TableModel[StoredEvent] = TableModel(
            [
                Column("#", lambda e: str(e.seq)),
                Column(self.tr("Turn"), lambda e: str(e.turn)),
                # A red line crossed changes the game's course: it stands out in the trail.
                Column(
                    self.tr("Event"),
                    self._line,
                    tooltip=self._line,
                    colour=lambda e: CROSSED if isinstance(e.event, RedLineCrossed) else None,
                ),
            ],
            self,
        )
        self.table = make_table(self._model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)

    def _line(self, stored: StoredEvent) -> str:
        return describe(stored.event, self._scenario, self._language)

    def set_events(self, events: list[StoredEvent], scenario: Scenario) -> None:
        self._scenario = scenario
        grew = len(events) != len(self._model.rows)
        self._model.set_rows(events)
        if grew:
            self.table.scrollToBottom()
