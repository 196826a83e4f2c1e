"""A seat reads its objectives and red lines whole, with their status; the facilitator also
reads when a red line was crossed and by whom."""

from __future__ import annotations

from helpers import mini_scenario, mini_scenario_data

from ui.views.objectives import ObjectivesView
from wargame.engine import Game
from wargame.fog import FACILITATOR, view
from wargame.scenario import Scenario
from wargame.state import ChosenAction


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


def _crossed_by_moscow() -> Game:
    """Every seat's red line (level 4) crossed in turn 1 by Moscow's military action (+1)."""
    data = mini_scenario_data()
    data["start_escalation"] = 3
    game = Game.new(Scenario.model_validate(data), seed=1)
    game.advance()
    game.submit_move("moscow", [ChosenAction("act_2")], "")
    game.advance(force=True)
    for item in game.state.adjudications:
        if not item.proposed:
            game.override(item.id, True, "for the test")
    game.advance()  # publish
    game.advance()  # the turn closes: the red line is crossed
    assert {(c.turn, c.by) for c in game.state.crossings} == {(1, ("moscow",))}
    return game


def test_the_facilitator_reads_when_a_red_line_was_crossed_and_by_whom(qtbot) -> None:  # type: ignore[no-untyped-def]
    game = _crossed_by_moscow()
    widget = ObjectivesView()
    qtbot.addWidget(widget)
    widget.set_world(view(game.state, FACILITATOR), game.scenario, "en")
    assert "Crossed in turn 1 by Moscow" in widget.text.toPlainText()
    widget.set_world(view(game.state, "seoul"), game.scenario, "en")
    shown = widget.text.toPlainText()
    assert "Crossed" in shown and "Moscow" not in shown, "Moscow's push may have been covert"


def test_an_objective_over_the_whole_crisis_reads_holding_so_far_not_met(qtbot) -> None:  # type: ignore[no-untyped-def]
    from wargame.autoplay import play_turn
    from wargame.scenario_file import load_scenario

    korea = load_scenario("korea-2025")
    game = Game.new(korea, seed=2)
    for _ in range(3):
        play_turn(game, korea.actor_ids)
    widget = ObjectivesView()
    qtbot.addWidget(widget)
    widget.set_world(view(game.state, "seoul", chronicle=game.chronicle), korea, "en")
    shown = widget.text.toPlainText()
    assert "Met" not in shown.split(), "nothing is met before the exercise ends"
    assert "Holding so far" in shown or "Not yet" in shown or "Lost" in shown
    while not game.state.ended:
        play_turn(game, korea.actor_ids)
    widget.set_world(view(game.state, "seoul", chronicle=game.chronicle), korea, "en")
    ended = widget.text.toPlainText()
    assert "Holding so far" not in ended and ("Met" in ended or "Not met" in ended)
