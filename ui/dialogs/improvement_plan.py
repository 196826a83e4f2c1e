"""The Improvement Plan before it is exported: a row per area for improvement, and one offered
per crossed red line and missed seat objective, in the HSEEP columns. The evaluator keeps or
drops each, fills in the corrective action, owner and dates, and adds rows of their own; each
row changed is recorded as an event when OK is pressed (`wargame.evaluation`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.plain import text_label
from wargame.evaluation import PlanLine, next_added_row
from wargame.events import PlanRowModel
from wargame.state import PlanRow, WorldState

FIELDS = tuple(PlanRowModel.model_fields)
"""The HSEEP columns, in the plan's order."""

Save = Callable[[str, PlanRowModel, bool], bool]


class ImprovementPlanDialog(QDialog):
    """`save(row, fields, kept)` records one row; the dialog closes once every changed row is
    kept, and a row the core refuses (a date that is not one, say) leaves the table as typed."""

    def __init__(
        self, state: WorldState, lines: list[PlanLine], save: Save, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save_row = save
        self._next = next_added_row(state)
        self._lines = {line.key: line for line in lines}
        self.setWindowTitle(self.tr("Improvement plan"))
        headings = [
            self.tr("Keep"),
            self.tr("Objective or capability"),
            self.tr("Issue / area for improvement"),
            self.tr("Corrective action"),
            self.tr("Capability element"),
            self.tr("Primary responsible organisation"),
            self.tr("Point of contact"),
            self.tr("Start date"),
            self.tr("Completion date"),
        ]
        self.table = QTableWidget(0, len(headings), self)
        self.table.setHorizontalHeaderLabels(headings)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self._keys: list[str] = []
        for line in lines:
            self._add(line.key, line.row, line.kept)
        self.table.resizeColumnsToContents()
        for column in range(1, len(headings)):
            self.table.setColumnWidth(column, min(220, max(110, self.table.columnWidth(column))))
        self.add_button = QPushButton(self.tr("Add a row"), self)
        self.add_button.clicked.connect(self.add_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        hint = text_label(
            self.tr(
                "Untick a row to leave it out of the report. Dates as YYYY-MM-DD; capability "
                "elements are planning, organisation, equipment, training or exercise."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(1000, 520)

    def _add(self, key: str, fields: PlanRow, kept: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        keep = QTableWidgetItem()
        keep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        keep.setCheckState(Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)
        self.table.setItem(row, 0, keep)
        for column, name in enumerate(FIELDS, 1):
            self.table.setItem(row, column, QTableWidgetItem(getattr(fields, name)))
        self._keys.append(key)

    def add_row(self) -> None:
        key = self._next
        number = int(key.partition("/")[2])
        self._next = f"added/{number + 1}"
        self._add(key, PlanRow(), True)
        self.table.scrollToBottom()

    def row_fields(self, row: int) -> tuple[PlanRowModel, bool]:
        values = {}
        for column, name in enumerate(FIELDS, 1):
            item = self.table.item(row, column)
            values[name] = item.text() if item is not None else ""
        keep = self.table.item(row, 0)
        return PlanRowModel(
            **values
        ), keep is not None and keep.checkState() == Qt.CheckState.Checked

    def _save(self) -> None:
        for row, key in enumerate(self._keys):
            fields, kept = self.row_fields(row)
            line = self._lines.get(key)
            unchanged = line is not None and (
                PlanRowModel(**vars(line.row)) == fields and line.kept == kept
            )
            if unchanged or (line is None and fields == PlanRowModel()):
                continue
            if not self._save_row(key, fields, kept):
                self.table.selectRow(row)
                return
            self._lines[key] = PlanLine(key, PlanRow(**fields.model_dump()), kept)
        self.accept()
