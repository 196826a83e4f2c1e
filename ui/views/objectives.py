"""Objectives and red lines per actor, and whether each holds now.

Rich text rather than a tree: objectives are whole sentences, and a tree view does not wrap
long rows reliably, so a seat would read "Keep the crisis below the level of a…".
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ui.i18n import QT_TRANSLATE_NOOP, actor_names, objective_text, red_line_text
from wargame.names import actor_name
from wargame.scenario import Scenario

MET, CROSSED = "#2e7d4f", "#b04a4a"
STANDING = {
    "met": QT_TRANSLATE_NOOP("ObjectivesView", "Met"),
    "missed": QT_TRANSLATE_NOOP("ObjectivesView", "Not met"),
    "secured": QT_TRANSLATE_NOOP("ObjectivesView", "Secured"),
    "holding": QT_TRANSLATE_NOOP("ObjectivesView", "Holding so far"),
    "open": QT_TRANSLATE_NOOP("ObjectivesView", "Not yet"),
    "lost": QT_TRANSLATE_NOOP("ObjectivesView", "Lost"),
}
"""Where an objective stands (`wargame.conditions.Standing`), as the screen says it."""


class ObjectivesView(QWidget):
    """Shows the actors the world view reports objectives for: one for a seat, all for the
    facilitator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text)

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        if world is None:
            self.text.clear()
            return
        parts = []
        crossings = {(c["actor"], c["red_line"]): c for c in world.get("crossings", [])}
        for actor_id, status in world["objectives"].items():
            actor = scenario.actor(actor_id)
            rows = []
            for objective in actor.objectives:
                standing = status["standing"][objective.id]
                rows.append(
                    self._row(
                        objective_text(scenario, actor_id, objective.id, language),
                        QCoreApplication.translate("ObjectivesView", STANDING[standing]),
                        MET
                        if standing in ("met", "secured")
                        else CROSSED
                        if standing in ("missed", "lost")
                        else None,
                    )
                )
            for red_line in actor.red_lines:
                crossed = red_line.id in status["red_lines_crossed"]
                text = red_line_text(scenario, actor_id, red_line.id, language)
                rows.append(
                    self._row(
                        self.tr("Red line: %1").replace("%1", text),
                        self._crossed(crossings.get((actor_id, red_line.id)), scenario, language)
                        if crossed
                        else self.tr("Holds"),
                        CROSSED if crossed else None,
                    )
                )
            name = escape(actor_name(scenario, actor_id, language))
            parts.append(
                f"<h3>{name}</h3><table width='100%' cellspacing='0' cellpadding='4'>"
                f"{''.join(rows)}</table>"
            )
        self.text.setHtml("".join(parts))

    def _crossed(self, crossing: dict[str, Any] | None, scenario: Scenario, language: str) -> str:
        """'Crossed', and for the facilitator when and by whom."""
        if crossing is None:
            return self.tr("Crossed")
        turn = str(crossing["turn"])
        if not crossing["by"]:
            return self.tr("Crossed in turn %1").replace("%1", turn)
        by = actor_names(scenario, crossing["by"], language)
        return self.tr("Crossed in turn %1 by %2").replace("%1", turn).replace("%2", by)

    @staticmethod
    def _row(text: str, status: str, colour: str | None) -> str:
        shown = f"<b style='color:{colour}'>{escape(status)}</b>" if colour else escape(status)
        return (
            f"<tr><td width='75%' valign='top'>{escape(text)}</td>"
            f"<td valign='top' align='right'>{shown}</td></tr>"
        )
