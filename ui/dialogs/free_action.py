"""Judging a seat's free action before the roll: its odds (a base and named factors), who may
know of it, what it does on success and on failure, and the reason; or turning it down."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.effect_editor import EffectEditor
from ui.plain import text_label
from wargame.adjudication import CEILING, FLOOR, odds, percent
from wargame.engine import MAX_TITLE
from wargame.free_actions import Judgement
from wargame.names import actor_name
from wargame.scenario import Scenario
from wargame.state import Factor

Proposal = tuple[str, int, dict[str, Any]]
"""A seat, the proposal's place among its proposals, and the proposal as `fog.view` gives it."""


class _FactorRow(QWidget):
    def __init__(self, remove: Any) -> None:
        super().__init__()
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_TITLE)
        self.name.setPlaceholderText(self.tr("What weighs, in a few words"))
        self.value = QSpinBox(self)
        self.value.setRange(-100, 100)
        self.value.setSuffix(" %")
        removing = QPushButton(self.tr("Remove"), self)
        removing.clicked.connect(remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.value)
        layout.addWidget(removing)


class FreeActionDialog(QDialog):
    """`proposals` are this turn's free actions (each seat's, in seat order); the dialog opens
    on the first that waits for a judgement."""

    def __init__(
        self,
        proposals: list[Proposal],
        scenario: Scenario,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Judge a free action"))
        self._proposals = proposals
        self._scenario, self._language = scenario, language
        self.choice = QComboBox(self)
        for actor, index, proposal in proposals:
            state = {
                None: self.tr("to judge"),
                True: self.tr("accepted"),
                False: self.tr("rejected"),
            }
            self.choice.addItem(
                f"{actor_name(scenario, actor, language)}: {proposal['title']}"
                f" ({state[proposal['judged']]})",
                (actor, index),
            )
        self.aim = text_label("", self)
        self.argument = QPlainTextEdit(self)
        self.argument.setReadOnly(True)
        self.argument.setMaximumHeight(70)
        self.argument.setPlaceholderText(self.tr("The seat wrote no argument for it."))

        self.accept_it = QRadioButton(self.tr("Accept it, on these terms"), self)
        self.reject_it = QRadioButton(self.tr("Turn it down"), self)

        self.base = QSpinBox(self)
        self.base.setRange(round(FLOOR * 100), round(CEILING * 100))
        self.base.setValue(50)
        self.base.setSuffix(" %")
        self.factor_rows: list[_FactorRow] = []
        self._factors = QVBoxLayout()
        add_factor = QPushButton(self.tr("Add a factor"), self)
        add_factor.clicked.connect(lambda: self.add_factor())
        self._factors.addWidget(add_factor)
        self.odds = text_label("", self)

        self.public = QRadioButton(self.tr("Public: every seat learns of it"), self)
        self.covert = QRadioButton(self.tr("Covert: known only to the seat and"), self)
        # Two choices, each its own group: radio buttons of one parent are otherwise one.
        for pair in ((self.accept_it, self.reject_it), (self.public, self.covert)):
            group = QButtonGroup(self)
            for button in pair:
                group.addButton(button)
            pair[0].setChecked(True)
        self.knowing = {
            a: QCheckBox(actor_name(scenario, a, language), self) for a in scenario.actor_ids
        }
        knowing = QHBoxLayout()
        for box in self.knowing.values():
            knowing.addWidget(box)
        audience = QVBoxLayout()
        audience.addWidget(self.public)
        audience.addWidget(self.covert)
        audience.addLayout(knowing)

        self.on_success = EffectEditor(scenario, language, acting=True)
        self.on_failure = EffectEditor(scenario, language, acting=True)
        effects = QTabWidget(self)
        effects.addTab(self._scrolled(self.on_success), self.tr("If it succeeds"))
        effects.addTab(self._scrolled(self.on_failure), self.tr("If it fails"))
        effects.setMinimumHeight(150)

        self.reason = QPlainTextEdit(self)
        self.reason.setMaximumHeight(70)
        self.reason.setPlaceholderText(
            self.tr("Why? This is kept in the game's record and shown in the debrief and report.")
        )

        self.terms = QWidget(self)
        terms = QFormLayout(self.terms)
        terms.setContentsMargins(0, 0, 0, 0)
        terms.addRow(self.tr("Base probability"), self.base)
        terms.addRow(self.tr("Factors"), self._factors)
        terms.addRow("", self.odds)
        terms.addRow(self.tr("Audience"), audience)
        terms.addRow(self.tr("Effects"), effects)

        form = QFormLayout()
        form.addRow(self.tr("Free action"), self.choice)
        form.addRow("", self.aim)
        form.addRow(self.tr("Its argument"), self.argument)
        verdict = QHBoxLayout()
        verdict.addWidget(self.accept_it)
        verdict.addWidget(self.reject_it)
        verdict.addStretch()
        form.addRow(self.tr("Judgement"), verdict)
        self.problem = text_label("", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.terms, 1)
        reason_form = QFormLayout()
        reason_form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(reason_form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.choice.currentIndexChanged.connect(self._show_proposal)
        for signal in (
            self.accept_it.toggled,
            self.covert.toggled,
            self.base.valueChanged,
            self.reason.textChanged,
        ):
            signal.connect(self._check)
        waiting = next((n for n, (_, _, p) in enumerate(proposals) if p["judged"] is None), 0)
        self.choice.setCurrentIndex(waiting)
        self._show_proposal()
        self.resize(720, 640)

    @staticmethod
    def _scrolled(editor: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(editor)
        return area

    def add_factor(self, name: str = "", percent_points: int = 0) -> _FactorRow:
        row: _FactorRow

        def remove() -> None:
            self.factor_rows.remove(row)
            row.deleteLater()
            self._check()

        row = _FactorRow(remove)
        row.name.setText(name)
        row.value.setValue(percent_points)
        row.name.textChanged.connect(self._check)
        row.value.valueChanged.connect(self._check)
        self.factor_rows.append(row)
        self._factors.insertWidget(self._factors.count() - 1, row)
        self._check()
        return row

    def chosen(self) -> tuple[str, int]:
        actor, index = self.choice.currentData()
        return str(actor), int(index)

    def _show_proposal(self) -> None:
        actor, _, proposal = self._proposals[self.choice.currentIndex()]
        # The seat that proposed it always knows of it.
        for seat, box in self.knowing.items():
            box.setProperty("proposer", seat == actor)
            if seat == actor:
                box.setChecked(True)
        target = proposal["target"]
        self.aim.setText(
            self.tr("Aimed at %1").replace("%1", actor_name(self._scenario, target, self._language))
            if target
            else self.tr("Aimed at no one")
        )
        self.argument.setPlainText(proposal["argument"])
        self._check()

    def judgement(self) -> Judgement:
        """The judgement as written here; the core checks it and says what is wrong."""
        reason = self.reason.toPlainText()
        if self.reject_it.isChecked():
            return Judgement(accepted=False, reason=reason)
        audience = (
            [a for a, box in self.knowing.items() if box.isChecked()]
            if self.covert.isChecked()
            else None
        )
        return Judgement(
            accepted=True,
            reason=reason,
            base=self.base.value() / 100,
            factors=[(r.name.text(), r.value.value() / 100) for r in self.factor_rows],
            audience=audience,
            on_success=self.on_success.effect(),
            on_failure=self.on_failure.effect(),
        )

    def _check(self) -> None:
        accepting = self.accept_it.isChecked()
        self.terms.setEnabled(accepting)
        for box in self.knowing.values():
            box.setEnabled(accepting and self.covert.isChecked() and not box.property("proposer"))
        factors = [
            Factor(r.name.text(), r.name.text(), r.value.value() / 100) for r in self.factor_rows
        ]
        self.odds.setText(
            self.tr("Odds of success: %1").replace(
                "%1", percent(odds(self.base.value() / 100, factors))
            )
        )
        problem = ""
        if any(not r.name.text().strip() or not r.value.value() for r in self.factor_rows):
            problem = self.tr("Each factor needs a name and a change other than 0.")
        if not self.reason.toPlainText().strip():
            problem = problem or self.tr("Give a reason: it goes on the record.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not problem or not accepting and bool(self.reason.toPlainText().strip())
        )
