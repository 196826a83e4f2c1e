"""The facilitator console: the MSEL, the phase controls and clock, the seat board, the
adjudication panel, the whole world state and the event log, as docks around the centre.

Docks let a 1366×768 laptop stack panels as tabs and a 1920×1080 projector lay them side by
side; the layout is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.controller import GameController
from ui.dialog_opening import open_dialog
from ui.dialogs.argument import ArgumentDialog
from ui.dialogs.inject_editor import InjectEditor
from ui.dialogs.override import OverrideDialog
from ui.i18n import actor_names
from ui.plain import message_box
from ui.views.adjudication_panel import (
    AdjudicationPanel,
    action_label,
    free_proposals,
    is_check,
    results_and_checks,
)
from ui.views.arguments import ArgumentsPanel
from ui.views.evaluation_desk import EvaluationDesk
from ui.views.event_log import EventLog
from ui.views.hot_wash import HotWashPanel
from ui.views.ladders import Ladders
from ui.views.moves import actions_text
from ui.views.msel import MselTimeline
from ui.views.objectives import ObjectivesView
from ui.views.phase_bar import PhaseBar
from ui.views.room_odds import RoomOddsPanel, counter_arguments_on
from ui.views.seat_board import SeatBoard
from ui.views.world_tabs import WorldTabs
from wargame.engine import inject_text
from wargame.facilitation import ratable_seats
from wargame.names import actor_name
from wargame.state import Phase

COMPACT_BELOW = 1200
"""A console narrower than this (a 1024-pixel laptop) gives its centre more of the width."""


class FacilitatorConsole(QMainWindow):
    mode = "console"

    def __init__(
        self, controller: GameController, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.game_path = controller.path  # the game this console was built for
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        self._controller = controller
        self._language = language
        self._phase: str | None = None
        self.dialog: QDialog | None = None
        scenario = controller.scenario

        self.phase_bar = PhaseBar(controller.clock, self)
        self.phase_bar.next_requested.connect(self.next_step)
        self.phase_bar.force_requested.connect(self.force)
        self.replay_requested = self.phase_bar.replay_requested
        self.adjudication = AdjudicationPanel(self)
        self.adjudication.override_requested.connect(self.override)
        self.adjudication.judge_requested.connect(self.judge_free_action)
        self.world_tabs = WorldTabs(scenario, self)
        self.world_tabs.insertTab(1, self.adjudication, self.tr("Adjudication"))
        self.arguments = ArgumentsPanel(self)
        self.arguments.rate_requested.connect(self.rate_argument)
        self.world_tabs.insertTab(1, self.arguments, self.tr("Arguments"))
        self.room_odds = RoomOddsPanel(parent=self)
        self.room_odds.estimate_given.connect(controller.estimate_as_facilitator)
        self.world_tabs.insertTab(2, self.room_odds, self.tr("Room's odds"))
        self.objectives = ObjectivesView(self)
        self.world_tabs.addTab(self.objectives, self.tr("Objectives"))
        self.hot_wash = HotWashPanel(parent=self)
        self.evaluation = EvaluationDesk(controller, language, self.hot_wash, self._show, self)
        self.world_tabs.addTab(self.hot_wash, self.tr("Hot wash"))
        self.world_tabs.setCurrentIndex(0)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(6, 6, 6, 0)
        centre_layout.addWidget(self.phase_bar)
        centre_layout.addWidget(self.world_tabs, 1)
        self.setCentralWidget(centre)

        self.msel = MselTimeline(self)
        self.msel.release_requested.connect(controller.release_inject)
        self.msel.hold_requested.connect(controller.hold_inject)
        self.msel.edit_requested.connect(self.edit_inject)
        self.msel.add_requested.connect(self.add_inject)
        self.seats = SeatBoard(controller.human_seats(), self)
        self.ladders = Ladders()
        self.ladder = self.ladders.escalation
        self.event_log = EventLog(language, self)

        self.msel_dock = self._dock(
            "msel", self.tr("MSEL"), self.msel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.seats_dock = self._dock(
            "seats", self.tr("Seats"), self.seats, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.ladder_dock = self._dock(
            "ladder",
            self.tr("Ladders"),
            self.ladders,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.log_dock = self._dock(
            "log", self.tr("Event log"), self.event_log, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.splitDockWidget(self.msel_dock, self.log_dock, Qt.Orientation.Vertical)
        self.splitDockWidget(self.seats_dock, self.ladder_dock, Qt.Orientation.Vertical)
        self.layout_pending = True
        self._saved_layout: QByteArray | None = None

    @property
    def focus(self) -> tuple[int, str | None]:
        """Where the facilitator is: the open tab and the selected inject."""
        row = self.msel.selected()
        return self.world_tabs.currentIndex(), row.id if row else None

    def restore_focus(self, focus: tuple[int, str | None]) -> None:
        """Back where the facilitator was in the console this one replaces."""
        tab, inject = focus
        self.world_tabs.setCurrentIndex(tab)
        if inject is not None:
            self.msel.select(inject)

    def restore_layout(self, saved: QByteArray) -> None:
        """Lay the docks out as `saved` (from `saveState`) once the console is shown."""
        self._saved_layout = saved

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.layout_pending:
            # Dock sizes only take once the console has its real size: restored any earlier,
            # into a console not yet in the window, the docks shrank to their minimum. The
            # window gives it that size here and now, and the docks take theirs before the
            # first frame (left to a later turn of the event loop, a console shown narrow and
            # left at once saved its docks at their minimum).
            self.layout_pending = False
            holder = self.parentWidget()
            window_layout = holder.layout() if holder is not None else None
            if window_layout is not None:
                window_layout.activate()
            self._lay_out()
            own = self.layout()
            if own is not None:
                own.activate()

    def _lay_out(self) -> None:
        if self._saved_layout is None or not self.restoreState(self._saved_layout):
            self._default_layout()

    def reset_layout(self) -> None:
        """Every panel back where a new console puts it."""
        for dock, area in (
            (self.msel_dock, Qt.DockWidgetArea.LeftDockWidgetArea),
            (self.log_dock, Qt.DockWidgetArea.LeftDockWidgetArea),
            (self.seats_dock, Qt.DockWidgetArea.RightDockWidgetArea),
            (self.ladder_dock, Qt.DockWidgetArea.RightDockWidgetArea),
        ):
            self.removeDockWidget(dock)
            self.addDockWidget(area, dock)
            dock.show()
        self.splitDockWidget(self.msel_dock, self.log_dock, Qt.Orientation.Vertical)
        self.splitDockWidget(self.seats_dock, self.ladder_dock, Qt.Orientation.Vertical)
        self._default_layout()

    def _default_layout(self) -> None:
        width = self.window().width()
        # On a small laptop the adjudication comes first: the side panels give it their room.
        left, right = (0.32, 0.2) if width >= COMPACT_BELOW else (0.32, 0.15)
        self.resizeDocks(
            [self.msel_dock, self.seats_dock],
            [round(width * left), round(width * right)],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks([self.msel_dock, self.log_dock], [3, 2], Qt.Orientation.Vertical)
        self.resizeDocks([self.seats_dock, self.ladder_dock], [1, 3], Qt.Orientation.Vertical)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        # Panels move and stack as tabs but never float: a floating panel stays on top of the
        # console and can cover Publish or Override in front of the room.
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(area, dock)
        return dock

    def show_devices(self) -> None:
        """Only the seat board: a phone joined or left, and nothing else changed."""
        controller = self._controller
        if not controller.is_open:
            return
        self.seats.set_players(controller.human_seats(), controller.devices())
        self.seats.set_world(
            controller.world(language=self._language), controller.scenario, self._language
        )

    def refresh(self) -> None:
        controller = self._controller
        if not controller.is_open:
            return
        world = controller.world(language=self._language)
        scenario, language = controller.scenario, self._language
        step = controller.game.next_step()
        self.phase_bar.set_world(world, scenario, language, step)
        self.seats.set_players(controller.human_seats(), controller.devices())
        for view in (
            self.world_tabs,
            self.adjudication,
            self.arguments,
            self.room_odds,
            self.objectives,
            self.seats,
            self.ladders,
            self.hot_wash,
        ):
            view.set_world(world, scenario, language)
        self.arguments.set_ratable(ratable_seats(controller.state))
        self.msel.set_state(controller.state, controller.game.due_injects(), language)
        self.event_log.set_events(controller.log(), scenario)
        assert world is not None
        if world["phase"] != self._phase:
            self._phase = world["phase"]
            if self._phase == Phase.ADJUDICATION:
                self.world_tabs.setCurrentWidget(self.adjudication)
            elif self._phase == Phase.ENDED:
                self.world_tabs.setCurrentWidget(self.hot_wash)  # the debrief begins
            elif self._phase == Phase.BRIEFING:
                self.world_tabs.setCurrentWidget(self.world_tabs.board)

    # --- the facilitator's commands -------------------------------------------------------

    def next_step(self) -> None:
        """The one obvious next step; while seats are still deliberating, offer to force it."""
        if self._controller.game.waiting_for():
            self.force()
        else:
            self._controller.advance()

    def force(self) -> None:
        waiting = self._controller.game.waiting_for()
        names = actor_names(self._controller.scenario, waiting, self._language)
        box = message_box(
            QMessageBox.Icon.Question,
            self.tr("Adjudicate now?"),
            (
                self.tr(
                    "%1 has not submitted a move. If you adjudicate now, it makes no move this "
                    "turn, and the record says so."
                )
                if len(waiting) == 1
                else self.tr(
                    "%1 have not submitted a move. If you adjudicate now, they make no move this "
                    "turn, and the record says so."
                )
            ).replace("%1", names),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        force = box.addButton(self.tr("Adjudicate without them"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        force.clicked.connect(lambda: self._controller.advance(force=True))
        self._show(box)

    def add_inject(self) -> None:
        editor = InjectEditor(self._controller.scenario, self._language, parent=self, adhoc=True)
        editor.accepted.connect(lambda: self._add(editor))
        self._show(editor)

    def _add(self, editor: InjectEditor) -> None:
        """Add the inject and select it, so the facilitator sees where it went."""
        before = set(self._controller.state.injects)
        if self._controller.add_inject(
            editor.title_edit.text(),
            editor.body_edit.toPlainText(),
            editor.audience(),
            editor.effect(),
            editor.chosen_basis(),
        ):
            (added,) = set(self._controller.state.injects) - before
            self.msel.select(added)

    def edit_inject(self, inject_id: str) -> None:
        text = inject_text(self._controller.state, inject_id)
        audience = None if text.audience is None else sorted(text.audience)
        editor = InjectEditor(
            self._controller.scenario, self._language, text.title, text.body, audience, self
        )
        editor.accepted.connect(
            lambda: self._controller.edit_inject(
                inject_id,
                editor.title_edit.text(),
                editor.body_edit.toPlainText(),
                editor.audience(),
            )
        )
        self._show(editor)

    def override(self, adjudication_id: int) -> None:
        world = self._controller.world(language=self._language)
        assert world is not None
        result = next(r for r in results_and_checks(world) if r["id"] == adjudication_id)
        label = action_label(self._controller.scenario, result, self._language)
        dialog = OverrideDialog(label, result["success"], self, incident=is_check(result))
        dialog.accepted.connect(
            lambda: self._controller.override(
                adjudication_id,
                dialog.success.isChecked(),
                dialog.reason.toPlainText(),
                dialog.shown.isChecked(),
            )
        )
        self._show(dialog)

    def judge_free_action(self) -> None:
        """Open this turn's free actions, on the first still to judge."""
        from ui.dialogs.free_action import FreeActionDialog

        world = self._controller.world(language=self._language)
        assert world is not None
        proposals = free_proposals(world)
        if not proposals:
            return
        dialog = FreeActionDialog(proposals, self._controller.scenario, self._language, self)
        dialog.accepted.connect(
            lambda: self._controller.judge_free_action(*dialog.chosen(), dialog.judgement())
        )
        self._show(dialog)

    def rate_argument(self, actor: str) -> None:
        """Open the seat's argument to judge it before the roll."""
        world = self._controller.world(language=self._language)
        assert world is not None
        move = world["moves"][actor]
        scenario = self._controller.scenario
        dialog = ArgumentDialog(
            actor_name(scenario, actor, self._language),
            actions_text(scenario, (actor, move), self._language),
            move["argument"],
            move["rating"],
            self,
            counter_arguments=counter_arguments_on(world, scenario, actor, self._language),
        )
        dialog.accepted.connect(
            lambda: self._controller.rate_argument(
                actor, dialog.grade(), dialog.reason_text(), dialog.stated_change()
            )
        )
        self._show(dialog)

    def rate_selected_argument(self) -> None:
        """The Arguments tab, and the selected seat's argument to judge (else the first one
        that can be judged)."""
        self.world_tabs.setCurrentWidget(self.arguments)
        ratable = ratable_seats(self._controller.state)
        selected = self.arguments.moves.selected()
        actor = selected if selected in ratable else next(iter(ratable), None)
        if actor is not None:
            self.arguments.moves.select(actor)
            self.rate_argument(actor)

    def add_observation(self) -> None:
        self.world_tabs.setCurrentWidget(self.hot_wash)
        self.evaluation.add_observation()

    def _show(self, dialog: QDialog) -> None:
        """Open a dialog without blocking, so the clock keeps running and tests can drive it."""
        self.dialog = dialog
        open_dialog(dialog, self)
