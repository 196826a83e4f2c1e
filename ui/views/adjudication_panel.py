"""The adjudication panel: each action with its probability, named modifiers, roll, proposed
outcome and rationale; the facilitator accepts the proposals by publishing, or overrides one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.odds import OddsHelp
from ui.i18n import rating_label
from ui.models.table_model import Column, TableModel
from ui.plain import text_label
from ui.views.result_account import ResultAccount
from ui.views.table import make_table
from wargame.adjudication import percent, shown_roll
from wargame.names import action_name, actor_name
from wargame.scenario import Scenario

SUCCESS, FAILURE = "#2e7d4f", "#8a3b3b"

Result = dict[str, Any]


def is_check(result: Result) -> bool:
    """Whether `result` is a turn's check for an incident at the line rather than an action."""
    return result.get("kind") == "incident"


def results_and_checks(world: dict[str, Any]) -> list[Result]:
    """The adjudicated actions in `world` and the checks for an incident at the line made so
    far, each as the viewer may know it (a check kept from it is not in its view)."""
    incident = world.get("incident")
    return list(world["results"]) + (list(incident["checks"]) if incident else [])


def verdict(result: Result, success: bool) -> str:
    """An outcome in words: an action succeeds or fails; an incident happens or does not."""
    translate = QCoreApplication.translate
    if is_check(result):
        return translate("Results", "Incident") if success else translate("Results", "No incident")
    return translate("Results", "Success") if success else translate("Results", "Failure")


def action_label(scenario: Scenario, result: Result, language: str) -> str:
    """'Seoul: Joint exercise → Pyongyang', in the interface language; for a check for an
    incident, its name and, in the facilitator's view, the seats whose moves raised the risk."""
    if is_check(result):
        if not result.get("by"):
            return str(result["name"])
        raised = ", ".join(actor_name(scenario, a, language) for a in result["by"])
        return (
            QCoreApplication.translate("Results", "%1 — raised by %2")
            .replace("%1", result["name"])
            .replace("%2", raised)
        )
    # The view names each action, a free one in its seat's words.
    named = result.get("action_name") or action_name(
        scenario, result["actor"], result["action"], language
    )
    text = f"{actor_name(scenario, result['actor'], language)}: {named}"
    if result["target"]:
        text += f" → {actor_name(scenario, result['target'], language)}"
    return text


def override_reason(result: Result) -> str:
    """The facilitator's reason for overriding `result`, where the viewer may read it."""
    return str(result.get("override", {}).get("reason", ""))


def free_proposals(world: dict[str, Any]) -> list[tuple[str, int, dict[str, Any]]]:
    """This turn's free actions in the facilitator's view: seat, place and proposal."""
    return [
        (actor, index, proposal)
        for actor, move in world["moves"].items()
        for index, proposal in enumerate(move.get("proposals", []))
    ]


