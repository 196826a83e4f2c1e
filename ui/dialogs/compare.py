"""Two games of one scenario side by side: where they part, and their worlds turn by turn."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ui.i18n import phase_name
from ui.models.table_model import Column, TableModel
from ui.plain import text_label
from ui.views.charts import EscalationPaths
from ui.views.table import make_table
from wargame.compare import Comparison, Outcome, TurnPair, compare
from wargame.errors import UserError
from wargame.names import actor_name
from wargame.scenario import Scenario
from wargame.store import GameFile

LEFT, RIGHT = QColor("#3a6ea5"), QColor("#c0772b")


class CompareDialog(QDialog):
    @classmethod
    def build(
        cls, left: GameFile, other: Path, language: str, parent: QWidget | None = None
    ) -> CompareDialog | str:
        """The dialog, or the message that says why the games cannot be compared."""
        try:
            with GameFile.open(other) as right:
                found = compare(left, right, language)
        except UserError as error:
            return error.text(language)
        return cls(left.scenario, left.path, other, found, language, parent)

    def __init__(
        self,
        scenario: Scenario,
        left: Path,
        right: Path,
        found: Comparison,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare games"))
        self._scenario, self._language = scenario, language
        names = self.tr("A: %1\nB: %2").replace("%1", left.stem).replace("%2", right.stem)
        split = found.divergence
        if split is None:
            parted = self.tr("The two games have the same log, event for event.")
        else:
            parted = (
                self.tr("They part at event %1 (turn %2).\nA: %3\nB: %4")
                .replace("%1", str(split.event))
                .replace("%2", str(split.turn))
                .replace("%3", split.left or self.tr("(no more events)"))
                .replace("%4", split.right or self.tr("(no more events)"))
            )
        self.parted = text_label(parted, self)
        self.parted.setWordWrap(True)
        outcomes = zip("AB", found.outcomes, strict=True)
        self.endings = text_label(
            "\n".join(self._outcome(label, outcome) for label, outcome in outcomes), self
        )
        self.endings.setWordWrap(True)
        columns: list[Column[TurnPair]] = [
            Column(self.tr("Turn"), lambda p: str(p.turn)),
            Column(self.tr("Escalation A / B"), lambda p: f"{_level(p.left)} / {_level(p.right)}"),
        ]
        columns += [
            Column(
                self.tr("%1: objectives A / B").replace(
                    "%1", actor_name(scenario, actor, language)
                ),
                _objectives_met(actor),
            )
            for actor in scenario.actor_ids
        ]
        self.model: TableModel[TurnPair] = TableModel(columns, self)
        self.model.set_rows(found.turns)
        self.chart = EscalationPaths(self.tr("Escalation as each turn ended"), self)
        self.chart.setMinimumHeight(240)
        self.chart.set_paths(
            scenario,
            language,
            scenario.turns,
            [
                ("A", LEFT, [(p.turn, p.left["escalation"]) for p in found.turns if p.left]),
                ("B", RIGHT, [(p.turn, p.right["escalation"]) for p in found.turns if p.right]),
            ],
            dashed=("B",),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(names, self))
        layout.addWidget(self.parted)
        layout.addWidget(self.endings)
        layout.addWidget(self.chart, 1)
        layout.addWidget(make_table(self.model, self, stretch=0), 1)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def _outcome(self, label: str, outcome: Outcome) -> str:
        """How one game ended, or where it was left."""
        if outcome.ending is not None:
            reason = {
                "last_turn": self.tr("after its last turn"),
                "top_of_ladder": self.tr("at the top of the escalation ladder"),
                "stopped": self.tr("stopped early by the facilitator"),
            }.get(outcome.reason or "", "")
            return (
                self.tr("%1 ended: %2 (%3)")
                .replace("%1", label)
                .replace("%2", outcome.ending)
                .replace("%3", reason)
            )
        return (
            self.tr("%1 is still in play: turn %2, %3")
            .replace("%1", label)
            .replace("%2", str(outcome.turn))
            .replace("%3", phase_name(outcome.phase))
        )


def _level(record: dict | None) -> str:
    return str(record["escalation"]) if record else "–"


def _met(record: dict | None, actor: str) -> str:
    return str(len(record["objectives_met"][actor])) if record else "–"


def _objectives_met(actor: str) -> Callable[[TurnPair], str]:
    """A column of how many objectives `actor` had met in A and in B."""
    return lambda p: f"{_met(p.left, actor)} / {_met(p.right, actor)}"
