"""Hovering the ladder explains a rung; hovering empty space says nothing."""

from __future__ import annotations

from driving import displayed
from helpers import mini_scenario
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from ui.views.ladder import EscalationLadder
from wargame.engine import Game
from wargame.fog import PUBLIC, view


def _hover(widget: EscalationLadder, point: QPoint) -> bool:
    event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    return QApplication.sendEvent(widget, event)


def test_a_rung_explains_itself_on_hover(qtbot) -> None:  # type: ignore[no-untyped-def]
    game = Game.new(mini_scenario(), seed=1)
    ladder = EscalationLadder()
    qtbot.addWidget(ladder)
    ladder.resize(340, 480)
    ladder.show()
    ladder.set_world(view(game.state, PUBLIC), game.scenario, "en")
    _hover(ladder, ladder.rung_rect(3).center().toPoint())
    assert displayed(QToolTip.text()) == "3. Level 3\nA level."
    _hover(ladder, QPoint(1, 1))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
