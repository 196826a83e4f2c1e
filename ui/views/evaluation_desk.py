"""The evaluator's hands on a hot-wash panel: observations added, revised and withdrawn, the
exercise objectives rated, the participants and the Improvement Plan edited. The facilitator's
console and the evaluator's own window (`EvaluatorWindow`, after the evaluator's PIN) both use
it, each with the principal it holds (`GameController` chooses)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from ui.controller import GameController
from ui.dialogs.improvement_plan import ImprovementPlanDialog
from ui.dialogs.observation import ObservationDialog
from ui.dialogs.participants import ParticipantsDialog
from ui.plain import message_box, text_label
from ui.views.hot_wash import HotWashPanel
from wargame.evaluation import improvement_plan, participants_of
from wargame.events import ObservationModel
from wargame.names import inject_title
from wargame.viewers import FACILITATOR


class EvaluationDesk(QObject):
    """Wires `panel` to the controller; `show` opens each dialog (and keeps it, for tests)."""

    def __init__(
        self,
        controller: GameController,
        language: str,
        panel: HotWashPanel,
        show: Callable[[QDialog], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._controller, self._language, self._show, self._owner = (
            controller, language, show, parent,
        )  # fmt: skip
        panel.add_requested.connect(self.add_observation)
        panel.revise_requested.connect(self.revise_observation)
        panel.withdraw_requested.connect(self.withdraw_observation)
        panel.rating_chosen.connect(controller.rate_objective)
        panel.participants_requested.connect(self.edit_participants)
        panel.plan_requested.connect(self.edit_plan)

    def add_observation(self) -> None:
        self._edit_observation(None)

    def revise_observation(self, observation_id: int) -> None:
        self._edit_observation(self._observation(observation_id))

    def _observation(self, observation_id: int) -> dict[str, Any]:
        world = self._controller.world(FACILITATOR, self._language)
        assert world is not None
        return next(o for o in world["observations"] if o["id"] == observation_id)

    def _edit_observation(self, current: dict | None) -> None:
        controller = self._controller
        state = controller.state

        def record(observation: ObservationModel) -> bool:
            if current is None:
                return controller.record_observation(observation)
            return controller.revise_observation(current["id"], observation)

        scenario = controller.scenario
        dialog = ObservationDialog(
            scenario,
            state.turn,
            [
                (i, inject_title(scenario, i, self._language) or state.injects[i].text.title)
                for i in state.released
            ],
            self._language,
            record,
            current,
            self._owner,
        )
        self._show(dialog)

    def withdraw_observation(self, observation_id: int) -> None:
        """Withdraw an observation once the evaluator confirms: only the log keeps it then."""
        text = self._observation(observation_id)["text"]
        box = message_box(
            QMessageBox.Icon.Question,
            self.tr("Withdraw the observation?"),
            self.tr(
                "It leaves the hot wash and the report; the event log keeps a record that it "
                "was withdrawn.\n\n%1"
            ).replace("%1", text),
            QMessageBox.StandardButton.Cancel,
            self._owner,
        )
        withdraw = box.addButton(self.tr("Withdraw"), QMessageBox.ButtonRole.AcceptRole)
        withdraw.clicked.connect(lambda: self._controller.withdraw_observation(observation_id))
        self._show(box)

    def edit_participants(self) -> None:
        """Who took part and for whom, for the report's overview and appendix."""
        controller = self._controller
        evaluation = controller.state.evaluation
        self._show(
            ParticipantsDialog(
                controller.scenario,
                participants_of(evaluation),
                self._language,
                controller.record_participants,
                self._owner,
                set_pin=controller.set_evaluator_pin if controller.holds_console else None,
                pin_set=evaluation.evaluator_pin_hash is not None,
            )
        )

    def edit_plan(self) -> None:
        """The Improvement Plan as it will be exported, to keep, drop, fill in and add to."""
        state = self._controller.state
        lines = improvement_plan(state, self._language, everything=True)
        self._show(ImprovementPlanDialog(state, lines, self._controller.edit_plan_row, self._owner))


class EvaluatorWindow(QDialog):
    """What the evaluator sees after their PIN: the hot wash and the evaluation, over the pass
    screen; closing it signs the evaluator out."""

    def __init__(self, controller: GameController, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evaluator"))
        self._controller, self._language = controller, language
        self.dialog: QDialog | None = None
        self.hot_wash = HotWashPanel(parent=self)
        self.desk = EvaluationDesk(controller, language, self.hot_wash, self._open, self)
        note = text_label(
            self.tr(
                "You are signed in as the evaluator: you may observe, rate the exercise "
                "objectives, name the participants and edit the Improvement Plan."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.hot_wash, 1)
        self.resize(900, 620)
        controller.changed.connect(self.refresh)
        controller.game_closed.connect(self.close)
        self.finished.connect(lambda _: controller.sign_out_evaluator())
        self.refresh()

    def refresh(self, _change: object = None) -> None:
        world = self._controller.world(FACILITATOR, self._language)
        self.hot_wash.set_world(world, self._controller.scenario, self._language)

    def _open(self, dialog: QDialog) -> None:
        from ui.dialog_opening import open_dialog

        self.dialog = dialog
        open_dialog(dialog, self)
