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
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QVBoxLayout, QWidget

from ui.views.ladder import BlocLadder, EscalationLadder
from wargame.adjudication import percent, signed_percent
from wargame.names import level_name
from wargame.scenario import Scenario

SIDE_BY_SIDE = 420
"""The narrowest column (in pixels) that fits the two ladders side by side with names that can
be read; narrower, the bloc ladder goes under the escalation ladder."""


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
    of an incident, side by side in a wide column and one under another in a narrow one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.escalation = EscalationLadder(self)
        self.blocs = BlocLadder(self)
        self.risk = IncidentRisk(self)
        self._aside = QVBoxLayout()
        self._aside.addWidget(self.blocs, 3)
        self._aside.addWidget(self.risk, 0)
        self._aside.addStretch(0)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.escalation, 3)
        self._layout.addLayout(self._aside, 2)
        # As narrow as one ladder, not the wide arrangement's sum of widths: a dock beside the
        # console's other panes must not take their room for the ladders'.
        self.setMinimumWidth(EscalationLadder.smallest_size.width())

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        for view in (self.escalation, self.blocs, self.risk):
            view.set_world(world, scenario, language)
        self.blocs.setVisible(bool(world and world.get("blocs")))
        self._arrange(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        """The bloc ladder and the risk beside the escalation ladder where there is room for
        both ladders' names; otherwise, and with no bloc ladder, the risk under the ladders."""
        beside = width >= SIDE_BY_SIDE and not self.blocs.isHidden()
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        self._layout.setStretch(1, 2 if not self.blocs.isHidden() else 0)
        self.risk.fit(width * 2 // 5 if beside else width)
        # Tall enough for every rung of both ladders to be read and the whole risk.
        ladder = EscalationLadder.smallest_size.height()
        blocs = 0 if self.blocs.isHidden() else BlocLadder.smallest_size.height()
        risk = 0 if self.risk.isHidden() else self.risk.minimumHeight()
        aside = blocs + risk
        self.setMinimumHeight(max(ladder, aside) if beside else ladder + aside)
