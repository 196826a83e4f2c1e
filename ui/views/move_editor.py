"""A seat's move: up to N actions from its menu, each with a target where it needs one, and a
free-text argument, matrix-game style; in place of one of them, a free action of its own that
the facilitator judges. The seat can revise it until deliberation closes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, ending_text
from ui.plain import text_label, tip
from wargame.engine import MAX_TITLE
from wargame.free_actions import ProposedAction
from wargame.scenario import Scenario
from wargame.state import ChosenAction

CATEGORIES = {
    "diplomatic": QT_TRANSLATE_NOOP("MoveEditor", "Diplomatic"),
    "information": QT_TRANSLATE_NOOP("MoveEditor", "Information"),
    "military": QT_TRANSLATE_NOOP("MoveEditor", "Military"),
    "economic": QT_TRANSLATE_NOOP("MoveEditor", "Economic"),
}


class MoveEditor(QWidget):
    """`menu` is the seat's action menu from its view (`wargame.seat_view`): each action's id,
    name, category, description and targets, in the interface's language."""

    submit_requested = Signal(object, str, object)  # actions, argument, free actions

    def __init__(
        self,
        menu: list[dict[str, Any]],
        moves_per_turn: int,
        actor: str,
        parent: QWidget | None = None,
        free_targets: list[dict[str, Any]] | None = None,
    ) -> None:
        """`free_targets` are the seats a free action may aim at (id and name)."""
        super().__init__(parent)
        self._actor = actor
        self._menu = {a["id"]: a for a in menu}
        self._shown_revision = 0
        grid = QGridLayout()
        self.action_boxes: list[QComboBox] = []
        self.target_boxes: list[QComboBox] = []
        for number in range(moves_per_turn):
            action_box = QComboBox(self)
            action_box.addItem(self.tr("— No action —"), None)
            for action in self._menu.values():
                category = QCoreApplication.translate("MoveEditor", CATEGORIES[action["category"]])
                action_box.addItem(f"{category}: {action['name']}", action["id"])
                action_box.setItemData(
                    action_box.count() - 1,
                    tip(action["description"]),
                    Qt.ItemDataRole.ToolTipRole,
                )
            target_box = QComboBox(self)
            about = text_label("", self)
            about.setWordWrap(True)
            about.setStyleSheet("color: #6b7280")
            action_box.currentIndexChanged.connect(
                lambda _=0, a=action_box, t=target_box, d=about: self._action_chosen(a, t, d)
            )
            grid.addWidget(
                text_label(self.tr("Action %1").replace("%1", str(number + 1)), self), 2 * number, 0
            )
            grid.addWidget(action_box, 2 * number, 1)
            grid.addWidget(target_box, 2 * number, 2)
            grid.addWidget(about, 2 * number + 1, 1, 1, 2)
            self.action_boxes.append(action_box)
            self.target_boxes.append(target_box)
            self._action_chosen(action_box, target_box, about)
        for action_box in self.action_boxes:
            action_box.currentIndexChanged.connect(self._offer_unchosen)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)

        self.argument = QPlainTextEdit(self)
        self.argument.setPlaceholderText(
            self.tr("Your argument: why these actions, and why they should succeed (optional).")
        )
        self.free_box = self._free_action_box(free_targets or [])
        self.status = text_label("", self)
        self.status.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("Submit move"), self)
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self._submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.argument, 1)
        layout.addWidget(self.free_box)
        layout.addLayout(buttons)

    def _free_action_box(self, targets: list[dict[str, Any]]) -> QGroupBox:
        """An action not on the menu, in the seat's own words: the facilitator sets its odds,
        who learns of it and what it does, or turns it down with a reason."""
        box = QGroupBox(self.tr("Propose an action not on your menu (optional)"), self)
        self.free_title = QLineEdit(box)
        self.free_title.setMaxLength(MAX_TITLE)
        self.free_title.setPlaceholderText(self.tr("A short title: what you do"))
        self.free_target = QComboBox(box)
        self.free_target.addItem(self.tr("aimed at no one"), None)
        for target in targets:
            self.free_target.addItem(target["name"], target["id"])
        self.free_argument = QLineEdit(box)
        self.free_argument.setPlaceholderText(self.tr("Why it should work"))
        self.free_status = text_label("", box)
        self.free_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.free_title, 2)
        row.addWidget(self.free_target, 1)
        inner = QVBoxLayout(box)
        inner.addLayout(row)
        inner.addWidget(self.free_argument)
        inner.addWidget(self.free_status)
        return box

    def proposals(self) -> list[ProposedAction]:
        """The free action written here, if any; the core checks its title and target."""
        title = self.free_title.text()
        if not title.strip():
            return []
        return [
            ProposedAction(
                title=title,
                target=self.free_target.currentData(),
                argument=self.free_argument.text(),
            )
        ]

    def _action_chosen(self, action_box: QComboBox, target_box: QComboBox, about: QLabel) -> None:
        """Offer the chosen action's targets, and say what the action is."""
        target_box.clear()
        action = self._menu.get(action_box.currentData())
        about.setText(action["description"] if action else "")
        about.setVisible(action is not None)
        targets = action["targets"] if action else []
        for target in targets:
            target_box.addItem(target["name"], target["id"])
        target_box.setEnabled(self._has_targets(action_box))
        if not targets:
            target_box.addItem(self.tr("no target"), None)

    def _offer_unchosen(self) -> None:
        """An action taken in one row is greyed out in the others: the move may hold each
        action once, and a seat should learn that before it submits, not after."""
        for action_box in self.action_boxes:
            elsewhere = {b.currentData() for b in self.action_boxes if b is not action_box}
            items = action_box.model()
            assert isinstance(items, QStandardItemModel)
            for index in range(1, action_box.count()):
                item = items.item(index)
                item.setEnabled(action_box.itemData(index) not in elsewhere)

    def _has_targets(self, action_box: QComboBox) -> bool:
        action = self._menu.get(action_box.currentData())
        return bool(action and action["targets"])

    def chosen(self) -> list[ChosenAction]:
        return [
            ChosenAction(a.currentData(), t.currentData())
            for a, t in zip(self.action_boxes, self.target_boxes, strict=True)
            if a.currentData() is not None
        ]

    def choose(self, number: int, action: str, target: str | None = None) -> None:
        """Pick `action` (and `target`) in row `number`, as a seat would with the mouse."""
        box = self.action_boxes[number]
        box.setCurrentIndex(box.findData(action))
        if target is not None:
            targets = self.target_boxes[number]
            targets.setCurrentIndex(targets.findData(target))

    def set_world(self, world: dict[str, Any] | None, scenario: Scenario, language: str) -> None:
        if world is None:
            return
        move = world["moves"].get(self._actor)
        if move and move["revision"] != self._shown_revision:
            self._shown_revision = move["revision"]
            for number, box in enumerate(self.action_boxes):
                chosen = move["actions"][number] if number < len(move["actions"]) else None
                box.setCurrentIndex(box.findData(chosen["action"]) if chosen else 0)
                if chosen and chosen["target"]:
                    target_box = self.target_boxes[number]
                    target_box.setCurrentIndex(target_box.findData(chosen["target"]))
            self.argument.setPlainText(move["argument"])
            proposed = move.get("proposals") or [{"title": "", "target": None, "argument": ""}]
            self.free_title.setText(proposed[0]["title"])
            self.free_target.setCurrentIndex(
                max(0, self.free_target.findData(proposed[0]["target"]))
            )
            self.free_argument.setText(proposed[0]["argument"])
        self.free_status.setText(self._free_status(move))
        self.free_box.setVisible(world.get("you", {}).get("free_actions", True))
        # After the move is shown: showing it offers targets again, which enables their boxes.
        open_now = world["phase"] == "deliberation"
        for widget in (
            *self.action_boxes,
            *self.target_boxes,
            self.argument,
            self.free_box,
            self.submit_button,
        ):
            widget.setEnabled(open_now)
        for action_box, target_box in zip(self.action_boxes, self.target_boxes, strict=True):
            target_box.setEnabled(open_now and self._has_targets(action_box))
        self.submit_button.setText(self.tr("Revise move") if move else self.tr("Submit move"))
        self.status.setText(self._status(world, move, scenario, language))

    def _status(
        self, world: dict[str, Any], move: dict[str, Any] | None, scenario: Scenario, language: str
    ) -> str:
        if world["ending"]:
            return self.tr("The exercise has ended: %1").replace(
                "%1", ending_text(scenario, world["ending"], language)
            )
        if world["phase"] != "deliberation":
            return self.tr("Moves can be made while deliberation is open.")
        if move:
            return self.tr(
                "Your move is in (revision %1). You can revise it until deliberation closes."
            ).replace("%1", str(move["revision"]))
        return self.tr("Choose up to %1 actions, then submit.").replace(
            "%1", str(len(self.action_boxes))
        )

    def _free_status(self, move: dict[str, Any] | None) -> str:
        """What became of the seat's free action: waiting for the facilitator, accepted (its
        odds are told with the results), or turned down and why."""
        proposed = move.get("proposals") if move else None
        if not proposed:
            return self.tr("It takes the place of one of your actions.")
        judged, reason = proposed[0]["judged"], proposed[0]["reason"]
        if judged is None:
            return self.tr("The facilitator has still to judge it.")
        if judged:
            return self.tr("The facilitator accepted it: it is rolled with your other actions.")
        return self.tr("The facilitator turned it down: %1").replace("%1", reason)

    def _submit(self) -> None:
        self.submit_requested.emit(self.chosen(), self.argument.toPlainText(), self.proposals())
