"""The ladders column: the escalation ladder, the bloc ladder beside it, and the standing risk
of an incident at the line with the factors behind it, as the viewer may know them.

Every seat sees an incident coming before anyone moves (`incident` in `wargame.fog.view`), so
the seat screen, the console and the projector show the same column, each from its own view.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.views.ladder import BlocLadder, EscalationLadder
from wargame.adjudication import percent, signed_percent
from wargame.names import level_name
from wargame.scenario import Scenario

SIDE_BY_SIDE = 420
"""The narrowest column (in pixels) with room for the risk beside the escalation ladder, under
the bloc ladder."""

PAIRED = 320
"""The narrowest column that fits the two ladders side by side with names that can be read;
narrower, the bloc ladder goes under the escalation ladder."""


class IncidentRisk(QFrame):
    """The standing odds of a check for an incident this turn and what they are made of, drawn
    only from the view: a factor the viewer may not know is not in its view, so not here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(8, 6, 8, 6)
        self._box.addWidget(self.text)
        # When a check is made, and who answers for an incident: read once, so kept in a tip.
        self.setToolTip(
            self.tr(
                "A check is made as adjudication begins if any seat makes a fresh move up; "
                "the seats whose moves raised the risk are named for an incident."
            )
        )
        self.hide()

    def fit(self, width: int) -> None:
        """Take the height the text needs at `width`, so no factor is ever cut off."""
        margins = self._box.contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * self.frameWidth()
        needed = self.text.heightForWidth(max(1, inner))
        self.setFixedHeight(needed + margins.top() + margins.bottom() + 2 * self.frameWidth())

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        incident = world.get("incident") if world else None
        shown = self._told(world, incident, scenario, language) if world and incident else ""
        self.text.setText(shown)
        self.setVisible(bool(shown))

    def _told(
        self, world: dict[str, Any], incident: dict[str, Any], scenario: Scenario, language: str
    ) -> str:
        if not incident["due"]:
            if world["escalation"]["level"] >= incident["at"]:
                return ""  # at armed clash or above: no check is made, the clash has come
            start = level_name(scenario, incident["at"], language)
            quiet = self.tr("No check for an incident at the line below rung %1 (%2).")
            quiet = quiet.replace("%1", str(incident["at"])).replace("%2", start)
            return f"<i>{escape(quiet)}</i>"
        base = escape(self.tr("base"))
        factors = [f"{base} {percent(incident['base'])}"] + [
            f"{escape(name)} {signed_percent(value)}" for name, value in incident["modifiers"]
        ]
        heading = f"<b>{escape(incident['name'])}: {percent(incident['odds'])}</b>"
        moves = escape(
            self.tr("Each fresh move up adds %1; each move that steps back takes %2.")
        ).replace("%1", percent(incident["per_move"]))
        moves = moves.replace("%2", percent(incident["per_step_back"]))
        return f"{heading} ({', '.join(factors)})<br>{moves}"


class Ladders(QWidget):
    """The escalation ladder, the bloc ladder (where the scenario has one) and the standing risk
    of an incident: the bloc ladder and the risk beside the escalation ladder in a wide column,
    the two ladders side by side over the risk in a middling one, all one under another in a
    narrow one (a dock of the console)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.escalation = EscalationLadder(self)
        self.blocs = BlocLadder(self)
        self.escalation.partner, self.blocs.partner = self.blocs, self.escalation
        self.risk = IncidentRisk(self)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._arrangement: tuple[str, bool] | None = None
        # As narrow as one ladder, not the wide arrangement's sum of widths: a dock beside the
        # console's other panes must not take their room for the ladders'.
        self.setMinimumWidth(EscalationLadder.smallest_size.width())
        self._arrange(self.width())

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        for view in (self.escalation, self.blocs, self.risk):
            view.set_world(world, scenario, language)
        self.blocs.setVisible(bool(world and world.get("blocs")))
        self._arrange(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        blocs = not self.blocs.isHidden()
        if blocs and width >= SIDE_BY_SIDE:
            arrangement = "wide"
        elif blocs and width >= PAIRED:
            arrangement = "paired"
        else:
            arrangement = "stacked"
        if (arrangement, blocs) != self._arrangement:
            self._place(arrangement, blocs)
        self.risk.fit(width * 2 // 5 if arrangement == "wide" else width)
        # Tall enough for every rung of both ladders to be read and the whole risk.
        ladder = EscalationLadder.smallest_size.height()
        rungs = BlocLadder.smallest_size.height() if blocs else 0
        risk = 0 if self.risk.isHidden() else self.risk.minimumHeight()
        self.setMinimumHeight(
            {
                "wide": max(ladder, rungs + risk),
                "paired": ladder + risk,
                "stacked": ladder + rungs + risk,
            }[arrangement]
        )

    def _place(self, arrangement: str, blocs: bool) -> None:
        grid = self._grid
        for widget in (self.escalation, self.blocs, self.risk):
            grid.removeWidget(widget)
        for n in range(3):
            grid.setRowStretch(n, 0)
            grid.setColumnStretch(n, 0)
        if arrangement == "wide":
            grid.addWidget(self.escalation, 0, 0, 2, 1)
            grid.addWidget(self.blocs, 0, 1)
            grid.addWidget(self.risk, 1, 1)
            grid.setRowStretch(0, 1)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
        elif arrangement == "paired":
            grid.addWidget(self.escalation, 0, 0)
            grid.addWidget(self.blocs, 0, 1)
            grid.addWidget(self.risk, 1, 0, 1, 2)
            grid.setRowStretch(0, 1)
            # Nearer halves than in a wide column: the bloc ladder's names are as long.
            grid.setColumnStretch(0, 5)
            grid.setColumnStretch(1, 4)
        else:
            grid.addWidget(self.escalation, 0, 0)
            grid.addWidget(self.blocs, 1, 0)
            grid.addWidget(self.risk, 2, 0)
            grid.setRowStretch(0, 3)
            # An empty row with a stretch would still take room: none without a bloc ladder.
            grid.setRowStretch(1, 2 if blocs else 0)
            grid.setColumnStretch(0, 1)
        self._arrangement = (arrangement, blocs)
