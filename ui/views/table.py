"""The table every list in the app is shown in: read-only rows, whole-row selection."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.table_model import TableModel


def make_table(model: TableModel, parent: QWidget | None = None, stretch: int = -1) -> QTableView:
    """A table over `model`; column `stretch` takes the spare width (the last by default)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    column = stretch if stretch >= 0 else model.columnCount() - 1
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table
