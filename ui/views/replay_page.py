"""Replay: a saved game seen at any point, as the facilitator, any seat or the room saw it.

The timeline steps through whole commands (never half an adjudication), or event by event, or
turn by turn, and can play on its own. Every view shows the world at that point, through
`wargame.fog.view`, so a seat's view holds exactly what that seat knew then. A game another
process is still playing is followed as it goes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import phase_name
from ui.plain import text_label
from ui.views.adjudication_panel import AdjudicationPanel
from ui.views.event_log import EventLog
from ui.views.hot_wash import HotWashPanel
from ui.views.inject_feed import InjectFeed
from ui.views.ladders import Ladders
from ui.views.moves import MovesView
from ui.views.msel import MselTimeline
from ui.views.objectives import ObjectivesView
from ui.views.room_odds import RoomOddsPanel
from ui.views.timeline import Timeline
from ui.views.world_tabs import WorldTabs
from wargame.facilitation import due_injects
from wargame.names import actor_name
from wargame.viewers import FACILITATOR, PUBLIC

if TYPE_CHECKING:
    from wargame.replay import ReplaySession

SPEEDS = (1.0, 2.0, 4.0)
STEP_EVERY_MS = 1200  # at 1×: time to take in a step before the next one


class ReplayPage(QWidget):
    mode = "replay"

    branch_requested = Signal(int)  # the event after which to branch
    what_if_requested = Signal(int)
    compare_requested = Signal()
    unlock_requested = Signal(str)  # the seat to show once the facilitator's PIN is given

    def __init__(
        self,
        session: ReplaySession,
        language: str,
        guarded: bool,
        live: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.live = live
        self._language = language
        self.unlocked = not guarded
        scenario = session.scenario
        self.seat = FACILITATOR if self.unlocked else PUBLIC
        self.position = session.steps[-1] if session.steps else session.last

        self.title = text_label("", self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.where = text_label("", self)
        self.see_as = QComboBox(self)
        self.see_as.addItem(self.tr("Facilitator (everything)"), FACILITATOR)
        for actor in scenario.actor_ids:
            self.see_as.addItem(actor_name(scenario, actor, language), actor)
        self.see_as.addItem(self.tr("The room (projector)"), PUBLIC)
        self.see_as.setCurrentIndex(self.see_as.findData(self.seat))
        self.see_as.setToolTip(self.tr("Show the game as this seat, or the room, saw it then"))
        self.see_as.activated.connect(self._seat_chosen)
        self.branch_button = QPushButton(self.tr("Branch from here…"), self)
        self.branch_button.setToolTip(
            self.tr("Start a new game that shares this one up to here, and play it on")
        )
        self.branch_button.clicked.connect(lambda: self.branch_requested.emit(self.position))
        self.what_if_button = QPushButton(self.tr("What happens from here?"), self)
        self.what_if_button.setToolTip(
            self.tr("Play the rest of the game many times with bots from this point")
        )
        self.what_if_button.clicked.connect(lambda: self.what_if_requested.emit(self.position))
        self.compare_button = QPushButton(self.tr("Compare with…"), self)
        self.compare_button.clicked.connect(self.compare_requested)

        self.timeline = Timeline(self)
        self.timeline.moved.connect(self.go)
        self.first_button = QToolButton(self)
        self.back_button = QToolButton(self)
        self.play_button = QToolButton(self)
        self.forward_button = QToolButton(self)
        self.last_button = QToolButton(self)
        icons = QStyle.StandardPixmap
        for button, icon, tip, action in (
            (
                self.first_button,
                icons.SP_MediaSkipBackward,
                self.tr("The start (Home)"),
                lambda: self.go(self._first()),
            ),
            (
                self.back_button,
                icons.SP_MediaSeekBackward,
                self.tr("One step back (Left)"),
                lambda: self.step(-1),
            ),
            (
                self.play_button,
                icons.SP_MediaPlay,
                self.tr("Play or pause (Space)"),
                self.toggle_play,
            ),
            (
                self.forward_button,
                icons.SP_MediaSeekForward,
                self.tr("One step on (Right)"),
                lambda: self.step(1),
            ),
            (
                self.last_button,
                icons.SP_MediaSkipForward,
                self.tr("The end (End)"),
                lambda: self.go(self._last()),
            ),
        ):
            button.setIcon(self.style().standardIcon(icon))
            button.setAutoRaise(True)
            button.setToolTip(tip)
            button.clicked.connect(action)
        self.speed = QComboBox(self)
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}×", speed)
        self.speed.setToolTip(self.tr("Playing speed"))
        self.speed.currentIndexChanged.connect(self._speed_chosen)
        self.step_by = QComboBox(self)
        self.step_by.addItem(self.tr("Step by command"), "command")
        self.step_by.addItem(self.tr("Step by event"), "event")
        self.step_by.setToolTip(
            self.tr("A command is one thing a seat or the facilitator did; an event is one line")
        )

        self.ladders = Ladders()
        self.ladder = self.ladders.escalation
        self.injects = InjectFeed(self)
        self.event_log = EventLog(language, self)
        self.world_tabs = WorldTabs(scenario, self)
        self.adjudication = AdjudicationPanel(self)
        self.adjudication.override_button.hide()  # a replay changes nothing
        self.objectives = ObjectivesView(self)
        self.moves = MovesView(self)
        self.world_tabs.insertTab(1, self.adjudication, self.tr("Adjudication"))
        self.world_tabs.insertTab(2, self.moves, self.tr("Moves and arguments"))
        self.room_odds = RoomOddsPanel(editable=False, parent=self)
        self.world_tabs.insertTab(3, self.room_odds, self.tr("Room's odds"))
        self.world_tabs.addTab(self.objectives, self.tr("Objectives"))
        self.hot_wash = HotWashPanel(editable=False, parent=self)
        self.world_tabs.addTab(self.hot_wash, self.tr("Hot wash"))
        self.world_tabs.setCurrentIndex(0)
        self.msel = MselTimeline(self)
        for msel_button in (
            self.msel.release_button,
            self.msel.hold_button,
            self.msel.edit_button,
            self.msel.add_button,
        ):
            msel_button.hide()  # a replay changes nothing
        self.side_tabs = QTabWidget(self)
        self.side_tabs.addTab(self.injects, self.tr("Injects"))
        self.side_tabs.addTab(self.msel, self.tr("MSEL"))
        self.side_tabs.addTab(self.event_log, self.tr("Event log"))

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(text_label(self.tr("See as"), self))
        header.addWidget(self.see_as)
        header.addSpacing(12)
        header.addWidget(self.branch_button)
        header.addWidget(self.what_if_button)
        header.addWidget(self.compare_button)
        controls = QHBoxLayout()
        for widget in (self.first_button, self.back_button, self.play_button):
            controls.addWidget(widget)
        controls.addWidget(self.forward_button)
        controls.addWidget(self.last_button)
        controls.addWidget(self.timeline, 1)
        controls.addWidget(self.speed)
        controls.addWidget(self.step_by)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.ladders)
        side.addWidget(self.side_tabs)
        side.setSizes([420, 420])
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(side)
        body.addWidget(self.world_tabs)
        body.setSizes([480, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.where)
        layout.addLayout(controls)
        layout.addWidget(body, 1)

        self._player = QTimer(self)
        self._player.timeout.connect(self._play_step)
        self._follower = QTimer(self)
        self._follower.timeout.connect(self.follow)
        if live:
            self._follower.start(1500)
        self._keys()
        self._show_play_button()
        self.set_seat(self.seat)

    # --- keys -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.timeline.setFocus()  # so the arrow keys step the replay, not a list or a box

    def _keys(self) -> None:
        for key, action in (
            ("Left", lambda: self.step(-1)),
            ("Right", lambda: self.step(1)),
            ("Shift+Left", lambda: self.step(-1, "event")),
            ("Shift+Right", lambda: self.step(1, "event")),
            ("Ctrl+Left", lambda: self.step(-1, "turn")),
            ("Ctrl+Right", lambda: self.step(1, "turn")),
            ("Home", lambda: self.go(self._first())),
            ("End", lambda: self.go(self._last())),
            ("Space", self.toggle_play),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    # --- moving ---------------------------------------------------------------------------

    def _first(self) -> int:
        return self.session.steps[0] if self.session.steps else 1

    def _last(self) -> int:
        return self.session.steps[-1] if self.session.steps else self.session.last

    def go(self, position: int) -> None:
        self.position = max(1, min(self.session.last, position))
        self.show_position()

    def step(self, delta: int, by: str | None = None) -> None:
        """Move `delta` steps: by command (the default), by event, or by turn."""
        by = by or self.step_by.currentData()
        steps = self.session.steps
        if by == "event":
            self.go(self.position + delta)
        elif by == "turn":
            self._step_turn(delta)
        elif delta > 0:
            later = bisect_right(steps, self.position)
            self.go(steps[min(len(steps) - 1, later)])
        else:
            earlier = bisect_left(steps, self.position) - 1
            self.go(steps[max(0, earlier)])

    def _step_turn(self, delta: int) -> None:
        starts = sorted(self.session.turn_starts().values())
        steps = self.session.steps
        current = bisect_right(steps, self.position) - 1
        if delta > 0:
            later = [i for i in starts if i > current]
            self.go(steps[later[0]] if later else self._last())
        else:
            earlier = [i for i in starts if i < current]
            self.go(steps[earlier[-1]] if earlier else self._first())

    def toggle_play(self) -> None:
        if self._player.isActive():
            self._player.stop()
        else:
            if self.position >= self._last():
                self.go(self._first())
            self._player.start(round(STEP_EVERY_MS / self.speed.currentData()))
        self._show_play_button()

    def _play_step(self) -> None:
        if self.position >= self._last():
            self._player.stop()
            self._show_play_button()
            return
        self.step(1)

    def _speed_chosen(self) -> None:
        if self._player.isActive():
            self._player.setInterval(round(STEP_EVERY_MS / self.speed.currentData()))

    @property
    def playing(self) -> bool:
        return self._player.isActive()

    def _show_play_button(self) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MediaPause
            if self.playing
            else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(icon))

    def follow(self) -> None:
        """Pick up what another process has played meanwhile; stay at the end if there."""
        at_end = self.position >= self._last()
        if self.session.refresh():
            if at_end:
                self.position = self._last()
            self.show_position()

    # --- who is looking -------------------------------------------------------------------

    def _seat_chosen(self) -> None:
        seat = self.see_as.currentData()
        if seat != PUBLIC and not self.unlocked:
            self.see_as.setCurrentIndex(self.see_as.findData(self.seat))
            self.unlock_requested.emit(seat)
            return
        self.set_seat(seat)

    def unlock(self, seat: str) -> None:
        """The facilitator's PIN was given: every view may be shown now."""
        self.unlocked = True
        self.set_seat(seat)

    def set_seat(self, seat: str) -> None:
        self.seat = seat
        self.see_as.setCurrentIndex(self.see_as.findData(seat))
        facilitator = seat == FACILITATOR
        # The log and the MSEL are the facilitator's to see.
        for tab in (self.event_log, self.msel):
            self.side_tabs.setTabVisible(self.side_tabs.indexOf(tab), facilitator)
        self.show_position()

    # --- showing --------------------------------------------------------------------------

    def show_position(self) -> None:
        session, scenario, language = self.session, self.session.scenario, self._language
        world = session.world(self.position, self.seat, language)
        name = session.file.path.stem
        lineage = session.file.lineage
        self.title.setText(
            self.tr("Replay: %1").replace("%1", name)
            if lineage is None
            else self.tr("Replay: %1 (branched from %2 after event %3)")
            .replace("%1", name)
            .replace("%2", Path(lineage.parent).name)
            .replace("%3", str(lineage.event))
        )
        self.where.setText(
            self.tr("Turn %1 of %2 · %3 · %4 · event %5 of %6")
            .replace("%1", str(world["turn"]))
            .replace("%2", str(world["turns"]))
            .replace("%3", phase_name(world["phase"]))
            .replace("%4", scenario.date_of_turn(max(1, world["turn"])).isoformat())
            .replace("%5", f"{self.position:,}")
            .replace("%6", f"{session.last:,}")
        )
        self.timeline.set_steps(session.steps, session.turn_starts(), self.position)
        for view in (
            self.ladders,
            self.injects,
            self.world_tabs,
            self.adjudication,
            self.objectives,
            self.moves,
            self.room_odds,
            self.hot_wash,
        ):
            view.set_world(world, scenario, language)
        self.world_tabs.setTabVisible(
            self.world_tabs.indexOf(self.hot_wash), self.seat == FACILITATOR
        )
        # The log and the MSEL are the facilitator's: for anyone else they are emptied, not
        # just hidden.
        facilitator = self.seat == FACILITATOR
        self.event_log.set_events(session.events[: self.position] if facilitator else [], scenario)
        state = session.state(self.position)
        self.msel.set_state(
            state if facilitator else None, due_injects(state) if facilitator else [], language
        )
        self.back_button.setEnabled(self.position > self._first())
        self.first_button.setEnabled(self.position > self._first())
        self.forward_button.setEnabled(self.position < self._last())
        self.last_button.setEnabled(self.position < self._last())

    def stop(self) -> None:
        """Stop the timers before the page goes away."""
        self._player.stop()
        self._follower.stop()
