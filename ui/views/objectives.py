"""Objectives and red lines per actor, and whether each holds now."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.i18n import objective_text, red_line_text
from ui.views.names import actor_name
from wargame.scenario import Scenario

MET, CROSSED = "#2e7d4f", "#8a3b3b"


class ObjectivesView(QWidget):
    """Shows the actors the world view reports objectives for: one for a seat, all for the
    facilitator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Objective or red line"), self.tr("Now")])
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        self.tree.clear()
        if world is None:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        for actor_id, status in world["objectives"].items():
            actor = scenario.actor(actor_id)
            top = QTreeWidgetItem([actor_name(scenario, actor_id, language), ""])
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            for objective in actor.objectives:
                met = objective.id in status["met"]
                item = QTreeWidgetItem(
                    [
                        objective_text(scenario, actor_id, objective.id, language),
                        self.tr("Met") if met else self.tr("Not yet"),
                    ]
                )
                if met:
                    item.setForeground(1, QBrush(QColor(MET)))
                top.addChild(item)
            for red_line in actor.red_lines:
                crossed = red_line.id in status["red_lines_crossed"]
                item = QTreeWidgetItem(
                    [
                        self.tr("Red line: %1").replace(
                            "%1", red_line_text(scenario, actor_id, red_line.id, language)
                        ),
                        self.tr("Crossed") if crossed else self.tr("Holds"),
                    ]
                )
                if crossed:
                    item.setForeground(1, QBrush(QColor(CROSSED)))
                top.addChild(item)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
