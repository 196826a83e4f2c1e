"""The phase controls: where the exercise stands, the one obvious next step, and the turn clock."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import actor_names, ending_text, phase_name
from ui.turn_clock import TurnClock
from wargame.scenario import Scenario


class PhaseBar(QFrame):
    next_requested = Signal()
    force_requested = Signal()

    def __init__(self, clock: TurnClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._clock = clock
        self.where = QLabel(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.where.setFont(big)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.clock_label = QLabel(self)
        self.clock_label.setFont(big)
        self.pause_button = QPushButton(self)
        self.pause_button.clicked.connect(clock.toggle_pause)
        self.force_button = QPushButton(self.tr("Force adjudication…"), self)
        self.force_button.setToolTip(
            self.tr("Adjudicate now; seats that have not submitted make no move this turn")
        )
        self.force_button.clicked.connect(self.force_requested)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        self.next_button.setMinimumHeight(40)
        self.next_button.setMinimumWidth(180)
        self.next_button.setFont(big)
        self.next_button.clicked.connect(self.next_requested)

        text = QVBoxLayout()
        text.addWidget(self.where)
        text.addWidget(self.reason)
        # The force button sits under the next step, not beside it: side by side they made the
        # centre so wide in deliberation that the docks of a 1366-pixel laptop were crushed.
        steps = QVBoxLayout()
        steps.addWidget(self.next_button)
        steps.addWidget(self.force_button)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.pause_button)
        layout.addSpacing(12)
        layout.addLayout(steps)
        clock.ticked.connect(self._show_clock)
        self._show_clock()

    def set_world(
        self, world: dict[str, Any] | None, scenario: Scenario, language: str, due: int = 0
    ) -> None:
        if world is None:
            return
        date = scenario.start_date + timedelta(days=scenario.days_per_turn * (world["turn"] - 1))
        self.where.setText(
            self.tr("Turn %1 of %2 · %3 · %4")
            .replace("%1", str(world["turn"]))
            .replace("%2", str(world["turns"]))
            .replace("%3", phase_name(world["phase"]))
            .replace("%4", date.isoformat())
        )
        label, enabled, reason = self.next_step(world, scenario, due, language)
        self.next_button.setText(label)
        self.next_button.setEnabled(enabled)
        self.next_button.setToolTip(reason)
        self.reason.setText(reason)
        self.force_button.setVisible(world["phase"] == "deliberation" and not enabled)

    def next_step(
        self, world: dict[str, Any], scenario: Scenario, due: int, language: str
    ) -> tuple[str, bool, str]:
        """The label of the next step, whether it can be taken now, and what the facilitator should
        know about it."""
        phase = world["phase"]
        if phase == "briefing":
            # English has no translator to pick a plural form, so the count chooses the text.
            if due == 1:
                reason = self.tr("One due inject will be released to its audience.")
            elif due:
                reason = self.tr("%1 due injects will be released to their audiences.").replace(
                    "%1", str(due)
                )
            else:
                reason = self.tr("No injects are waiting for release.")
            return self.tr("Open deliberation"), True, reason
        if phase == "deliberation":
            waiting = [a for a in scenario.actor_ids if a not in world["submitted"]]
            if waiting:
                names = actor_names(scenario, waiting, language)
                return (
                    self.tr("Adjudicate"),
                    False,
                    self.tr("Waiting for moves from: %1").replace("%1", names),
                )
            return self.tr("Adjudicate"), True, self.tr("All seats have submitted their moves.")
        if phase == "adjudication":
            return (
                self.tr("Publish outcome"),
                True,
                self.tr("Review the proposed outcomes, then publish."),
            )
        if phase == "outcome":
            if world["turn"] >= world["turns"]:
                return self.tr("End the exercise"), True, self.tr("This was the last turn.")
            return (
                self.tr("Next turn"),
                True,
                self.tr("The outcome is published; the turn can close."),
            )
        ending = ending_text(scenario, world["ending"], language) if world["ending"] else ""
        return (
            self.tr("Exercise ended"),
            False,
            self.tr("The exercise has ended: %1").replace("%1", ending),
        )

    def _show_clock(self) -> None:
        self.clock_label.setText(self._clock.text())
        self.clock_label.setVisible(self._clock.active)
        self.pause_button.setVisible(self._clock.active)
        self.pause_button.setText(self.tr("Resume") if self._clock.paused else self.tr("Pause"))
