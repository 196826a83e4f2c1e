"""Hot-seat play: a pass screen that shows nothing private, and one seat's own screen.

Everything a seat screen shows comes from `view(state, seat)`, so it can never hold another
seat's private injects or moves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import phase_name
from ui.plain import text_label
from ui.views.calibration import CalibrationPanel
from ui.views.inject_feed import InjectFeed
from ui.views.ladders import Ladders
from ui.views.move_editor import MoveEditor
from ui.views.objectives import ObjectivesView
from ui.views.results import ResultsView
from ui.views.room_odds import RoomOddsPanel
from ui.views.world_tabs import WorldTabs
from wargame.fog import PUBLIC
from wargame.names import actor_name, level_name
from wargame.scenario import Scenario


def _heading(text: str, parent: QWidget, scale: float = 1.6) -> QLabel:
    label = text_label(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class PassScreen(QWidget):
    """Between seats: which seat is next, and nothing any seat should not see."""

    mode = "pass"

    sign_in_requested = Signal(str)
    facilitator_requested = Signal()
    evaluator_requested = Signal()

    def __init__(
        self,
        humans: list[str],
        scenario: Scenario,
        language: str,
        parent: QWidget | None = None,
        evaluator: bool = False,
    ) -> None:
        super().__init__(parent)
        self._names = {a: actor_name(scenario, a, language) for a in humans}
        self.title = _heading(self.tr("Pass the laptop to the next seat"), self, 2.0)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = text_label(
            self.tr(
                "Each seat signs in with its own PIN. Nothing private is shown on this screen."
            ),
            self,
        )
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.where = text_label("", self)
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seat_buttons: dict[str, QPushButton] = {}
        seats = QVBoxLayout()
        for actor in humans:
            button = QPushButton(self)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, a=actor: self.sign_in_requested.emit(a))
            seats.addWidget(button)
            self.seat_buttons[actor] = button
        self.facilitator_button = QPushButton(self.tr("Back to the facilitator console"), self)
        self.facilitator_button.clicked.connect(self.facilitator_requested)
        self.evaluator_button = QPushButton(self.tr("Evaluator"), self)
        self.evaluator_button.clicked.connect(self.evaluator_requested)
        self.evaluator_button.setVisible(evaluator)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.note)
        column.addWidget(self.where)
        column.addSpacing(24)
        column.addLayout(seats)
        column.addSpacing(24)
        column.addWidget(self.facilitator_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.evaluator_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(2)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column, 2)
        layout.addStretch(1)

    def set_world(self, world: dict[str, Any] | None) -> None:
        """`world` is the public view: the pass screen shows only what the whole room may see."""
        if world is None:
            return
        assert world["seat"] == PUBLIC, "the pass screen shows only the public view"
        self.where.setText(
            self.tr("Turn %1 · %2")
            .replace("%1", str(world["turn"]))
            .replace("%2", phase_name(world["phase"]))
        )
        for actor, button in self.seat_buttons.items():
            name = self._names[actor]
            if world["phase"] == "deliberation" and actor in world["submitted"]:
                name = self.tr("%1 — move submitted").replace("%1", name)
            button.setText(self.tr("Sign in: %1").replace("%1", name))


class SeatScreen(QWidget):
    """One signed-in seat: its brief, objectives, injects, the public world and its move.

    It is built from the seat's view (`wargame.seat_view.seat_view`) and the scenario as the
    seat may know it (`seat_scenario`), never from the whole scenario: the browser seat pages
    draw from the same view, so the two screens cannot disagree.
    """

    mode = "seat"

    sign_out_requested = Signal()

    def __init__(
        self,
        view: dict[str, Any],
        scenario: Scenario,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        you = view["you"]
        self.actor: str = you["id"]
        self.scenario = scenario
        self.title = _heading(you["name"], self)
        self.where = text_label("", self)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.setToolTip(self.tr("Hide this seat and return to the pass screen"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        self.brief = text_label(you["brief"], self)
        self.brief.setWordWrap(True)
        self.brief.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.brief.setMargin(8)
        self.objectives = ObjectivesView(self)
        self.injects = InjectFeed(self)
        self.move_editor = MoveEditor(
            you["menu"], you["moves_per_turn"], self.actor, self, you["free_targets"]
        )
        self.world_tabs = WorldTabs(scenario, self)
        self.results = ResultsView(self)
        self.room_odds = RoomOddsPanel(parent=self)
        self.ladders = Ladders()
        self.ladder = self.ladders.escalation

        about = QTabWidget(self)
        about.addTab(self.injects, self.tr("Injects"))
        about.addTab(self.brief, self.tr("Brief"))
        about.addTab(self.objectives, self.tr("Objectives"))
        self.world_tabs.insertTab(0, self.move_editor, self.tr("Your move"))
        self.world_tabs.insertTab(1, self.room_odds, self.tr("Odds and review"))
        self.world_tabs.addTab(self.results, self.tr("Results"))
        # Once the exercise has ended: the seat's own odds scored against what happened.
        self.calibration = CalibrationPanel(self)
        self.world_tabs.addTab(self.calibration, self.tr("Your odds, scored"))
        self.world_tabs.setCurrentIndex(0)

        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.ladders)
        side.addWidget(about)
        # Half the column for the ladder: any less and its names shrink below reading size.
        side.setSizes([450, 450])
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(side)
        splitter.addWidget(self.world_tabs)
        # Room on a 1024-wide laptop for both ladders side by side with their names whole.
        splitter.setSizes([620, 1000])

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.where, 1)
        header.addWidget(self.sign_out_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        """`world` is this seat's view (`wargame.seat_view`), `scenario` the seat's scenario."""
        if world is None:
            return
        assert world["seat"] == self.actor, "a seat screen shows only its own seat's view"
        assert "you" in world, "a seat screen draws from the seat's view"
        where = (
            self.tr("Turn %1 of %2 · %3 · Escalation: %4")
            .replace("%1", str(world["turn"]))
            .replace("%2", str(world["turns"]))
            .replace("%3", phase_name(world["phase"]))
            .replace("%4", level_name(scenario, world["escalation"]["level"], language))
        )
        if world["blocs"]:
            where += " · " + self.tr("Blocs: %1").replace("%1", world["blocs"]["name"])
        self.where.setText(where)
        for view in (
            self.objectives,
            self.injects,
            self.move_editor,
            self.room_odds,
            self.world_tabs,
            self.results,
            self.calibration,
            self.ladders,
        ):
            view.set_world(world, scenario, language)
        tab = self.world_tabs.indexOf(self.calibration)
        self.world_tabs.setTabVisible(tab, bool(world["calibration"]))
