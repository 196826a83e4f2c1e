"""The board: North-East Asia as a calm strategy-game map, with the five seats as tokens, their
relations as lines between them and this turn's moves as arrows and badges.

Everything is drawn from normalised coordinates on each paint, so the board is sharp at any
size and pixel ratio; only the token art is cached, as vector renderers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from ui.views import geography as geo
from ui.views.painting import (
    antialiased,
    draw_mark,
    halo_text,
    mark_for,
    sized_font,
)
from ui.views.palette import Theme, blend, relation_colour, text_on, theme, with_alpha
from ui.views.world_view import WorldView
from wargame.bundled import bundled
from wargame.names import action_name, actor_name

TOKENS_DIR = bundled("assets", "tokens")

TOKEN_RADIUS = 0.039
"""A token's radius as a fraction of the board's height."""

_ROOT_COLOUR = re.compile(r'(<svg\b[^>]*\scolor=")#[0-9a-fA-F]{6}')


class TokenArt:
    """The token pictures, recoloured to each scenario's actor colours.

    The SVG files paint with `currentColor`, set on their root element; replacing that one
    attribute gives the token in any colour without separate files per scenario.
    """

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._renderers: dict[tuple[str, str], QSvgRenderer | None] = {}

    def renderer(self, actor_id: str, colour: QColor) -> QSvgRenderer | None:
        key = (actor_id, colour.name())
        if key not in self._renderers:
            self._renderers[key] = self._load(actor_id, colour)
        return self._renderers[key]

    def _load(self, actor_id: str, colour: QColor) -> QSvgRenderer | None:
        path = self._directory / f"{actor_id}.svg"
        if not path.is_file():
            return None
        text = _ROOT_COLOUR.sub(lambda m: m.group(1) + colour.name(), path.read_text("utf-8"))
        renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
        return renderer if renderer.isValid() else None


def _points(points: Iterable[geo.LonLat], rect: QRectF) -> list[QPointF]:
    def place(point: geo.LonLat) -> QPointF:
        x, y = geo.project(point)
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    return [place(p) for p in points]


def _smooth(points: list[QPointF], closed: bool) -> QPainterPath:
    """A Catmull-Rom curve through the points, so coasts read as soft shapes, not zigzags."""
    path = QPainterPath(points[0])
    count = len(points)

    def at(i: int) -> QPointF:
        return points[i % count] if closed else points[min(max(i, 0), count - 1)]

    for i in range(count if closed else count - 1):
        p0, p1, p2, p3 = at(i - 1), at(i), at(i + 1), at(i + 2)
        path.cubicTo(p1 + (p2 - p0) / 6, p2 - (p3 - p1) / 6, p2)
    if closed:
        path.closeSubpath()
    return path


def _area(points: Iterable[geo.LonLat], rect: QRectF) -> QPainterPath:
    return _smooth(_points(points, rect), closed=True)


def _line(points: Iterable[geo.LonLat], rect: QRectF) -> QPainterPath:
    return _smooth(_points(points, rect), closed=False)


def _unit(a: QPointF, b: QPointF) -> QPointF:
    length = math.hypot(b.x() - a.x(), b.y() - a.y()) or 1.0
    return QPointF((b.x() - a.x()) / length, (b.y() - a.y()) / length)


def _draw_badge(
    painter: QPainter, centre: QPointF, radius: float, success: bool, colours: Theme
) -> None:
    """A solid disc with a tick for success, a pale disc with a cross for falling short."""
    painter.save()
    fill = colours.success if success else colours.background
    painter.setPen(QPen(colours.failure if not success else colours.halo, radius * 0.2))
    painter.setBrush(fill)
    painter.drawEllipse(centre, radius, radius)
    glyph = QPen(
        text_on(fill) if success else colours.text,
        radius * 0.3,
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    painter.setPen(glyph)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = radius * 0.45
    if success:
        painter.drawPolyline(
            QPolygonF(
                [
                    centre + QPointF(-s, 0.05 * s),
                    centre + QPointF(-0.3 * s, 0.7 * s),
                    centre + QPointF(s, -0.6 * s),
                ]
            )
        )
    else:
        s *= 0.75
        painter.drawLine(centre + QPointF(-s, -s), centre + QPointF(s, s))
        painter.drawLine(centre + QPointF(-s, s), centre + QPointF(s, -s))
    painter.restore()


class BoardView(WorldView):
    """The geopolitical chessboard, fed by `set_world` with a fog-filtered view.

    `tokens` is the folder of the token pictures, `<actor id>.svg`; an actor without one gets
    a plain disc with its mark.
    """

    preferred_size = QSize(960, 640)
    smallest_size = QSize(300, 200)

    def __init__(self, parent: QWidget | None = None, tokens: Path = TOKENS_DIR) -> None:
        super().__init__(parent)
        self._art = TokenArt(tokens)

    # --- geometry -------------------------------------------------------------------------

    def board_rect(self) -> QRectF:
        """The board's square-gridded rectangle, as large as fits with a small margin."""
        margin = max(4.0, min(self.width(), self.height()) * 0.02)
        room = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        width = min(room.width(), room.height() * geo.ASPECT)
        height = width / geo.ASPECT
        return QRectF(room.center().x() - width / 2, room.center().y() - height / 2, width, height)

    def token_rect(self, actor_id: str) -> QRectF:
        """Where the actor's token is drawn (empty if the actor is not in the scenario)."""
        if self._scenario is None or actor_id not in self._scenario.actor_ids:
            return QRectF()
        board = self.board_rect()
        seat = geo.seat_for(actor_id, self._scenario.actor_ids.index(actor_id))
        x, y = geo.project(seat.at)
        radius = board.height() * TOKEN_RADIUS
        centre = QPointF(board.left() + x * board.width(), board.top() + y * board.height())
        return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)

    # --- the world ------------------------------------------------------------------------

    def _colour(self, actor_id: str) -> QColor:
        assert self._scenario is not None
        return QColor(self._scenario.actor(actor_id).colour)

    def _relation(self, a: str, b: str) -> int:
        relations: dict[str, dict[str, int]] = (self._world or {}).get("relations", {})
        return relations.get(a, {}).get(b, relations.get(b, {}).get(a, 0))

    def _moves(self) -> list[dict[str, Any]]:
        """This turn's visible results, in the order they were adjudicated."""
        if self._world is None:
            return []
        turn = self._world.get("turn")
        return [r for r in self._world.get("results", []) if r.get("turn") == turn]

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = antialiased(self)
        colours = theme(self.palette())
        painter.fillRect(self.rect(), colours.background)
        board = self.board_rect()
        self._draw_map(painter, board, colours)
        if self._scenario is not None and self._world is not None:
            self._draw_relations(painter, colours)
            self._draw_arrows(painter, board, colours)
        # The city's name over the lines between the tokens, which would cross it out.
        self._draw_city(painter, board, colours)
        if self._scenario is not None:
            self._draw_tokens(painter, board, colours)
        if self._world is None:
            self._draw_empty(painter, board, colours)
        else:
            self._draw_legend(painter, board, colours)
        painter.end()

    def _tint(self, owner: str | None, colours: Theme) -> QColor:
        if owner is None or self._scenario is None or owner not in self._scenario.actor_ids:
            return colours.land
        return colours.tint(self._colour(owner))

    def _draw_map(self, painter: QPainter, board: QRectF, colours: Theme) -> None:
        painter.save()
        frame = QPainterPath()
        corner = board.height() * 0.015
        frame.addRoundedRect(board, corner, corner)
        painter.setClipPath(frame)
        painter.fillRect(board, colours.sea)

        mainland = _area(geo.MAINLAND, board)
        coast = QPen(colours.coast, max(1.0, board.height() / 700))
        coast.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for land in geo.LANDS:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._tint(land.owner, colours))
            painter.drawPath(_area(land.outline, board))
        painter.save()
        painter.setClipPath(mainland, Qt.ClipOperation.IntersectClip)
        for region in geo.REGIONS:
            painter.setBrush(self._tint(region.owner, colours))
            painter.drawPath(_area(region.outline, board))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        border = QPen(colours.coast, max(1.0, board.height() / 600), Qt.PenStyle.DashLine)
        painter.setPen(border)
        for line in geo.BORDERS:
            painter.drawPath(_line(line, board))
        painter.setPen(QPen(colours.border, max(2.0, board.height() / 220)))
        painter.drawPath(_line(geo.DMZ, board))
        painter.restore()

        painter.setPen(coast)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for land in geo.LANDS:
            painter.drawPath(_area(land.outline, board))
        self._draw_grid(painter, board, colours)
        painter.restore()

        painter.setPen(QPen(colours.border, max(1.5, board.height() / 400)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(frame)

    def _draw_grid(self, painter: QPainter, board: QRectF, colours: Theme) -> None:
        """A faint chessboard: alternate squares shaded, lines between them."""
        side = board.width() / geo.COLUMNS
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.grid)
        for row in range(geo.ROWS):
            for column in range(row % 2, geo.COLUMNS, 2):
                painter.drawRect(
                    QRectF(board.left() + column * side, board.top() + row * side, side, side)
                )
        painter.setPen(QPen(with_alpha(colours.grid, colours.grid.alphaF() * 2), 1.0))
        for column in range(1, geo.COLUMNS):
            x = board.left() + column * side
            painter.drawLine(QPointF(x, board.top()), QPointF(x, board.bottom()))
        for row in range(1, geo.ROWS):
            y = board.top() + row * side
            painter.drawLine(QPointF(board.left(), y), QPointF(board.right(), y))

    def _draw_city(self, painter: QPainter, board: QRectF, colours: Theme) -> None:
        at = _points([geo.VLADIVOSTOK], board)[0]
        dot = board.height() * 0.007
        painter.setPen(QPen(colours.land, dot * 0.6))
        painter.setBrush(colours.muted)
        painter.drawEllipse(at, dot, dot)
        font = sized_font(self.font(), board.height() * 0.024)
        font.setItalic(True)
        # Below and to the right: lines between the tokens tend to pass above the city.
        halo_text(
            painter,
            QPointF(at.x() + dot * 2.0, at.y() + dot * 0.8),
            QCoreApplication.translate("BoardView", "Vladivostok"),
            font,
            colours.muted,
            colours.halo,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        )

    def _curve(self, a: str, b: str) -> QPainterPath:
        """A gentle arc from token to token, bowed to whichever side passes other tokens wider."""
        assert self._scenario is not None
        start, end = self.token_rect(a).center(), self.token_rect(b).center()
        others = [self.token_rect(o).center() for o in self._scenario.actor_ids if o not in (a, b)]
        middle = (start + end) / 2
        direction = _unit(start, end)
        normal = QPointF(-direction.y(), direction.x())
        length = math.hypot(end.x() - start.x(), end.y() - start.y())

        def clearance(control: QPointF) -> float:
            samples = [
                start * (1 - t) ** 2 + control * 2 * t * (1 - t) + end * t**2
                for t in (i / 12 for i in range(1, 12))
            ]
            return min(
                (math.hypot(s.x() - o.x(), s.y() - o.y()) for s in samples for o in others),
                default=math.inf,
            )

        bend = 0.14 * length
        control = max((middle + normal * bend, middle - normal * bend), key=clearance)
        path = QPainterPath(start)
        path.quadTo(control, end)
        return path

    def _draw_relations(self, painter: QPainter, colours: Theme) -> None:
        assert self._scenario is not None
        actors = self._scenario.actor_ids
        scale = self.board_rect().height() / 600
        pairs = [(a, b) for i, a in enumerate(actors) for b in actors[i + 1 :]]
        # Strong relations last, so they stay on top where lines cross.
        pairs.sort(key=lambda pair: abs(self._relation(*pair)))
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for a, b in pairs:
            value = self._relation(a, b)
            curve = self._curve(a, b)
            width = scale * (1.5 + 6.0 * abs(value) / 100)
            painter.setPen(QPen(colours.halo, width + 2.5 * scale, c=Qt.PenCapStyle.RoundCap))
            painter.drawPath(curve)
            # Indifference recedes; strong feelings, either way, stand out.
            colour = with_alpha(colours.on_map(relation_colour(value)), 0.5 + abs(value) / 200)
            painter.setPen(QPen(colour, width, c=Qt.PenCapStyle.RoundCap))
            painter.drawPath(curve)
        painter.restore()

    def _draw_arrows(self, painter: QPainter, board: QRectF, colours: Theme) -> None:
        """One arrow per targeted move, drawn on its own lane so opposite moves don't overlap."""
        assert self._scenario is not None
        scale = board.height() / 600
        lanes: dict[tuple[str, str], int] = {}
        for move in self._moves():
            actor, target = move.get("actor"), move.get("target")
            known = self._scenario.actor_ids
            if actor not in known or target not in known or actor == target:
                continue
            lane = lanes.get((actor, target), 0)
            lanes[(actor, target)] = lane + 1
            start_rect, end_rect = self.token_rect(actor), self.token_rect(target)
            direction = _unit(start_rect.center(), end_rect.center())
            normal = QPointF(-direction.y(), direction.x())
            offset = normal * (scale * (7.0 + 9.0 * lane))
            gap = start_rect.width() / 2 * 1.25
            start = start_rect.center() + direction * gap + offset
            end = end_rect.center() - direction * gap + offset
            colour = colours.success if move.get("success") else colours.failure
            style = Qt.PenStyle.SolidLine if move.get("success") else Qt.PenStyle.DashLine
            pen = QPen(colour, 3.0 * scale, style, Qt.PenCapStyle.FlatCap)
            painter.setPen(QPen(colours.halo, 6.0 * scale))
            painter.drawLine(start, end)
            painter.setPen(pen)
            painter.drawLine(start, end - direction * 8.0 * scale)
            head = 11.0 * scale
            painter.setPen(QPen(colours.halo, 1.5 * scale))
            painter.setBrush(colour)
            painter.drawPolygon(
                QPolygonF(
                    [
                        end,
                        end - direction * head * 1.6 + normal * head * 0.75,
                        end - direction * head * 1.6 - normal * head * 0.75,
                    ]
                )
            )

    def _draw_tokens(self, painter: QPainter, board: QRectF, colours: Theme) -> None:
        assert self._scenario is not None
        moves = self._moves()
        font = sized_font(self.font(), board.height() * 0.038, bold=True)
        for index, actor in enumerate(self._scenario.actor_ids):
            rect = self.token_rect(actor)
            self._draw_token(painter, actor, index, rect, colours)
            self._draw_badges(painter, rect, [m for m in moves if m.get("actor") == actor], colours)
            self._draw_name(painter, actor, index, rect, font, colours)

    def _draw_token(
        self, painter: QPainter, actor: str, index: int, rect: QRectF, colours: Theme
    ) -> None:
        painter.save()
        radius = rect.width() / 2
        shadow = rect.translated(0, radius * 0.12).adjusted(-1, -1, 1, 1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 90 if colours.dark else 55))
        painter.drawEllipse(shadow)
        painter.setBrush(colours.halo)
        painter.drawEllipse(rect.center(), radius * 1.1, radius * 1.1)
        colour = self._colour(actor)
        renderer = self._art.renderer(actor, colour)
        if renderer is not None:
            renderer.render(painter, rect)
        else:
            painter.setBrush(blend(colour, QColor("black"), 0.3))
            painter.drawEllipse(rect)
            painter.setBrush(colour)
            painter.drawEllipse(rect.center(), radius * 0.84, radius * 0.84)
            draw_mark(
                painter, mark_for(actor, index), rect.center(), radius * 0.46, QColor("#fbf8f1")
            )
        painter.restore()

    def _draw_badges(
        self, painter: QPainter, rect: QRectF, moves: list[dict[str, Any]], colours: Theme
    ) -> None:
        """A tick or a cross on the token's rim for each of its moves this turn."""
        radius = rect.width() / 2
        for n, move in enumerate(moves):
            angle = math.radians(-50 + 38 * n)
            centre = rect.center() + QPointF(math.cos(angle), math.sin(angle)) * radius * 1.02
            _draw_badge(painter, centre, radius * 0.34, bool(move.get("success")), colours)

    def _draw_name(
        self,
        painter: QPainter,
        actor: str,
        index: int,
        rect: QRectF,
        font: QFont,
        colours: Theme,
    ) -> None:
        assert self._scenario is not None
        side = geo.seat_for(actor, index).label
        gap = rect.width() * 0.14
        centre = rect.center()
        anchors = {
            geo.Side.BELOW: (
                QPointF(centre.x(), rect.bottom() + gap),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            ),
            geo.Side.ABOVE: (
                QPointF(centre.x(), rect.top() - gap),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            ),
            geo.Side.LEFT: (
                QPointF(rect.left() - gap, centre.y()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            ),
            geo.Side.RIGHT: (
                QPointF(rect.right() + gap, centre.y()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            ),
        }
        anchor, align = anchors[side]
        halo_text(
            painter,
            anchor,
            actor_name(self._scenario, actor, self._language),
            font,
            colours.text,
            colours.halo,
            align,
        )

    def _draw_legend(self, painter: QPainter, board: QRectF, colours: Theme) -> None:
        """How to read the lines and the badges, in the empty south-west corner."""
        heading = QCoreApplication.translate("BoardView", "Relations")
        hostile = QCoreApplication.translate("BoardView", "Hostile")
        close = QCoreApplication.translate("BoardView", "Close")
        keys = (
            (True, QCoreApplication.translate("BoardView", "succeeded")),
            (False, QCoreApplication.translate("BoardView", "fell short")),
        )
        font = sized_font(self.font(), board.height() * 0.026)
        metrics = QFontMetricsF(font)
        pad = metrics.height() * 0.5
        key_width = sum(metrics.horizontalAdvance(t) + metrics.height() * 1.8 for _, t in keys)
        ends_width = metrics.horizontalAdvance(hostile + close) * 1.6
        bar_width = max(key_width, ends_width, board.width() * 0.16)
        bar_height = metrics.height() * 0.45
        height = metrics.height() * 3.3 + bar_height + pad * 2
        card = QRectF(
            board.left() + pad, board.bottom() - pad - height, bar_width + pad * 2, height
        )
        if card.height() > board.height() * 0.22:
            return  # on a small board the key would hide the map it explains
        painter.save()
        painter.setPen(QPen(colours.rule, 1.0))
        painter.setBrush(colours.card)
        painter.drawRoundedRect(card, pad, pad)
        painter.setFont(font)
        painter.setPen(colours.text)
        title = QRectF(card.left() + pad, card.top() + pad, bar_width, metrics.height())
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
        bar = QRectF(title.left(), title.bottom() + pad * 0.4, bar_width, bar_height)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for step in range(11):
            gradient.setColorAt(step / 10, relation_colour(-100 + 20 * step))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawRoundedRect(bar, bar_height / 2, bar_height / 2)
        ends = QRectF(bar.left(), bar.bottom() + pad * 0.2, bar_width, metrics.height())
        painter.setPen(colours.muted)
        painter.drawText(ends, Qt.AlignmentFlag.AlignLeft, hostile)
        painter.drawText(ends, Qt.AlignmentFlag.AlignRight, close)
        row = QRectF(bar.left(), ends.bottom() + pad * 0.3, bar_width, metrics.height())
        # The same tick and cross as on the tokens, with their meaning.
        radius = metrics.height() * 0.36
        x = row.left()
        for success, text in keys:
            _draw_badge(painter, QPointF(x + radius, row.center().y()), radius, success, colours)
            x += radius * 2 + metrics.height() * 0.3
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(x, row.top(), row.right() - x, row.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += metrics.horizontalAdvance(text) + metrics.height() * 0.8
        painter.restore()

    def _draw_empty(self, painter: QPainter, board: QRectF, colours: Theme) -> None:
        """A quiet card over the empty board until a game is open."""
        font = sized_font(self.font(), board.height() * 0.05)
        metrics = QFontMetricsF(font)
        text = QCoreApplication.translate("BoardView", "No game")
        card = QRectF(
            0, 0, metrics.horizontalAdvance(text) + metrics.height() * 2, metrics.height() * 2
        )
        # Over the empty inland north-west, clear of every token.
        card.moveCenter(
            QPointF(board.left() + board.width() * 0.2, board.top() + board.height() * 0.12)
        )
        painter.save()
        painter.setPen(QPen(colours.rule, 1.0))
        painter.setBrush(colours.card)
        painter.drawRoundedRect(card, card.height() * 0.2, card.height() * 0.2)
        painter.setFont(font)
        painter.setPen(colours.muted)
        painter.drawText(card, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    # --- tooltips -------------------------------------------------------------------------

    def _tooltip(self, at: QPointF) -> str:
        """The actor under the pointer and its moves this turn."""
        if self._scenario is None:
            return ""
        for actor in self._scenario.actor_ids:
            rect = self.token_rect(actor)
            centre = rect.center()
            if math.hypot(at.x() - centre.x(), at.y() - centre.y()) > rect.width() / 2:
                continue
            lines = [actor_name(self._scenario, actor, self._language)]
            for move in self._moves():
                if move.get("actor") != actor:
                    continue
                mark = "✓" if move.get("success") else "✗"
                line = f"{mark} " + (
                    move.get("action_name")
                    or action_name(self._scenario, actor, move.get("action", ""), self._language)
                )
                if move.get("target"):
                    line += " → " + actor_name(self._scenario, move["target"], self._language)
                lines.append(line)
            return "\n".join(lines)
        return ""