class AdjudicationPanel(QWidget):
    override_requested = Signal(int)
    judge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scenario: Scenario | None = None
        self._language = "en"
        self._model: TableModel[Result] = TableModel(
            [
                Column(self.tr("Action"), self._action),
                Column(self.tr("Probability"), lambda r: percent(r["probability"])),
                # Only the facilitator's view has the roll (a seat or the room sees outcomes).
                Column(
                    self.tr("Roll"),
                    lambda r: shown_roll(r["roll"], r["probability"]) if "roll" in r else "",
                ),
                # Only the facilitator's view says what the engine proposed (a seat sees outcomes).
                Column(
                    self.tr("Proposed"),
                    lambda r: verdict(r, r["proposed"]) if "proposed" in r else "",
                    colour=lambda r: (
                        (SUCCESS if r["proposed"] else FAILURE) if "proposed" in r else None
                    ),
                ),
                # A seat's argument and the facilitator's judgement of it, beside each action.
                Column(
                    self.tr("Argument"),
                    lambda r: rating_label(r.get("argument_rating")) or self._unrated(r),
                    tooltip=lambda r: r.get("argument", ""),
                ),
                Column(
                    self.tr("Outcome"),
                    self._outcome,
                    tooltip=override_reason,
                    colour=lambda r: SUCCESS if r["success"] else FAILURE,
                ),
            ],
            self,
        )
        self.table = make_table(self._model, self, stretch=0)
        # On a small laptop the action's name wraps onto a second line rather than being cut:
        # every column of every row is read whole without scrolling sideways.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        self.hint = text_label("", self)
        self.hint.setWordWrap(True)
        self.account = ResultAccount(self)
        self.detail = self.account.text
        self.override_button = QPushButton(self.tr("Override…"), self)
        self.override_button.setToolTip(
            self.tr("Change the selected outcome; you will be asked for a reason")
        )
        self.override_button.clicked.connect(self._request_override)
        self.odds_button = QPushButton(self.tr("How odds are made"), self)
        self.odds_button.setToolTip(
            self.tr("What the probability of an action is made of, modifier by modifier")
        )
        self.odds_button.clicked.connect(self.explain_odds)
        self.odds_help: OddsHelp | None = None
        self.judge_button = QPushButton(self.tr("Judge free actions…"), self)
        self.judge_button.setToolTip(
            self.tr(
                "Set the odds, audience and effects of an action a seat proposed that is not "
                "on its menu, or turn it down"
            )
        )
        self.judge_button.clicked.connect(self.judge_requested)
        self._free: list[tuple[str, int, dict[str, Any]]] = []

        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.account, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.odds_button)
        buttons.addWidget(self.judge_button)
        buttons.addStretch()
        buttons.addWidget(self.override_button)
        details_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        # Half each, whatever the size hints say: a turn's ten or so actions, and the account
        # of the one selected, which otherwise got a strip to scroll through.
        splitter.setSizes([1000, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        self._phase = ""
        self._show_selected()

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        self._scenario, self._language = scenario, language
        if world is None:
            self._model.set_rows([])
            self._phase = ""
            self._free = []
        else:
            self._phase = world["phase"]
            # The turn's check for an incident at the line is adjudicated, and overridden, like
            # an action: a row of its own under the actions.
            turn = [r for r in results_and_checks(world) if r["turn"] == world["turn"]]
            self._model.set_rows(turn)
            self._free = free_proposals(world) if self._phase == "deliberation" else []
        self.judge_button.setVisible(bool(self._free))
        self.hint.setText(self._hint())
        if self._model.rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._show_selected()

    def select(self, adjudication_id: int) -> None:
        for number, row in enumerate(self._model.rows):
            if row["id"] == adjudication_id:
                self.table.selectRow(number)

    def selected(self) -> Result | None:
        rows = self.table.selectionModel().selectedRows()
        return self._model.row(rows[0]) if rows else None

    def _hint(self) -> str:
        if self._phase == "adjudication":
            return self.tr(
                "The engine proposes an outcome for every action. Publishing the outcome accepts "
                "them; override any you disagree with first, giving your reason for the record."
            )
        if self._model.rows:
            return self.tr("The outcome of this turn has been published.")
        waiting = sum(p["judged"] is None for _, _, p in self._free)
        if waiting:
            return self.tr(
                "Seats have proposed free actions: %1 still to judge before adjudication."
            ).replace("%1", str(waiting))
        return self.tr("Actions are adjudicated when deliberation closes.")

    def _action(self, result: Result) -> str:
        assert self._scenario is not None
        return action_label(self._scenario, result, self._language)

    def _unrated(self, result: Result) -> str:
        return self.tr("not rated") if result.get("argument") else ""

    def _outcome(self, result: Result) -> str:
        said = verdict(result, result["success"])
        return self.tr("%1 (overridden)").replace("%1", said) if "override" in result else said

    def _show_selected(self) -> None:
        result = self.selected()
        self.override_button.setEnabled(result is not None and self._phase == "adjudication")
        self.account.show_result(result, self._action(result) if result else "")

    def explain_odds(self) -> None:
        """Open the plain-words account of how a probability is made, beside the panel: not
        modal, so the facilitator can read it against the modifiers of one action after
        another."""
        if self.odds_help is not None:
            self.odds_help.raise_()
            self.odds_help.activateWindow()
            return
        self.odds_help = OddsHelp(self._language, self)
        self.odds_help.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.odds_help.destroyed.connect(lambda: setattr(self, "odds_help", None))
        self.odds_help.show()

    def _request_override(self) -> None:
        result = self.selected()
        if result is not None:
            self.override_requested.emit(result["id"])
