"""The event log: one readable line per event, the full audit trail of the game."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.models.table_model import Column, TableModel
from ui.views.table import make_table

if TYPE_CHECKING:
    from wargame.store import StoredEvent
from wargame.describe import describe


class EventLog(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: TableModel[StoredEvent] = TableModel(
            [
                Column("#", lambda e: str(e.seq)),
                Column(self.tr("Turn"), lambda e: str(e.turn)),
                Column(
                    self.tr("Event"),
                    lambda e: describe(e.event),
                    tooltip=lambda e: describe(e.event),
                ),
            ],
            self,
        )
        self.table = make_table(self._model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)

    def set_events(self, events: list[StoredEvent]) -> None:
        grew = len(events) != len(self._model.rows)
        self._model.set_rows(events)
        if grew:
            self.table.scrollToBottom()
