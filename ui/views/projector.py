"""The projector: a window for the room with large type and only what everyone may know."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ui.i18n import ending_text, phase_name, scenario_title
from ui.plain import text_label
from ui.turn_clock import TurnClock
from ui.views.board import BoardView
from ui.views.inject_feed import InjectFeed
from ui.views.ladders import Ladders
from wargame.scenario import Scenario

SCALE = 1.6
PREFERRED = QSize(1280, 800)
"""The projector's size on a screen that has room for it; a smaller screen gets 90% of itself."""


class ProjectorWindow(QWidget):
    closed = Signal()

    def __init__(self, clock: TurnClock, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Peninsula — projector"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        self._clock = clock
        self._full_screen = False
        heading = QFont(font)
        heading.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setBold(True)
        self.title = text_label("", self)
        self.title.setFont(heading)
        self.title.setWordWrap(True)  # a long scenario title wraps instead of widening the window
        self.clock_label = text_label("", self)
        self.clock_label.setFont(heading)
        self.ending = text_label("", self)
        self.ending.setWordWrap(True)
        self.ending.hide()
        self.board = BoardView()
        self.ladders = Ladders()
        self.ladder = self.ladders.escalation
        self.injects = InjectFeed(self, point_size=round(font.pointSizeF()))

        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.ladders)
        side.addWidget(self.injects)
        # The ladder needs height for its names to be read from the back of the room.
        side.setSizes([560, 340])
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.board)
        body.addWidget(side)
        # Room beside the board for the two ladders side by side, on a 1024-wide screen too.
        body.setSizes([900, 700])
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.clock_label)
        self.join = QWidget(self)
        self.join_title = text_label("", self.join)
        self.join_title.setFont(heading)
        self.join_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_code = QLabel(self.join)
        self.join_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_link = text_label("", self.join)
        self.join_link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_link.setWordWrap(True)
        joining = QVBoxLayout(self.join)
        joining.addStretch(1)
        joining.addWidget(self.join_title)
        joining.addWidget(self.join_code, 4)
        joining.addWidget(self.join_link)
        joining.addStretch(1)
        self.join.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.ending)
        layout.addWidget(body, 1)
        layout.addWidget(self.join, 1)
        self._body = body
        clock.ticked.connect(self._show_clock)
        self._show_clock()

    def place(self, saved: QByteArray | None) -> None:
        """Where the window goes when shown: full screen on a second screen when one is
        attached; otherwise where the facilitator last left it (`saved`, from `saveGeometry`)
        if that is still on a screen, or fitted inside the screen it opens on."""
        screens = QGuiApplication.screens()
        self._full_screen = len(screens) > 1
        if self._full_screen:
            self.setScreen(screens[1])
            self.setGeometry(screens[1].geometry())
        elif saved is None or not self.restoreGeometry(saved) or not self._on_a_screen():
            self._fit(self.screen().availableGeometry())

    def show_for_the_room(self, activate: bool = True) -> None:
        """Show the window as `place` set it; without `activate` it does not take the keyboard
        from the console (a projector made again in another language, say)."""
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        if self._full_screen:
            self.showFullScreen()
        else:
            self.show()

    def _fit(self, available: QRect) -> None:
        width = min(PREFERRED.width(), round(available.width() * 0.9))
        height = min(PREFERRED.height(), round(available.height() * 0.9))
        self.resize(width, height)
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def _on_a_screen(self) -> bool:
        frame = self.frameGeometry()
        return any(s.availableGeometry().intersects(frame) for s in QGuiApplication.screens())

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        """`world` must be the public view: the room sees only what every seat may see."""
        if world is None:
            return
        assert world["seat"] == "public", "the projector shows only the public view"
        self.title.setText(
            self.tr("%1 · Turn %2 of %3 · %4")
            .replace("%1", scenario_title(scenario, language))
            .replace("%2", str(world["turn"]))
            .replace("%3", str(world["turns"]))
            .replace("%4", phase_name(world["phase"]))
        )
        ending = world["ending"]
        self.ending.setText(
            self.tr("The exercise has ended: %1").replace(
                "%1", ending_text(scenario, ending, language)
            )
            if ending
            else ""
        )
        self.ending.setVisible(bool(ending))
        for view in (self.board, self.ladders, self.injects):
            view.set_world(world, scenario, language)

    def show_join(self, seat_name: str, url: str) -> None:
        """`seat_name`'s join code in place of the board, for one team to scan; the other
        seats' links are never on the screen at the same time."""
        from ui.dialogs.room import code_pixmap

        self.join_title.setText(self.tr("%1: scan to join your seat").replace("%1", seat_name))
        side = max(240, min(self.height() - 260, self.width() // 2))
        self.join_code.setPixmap(code_pixmap(url, side))
        self.join_link.setText(url)
        self._body.hide()
        self.join.show()

    def hide_join(self) -> None:
        self.join.hide()
        self._body.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        super().closeEvent(event)
        self.closed.emit()

    def _show_clock(self) -> None:
        self.clock_label.setText(self._clock.text())
