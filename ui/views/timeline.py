"""The replay's timeline: the whole game as a bar of turns, the steps within them, and where the
replay stands. Click or drag to go anywhere; the page handles the keys."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.views.painting import antialiased
from ui.views.palette import Theme, theme


class Timeline(QWidget):
    """Steps (event numbers where commands end) laid along a bar split into turns."""

    moved = Signal(int)  # the event number chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[int] = []
        self.turn_starts: dict[int, int] = {}  # turn -> index of its first step
        self.position = 0  # an event number
        self.setMinimumHeight(self.fontMetrics().height() * 3)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the keys that step go to the replay
        self.setToolTip(
            QCoreApplication.translate(
                "Timeline", "Click or drag to move through the game; the arrow keys step"
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(600, self.minimumHeight())

    def set_steps(self, steps: list[int], turn_starts: dict[int, int], position: int) -> None:
        self.steps, self.turn_starts, self.position = steps, turn_starts, position
        self.update()

    def set_position(self, position: int) -> None:
        self.position = position
        self.update()

    # --- geometry -------------------------------------------------------------------------

    def _bar(self) -> QRectF:
        height = self.fontMetrics().height()
        return QRectF(8, height * 1.4, self.width() - 16, height * 0.9)

    def _x(self, index: int) -> float:
        bar = self._bar()
        count = max(1, len(self.steps) - 1)
        return bar.left() + bar.width() * index / count

    def _index_at(self, x: float) -> int:
        bar = self._bar()
        if not self.steps:
            return 0
        fraction = min(1.0, max(0.0, (x - bar.left()) / max(1.0, bar.width())))
        return round(fraction * (len(self.steps) - 1))

    def _index_of(self, position: int) -> int:
        return min(len(self.steps) - 1, bisect_left(self.steps, position)) if self.steps else 0

    # --- drawing --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = antialiased(self)
        colours = theme(self.palette())
        painter.fillRect(self.rect(), colours.background)
        bar = self._bar()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.rule)
        painter.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)
        if self.steps:
            self._draw_turns(painter, bar, colours)
            self._draw_position(painter, bar, colours)
        painter.end()

    def _draw_turns(self, painter: QPainter, bar: QRectF, colours: Theme) -> None:
        painter.setFont(self.font())
        labelled = dict(self.labels())
        for turn, index in sorted(self.turn_starts.items()):
            x = self._x(index)
            painter.setPen(colours.muted)
            painter.drawLine(QPointF(x, bar.top() - 4), QPointF(x, bar.bottom() + 4))
            if turn in labelled:
                painter.setPen(colours.text)
                painter.drawText(QPointF(x + 3, bar.top() - 6), labelled[turn])

    def labels(self) -> list[tuple[int, str]]:
        """The turns named above the bar, and their names: every turn where there is room,
        else every few, evenly, so a long game is named to its end and no label covers
        another."""
        metrics = self.fontMetrics()
        gap = metrics.horizontalAdvance("  ")
        right = self._bar().right()
        shown: list[tuple[int, str]] = []
        free = 0.0
        for turn, index in sorted(self.turn_starts.items()):
            x = self._x(index)
            label = QCoreApplication.translate("Timeline", "T%1").replace("%1", str(turn))
            width = metrics.horizontalAdvance(label) + 3
            if x >= free and x + width <= right + gap:
                shown.append((turn, label))
                free = x + width + gap
        return shown

    def _draw_position(self, painter: QPainter, bar: QRectF, colours: Theme) -> None:
        index = self._index_of(self.position)
        x = self._x(index)
        done = QRectF(bar.left(), bar.top(), x - bar.left(), bar.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(done, bar.height() / 2, bar.height() / 2)
        radius = bar.height() * 0.9
        painter.setBrush(colours.text)
        painter.drawEllipse(QPointF(x, bar.center().y()), radius, radius)

    # --- the mouse ------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._choose(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._choose(event)

    def _choose(self, event: QMouseEvent) -> None:
        if self.steps:
            chosen = self.steps[self._index_at(event.position().x())]
            if chosen != self.position:
                self.moved.emit(chosen)
