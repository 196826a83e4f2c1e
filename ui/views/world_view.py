"""What every picture of the world shares: it is fed a fog-filtered view and redrawn."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, QSize
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.plain import tip
from wargame.scenario import Scenario


class WorldView(QWidget):
    """A widget drawn from `wargame.fog.view` output; subclasses paint, this one keeps data."""

    preferred_size = QSize(600, 400)
    smallest_size = QSize(260, 200)
    horizontal_policy = QSizePolicy.Policy.Expanding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._world: dict[str, Any] | None = None
        self._scenario: Scenario | None = None
        self._language = "en"
        self.setSizePolicy(self.horizontal_policy, QSizePolicy.Policy.Expanding)

    def set_world(
        self, world: dict[str, Any] | None, scenario: Scenario | None, language: str = "en"
    ) -> None:
        self._world, self._scenario, self._language = world, scenario, language
        self.update()

    def sizeHint(self) -> QSize:
        return self.preferred_size

    def minimumSizeHint(self) -> QSize:
        return self.smallest_size

    def _tooltip(self, at: QPointF) -> str:
        """What to say about the point under the pointer, as plain text; nothing by default."""
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return super().event(event)
        text = self._tooltip(QPointF(event.pos()))
        if text:
            QToolTip.showText(event.globalPos(), tip(text), self)
        else:
            QToolTip.hideText()
            event.ignore()
        return True
