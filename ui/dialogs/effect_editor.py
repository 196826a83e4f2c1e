"""Writing an effect during play, in the scenario's own vocabulary: steps on the ladder,
changes to an actor's indicators and to relations between two actors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wargame.names import actor_name, indicator_name
from wargame.scenario import SELF, TARGET, Effect, IndicatorChange, RelationChange, Scenario


class _Row(QWidget):
    """One change: some combo boxes, a signed amount and a button that removes the row."""

    def __init__(self, combos: list[QComboBox], limit: int, remove: Callable[[], None]) -> None:
        super().__init__()
        self.combos = combos
        self.amount = QSpinBox(self)
        self.amount.setRange(-limit, limit)
        self.amount.setPrefix("±")
        self.amount.valueChanged.connect(self._sign)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for combo in combos:
            combo.setParent(self)
            layout.addWidget(combo, 1)
        layout.addWidget(self.amount)
        removing = QPushButton(self.tr("Remove"), self)
        removing.clicked.connect(remove)
        layout.addWidget(removing)

    def _sign(self, value: int) -> None:
        self.amount.setPrefix("+" if value > 0 else "" if value < 0 else "±")

    def key(self, n: int) -> str:
        return str(self.combos[n].currentData())


class EffectEditor(QWidget):
    """An effect as a form. `acting` adds "the acting seat" and "its target" to the actors a
    change may name, for an action's effect."""

    def __init__(
        self, scenario: Scenario, language: str, acting: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._scenario = scenario
        self._actors = [(actor_name(scenario, a, language), a) for a in scenario.actor_ids]
        if acting:
            self._actors += [(self.tr("the acting seat"), SELF), (self.tr("its target"), TARGET)]
        self._indicators = [
            (indicator_name(scenario, i.id, language), i.id) for i in scenario.indicators
        ]
        self.escalation = QSpinBox(self)
        self.escalation.setRange(-scenario.top_escalation, scenario.top_escalation)
        self.escalation.setSuffix(self.tr(" steps"))
        self.indicator_rows: list[_Row] = []
        self.relation_rows: list[_Row] = []
        self._indicator_box = QVBoxLayout()
        self._relation_box = QVBoxLayout()
        add_indicator = QPushButton(self.tr("Add a change to an indicator"), self)
        add_indicator.clicked.connect(lambda: self.add_indicator())
        add_relation = QPushButton(self.tr("Add a change to a relation"), self)
        add_relation.clicked.connect(lambda: self.add_relation())
        self._indicator_box.addWidget(add_indicator)
        self._relation_box.addWidget(add_relation)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Escalation ladder"), self.escalation)
        form.addRow(self.tr("Indicators"), self._indicator_box)
        form.addRow(self.tr("Relations"), self._relation_box)

    def _combo(self, items: list[tuple[str, str]], chosen: str | None = None) -> QComboBox:
        combo = QComboBox()
        for label, key in items:
            combo.addItem(label, key)
        if chosen is not None:
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        return combo

    def _add(self, rows: list[_Row], box: QVBoxLayout, combos: list[QComboBox], limit: int) -> _Row:
        row: _Row

        def remove() -> None:
            rows.remove(row)
            row.deleteLater()

        row = _Row(combos, limit, remove)
        rows.append(row)
        box.insertWidget(box.count() - 1, row)
        return row

    def add_indicator(self, actor: str | None = None, indicator: str | None = None) -> _Row:
        combos = [self._combo(self._actors, actor), self._combo(self._indicators, indicator)]
        return self._add(self.indicator_rows, self._indicator_box, combos, 100)

    def add_relation(self, a: str | None = None, b: str | None = None) -> _Row:
        second = b or (self._actors[1][1] if len(self._actors) > 1 else None)
        combos = [self._combo(self._actors, a), self._combo(self._actors, second)]
        return self._add(self.relation_rows, self._relation_box, combos, 200)

    def effect(self) -> Effect:
        """The effect as written; a change of naught is left out. The core checks the rest
        (an actor and itself, say) and says what is wrong."""
        return Effect(
            escalation=self.escalation.value(),
            indicators=[
                IndicatorChange(actor=r.key(0), indicator=r.key(1), change=r.amount.value())
                for r in self.indicator_rows
                if r.amount.value()
            ],
            relations=[
                RelationChange(between=(r.key(0), r.key(1)), change=r.amount.value())
                for r in self.relation_rows
                if r.amount.value()
            ],
        )
