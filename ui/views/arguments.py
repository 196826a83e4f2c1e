"""The moves submitted this deliberation, with each seat's argument and the facilitator's
judgement of it; the facilitator rates an argument here before the roll."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.plain import text_label
from ui.views.moves import MovesView
from wargame.scenario import Scenario


class ArgumentsPanel(QWidget):
    rate_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ratable: set[str] = set()
        self.hint = text_label(
            self.tr(
                "Judge an argument before adjudicating: a strong one adds to the probability of "
                "each of the seat's actions, a weak one takes from it. A seat that revises its "
                "move is judged afresh."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.moves = MovesView(self)
        self.moves.table.selectionModel().selectionChanged.connect(self._enable)
        self.moves.table.doubleClicked.connect(self._request)
        self.rate_button = QPushButton(self.tr("Rate argument…"), self)
        self.rate_button.setToolTip(self.tr("Judge the selected seat's argument, with a reason"))
        self.rate_button.clicked.connect(self._request)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.rate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.moves, 1)
        layout.addLayout(buttons)
        self._enable()

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        self.moves.set_world(world, scenario, language)
        self._enable()

    def set_ratable(self, seats: list[str]) -> None:
        """The seats whose arguments may be rated now (`wargame.facilitation.ratable_seats`)."""
        self._ratable = set(seats)
        self._enable()

    def _enable(self) -> None:
        self.rate_button.setEnabled(self.moves.selected() in self._ratable)

    def _request(self) -> None:
        actor = self.moves.selected()
        if actor in self._ratable:
            self.rate_requested.emit(actor)
