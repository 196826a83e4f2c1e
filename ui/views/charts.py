"""Charts over the turns of the exercise, drawn with QPainter: one indicator for every seat,
and the escalation level.

A chart's points are the start (turn 0), the end of each finished turn, and, while a turn is
under way, where that turn stands now: drawn dashed and hollow, because it can still change.
Lines are labelled at their ends rather than in a legend, which reads faster from the back of
a room.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ui.views.painting import (
    Mark,
    antialiased,
    draw_mark,
    draw_placeholder,
    mark_for,
    mark_path,
    sized_font,
    title_font,
)
from ui.views.palette import Theme, escalation_colour, theme, with_alpha
from ui.views.world_view import WorldView
from wargame.names import actor_name, bloc_name, indicator_name, level_name
from wargame.scenario import Scenario


@dataclass(frozen=True)
class Series:
    label: str
    colour: QColor
    mark: Mark | None
    points: list[tuple[int, float]]
    provisional: bool
    """Whether the last point is the turn in progress."""
    fills: list[QColor] = field(default_factory=list)
    """Per-point marker colours; the line's colour when empty."""
    dashed: bool = False
    """Drawn dashed, so a line under it shows through where the two run together."""


def spread(wanted: list[float], gap: float, low: float, high: float) -> list[float]:
    """Positions as close to `wanted` as possible, at least `gap` apart, within low..high."""
    order = sorted(range(len(wanted)), key=wanted.__getitem__)
    placed = [min(max(wanted[i], low), high) for i in order]
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + gap)
    for k in range(len(placed) - 1, -1, -1):
        ceiling = high if k == len(placed) - 1 else placed[k + 1] - gap
        placed[k] = max(low, min(placed[k], ceiling))
    result = [0.0] * len(wanted)
    for k, i in enumerate(order):
        result[i] = placed[k]
    return result


