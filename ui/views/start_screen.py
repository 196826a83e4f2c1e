"""The start screen: begin a new exercise, open a saved one, or pick up a recent game."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.plain import text_label, tip


class StartScreen(QWidget):
    mode = "start"
    new_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(str)
    replay_requested = Signal(str)  # a game to replay; empty: ask which

    def __init__(self, recent: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text_label(self.tr("Peninsula"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        title.setFont(font)
        subtitle = text_label(
            self.tr(
                "A tabletop exercise on the Korean Peninsula crisis for five seats and a "
                "facilitator."
            ),
            self,
        )
        subtitle.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New exercise…"), self)
        self.open_button = QPushButton(self.tr("Open a game…"), self)
        self.replay_button = QPushButton(self.tr("Replay a game…"), self)
        self.replay_button.setToolTip(
            self.tr("Study a saved game at any point, as any seat saw it; nothing is changed")
        )
        for button in (self.new_button, self.open_button, self.replay_button):
            button.setMinimumHeight(44)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.replay_button.clicked.connect(lambda: self.replay_requested.emit(""))

        self.recent = QListWidget(self)
        for path in recent:
            # One line a game: two lines each made two recent games look like four.
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(tip(str(path)))
            self.recent.addItem(item)
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        recent_label = text_label(
            self.tr("Recent games") if recent else self.tr("No recent games yet."), self
        )
        self.replay_recent_button = QPushButton(self.tr("Replay the selected game"), self)
        self.replay_recent_button.setEnabled(False)
        self.recent.currentItemChanged.connect(
            lambda item, _: self.replay_recent_button.setEnabled(item is not None)
        )
        self.replay_recent_button.clicked.connect(
            lambda: self.replay_requested.emit(
                self.recent.currentItem().data(Qt.ItemDataRole.UserRole)
            )
        )
        self.replay_recent_button.setVisible(bool(recent))

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.replay_button)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(20)
        column.addLayout(buttons)
        column.addSpacing(20)
        column.addWidget(recent_label)
        column.addWidget(self.recent, 2)
        column.addWidget(self.replay_recent_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        self.recent.setVisible(bool(recent))
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column, 2)
        layout.addStretch(1)
