"""Calibration at the hot wash: each seat's and the facilitator's odds scored against what
happened (`wargame.calibration`, through the view's `calibration`), beside the model's odds for
the same actions, and a reliability plot of the one selected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ui.models.table_model import Column, TableModel
from ui.plain import text_label
from ui.views.painting import Mark, antialiased, draw_mark, sized_font
from ui.views.palette import theme
from ui.views.table import make_table
from wargame.names import actor_name
from wargame.scenario import Scenario
from wargame.viewers import FACILITATOR

Scored = tuple[str, dict[str, Any]]
"""An estimator and its scores, as the view gives them."""


class ReliabilityPlot(QWidget):
    """Stated probability (across) against the share that happened (up), binned by tenths:
    on the diagonal is calibrated; the estimator's points are filled, the model's for the same
    actions hollow squares; a point's size grows with the estimates in its bin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own: list[list[float]] = []
        self.model: list[list[float]] = []
        self.colour = QColor("#336699")
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 320)

    def show_bins(self, own: list[list[float]], model: list[list[float]], colour: str) -> None:
        self.own, self.model, self.colour = own, model, QColor(colour)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        colours = theme(self.palette())
        painter = antialiased(self)
        font = sized_font(self.font(), 11)
        painter.setFont(font)
        margin = painter.fontMetrics().height() * 3.4
        side = min(self.width(), self.height()) - margin - 8
        area = QRectF(margin, 8, side, side)

        def at(stated: float, happened: float) -> QPointF:
            return QPointF(area.left() + stated * side, area.bottom() - happened * side)

        painter.setPen(QPen(colours.grid, 1))
        for tenth in range(0, 11, 2):
            x, y = area.left() + tenth / 10 * side, area.bottom() - tenth / 10 * side
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(x - 20, area.bottom() + 2, 40, 14),
                Qt.AlignmentFlag.AlignHCenter,
                f"{tenth * 10}",
            )
            painter.drawText(
                QRectF(0, y - 7, margin - 4, 14), Qt.AlignmentFlag.AlignRight, f"{tenth * 10}"
            )
            painter.setPen(QPen(colours.grid, 1))
        painter.setPen(QPen(colours.muted, 1, Qt.PenStyle.DashLine))
        painter.drawLine(at(0, 0), at(1, 1))
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(area.left(), area.bottom() + 14, side, 16),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Stated probability (%)"),
        )
        painter.save()
        painter.translate(painter.fontMetrics().height() * 0.7, area.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-side / 2, -10, side, 16), Qt.AlignmentFlag.AlignHCenter, self.tr("Happened (%)")
        )
        painter.restore()
        most = max((b[2] for b in (*self.own, *self.model)), default=1)
        for _, _, count, stated, happened in self.model:
            radius = 3 + 5 * (count / most) ** 0.5
            painter.setPen(QPen(colours.text, 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            centre = at(stated, happened)
            painter.drawRect(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            )
        for _, _, count, stated, happened in self.own:
            radius = 4 + 6 * (count / most) ** 0.5
            draw_mark(painter, Mark.RING, at(stated, happened), radius, self.colour)
        painter.end()


class CalibrationPanel(QWidget):
    """The scores of everyone who gave odds, and the plot of the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._language = "en"
        self._model: TableModel[Scored] = TableModel(
            [
                Column(self.tr("Who"), self._who),
                Column(self.tr("Estimates"), lambda s: str(s[1]["count"])),
                Column(self.tr("Brier"), lambda s: f"{s[1]['brier']:.3f}"),
                Column(
                    self.tr("Calibration"),
                    lambda s: f"{s[1]['reliability']:.3f}",
                    tooltip=lambda _: self.tr("Reliability: 0 is perfectly calibrated"),
                ),
                Column(
                    self.tr("Resolution"),
                    lambda s: f"{s[1]['resolution']:.3f}",
                    tooltip=lambda _: self.tr("Higher tells likely actions from unlikely ones"),
                ),
                Column(
                    self.tr("Uncertainty"),
                    lambda s: f"{s[1]['uncertainty']:.3f}",
                    tooltip=lambda _: self.tr("Set by what happened, not by the estimates"),
                ),
                Column(self.tr("Model, same actions"), lambda s: f"{s[1]['model_brier']:.3f}"),
            ],
            self,
        )
        self.table = make_table(self._model, self)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.plot = ReliabilityPlot(self)
        self.note = text_label(
            self.tr(
                "The Brier score is the mean squared gap between the odds given and what "
                "happened (1 or 0): 0 is perfect, 0.25 is always saying 50%. Lower is better. "
                "It splits into calibration (do 70% calls happen 70% of the time? 0 is "
                "perfect), resolution (telling likely from unlikely; higher is better) and the "
                "uncertainty of the events themselves. In the plot, filled rings are the "
                "selected estimator's odds, hollow squares the model's for the same actions."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6b7280")
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.plot, 2)

    def _who(self, scored: Scored) -> str:
        if scored[0] == FACILITATOR:
            return self.tr("Facilitator")
        assert self._scenario is not None
        return actor_name(self._scenario, scored[0], self._language)

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        self._scenario, self._language = scenario, language
        scores = (world or {}).get("calibration", {})
        self._model.set_rows(list(scores.items()))
        if scores:
            self.table.selectRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.plot.show_bins([], [], "#336699")
            return
        who, scored = self._model.row(rows[0])
        colour = "#555555"
        if who != FACILITATOR and self._scenario is not None:
            colour = self._scenario.actor(who).colour
        self.plot.show_bins(scored["bins"], scored["model_bins"], colour)
