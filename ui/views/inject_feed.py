"""The injects a seat or the room may see, newest first: what has happened in the world, each
with a badge saying what it rests on (reported, analysis, projection or an exercise device)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ui.i18n import actor_names, inject_text
from wargame.scenario import Scenario

BADGE = "background-color:#e8eaf0; color:#374151; font-weight:600"


class InjectFeed(QWidget):
    def __init__(self, parent: QWidget | None = None, point_size: int | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        if point_size:
            font = self.browser.font()
            font.setPointSize(point_size)
            self.browser.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        if world is None:
            self.browser.clear()
            return
        injects = list(reversed(world["injects"]))
        if not injects:
            self.browser.setHtml(f"<p><i>{escape(self.tr('No injects released yet.'))}</i></p>")
            return
        parts = []
        for inject in injects:
            title, body = inject_text(scenario, inject, language)
            heading = self.tr("Turn %1").replace("%1", str(inject["turn"]))
            if inject["audience"] != "all":
                names = actor_names(scenario, inject["audience"], language)
                heading += " · " + self.tr("Restricted to %1").replace("%1", names)
            badge = ""
            if inject.get("basis_name"):
                basis = self.tr("Basis: %1").replace("%1", inject["basis_name"])
                badge = f" <span style='{BADGE}'>&nbsp;{escape(basis)}&nbsp;</span>"
            parts.append(
                f"<p style='margin-bottom:2px; color:#6b7280'>"
                f"{escape(heading)}{badge}</p>"
                f"<h3 style='margin-top:0'>{escape(title)}</h3>"
                f"<p>{escape(body)}</p>"
            )
        self.browser.setHtml("<hr>".join(parts))
