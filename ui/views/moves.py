"""This turn's moves as the viewer may know them: each seat's actions, its argument and the
facilitator's judgement of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from ui.i18n import rating_label
from ui.models.table_model import Column, TableModel
from ui.plain import text_label
from ui.views.table import make_table
from wargame.names import action_name, actor_name
from wargame.scenario import Scenario
from wargame.viewers import FACILITATOR, PUBLIC

Move = tuple[str, dict[str, Any]]


def actions_text(scenario: Scenario, move: Move, language: str) -> str:
    """'Joint exercise → Pyongyang; Statement', in the interface language; empty for none."""
    actor, details = move
    names = []
    for chosen in details["actions"]:
        name = action_name(scenario, actor, chosen["action"], language)
        if chosen["target"]:
            name += f" → {actor_name(scenario, chosen['target'], language)}"
        names.append(name)
    # A free action in its seat's own words, marked as proposed, and ✓ or ✗ once judged.
    for proposal in details.get("proposals", []):
        judged = {None: "", True: " ✓", False: " ✗"}[proposal["judged"]]
        name = f"✎ “{proposal['title']}”{judged}"
        if proposal["target"]:
            name += f" → {actor_name(scenario, proposal['target'], language)}"
        names.append(name)
    return "; ".join(names)


class MovesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._language = "en"
        self._counters: list[dict[str, Any]] = []
        self._model: TableModel[Move] = TableModel(
            [
                Column(self.tr("Seat"), self._seat),
                Column(self.tr("Actions"), self._actions, tooltip=self._actions),
                Column(
                    self.tr("Argument"),
                    lambda m: m[1]["argument"],
                    tooltip=lambda m: m[1]["argument"],
                ),
                Column(
                    self.tr("Counter-arguments"),
                    self._countered,
                    tooltip=self._countered,
                ),
                Column(
                    self.tr("Judgement"),
                    lambda m: rating_label(m[1].get("rating")) or self._unrated(m),
                    tooltip=lambda m: (m[1].get("rating") or {}).get("reason", ""),
                ),
            ],
            self,
        )
        self.table = make_table(self._model, self, stretch=2)  # the argument takes the room
        # Long lists of actions would squeeze the argument out: their column is sized by hand.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 28 * self.fontMetrics().averageCharWidth())
        # Why the table is empty, when it is: a move is secret to all but its seat until the
        # turn's adjudication, and no one but the facilitator sees another seat's.
        self.note = text_label("", self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6b7280")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.table)

    def _countered(self, move: Move) -> str:
        """How many counter-arguments the review brought against this seat's actions."""
        count = sum(1 for c in self._counters if c["actor"] == move[0])
        return self.tr("%n counter-argument(s)", "", count) if count else ""

    def _unrated(self, move: Move) -> str:
        return self.tr("not rated") if move[1]["argument"] else ""

    def _seat(self, move: Move) -> str:
        assert self._scenario is not None
        return actor_name(self._scenario, move[0], self._language)

    def _actions(self, move: Move) -> str:
        assert self._scenario is not None
        return actions_text(self._scenario, move, self._language) or self.tr("no action")

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        self._scenario, self._language = scenario, language
        self._counters = world["review"]["counter_arguments"] if world else []
        # In the scenario's seat order, as the seat board lists them.
        order = {actor: number for number, actor in enumerate(scenario.actor_ids)}
        moves = world["moves"].items() if world else []
        self._model.set_rows(sorted(moves, key=lambda move: order[move[0]]))
        self.note.setText(self._why_empty(world) if world and not moves else "")
        self.note.setVisible(bool(self.note.text()))

    def _why_empty(self, world: dict[str, Any]) -> str:
        if world["seat"] == PUBLIC:
            return self.tr(
                "The room never sees the seats' moves and arguments: each is secret to its seat "
                "and the facilitator. Their results appear once published."
            )
        if world["seat"] == FACILITATOR:
            return self.tr("No seat has moved yet in this turn.")
        return self.tr("This seat has not moved yet in this turn.")

    def selected(self) -> str | None:
        """The seat of the selected move, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self._model.row(rows[0])[0] if rows else None

    def select(self, actor: str) -> None:
        for number, (seat, _) in enumerate(self._model.rows):
            if seat == actor:
                self.table.selectRow(number)
