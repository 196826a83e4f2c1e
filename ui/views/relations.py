"""The relations heat map: every pair of seats as a cell in the board's relation colours, with
the value written in it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen

from ui.views.painting import (
    antialiased,
    draw_mark,
    draw_placeholder,
    fitting_font,
    mark_for,
    sized_font,
    title_font,
)
from ui.views.palette import Theme, relation_colour, text_on, theme
from ui.views.world_view import WorldView
from wargame.names import actor_name

MINUS = "\u2212"


def signed(value: int) -> str:
    """+40, 0, −40: a typographic minus, and a plus so the sign is never guessed."""
    if value > 0:
        return f"+{value}"
    return f"{MINUS}{-value}" if value < 0 else "0"


@dataclass(frozen=True)
class _Layout:
    title: QRectF
    grid: QRectF
    """The cells, without the labels."""
    label_width: float
    font: QFont
    """The names' font."""
    staggered: bool
    """Whether the column names alternate between two rows, to have two cells' width each."""


class RelationsHeatmap(WorldView):
    """Relations between every pair of seats, fed by `set_world` with a fog-filtered view.

    Row `a`, column `b` holds how `a` stands towards `b`.
    """

    preferred_size = QSize(560, 420)
    smallest_size = QSize(260, 200)

    def _names(self) -> list[str]:
        assert self._scenario is not None
        return [actor_name(self._scenario, a, self._language) for a in self._scenario.actor_ids]

    def _layout(self) -> _Layout:
        names = self._names()
        count = len(names)
        pad = max(6.0, min(self.width(), self.height()) * 0.03)
        heading = QFontMetricsF(title_font(self.font(), self.width(), self.height()))
        title = QRectF(pad, pad, self.width() - 2 * pad, heading.height())
        room = QRectF(
            QPointF(pad, title.bottom() + pad), QPointF(self.width() - pad, self.height() - pad)
        )
        font = sized_font(
            self.font(), min(max(11.0, room.height() / (count + 1) * 0.3), 24.0), bold=True
        )
        metrics = QFontMetricsF(font)
        widest = max(metrics.horizontalAdvance(n) for n in names)
        label_width = min(widest + metrics.height() * 1.8, room.width() / 3)
        cell_width = (room.width() - label_width) / count
        staggered = widest > cell_width * 0.92
        header_height = metrics.height() * (2.3 if staggered else 1.3)
        cell_height = (room.height() - header_height) / count
        # Cells may be wider than tall, so long names fit above them, but not absurdly so.
        cell_width = min(cell_width, cell_height * 2)
        grid = QRectF(0, 0, cell_width * count, cell_height * count)
        left = room.left() + label_width + (room.width() - label_width - grid.width()) / 2
        grid.moveTopLeft(QPointF(left, room.top() + header_height))
        return _Layout(title, grid, label_width, font, staggered)

    def cell_rect(self, row: int, column: int) -> QRectF:
        """The cell for the relation of the row's actor towards the column's actor."""
        grid = self._layout().grid
        count = len(self._names())
        width, height = grid.width() / count, grid.height() / count
        gap = max(1.5, min(width, height) * 0.04)
        return QRectF(
            grid.left() + column * width + gap / 2,
            grid.top() + row * height + gap / 2,
            width - gap,
            height - gap,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = antialiased(self)
        colours = theme(self.palette())
        painter.fillRect(self.rect(), colours.background)
        if self._scenario is None or self._world is None:
            draw_placeholder(
                painter,
                QRectF(self.rect()),
                QCoreApplication.translate("RelationsHeatmap", "No game"),
                colours,
                self.font(),
            )
        else:
            self._draw(painter, colours)
        painter.end()

    def _draw(self, painter: QPainter, colours: Theme) -> None:
        assert self._scenario is not None and self._world is not None
        layout = self._layout()
        painter.setFont(title_font(self.font(), self.width(), self.height()))
        painter.setPen(colours.text)
        painter.drawText(
            layout.title,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("RelationsHeatmap", "Relations"),
        )

        actors = self._scenario.actor_ids
        names = self._names()
        sample = self.cell_rect(0, 0)
        room = sample.width() * (1.9 if layout.staggered else 1.0)
        header = fitting_font(self.font(), layout.font.pixelSize(), names, room, bold=True)
        line = QFontMetricsF(header).height()
        value_font = sized_font(self.font(), min(sample.width(), sample.height()) * 0.36, bold=True)
        relations: dict[str, dict[str, int]] = self._world.get("relations", {})
        radius = min(sample.width(), sample.height()) * 0.08
        mark_size = QFontMetricsF(layout.font).height() * 0.38
        for i, actor in enumerate(actors):
            column = self.cell_rect(0, i)
            raised = layout.staggered and i % 2 == 0
            bottom = column.top() - line * (1.15 if raised else 0.15)
            name_rect = QRectF(column.center().x() - room / 2, bottom - line, room, line)
            self._draw_name(
                painter,
                names[i],
                header,
                colours,
                name_rect,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            )
            if raised:
                painter.setPen(QPen(colours.rule, 1.0))
                painter.drawLine(
                    QPointF(column.center().x(), bottom + line * 0.1),
                    QPointF(column.center().x(), column.top() - line * 0.15),
                )
            row = self.cell_rect(i, 0)
            mark_at = QPointF(row.left() - mark_size * 2.2, row.center().y())
            label = QRectF(
                layout.grid.left() - layout.label_width,
                row.top(),
                mark_at.x() - mark_size * 1.8 - layout.grid.left() + layout.label_width,
                row.height(),
            )
            self._draw_name(
                painter,
                names[i],
                layout.font,
                colours,
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
            draw_mark(
                painter,
                mark_for(actor, i),
                mark_at,
                mark_size,
                QColor(self._scenario.actor(actor).colour),
            )
            for j, other in enumerate(actors):
                cell = self.cell_rect(i, j)
                if actor == other:
                    painter.setPen(QPen(colours.rule, 1.0, Qt.PenStyle.DotLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(cell, radius, radius)
                    continue
                value = relations.get(actor, {}).get(other, 0)
                fill = relation_colour(value)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(cell, radius, radius)
                painter.setFont(value_font)
                painter.setPen(text_on(fill))
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, signed(value))

    def _draw_name(
        self,
        painter: QPainter,
        name: str,
        font: QFont,
        colours: Theme,
        rect: QRectF,
        align: Qt.AlignmentFlag,
    ) -> None:
        painter.setFont(font)
        painter.setPen(colours.text)
        shown = QFontMetricsF(font).elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, align, shown)
