"""The world state as tabs: the board, the relations heat map and the charts over turns."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QScrollArea, QTabWidget, QWidget

from ui.views.board import BoardView
from ui.views.charts import EscalationChart, IndicatorChart
from ui.views.relations import RelationsHeatmap
from ui.views.world_view import WorldView
from wargame.scenario import Scenario


class WorldTabs(QTabWidget):
    def __init__(self, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = BoardView()
        self.relations = RelationsHeatmap()
        charts = QWidget()
        grid = QGridLayout(charts)
        self._charts: list[WorldView] = [EscalationChart()]
        self._charts.extend(IndicatorChart(i.id) for i in scenario.indicators)
        for number, chart in enumerate(self._charts):
            chart.setMinimumHeight(220)
            grid.addWidget(chart, number // 2, number % 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        self.addTab(self.board, self.tr("Board"))
        self.addTab(self.relations, self.tr("Relations"))
        self.addTab(scroll, self.tr("Charts"))

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        for view in (self.board, self.relations, *self._charts):
            view.set_world(world, scenario, language)
