"""The room's odds and the review step, for a seat or the facilitator: this turn's actions the
viewer may give a probability for before the roll, the odds given so far, and — in the review
step — a seat's one counter-argument against another seat's action.

Everything here comes from the viewer's `review` part of `fog.view`: which actions a seat may
see and when are rules of `wargame.review`, not of this widget.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.models.table_model import Column, TableModel
from ui.plain import text_label
from ui.views.table import make_table
from wargame.adjudication import percent
from wargame.names import actor_name
from wargame.scenario import Scenario
from wargame.viewers import FACILITATOR

Entry = dict[str, Any]
"""An action of this turn as `fog.view` names it: actor, action, target and their names."""


def _key(entry: Entry) -> tuple[str, str, str | None]:
    return entry["actor"], entry["action"], entry["target"]


def action_words(entry: Entry) -> str:
    """'Seoul: Joint exercise → Pyongyang'."""
    target = f" → {entry['target_name']}" if entry["target"] else ""
    return f"{entry['actor_name']}: {entry['action_name']}{target}"


def counter_arguments_on(
    world: dict[str, Any], scenario: Scenario, actor: str, language: str
) -> list[tuple[str, str]]:
    """The counter-arguments against `actor`'s actions this turn that the viewer may read: who
    wrote each (by name, with the action it answers) and its text."""
    named = {_key(e): action_words(e) for e in world["review"]["estimable"]}
    return [
        (
            f"{actor_name(scenario, c['by'], language)} → "
            f"{named.get((c['actor'], c['action'], c['target']), c['action'])}",
            c["text"],
        )
        for c in world["review"]["counter_arguments"]
        if c["actor"] == actor
    ]


class RoomOddsPanel(QWidget):
    """For whoever the view is for (a seat, or the facilitator); read only in replay."""

    estimate_given = Signal(str, str, object, object)  # actor, action, target, probability
    counter_argued = Signal(str, str, object, str)  # actor, action, target, text

    def __init__(self, editable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._viewer = FACILITATOR
        self._editable = editable
        self._scenario: Scenario | None = None
        self._language = "en"
        self._said: dict[str, Any] = {"estimates": [], "counter_arguments": []}
        self.hint = text_label("", self)
        self.hint.setWordWrap(True)
        # Others' odds show only where the view holds them: the facilitator's, or everyone's
        # once the exercise has ended.
        columns: list[Column[Entry]] = [
            Column(self.tr("Action"), action_words, tooltip=action_words),
            Column(self.tr("Your odds"), self._own_odds),
            Column(self.tr("The seats' odds"), self._seats_odds),
            Column(self.tr("Counter-arguments"), self._counters, tooltip=self._counters),
        ]
        self._model: TableModel[Entry] = TableModel(columns, self)
        # The action takes the spare width; long counter-arguments get a column of their own
        # size (their whole text is in the tooltip), so the odds stay in sight on a laptop.
        self.table = make_table(self._model, self, stretch=0)
        header = self.table.horizontalHeader()
        last = self._model.columnCount() - 1
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(last, 24 * self.fontMetrics().averageCharWidth())
        self.table.selectionModel().selectionChanged.connect(self._chosen)

        self.odds = QSpinBox(self)
        self.odds.setRange(0, 100)
        self.odds.setSingleStep(5)
        self.odds.setValue(50)
        self.odds.setSuffix(" %")
        self.odds.setToolTip(self.tr("Your probability that the selected action succeeds"))
        self.give_button = QPushButton(self.tr("Give my odds"), self)
        self.give_button.clicked.connect(lambda: self._estimate(self.odds.value() / 100))
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.clicked.connect(lambda: self._estimate(None))
        odds_line = QHBoxLayout()
        self.odds_label = text_label(self.tr("Chance of success:"), self)
        odds_line.addWidget(self.odds_label)
        odds_line.addWidget(self.odds)
        odds_line.addWidget(self.give_button)
        odds_line.addWidget(self.withdraw_button)
        odds_line.addStretch(1)

        self.review_box = QGroupBox(self.tr("Your counter-argument"), self)
        self.against = QComboBox(self.review_box)
        self.counter_text = QPlainTextEdit(self.review_box)
        self.counter_text.setPlaceholderText(
            self.tr(
                "Why might this action fall short? One counter-argument per seat each turn: "
                "sending another replaces it, an empty one withdraws it."
            )
        )
        self.counter_button = QPushButton(self.tr("Send counter-argument"), self.review_box)
        self.counter_button.clicked.connect(self._counter)
        review = QVBoxLayout(self.review_box)
        review.addWidget(self.against)
        review.addWidget(self.counter_text, 1)
        send = QHBoxLayout()
        send.addStretch(1)
        send.addWidget(self.counter_button)
        review.addLayout(send)
        self.review_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(odds_line)
        layout.addWidget(self.review_box, 1)
        for control in (self.odds_label, self.odds, self.give_button, self.withdraw_button):
            control.setVisible(editable)
        self._selected()

    # --- what the table says --------------------------------------------------------------

    def _estimates_of(self, entry: Entry) -> dict[str, float]:
        return {
            e["by"]: e["probability"]
            for e in self._said["estimates"]
            if (e["actor"], e["action"], e["target"]) == _key(entry)
        }

    def _own_odds(self, entry: Entry) -> str:
        own = self._estimates_of(entry).get(self._viewer)
        return "" if own is None else percent(own)

    def _name(self, who: str) -> str:
        assert self._scenario is not None
        return actor_name(self._scenario, who, self._language)

    def _seats_odds(self, entry: Entry) -> str:
        return ", ".join(
            f"{self._name(by)} {percent(p)}"
            for by, p in self._estimates_of(entry).items()
            if by not in (FACILITATOR, self._viewer)
        )

    def _counters(self, entry: Entry) -> str:
        return " · ".join(
            f"{self._name(c['by'])}: {c['text']}"
            for c in self._said["counter_arguments"]
            if (c["actor"], c["action"], c["target"]) == _key(entry)
        )

    # --- drawing --------------------------------------------------------------------------

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        self._scenario, self._language = scenario, language
        if world is None:
            return
        review = world["review"]
        if world["seat"] != self._viewer:
            # Another viewer (replay's see-as): nothing typed as the last one may stay.
            self.counter_text.clear()
        self._viewer = world["seat"]
        self._said = review
        selected = self._current()
        self._model.set_rows(review["estimable"])
        for row, entry in enumerate(review["estimable"]):
            if selected is not None and _key(entry) == _key(selected):
                self.table.selectRow(row)
        self.hint.setText(self._hint(world))
        reviewable = review["reviewable"]
        self.review_box.setVisible(self._editable and bool(reviewable))
        chosen = self.against.currentData()
        self.against.clear()
        for entry in reviewable:
            self.against.addItem(action_words(entry), _key(entry))
        if chosen is not None:
            self.against.setCurrentIndex(max(0, self.against.findData(chosen)))
        self._show_own_counter(review)
        self._selected()

    def _show_own_counter(self, review: dict[str, Any]) -> None:
        own = next((c for c in review["counter_arguments"] if c["by"] == self._viewer), None)
        if own is None or self.counter_text.hasFocus():
            return
        self.against.setCurrentIndex(
            max(0, self.against.findData((own["actor"], own["action"], own["target"])))
        )
        self.counter_text.setPlainText(own["text"])

    def _hint(self, world: dict[str, Any]) -> str:
        if self._viewer == FACILITATOR:
            return self.tr(
                "Before adjudicating, give your own odds for any action; the seats give theirs. "
                "Each estimate is scored against what happened at the hot wash."
            )
        if world["phase"] == "review":
            return self.tr(
                "The review: the other seats' public actions are shown. Give your odds for "
                "any of them, and write one counter-argument against one."
            )
        if world["phase"] == "deliberation":
            return self.tr(
                "Give your own odds for each action of your move, before the roll. Only you "
                "and the facilitator see them until the exercise ends."
            )
        return self.tr("Odds are given before the roll: during deliberation and the review.")

    # --- commands -------------------------------------------------------------------------

    def _current(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._model.row(rows[0]) if rows else None

    def _own(self) -> float | None:
        entry = self._current()
        return None if entry is None else self._estimates_of(entry).get(self._viewer)

    def _chosen(self) -> None:
        """Another action chosen: the odds box starts from what the viewer gave it, if any."""
        own = self._own()
        if own is not None:
            self.odds.setValue(round(own * 100))
        self._selected()

    def _selected(self) -> None:
        entry = self._current()
        own = self._own()
        self.give_button.setEnabled(entry is not None)
        self.withdraw_button.setEnabled(own is not None)

    def _estimate(self, probability: float | None) -> None:
        entry = self._current()
        if entry is not None:
            self.estimate_given.emit(entry["actor"], entry["action"], entry["target"], probability)

    def _counter(self) -> None:
        key = self.against.currentData()
        if key is not None:
            actor, action, target = key
            self.counter_argued.emit(actor, action, target, self.counter_text.toPlainText())
