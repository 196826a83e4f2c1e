"""The two ladders and the risk of an incident at the line on every screen: a seat at the line
sees the standing odds with their factors and the checks made so far as fog gives them to it,
and nothing more; the console has the turn's check as a row it may override; the projector
shows the room the bloc ladder and the standing risk."""

from __future__ import annotations

import pytest
from driving import all_text, displayed, seat_screen
from helpers import COVERT_LAUNCH, korea_at_the_line

from ui.turn_clock import TurnClock
from ui.views.adjudication_panel import AdjudicationPanel
from ui.views.charts import EscalationChart
from ui.views.projector import ProjectorWindow
from ui.views.seat_view import SeatScreen
from wargame.clock import DeliberationClock
from wargame.engine import Game
from wargame.fog import FACILITATOR, PUBLIC, view
from wargame.seat_view import seat_view
from wargame.state import ChosenAction


@pytest.fixture(scope="module")
def at_the_line() -> Game:
    return korea_at_the_line()


def _shown(screen: SeatScreen) -> str:
    return displayed(all_text(screen))


def test_a_seat_at_the_line_sees_the_risk_with_its_factors(qtbot, at_the_line: Game) -> None:
    state = at_the_line.state
    assert state.escalation >= 4
    screen = seat_screen(qtbot, state, "seoul", chronicle=at_the_line.chronicle)
    risk = displayed(screen.ladders.risk.text.text())
    assert not screen.ladders.risk.isHidden()
    assert "Risk of an incident at the line: 40%" in risk
    assert "base 15%" in risk and "Tension: Crisis at the line +25%" in risk
    assert "Each fresh move up adds 15%; each move that steps back takes 10%." in risk
    assert screen.ladders.blocs.level() == state.blocs
    assert not screen.ladders.blocs.isHidden()
    blocs = seat_view(state, "seoul", "en", at_the_line.chronicle)["blocs"]["name"]
    assert screen.where.text().endswith(f" · Blocs: {blocs}")


def test_a_korean_seat_reads_the_risk_in_korean(qtbot, at_the_line: Game) -> None:
    screen = seat_screen(qtbot, at_the_line.state, "seoul", "ko", at_the_line.chronicle)
    risk = displayed(screen.ladders.risk.text.text())
    assert "접경 우발 충돌 위험: 40%" in risk
    assert "긴장:" in risk


def test_a_covert_moves_factor_stays_off_the_screen_of_a_seat_that_may_not_see_it(
    qtbot, at_the_line: Game
) -> None:
    chronicle = at_the_line.chronicle
    beijing = seat_screen(qtbot, at_the_line.state, "beijing", chronicle=chronicle)
    seoul = seat_screen(qtbot, at_the_line.state, "seoul", chronicle=chronicle)
    # Beijing knew of the launch: the check among its results has it, at the odds it knew.
    assert COVERT_LAUNCH in _shown(beijing)
    assert "Risk of an incident at the line" in _shown(beijing)
    # Seoul knew only of Washington's drills: it sees the check, without the launch, at the
    # odds it could know (30%, not 45%), and never the roll.
    seen = _shown(seoul)
    assert "Washington: Large-scale combined drills" in seen
    assert COVERT_LAUNCH not in seen
    assert "45%" not in seen
    check = next(r for r in seoul.results._model.rows if r.get("kind") == "incident")
    seoul.results.table.selectRow(seoul.results._model.rows.index(check))
    account = displayed(seoul.results.account.text.text())
    assert "30%" in account and COVERT_LAUNCH not in account
    assert "No incident" in _shown(seoul)


def test_the_console_overrides_the_turns_check_like_an_action(qtbot) -> None:
    game = korea_at_the_line()
    game.submit_move("seoul", [ChosenAction("trilateral_exercises")], "")
    game.advance(force=True)
    check = game.state.incident
    assert check is not None and check.turn == game.state.turn
    panel = AdjudicationPanel()
    qtbot.addWidget(panel)
    world = view(game.state, FACILITATOR, chronicle=game.chronicle)
    panel.set_world(world, game.scenario, "en")
    row = next(r for r in panel._model.rows if r["id"] == check.id)
    assert row["roll"] == check.roll
    panel.select(check.id)
    assert panel.override_button.isEnabled()
    shown = displayed(all_text(panel))
    assert "Risk of an incident at the line — raised by Seoul" in shown
    with qtbot.waitSignal(panel.override_requested) as asked:
        panel.override_button.click()
    assert asked.args == [check.id]
    game.override(check.id, not check.proposed, "for the test")
    assert game.state.incident is not None and game.state.incident.happened != check.proposed


def test_the_projector_shows_the_room_the_blocs_and_the_standing_risk(
    qtbot, at_the_line: Game
) -> None:
    projector = ProjectorWindow(TurnClock(DeliberationClock))
    qtbot.addWidget(projector)
    world = view(at_the_line.state, PUBLIC, chronicle=at_the_line.chronicle)
    projector.set_world(world, at_the_line.scenario, "en")
    assert projector.ladders.blocs.level() == at_the_line.state.blocs
    risk = displayed(projector.ladders.risk.text.text())
    assert "Risk of an incident at the line: 40%" in risk
    assert COVERT_LAUNCH not in displayed(all_text(projector))


def test_the_escalation_chart_gains_the_bloc_ladders_line(qtbot, at_the_line: Game) -> None:
    chart = EscalationChart()
    qtbot.addWidget(chart)
    world = view(at_the_line.state, PUBLIC, chronicle=at_the_line.chronicle)
    chart.set_world(world, at_the_line.scenario, "en")
    blocs = next(s for s in chart.series() if s.label.startswith("Blocs: "))
    expected = [at_the_line.scenario.start_blocs] + [h["blocs"] for h in world["history"]]
    assert [v for _, v in blocs.points][: len(expected)] == expected
    assert blocs.label == f"Blocs: {world['blocs']['name']}"


@pytest.mark.parametrize("width", [1366, 1024])
def test_the_two_ladders_headings_read_the_same_size(qtbot, at_the_line: Game, width) -> None:
    screen = seat_screen(qtbot, at_the_line.state, "seoul", chronicle=at_the_line.chronicle)
    screen.resize(width, 768)
    screen.show()
    qtbot.waitExposed(screen)
    ladders = screen.ladders
    qtbot.waitUntil(lambda: ladders.escalation.width() != ladders.blocs.width())
    assert ladders.escalation._title_font().pixelSize() == ladders.blocs._title_font().pixelSize()
