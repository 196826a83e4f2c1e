"""A seat reads its objectives and red lines whole, with their status."""

from __future__ import annotations

from helpers import mini_scenario

from ui.views.objectives import ObjectivesView
from wargame.engine import Game
from wargame.fog import view


def test_a_seat_reads_its_objectives_whole_and_only_its_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    game = Game.new(mini_scenario(), seed=1)
    widget = ObjectivesView()
    qtbot.addWidget(widget)
    widget.resize(220, 300)  # narrow: long sentences must wrap, not be cut short
    widget.set_world(view(game.state, "seoul"), game.scenario, "en")
    shown = widget.text.toPlainText()
    for objective in game.scenario.actor("seoul").objectives:
        assert objective.text in shown
    assert "Red line: No war" in shown and "Holds" in shown
    assert "Pyongyang" not in shown
