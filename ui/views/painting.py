"""Drawing helpers shared by the world-state views: fonts that scale, legible text over a
picture, the actors' marks and the empty state.

Each actor has a geometric mark as well as a colour, so tokens, chart lines and legends can be
told apart by shape on a washed-out projector or by a colour-blind reader.
"""

from __future__ import annotations

import math
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from ui.views.palette import Theme

MIN_FONT_PX = 10.0


class Mark(Enum):
    RING = "ring"
    DIAMOND = "diamond"
    SQUARE = "square"
    HEXAGON = "hexagon"
    TRIANGLE = "triangle"


ACTOR_MARKS: dict[str, Mark] = {
    "seoul": Mark.RING,
    "pyongyang": Mark.DIAMOND,
    "washington": Mark.SQUARE,
    "moscow": Mark.HEXAGON,
    "beijing": Mark.TRIANGLE,
}


def mark_for(actor_id: str, index: int) -> Mark:
    """The actor's mark; actors unknown to the art take one by their place in the scenario."""
    marks = list(Mark)
    return ACTOR_MARKS.get(actor_id, marks[index % len(marks)])


def _regular(centre: QPointF, radius: float, sides: int, start_degrees: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(
                centre.x() + radius * math.cos(math.radians(start_degrees + 360.0 * k / sides)),
                centre.y() + radius * math.sin(math.radians(start_degrees + 360.0 * k / sides)),
            )
            for k in range(sides)
        ]
    )


def mark_path(mark: Mark, centre: QPointF, radius: float) -> QPainterPath:
    """The mark's outline inside a circle of `radius`, sized so all marks weigh about the same."""
    path = QPainterPath()
    match mark:
        case Mark.RING:
            path.addEllipse(centre, radius * 0.85, radius * 0.85)
            path.addEllipse(centre, radius * 0.45, radius * 0.45)
        case Mark.DIAMOND:
            path.addPolygon(_regular(centre, radius, 4, -90.0))
        case Mark.SQUARE:
            side = radius * 1.35
            path.addRect(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side))
        case Mark.HEXAGON:
            path.addPolygon(_regular(centre, radius * 0.92, 6, 0.0))
        case Mark.TRIANGLE:
            apex = _regular(QPointF(centre.x(), centre.y() + radius * 0.12), radius, 3, -90.0)
            path.addPolygon(apex)
    path.closeSubpath()
    return path


def draw_mark(
    painter: QPainter, mark: Mark, centre: QPointF, radius: float, colour: QColor
) -> None:
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(mark_path(mark, centre, radius))
    painter.restore()


def antialiased(widget: QWidget) -> QPainter:
    painter = QPainter(widget)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    return painter


def sized_font(base: QFont, px: float, bold: bool = False) -> QFont:
    """`base` at `px` logical pixels (never below a legible minimum)."""
    font = QFont(base)
    font.setPixelSize(round(max(MIN_FONT_PX, px)))
    font.setBold(bold)
    return font


def title_font(base: QFont, width: float, height: float) -> QFont:
    """The heading of a view: the same size rule everywhere, so side-by-side views match."""
    return sized_font(base, min(max(14.0, height * 0.06), width * 0.06, 28.0), bold=True)


def fitting_font(
    base: QFont, px: float, texts: list[str], width: float, bold: bool = False
) -> QFont:
    """The largest font up to `px` in which every text fits `width` (down to the minimum)."""
    font = sized_font(base, px, bold)
    widest = max((QFontMetricsF(font).horizontalAdvance(t) for t in texts), default=0.0)
    if widest > width > 0:
        font = sized_font(base, px * width / widest, bold)
    return font


def halo_text(
    painter: QPainter,
    anchor: QPointF,
    text: str,
    font: QFont,
    colour: QColor,
    halo: QColor,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
) -> QRectF:
    """Text with a soft outline so it stays legible over land, sea and lines.

    `anchor` is the point `align` refers to (e.g. top centre). Returns the text's rectangle.
    """
    metrics = QFontMetricsF(font)
    width, height = metrics.horizontalAdvance(text), metrics.height()
    x = anchor.x()
    if align & Qt.AlignmentFlag.AlignHCenter:
        x -= width / 2
    elif align & Qt.AlignmentFlag.AlignRight:
        x -= width
    y = anchor.y()
    if align & Qt.AlignmentFlag.AlignVCenter:
        y -= height / 2
    elif align & Qt.AlignmentFlag.AlignBottom:
        y -= height
    path = QPainterPath()
    path.addText(x, y + metrics.ascent(), font, text)
    painter.save()
    pen = QPen(halo, max(2.0, font.pixelSize() * 0.22))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, pen)
    painter.fillPath(path, colour)
    painter.restore()
    return QRectF(x, y, width, height)


def draw_placeholder(painter: QPainter, rect: QRectF, text: str, theme: Theme, base: QFont) -> None:
    """The quiet message shown before a game is open."""
    painter.save()
    painter.setFont(sized_font(base, min(rect.height() * 0.08, rect.width() * 0.06, 40.0)))
    painter.setPen(theme.muted)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
    painter.restore()
