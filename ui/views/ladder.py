"""The scenario's ladders: every rung from calm at the bottom to the top, the current one lit,
the ones above it still ahead and so drawn faintly. The escalation ladder (military tension on
the peninsula) and, where the scenario has one, the shorter bloc ladder beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy

from ui.views.painting import (
    antialiased,
    draw_placeholder,
    fitting_font,
    title_font,
)
from ui.views.palette import Theme, blend, escalation_colour, text_on, theme, with_alpha
from ui.views.world_view import WorldView
from wargame.names import bloc_name, level_name
from wargame.scenario import EscalationLevel


class EscalationLadder(WorldView):
    """The ladder of the scenario, fed by `set_world` with a fog-filtered view."""

    preferred_size = QSize(340, 480)
    smallest_size = QSize(180, 200)
    horizontal_policy = QSizePolicy.Policy.Preferred

    key = "escalation"
    """Where the view gives this ladder's current rung."""

    partner: EscalationLadder | None = None
    """A ladder drawn beside this one, whose heading should read the same size."""

    def rungs(self) -> list[EscalationLevel]:
        assert self._scenario is not None
        return self._scenario.escalation_ladder

    def rung_name(self, level: int) -> str:
        assert self._scenario is not None
        return level_name(self._scenario, level, self._language)

    def title(self) -> str:
        return QCoreApplication.translate("EscalationLadder", "Escalation")

    def level(self) -> int | None:
        """The level shown as current, or None before a game."""
        if self._world is None:
            return None
        return int((self._world.get(self.key) or {}).get("level", 0))

    def _title_font(self) -> QFont:
        # Two ladders side by side read as a pair: both headings take the smaller one's size.
        views = [self] + [p for p in (self.partner,) if p is not None and p.isVisible()]
        width = min(v.width() for v in views)
        return title_font(self.font(), width, min(v.height() for v in views))

    def _title_rect(self) -> QRectF:
        pad = self._pad()
        height = QFontMetricsF(self._title_font()).height()
        return QRectF(pad, pad, self.width() - 2 * pad, height)

    def _rail(self) -> float:
        return max(3.0, self.width() * 0.02)

    def _pad(self) -> float:
        return max(6.0, min(self.width(), self.height()) * 0.03) + self._rail() * 1.5

    def rung_rect(self, level: int) -> QRectF:
        """Where a rung is drawn; level 0 is the bottom one."""
        assert self._scenario is not None
        count = len(self.rungs())
        pad = self._pad()
        top = self._title_rect().bottom() + pad
        pitch = (self.height() - pad - top) / count
        rail = self._rail()
        return QRectF(
            pad + rail,
            top + (count - 1 - level) * pitch + pitch * 0.1,
            self.width() - 2 * (pad + rail),
            pitch * 0.8,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = antialiased(self)
        colours = theme(self.palette())
        painter.fillRect(self.rect(), colours.background)
        if self._scenario is None:
            draw_placeholder(
                painter,
                QRectF(self.rect()),
                QCoreApplication.translate("EscalationLadder", "No game"),
                colours,
                self.font(),
            )
        else:
            self._draw_title(painter, colours)
            self._draw_rails(painter, colours)
            for level in range(len(self.rungs())):
                self._draw_rung(painter, level, colours)
        painter.end()

    def _draw_title(self, painter: QPainter, colours: Theme) -> None:
        rect = self._title_rect()
        painter.setFont(self._title_font())
        painter.setPen(colours.text)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title(),
        )

    def _draw_rails(self, painter: QPainter, colours: Theme) -> None:
        """Two uprights behind the rungs, so the list reads as a ladder to climb."""
        assert self._scenario is not None
        top, bottom = self.rung_rect(len(self.rungs()) - 1), self.rung_rect(0)
        rail = self._rail()
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.rule)
        for x in (top.left() - rail, top.right()):
            painter.drawRoundedRect(
                QRectF(x, top.top() - rail, rail, bottom.bottom() - top.top() + 2 * rail),
                rail / 2,
                rail / 2,
            )
        painter.restore()

    def _draw_rung(self, painter: QPainter, level: int, colours: Theme) -> None:
        assert self._scenario is not None
        rect = self.rung_rect(level)
        current = self.level()
        here = level == current
        ahead = current is not None and level > current
        if here:
            # The current rung stands proud of the rails.
            rect.adjust(-self._rail() * 1.5, 0, self._rail() * 1.5, 0)
        colour = escalation_colour(level, len(self.rungs()) - 1)
        if here:
            fill, ink = colour, text_on(colour)
        elif ahead or current is None:
            fill, ink = colours.background, colours.muted
        else:
            fill = blend(colours.background, colour, 0.3)
            ink = text_on(fill)
        painter.save()
        outline = QPen(colour if not ahead else colours.rule, 3.0 if here else 1.0)
        if ahead:
            outline.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(outline)
        painter.setBrush(fill)
        radius = rect.height() * 0.22
        painter.drawRoundedRect(rect, radius, radius)

        # One size for every rung, small enough that the longest name fits: a ladder of
        # clipped names tells the room nothing.
        names = [f"{n}  {self.rung_name(n)}" for n in range(len(self.rungs()))]
        px = min(self.rung_rect(0).height() * 0.46, 30.0)
        font = fitting_font(self.font(), px, names, self.rung_rect(0).width() * 0.86, bold=here)
        metrics = QFontMetricsF(font)
        number = QRectF(rect.left(), rect.top(), metrics.height() * 1.6, rect.height())
        painter.setFont(font)
        painter.setPen(ink if not ahead else with_alpha(ink, 0.8))
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(level))
        text = QRectF(number.right(), rect.top(), rect.right() - number.right(), rect.height())
        text.adjust(0, 0, -metrics.height() * 0.5, 0)
        name = metrics.elidedText(
            self.rung_name(level),
            Qt.TextElideMode.ElideRight,
            text.width(),
        )
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.restore()

    def _tooltip(self, at: QPointF) -> str:
        if self._scenario is None:
            return ""
        for level, rung in enumerate(self.rungs()):
            if self.rung_rect(level).contains(at):
                return f"{level}. {self.rung_name(level)}\n{rung.description}"
        return ""


class BlocLadder(EscalationLadder):
    """The bloc ladder: how far partners line up in rival blocs, apart from tension at the line.
    Shorter than the escalation ladder, so drawn in less height beside or below it."""

    preferred_size = QSize(340, 200)
    smallest_size = QSize(120, 120)
    key = "blocs"

    def rungs(self) -> list[EscalationLevel]:
        assert self._scenario is not None
        return self._scenario.bloc_ladder

    def rung_name(self, level: int) -> str:
        assert self._scenario is not None
        return bloc_name(self._scenario, level, self._language)

    def title(self) -> str:
        return QCoreApplication.translate("BlocLadder", "Blocs")
