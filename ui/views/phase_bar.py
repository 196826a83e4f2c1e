"""The phase controls: where the exercise stands, the one obvious next step, and the turn clock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.i18n import actor_names, ending_text, phase_name
from ui.plain import text_label, tip
from ui.turn_clock import TurnClock
from wargame.facilitation import NextStep
from wargame.scenario import Scenario


class PhaseBar(QFrame):
    next_requested = Signal()
    force_requested = Signal()
    replay_requested = Signal()

    def __init__(self, clock: TurnClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._clock = clock
        self.where = text_label("", self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.where.setFont(big)
        self.where.setWordWrap(True)  # a long date and phase wrap rather than widen the bar
        self.reason = text_label("", self)
        self.reason.setWordWrap(True)
        self.clock_label = text_label("", self)
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
        self.next_button.setMinimumWidth(150)
        self.next_button.setFont(big)
        self.next_button.clicked.connect(self.next_requested)
        # A double click would take two steps (publish, then close the turn) before the
        # facilitator has seen the first: a press that follows the last one within the
        # double-click interval is swallowed, with its release.
        self._last_press = -(2**31)
        self._swallowing = False
        self.next_button.installEventFilter(self)

        text = QVBoxLayout()
        text.addWidget(self.where)
        text.addWidget(self.reason)
        # The force button sits under the next step, not beside it: side by side they made the
        # centre so wide in deliberation that the docks of a 1366-pixel laptop were crushed.
        steps = QVBoxLayout()
        self.replay_button = QPushButton(self.tr("Replay this exercise"), self)
        self.replay_button.setToolTip(
            self.tr("Go through the exercise again from the start, as any seat saw it")
        )
        self.replay_button.clicked.connect(self.replay_requested)
        steps.addWidget(self.next_button)
        steps.addWidget(self.force_button)
        steps.addWidget(self.replay_button)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.pause_button)
        layout.addSpacing(12)
        layout.addLayout(steps)
        clock.ticked.connect(self._show_clock)
        self._show_clock()

    def set_world(
        self, world: dict[str, Any] | None, scenario: Scenario, language: str, step: NextStep
    ) -> None:
        if world is None:
            return
        self.where.setText(
            self.tr("Turn %1 of %2 · %3 · %4")
            .replace("%1", str(world["turn"]))
            .replace("%2", str(world["turns"]))
            .replace("%3", phase_name(world["phase"]))
            .replace("%4", scenario.date_of_turn(world["turn"]).isoformat())
        )
        label, reason = self.words(step, world, scenario, language)
        self.next_button.setText(label)
        self.next_button.setEnabled(step.enabled)
        self.next_button.setToolTip(tip(reason))
        self.reason.setText(reason)
        # Forcing closes deliberation without the seats still deliberating; it cannot go
        # past a free action still to be judged, since the roll needs its odds.
        self.force_button.setVisible(
            step.kind in ("adjudicate", "open_review") and not step.enabled and not step.unjudged
        )
        self.replay_button.setVisible(step.kind == "ended")

    def words(
        self, step: NextStep, world: dict[str, Any], scenario: Scenario, language: str
    ) -> tuple[str, str]:
        """The label of the next step, and what the facilitator should know about it."""
        match step.kind:
            case "open_deliberation":
                return self.tr("Open deliberation"), self._due(len(step.due))
            case "adjudicate" | "open_review" if step.unjudged:
                names = actor_names(scenario, list(step.unjudged), language)
                review = step.kind == "open_review"
                label = self.tr("Open the review") if review else self.tr("Adjudicate")
                return label, self.tr(
                    "First judge the free actions proposed by: %1 (Adjudication tab)"
                ).replace("%1", names)
            case "open_review" if step.waiting:
                names = actor_names(scenario, list(step.waiting), language)
                return self.tr("Open the review"), self.tr("Waiting for moves from: %1").replace(
                    "%1", names
                )
            case "open_review":
                return self.tr("Open the review"), self.tr(
                    "All seats have moved: the review shows each seat the others' public actions."
                )
            case "adjudicate" if world["phase"] == "review":
                return self.tr("Adjudicate"), self.tr(
                    "The review is open: seats may counter-argue and give their odds."
                )
            case "adjudicate" if step.waiting:
                names = actor_names(scenario, list(step.waiting), language)
                return self.tr("Adjudicate"), self.tr("Waiting for moves from: %1").replace(
                    "%1", names
                )
            case "adjudicate":
                return self.tr("Adjudicate"), self.tr("All seats have submitted their moves.")
            case "publish":
                return self.tr("Publish outcome"), self.tr(
                    "Review the proposed outcomes, then publish."
                )
            case "next_turn":
                return self.tr("Next turn"), self.tr(
                    "The outcome is published; the turn can close."
                )
            case "end_exercise" if step.ends == "top_of_ladder":
                return self.tr("End the exercise"), self.tr(
                    "The top of the escalation ladder has been reached: closing this turn "
                    "ends the exercise."
                )
            case "end_exercise":
                return self.tr("End the exercise"), self.tr("This was the last turn.")
        ending = ending_text(scenario, world["ending"], language) if world["ending"] else ""
        return self.tr("Exercise ended"), self.tr("The exercise has ended: %1").replace(
            "%1", ending
        )

    def _due(self, due: int) -> str:
        # English has no translator to pick a plural form, so the count chooses the text.
        if due == 1:
            return self.tr("One due inject will be released to its audience.")
        if due:
            return self.tr("%1 due injects will be released to their audiences.").replace(
                "%1", str(due)
            )
        return self.tr("No injects are waiting for release.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.next_button and isinstance(event, QMouseEvent):
            kind = event.type()
            if kind == QEvent.Type.MouseButtonDblClick:
                return True
            if kind == QEvent.Type.MouseButtonPress:
                interval = QGuiApplication.styleHints().mouseDoubleClickInterval()
                hurried = 0 <= event.timestamp() - self._last_press < interval
                self._last_press = event.timestamp()
                self._swallowing = hurried
                return hurried
            if kind == QEvent.Type.MouseButtonRelease and self._swallowing:
                self._swallowing = False
                return True
        return super().eventFilter(watched, event)

    def _show_clock(self) -> None:
        self.clock_label.setText(self._clock.text())
        self.clock_label.setVisible(self._clock.active)
        self.pause_button.setVisible(self._clock.active)
        self.pause_button.setText(self.tr("Resume") if self._clock.paused else self.tr("Pause"))