class TurnChart(WorldView):
    """What both charts share: the turn axis, the frame, the lines and their end labels."""

    preferred_size = QSize(600, 360)
    smallest_size = QSize(260, 180)

    # --- what a chart shows ---------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def series(self) -> list[Series]:
        raise NotImplementedError

    def y_ticks(self) -> list[tuple[float, str]]:
        """Values and labels along the y axis; the first and last are its ends."""
        raise NotImplementedError

    def _draw_backdrop(self, painter: QPainter, plot: QRectF, colours: Theme) -> None:
        """Anything behind the grid; nothing by default."""

    def _timeline(
        self, start: float | None, value_of: Callable[[dict[str, Any]], float | None]
    ) -> tuple[list[tuple[int, float]], bool]:
        """The points of one line: start, finished turns, then the turn under way if any.

        `value_of` reads the value from a history entry or from the world itself (they share
        their shape), giving None where the value is unknown.
        """
        assert self._world is not None
        points = [(0, start)] if start is not None else []
        history = self._world.get("history", [])
        points += [(h["turn"], v) for h in history if (v := value_of(h)) is not None]
        turn = self._world.get("turn", 0)
        now = value_of(self._world)
        provisional = False
        if now is not None and turn > 0 and turn not in {h["turn"] for h in history}:
            points.append((turn, now))
            provisional = True
        return [(t, float(v)) for t, v in points], provisional

    # --- geometry -------------------------------------------------------------------------

    def _turns(self) -> int:
        assert self._world is not None
        return max(1, int(self._world.get("turns", 1)))

    def _font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        return sized_font(self.font(), min(self.height() * 0.05, 26.0) * scale, bold)

    def _pad(self) -> float:
        return max(6.0, min(self.width(), self.height()) * 0.03)

    def plot_rect(self) -> QRectF:
        """The area inside the axes."""
        metrics = QFontMetricsF(self._font())
        heading = QFontMetricsF(title_font(self.font(), self.width(), self.height()))
        pad = self._pad()
        labels = [label for _, label in self.y_ticks()]
        y_labels = (
            max(metrics.horizontalAdvance(t) for t in labels)
            + metrics.height() * 0.5
            + self.axis_strip()
        )
        end_labels = (
            max((metrics.horizontalAdvance(s.label) for s in self.series()), default=0.0)
            + metrics.height() * 1.6
        )
        top = pad + heading.height() + metrics.height() * 0.9
        bottom = self.height() - pad - metrics.height() * 2.3
        return QRectF(
            QPointF(pad + y_labels, top), QPointF(self.width() - pad - end_labels, bottom)
        )

    def point_at(self, plot: QRectF, turn: float, value: float) -> QPointF:
        """Where (turn, value) lies in `plot`."""
        ticks = self.y_ticks()
        low, high = ticks[0][0], ticks[-1][0]
        return QPointF(
            plot.left() + plot.width() * turn / self._turns(),
            plot.bottom() - plot.height() * (value - low) / (high - low),
        )

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = antialiased(self)
        colours = theme(self.palette())
        painter.fillRect(self.rect(), colours.background)
        if self._scenario is None or self._world is None:
            text = QCoreApplication.translate("TurnChart", "No game")
            draw_placeholder(painter, QRectF(self.rect()), text, colours, self.font())
        else:
            plot = self.plot_rect()
            self._draw_title(painter, colours)
            self._draw_backdrop(painter, plot, colours)
            self._draw_axes(painter, plot, colours)
            all_series = self.series()
            for line in all_series:
                self._draw_series(painter, line, plot, colours)
            self._draw_end_labels(painter, all_series, plot, colours)
        painter.end()

    def _draw_title(self, painter: QPainter, colours: Theme) -> None:
        font = title_font(self.font(), self.width(), self.height())
        painter.setFont(font)
        painter.setPen(colours.text)
        rect = QRectF(
            self._pad(), self._pad(), self.width() - 2 * self._pad(), QFontMetricsF(font).height()
        )
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title()
        )

    def _draw_axes(self, painter: QPainter, plot: QRectF, colours: Theme) -> None:
        font = self._font(0.85)
        metrics = QFontMetricsF(font)
        painter.save()
        painter.setFont(font)
        for value, label in self.y_ticks():
            y = self.point_at(plot, 0, value).y()
            painter.setPen(QPen(colours.rule, 1.0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(
                    0,
                    y - metrics.height() / 2,
                    plot.left() - self.axis_strip() - metrics.height() * 0.35,
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        turns = self._turns()
        widest = metrics.horizontalAdvance(str(turns)) + metrics.height() * 0.8
        step = next(s for s in (1, 2, 5, 10, 20, 50) if plot.width() / turns * s >= widest)
        for turn in range(0, turns + 1, step):
            x = self.point_at(plot, turn, 0).x()
            painter.setPen(QPen(colours.rule, 1.0))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(x - widest, plot.bottom() + 4, widest * 2, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(turn),
            )
        painter.drawText(
            QRectF(
                plot.left(),
                plot.bottom() + 4 + metrics.height(),
                plot.width(),
                metrics.height() * 1.2,
            ),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("TurnChart", "Turn"),
        )
        painter.setPen(QPen(colours.muted, 1.5))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.restore()

    def _marker(self) -> float:
        return max(4.0, min(self.height() / 55, 11.0))

    def axis_strip(self) -> float:
        """The width of what a chart draws along its y axis, which the axis labels keep clear
        of (nothing, unless a chart has a strip there)."""
        return 0.0

    def _draw_series(self, painter: QPainter, line: Series, plot: QRectF, colours: Theme) -> None:
        points = [self.point_at(plot, t, v) for t, v in line.points]
        if not points:
            return
        width = max(2.0, min(self.height() / 140, 5.0))
        settled = points[:-1] if line.provisional else points
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # A dashed line has no halo: the line it lies on must show through its gaps.
        halo = [] if line.dashed else [(colours.background, width + 3)]
        for pen_colour, pen_width in (*halo, (line.colour, width)):
            pen = QPen(
                pen_colour,
                pen_width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
            if line.dashed and pen_colour == line.colour:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPolyline(settled)
            if line.provisional and len(points) > 1:
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(points[-2], points[-1])
        radius = self._marker()
        for n, point in enumerate(points):
            fill = line.fills[n] if line.fills else line.colour
            last_open = line.provisional and n == len(points) - 1
            self._draw_marker(painter, line.mark, point, radius, fill, colours, hollow=last_open)
        painter.restore()

    def _draw_marker(
        self,
        painter: QPainter,
        mark: Mark | None,
        at: QPointF,
        radius: float,
        fill: QColor,
        colours: Theme,
        hollow: bool,
    ) -> None:
        if mark is None:
            painter.setPen(QPen(colours.background if not hollow else fill, radius * 0.35))
            painter.setBrush(colours.background if hollow else fill)
            painter.drawEllipse(at, radius, radius)
            return
        if hollow:
            painter.setPen(QPen(fill, radius * 0.35))
            painter.setBrush(colours.background)
            painter.drawPath(mark_path(mark, at, radius * 1.1))
        else:
            draw_mark(painter, mark, at, radius * 1.35, colours.background)
            draw_mark(painter, mark, at, radius * 1.1, fill)

    def _draw_end_labels(
        self, painter: QPainter, all_series: list[Series], plot: QRectF, colours: Theme
    ) -> None:
        """Each line's name beside its last point, nudged apart so none overlap."""
        drawn = [s for s in all_series if s.points]
        if not drawn:
            return
        font = self._font(0.95, bold=True)
        metrics = QFontMetricsF(font)
        ends = [self.point_at(plot, *s.points[-1]) for s in drawn]
        half = metrics.height() / 2
        ys = spread([e.y() for e in ends], half * 2.04, plot.top() + half, plot.bottom() - half)
        radius = self._marker()
        painter.save()
        painter.setFont(font)
        for line, end, y in zip(drawn, ends, ys, strict=True):
            x = end.x() + radius * 2.2
            if abs(y - end.y()) > 1:
                painter.setPen(QPen(with_alpha(line.colour, 0.6), 1.0))
                painter.drawLine(QPointF(end.x() + radius * 1.4, end.y()), QPointF(x, y))
            painter.setPen(colours.text)
            painter.drawText(
                QRectF(
                    x + radius * 0.4,
                    y - metrics.height() / 2,
                    metrics.horizontalAdvance(line.label) + 4,
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line.label,
            )
        painter.restore()


class IndicatorChart(TurnChart):
    """One indicator (e.g. domestic support) over the turns, a line for each seat."""

    def __init__(self, indicator: str = "support", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._indicator = indicator

    def indicator(self) -> str:
        return self._indicator

    def set_indicator(self, indicator_id: str) -> None:
        self._indicator = indicator_id
        self.update()

    def title(self) -> str:
        assert self._scenario is not None
        return indicator_name(self._scenario, self._indicator, self._language)

    def y_ticks(self) -> list[tuple[float, str]]:
        return [(v, str(v)) for v in (0, 25, 50, 75, 100)]

    def series(self) -> list[Series]:
        if self._scenario is None or self._world is None:
            return []
        lines = []
        for index, actor in enumerate(self._scenario.actors):

            def value_of(entry: dict[str, Any], actor_id: str = actor.id) -> int | None:
                return entry.get("indicators", {}).get(actor_id, {}).get(self._indicator)

            points, provisional = self._timeline(actor.indicators.get(self._indicator), value_of)
            lines.append(
                Series(
                    label=actor_name(self._scenario, actor.id, self._language),
                    colour=QColor(actor.colour),
                    mark=mark_for(actor.id, index),
                    points=points,
                    provisional=provisional,
                )
            )
        return lines


class EscalationChart(TurnChart):
    """The escalation level over the turns, on bands shaded from calm to the top, and where the
    scenario has a bloc ladder its rung over the turns, a dashed line on the same scale."""

    def title(self) -> str:
        return QCoreApplication.translate("EscalationChart", "Escalation")

    def y_ticks(self) -> list[tuple[float, str]]:
        top = self._scenario.top_escalation if self._scenario is not None else 1
        return [(float(level), str(level)) for level in range(top + 1)]

    def series(self) -> list[Series]:
        if self._scenario is None or self._world is None:
            return []
        top = self._scenario.top_escalation

        def value_of(entry: dict[str, Any]) -> int | None:
            level = entry.get("escalation")
            return level.get("level") if isinstance(level, dict) else level

        points, provisional = self._timeline(self._scenario.start_escalation, value_of)
        now = round(points[-1][1]) if points else 0
        return [
            Series(
                label=level_name(self._scenario, now, self._language),
                colour=self.palette().color(self.foregroundRole()),
                mark=None,
                points=points,
                provisional=provisional,
                fills=[escalation_colour(round(v), top) for _, v in points],
            ),
            *self._blocs(),
        ]

    def _blocs(self) -> list[Series]:
        """The bloc ladder's line, named with its rung now; none for a scenario without one."""
        assert self._scenario is not None and self._world is not None
        if not self._scenario.bloc_ladder:
            return []

        def value_of(entry: dict[str, Any]) -> int | None:
            level = entry.get("blocs")
            return level.get("level") if isinstance(level, dict) else level

        points, provisional = self._timeline(self._scenario.start_blocs, value_of)
        now = round(points[-1][1]) if points else 0
        name = bloc_name(self._scenario, now, self._language)
        label = QCoreApplication.translate("EscalationChart", "Blocs: %1").replace("%1", name)
        colour = escalation_colour(self._scenario.top_escalation, self._scenario.top_escalation)
        return [Series(label, colour, None, points, provisional, dashed=True)]

    def axis_strip(self) -> float:
        return max(4.0, self.width() * 0.012)

    def _draw_backdrop(self, painter: QPainter, plot: QRectF, colours: Theme) -> None:
        """A strip along the y axis in the ladder's colours, from calm up to the top."""
        assert self._scenario is not None
        top = self._scenario.top_escalation
        strip = self.axis_strip()
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        for level in range(top + 1):
            upper = self.point_at(plot, 0, min(top, level + 0.5)).y()
            lower = self.point_at(plot, 0, max(0, level - 0.5)).y()
            painter.setBrush(escalation_colour(level, top))
            painter.drawRect(QRectF(plot.left() - strip, upper, strip, lower - upper))
        painter.restore()


class EscalationPaths(EscalationChart):
    """Escalation paths given whole rather than read from a world: two games side by side, or
    the spread of what-if runs."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._lines: list[Series] = []

    def title(self) -> str:
        return self._title

    def set_paths(
        self,
        scenario: Scenario,
        language: str,
        turns: int,
        lines: list[tuple[str, QColor, list[tuple[int, float]]]],
        dashed: Collection[str] = (),
    ) -> None:
        """`lines` are (label, colour, (turn, level) points), drawn in that order; those
        labelled in `dashed` are drawn dashed."""
        self._lines = [
            Series(
                label, colour, mark_for(label, n), points, provisional=False, dashed=label in dashed
            )
            for n, (label, colour, points) in enumerate(lines)
        ]
        self.set_world({"turns": turns}, scenario, language)

    def series(self) -> list[Series]:
        return self._lines
