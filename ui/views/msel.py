"""The MSEL timeline: every inject of the exercise, what it rests on (its basis), what has become
of it, and the facilitator's hand on it (release, hold, edit, add an ad hoc inject)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import actor_names, inject_text
from ui.models.table_model import Column, TableModel
from ui.plain import text_label
from ui.views.inject_feed import BADGE
from ui.views.table import make_table
from wargame.engine import inject_text as planned_text
from wargame.inject_guidance import NO_GUIDANCE, Guidance
from wargame.inject_guidance import guidance as inject_guidance
from wargame.state import WorldState

STATUS_COLOURS = {
    "due": "#a35a00",
    "released": "#2e7d4f",
    "held": "#8a3b3b",
}


@dataclass(frozen=True)
class MselRow:
    id: str
    when: str
    when_tip: str
    title: str
    body: str
    audience: str
    basis: str  # in words; empty for an ad hoc inject
    guidance: str  # notes, expected actions, questions and objectives: the facilitator's
    status: str
    label: str

    @property
    def open(self) -> bool:
        """Still in the facilitator's hands: it can be released (and, unless held, held)."""
        return self.status != "released"


class MselTimeline(QWidget):
    """Emits what the facilitator asked for; the console turns it into controller commands."""

    release_requested = Signal(str)
    hold_requested = Signal(str)
    edit_requested = Signal(str)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: TableModel[MselRow] = TableModel(
            [
                Column(self.tr("Turn"), lambda r: r.when, tooltip=lambda r: r.when_tip),
                Column(self.tr("Inject"), lambda r: r.title, tooltip=self._about),
                Column(self.tr("Audience"), lambda r: r.audience),
                Column(
                    self.tr("Status"),
                    lambda r: r.label,
                    colour=lambda r: STATUS_COLOURS.get(r.status),
                ),
            ],
            self,
        )
        self.table = make_table(self._model, self, stretch=1)
        # The audience gets a fixed share, elided, with its whole text as the tooltip: sized to
        # its longest entry it left the inject's title a few letters on a laptop.
        audience = self.table.horizontalHeader()
        audience.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        audience.resizeSection(2, self.fontMetrics().horizontalAdvance("Washington, Se"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # The selected inject's basis, as its audience will see it, and the rest of the MSEL's
        # guidance on it, for the facilitator alone.
        # A line under the table rather than a column: the titles need the width on a laptop.
        self.basis = text_label("", self)
        self.basis.setStyleSheet(f"QLabel {{ {BADGE} }}")
        # Guidance runs to a few sentences and lists: a short read-only box that scrolls, so it
        # never pushes the table off a laptop's screen.
        self.notes = QPlainTextEdit(self)
        self.notes.setReadOnly(True)
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.notes.setStyleSheet("color: #4b5563")
        self.table.doubleClicked.connect(lambda _: self._emit(self.edit_requested))

        self.release_button = QPushButton(self.tr("Release"), self)
        self.hold_button = QPushButton(self.tr("Hold"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.add_button = QPushButton(self.tr("Add ad hoc…"), self)
        self.release_button.setToolTip(self.tr("Release the selected inject to its audience now"))
        self.hold_button.setToolTip(self.tr("Keep the selected inject back until you release it"))
        self.release_button.clicked.connect(lambda: self._emit(self.release_requested))
        self.hold_button.clicked.connect(lambda: self._emit(self.hold_requested))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.add_button.clicked.connect(self.add_requested)

        # Two rows of two: one row of four kept the dock too wide for a 1024-pixel laptop.
        buttons = QGridLayout()
        buttons.addWidget(self.release_button, 0, 0)
        buttons.addWidget(self.hold_button, 0, 1)
        buttons.addWidget(self.edit_button, 1, 0)
        buttons.addWidget(self.add_button, 1, 1)
        # The list and the selected inject's guidance share the height, and the facilitator
        # can move the line between them: a fixed few lines of notes cut them short.
        self.detail = detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        badge = QHBoxLayout()
        badge.addWidget(self.basis)
        badge.addStretch(1)
        detail_layout.addLayout(badge)
        detail_layout.addWidget(self.notes, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self._turn_shown: int | None = None
        self._update_buttons()

    def _basis_badge(self, row: MselRow | None) -> str:
        return self.tr("Basis: %1").replace("%1", row.basis) if row and row.basis else ""

    def _about(self, row: MselRow) -> str:
        """An inject's tooltip: its basis, then its text."""
        return "\n\n".join(part for part in (self._basis_badge(row), row.body) if part)

    def selected(self) -> MselRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._model.row(rows[0]) if rows else None

    def select(self, inject_id: str) -> None:
        for number, row in enumerate(self._model.rows):
            if row.id == inject_id:
                self.table.selectRow(number)
                self.table.scrollTo(self._model.index(number, 0))

    def _emit(self, signal: SignalInstance) -> None:
        row = self.selected()
        if row is not None:
            signal.emit(row.id)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.release_button.setEnabled(bool(row and row.open))
        self.hold_button.setEnabled(bool(row and row.open and row.status != "held"))
        self.edit_button.setEnabled(bool(row and row.open))
        self.basis.setText(self._basis_badge(row))
        self.basis.setVisible(bool(row and row.basis))
        self.notes.setPlainText(row.guidance if row else "")
        self.notes.setVisible(bool(row and row.guidance))
        showing = bool(row and (row.basis or row.guidance))
        if showing and not self.detail.isVisibleTo(self):
            self.detail.show()
            # A pane that was hidden comes back at its smallest: give it half the height.
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([total - total // 2, total // 2])
        elif not showing:
            self.detail.hide()

    def set_state(self, state: WorldState | None, due: list[str], language: str) -> None:
        """The facilitator sees the whole MSEL, so this reads the full state, not a seat's view.
        As a turn begins, the list scrolls to it."""
        self._model.set_rows(self._rows(state, due, language) if state else [])
        self._update_buttons()
        if state is not None and state.turn != self._turn_shown:
            self._turn_shown = state.turn
            self._scroll_to_turn(str(state.turn))

    def _scroll_to_turn(self, turn: str) -> None:
        """The first inject of `turn` at the top of the list (due ones first, if any)."""
        rows = self._model.rows
        number = next(
            (n for n, r in enumerate(rows) if r.status == "due"),
            next((n for n, r in enumerate(rows) if r.when == turn), None),
        )
        if number is not None:
            self.table.scrollTo(
                self._model.index(number, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def _rows(self, state: WorldState, due: list[str], language: str) -> list[MselRow]:
        scenario = state.scenario
        planned = [(i.id, i.turn, i.trigger is not None) for i in scenario.injects]
        added = [(r.id, r.turn, False) for r in state.injects.values() if r.adhoc]
        # An ad hoc inject belongs among its turn's injects, not below the last turn's.
        entries = sorted(planned + added, key=lambda e: math.inf if e[1] is None else e[1])
        rows = []
        for inject_id, turn, conditional in entries:
            record = state.injects.get(inject_id)
            adhoc = record is not None and record.adhoc
            guidance = (
                NO_GUIDANCE
                if adhoc
                else inject_guidance(scenario, scenario.inject(inject_id), language)
            )
            text = planned_text(state, inject_id)
            status = _status(record.status if record else None, inject_id in due, conditional)
            shown = {"id": inject_id, "title": text.title, "body": text.body, "adhoc": adhoc}
            title, body = inject_text(scenario, shown, language)
            audience = (
                self.tr("Everyone")
                if text.audience is None
                else actor_names(scenario, sorted(text.audience), language)
            )
            rows.append(
                MselRow(
                    inject_id,
                    *self._when(turn, conditional, adhoc),
                    title,
                    body,
                    audience,
                    guidance.basis,
                    self._guidance(guidance),
                    status,
                    self._label(status),
                )
            )
        return rows

    def _guidance(self, guidance: Guidance) -> str:
        """The notes, then each list under its heading, one item a line."""
        lists = [
            (self.tr("Expected player actions"), guidance.expected_actions),
            (self.tr("Discussion questions"), guidance.discussion_questions),
            (self.tr("Exercise objectives"), guidance.objectives),
        ]
        parts = [guidance.notes] if guidance.notes else []
        parts += [
            "\n".join([heading, *(f"• {item}" for item in items)])
            for heading, items in lists
            if items
        ]
        return "\n\n".join(parts)

    def _when(self, turn: int | None, conditional: bool, adhoc: bool) -> tuple[str, str]:
        """A short cell for the timeline, and its longer tooltip."""
        if adhoc:
            return str(turn), self.tr("Ad hoc inject, added in turn %n", "", turn or 0)
        if conditional:
            return self.tr("if…"), self.tr("Released when its condition holds")
        return str(turn), self.tr("Scheduled for turn %n", "", turn or 0)

    def _label(self, status: str) -> str:
        return {
            "released": self.tr("Released"),
            "held": self.tr("Held"),
            "due": self.tr("Due now"),
            "conditional": self.tr("Conditional"),
            "scheduled": self.tr("Scheduled"),
        }[status]


def _status(recorded: str | None, due: bool, conditional: bool) -> str:
    if recorded in ("released", "held"):
        return recorded
    if due:
        return "due"
    return "conditional" if conditional else "scheduled"
