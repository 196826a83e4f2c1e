"""The world-state views: each draws real data, an empty world, and follows new data."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from helpers import mini_scenario_data
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from ui.views.board import BoardView
from ui.views.charts import EscalationChart, IndicatorChart, spread
from ui.views.event_log import EventLog
from ui.views.ladder import EscalationLadder
from ui.views.objectives import CROSSED
from ui.views.palette import (
    contrast,
    escalation_colour,
    relation_colour,
    text_on,
    theme,
)
from ui.views.relations import RelationsHeatmap, signed
from ui.views.results import ResultsView
from wargame.autoplay import play, submit_bot_moves
from wargame.engine import Game
from wargame.events import RedLineCrossed, TurnEnded
from wargame.fog import view
from wargame.names import actor_name
from wargame.scenario import Scenario
from wargame.store import StoredEvent

COLOURS = {
    "seoul": "#3d7ea6",
    "pyongyang": "#a65a4e",
    "washington": "#5b5f97",
    "moscow": "#6f8f72",
    "beijing": "#c2964a",
}
VIEWS = [BoardView, EscalationLadder, RelationsHeatmap, IndicatorChart, EscalationChart]
SIZE = QSize(800, 520)


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    data = mini_scenario_data()
    for actor in data["actors"]:
        actor["colour"] = COLOURS[actor["id"]]
    return Scenario.model_validate(data)


@pytest.fixture(scope="module")
def game(scenario: Scenario) -> Game:
    """Two turns played, the third stopped at its outcome, so this turn has results."""
    game = Game.new(scenario, 3)
    play(game, scenario.actor_ids, turns=2)
    game.advance()
    submit_bot_moves(game, scenario.actor_ids)
    game.advance()
    game.advance()
    return game


@pytest.fixture
def world(game: Game) -> dict[str, Any]:
    return view(game.state, "facilitator", chronicle=game.chronicle)


def render(widget: QWidget, size: QSize = SIZE, ratio: float = 1.0) -> QImage:
    """The widget drawn into an image of `size` logical pixels at pixel ratio `ratio`."""
    widget.resize(size)
    image = QImage(size * ratio, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("magenta"))
    widget.render(image)
    return image


def colour_at(image: QImage, point: QPointF) -> QColor:
    ratio = image.devicePixelRatio()
    return image.pixelColor(QPoint(round(point.x() * ratio), round(point.y() * ratio)))


def distance(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


def distinct_colours(image: QImage) -> int:
    step = 4
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def make(view_class: type[QWidget], qtbot: Any) -> QWidget:
    widget = view_class()
    qtbot.addWidget(widget)
    return widget


# --- every view -----------------------------------------------------------------------------


@pytest.mark.parametrize("view_class", VIEWS)
def test_each_view_draws_a_world(view_class, qtbot, world, scenario) -> None:
    widget = make(view_class, qtbot)
    widget.set_world(world, scenario)
    image = render(widget)
    assert distinct_colours(image) > 40
    assert colour_at(image, QPointF(1, 1)) != QColor("magenta"), "the background is painted"


@pytest.mark.parametrize("view_class", VIEWS)
def test_each_view_draws_the_state_before_a_game(view_class, qtbot, scenario) -> None:
    bare, set_up = make(view_class, qtbot), make(view_class, qtbot)
    bare.set_world(None, None)
    set_up.set_world(None, scenario)
    assert distinct_colours(render(bare)) > 2, "a message, not a blank"
    assert distinct_colours(render(set_up)) > 2


@pytest.mark.parametrize("view_class", VIEWS)
def test_each_view_repaints_when_given_new_data(view_class, qtbot, world, scenario) -> None:
    widget = make(view_class, qtbot)
    widget.set_world(world, scenario)
    before = render(widget)
    changed = copy.deepcopy(world)
    changed["escalation"]["level"] = 4
    changed["relations"]["seoul"]["pyongyang"] = -90
    changed["relations"]["pyongyang"]["seoul"] = -90
    changed["indicators"]["seoul"]["support"] = 5
    changed["results"] = []
    widget.set_world(changed, scenario)
    assert render(widget) != before


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("view_class", VIEWS)
def test_set_world_schedules_a_repaint(view_class, qtbot, world, scenario) -> None:
    widget = make(view_class, qtbot)
    paints = _Paints()
    widget.installEventFilter(paints)
    widget.resize(SIZE)
    widget.show()
    qtbot.waitUntil(lambda: paints.count > 0)  # the first frame, which showing asked for
    paints.count = 0
    widget.set_world(world, scenario)
    qtbot.waitUntil(lambda: paints.count > 0)


@pytest.mark.parametrize("view_class", VIEWS)
def test_size_hints_leave_room(view_class, qtbot) -> None:
    widget = make(view_class, qtbot)
    hint, least = widget.sizeHint(), widget.minimumSizeHint()
    assert least.width() >= 150 and least.height() >= 150
    assert hint.width() >= least.width() and hint.height() >= least.height()


@pytest.mark.parametrize("view_class", VIEWS)
def test_each_view_draws_in_korean(view_class, qtbot, world, scenario) -> None:
    english, korean = make(view_class, qtbot), make(view_class, qtbot)
    english.set_world(world, scenario, "en")
    korean.set_world(world, scenario, "ko")
    assert render(korean) != render(english)


def test_fixed_text_goes_through_the_translator(qtbot, world, scenario, monkeypatch) -> None:
    asked: set[tuple[str, str]] = set()
    original = QCoreApplication.translate

    def recording(context: str, text: str, *args: Any) -> str:
        asked.add((context, text))
        return original(context, text, *args)

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(recording))
    for view_class in VIEWS:
        widget = make(view_class, qtbot)
        widget.set_world(world, scenario)
        render(widget)
        widget.set_world(None, None)
        render(widget)
    expected = {
        ("BoardView", "Relations"),
        ("BoardView", "Vladivostok"),
        ("BoardView", "No game"),
        ("EscalationLadder", "Escalation"),
        ("EscalationLadder", "No game"),
        ("RelationsHeatmap", "Relations"),
        ("TurnChart", "Turn"),
        ("EscalationChart", "Escalation"),
    }
    assert expected <= asked


# --- the board ------------------------------------------------------------------------------


def _face(board: BoardView, actor: str) -> QPointF:
    """A point on the token's face, clear of its emblem, its rim and the shine on top."""
    rect = board.token_rect(actor)
    return rect.center() - QPointF(rect.width() * 0.27, 0)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_the_board_shows_each_token_in_its_colour(ratio, qtbot, world, scenario) -> None:
    board = make(BoardView, qtbot)
    board.set_world(world, scenario)
    image = render(board, ratio=ratio)
    for actor, colour in COLOURS.items():
        assert not board.token_rect(actor).isEmpty()
        assert distance(colour_at(image, _face(board, actor)), QColor(colour)) <= 10, actor


def test_tokens_without_art_are_drawn_as_discs(qtbot, world, scenario, tmp_path) -> None:
    board = BoardView(tokens=tmp_path)
    qtbot.addWidget(board)
    board.set_world(world, scenario)
    image = render(board)
    for actor, colour in COLOURS.items():
        assert distance(colour_at(image, _face(board, actor)), QColor(colour)) <= 10, actor


def test_tokens_keep_their_places_and_scale_with_the_board(qtbot, scenario) -> None:
    board = make(BoardView, qtbot)
    board.set_world(None, scenario)
    board.resize(QSize(600, 400))
    small = {a: board.token_rect(a) for a in COLOURS}
    board.resize(QSize(1200, 800))
    for actor, rect in small.items():
        large = board.token_rect(actor)
        assert large.width() == pytest.approx(2 * rect.width(), rel=0.05)
        assert board.board_rect().contains(large.center())
    centres = [board.token_rect(a).center() for a in COLOURS]
    assert len({(round(c.x()), round(c.y())) for c in centres}) == len(COLOURS)


def test_the_board_marks_only_this_turns_moves(qtbot, world, scenario) -> None:
    board = make(BoardView, qtbot)
    now = [r for r in world["results"] if r["turn"] == world["turn"]]
    assert now, "the fixture stops at an outcome, so this turn has results"
    earlier = copy.deepcopy(world)
    earlier["results"] = [r for r in world["results"] if r["turn"] != world["turn"]]
    nothing = copy.deepcopy(world)
    nothing["results"] = []
    board.set_world(nothing, scenario)
    plain = render(board)
    board.set_world(earlier, scenario)
    assert render(board) == plain, "past turns' moves are not drawn"
    board.set_world(world, scenario)
    assert render(board) != plain


def test_success_and_failure_are_marked_differently(qtbot, world, scenario) -> None:
    board = make(BoardView, qtbot)
    move = {"actor": "seoul", "action": "act_0", "target": "pyongyang", "turn": world["turn"]}
    images = []
    for success in (True, False):
        marked = copy.deepcopy(world)
        marked["results"] = [dict(move, success=success)]
        board.set_world(marked, scenario)
        images.append(render(board))
    assert images[0] != images[1]


# --- the heat map ---------------------------------------------------------------------------


def test_the_heat_map_colours_hostile_and_close_pairs_apart(qtbot, world, scenario) -> None:
    heatmap = make(RelationsHeatmap, qtbot)
    world["relations"]["seoul"]["pyongyang"] = -80
    world["relations"]["seoul"]["washington"] = 80
    heatmap.set_world(world, scenario)
    image = render(heatmap)
    actors = scenario.actor_ids

    def fill(row: str, column: str) -> QColor:
        cell = heatmap.cell_rect(actors.index(row), actors.index(column))
        return colour_at(image, cell.topLeft() + QPointF(cell.width() * 0.15, cell.height() * 0.2))

    hostile, close = fill("seoul", "pyongyang"), fill("seoul", "washington")
    assert distance(hostile, relation_colour(-80)) <= 3
    assert distance(close, relation_colour(80)) <= 3
    assert distance(hostile, close) > 60
    diagonal = fill("seoul", "seoul")
    assert distance(diagonal, theme(heatmap.palette()).background) <= 3, "the diagonal is blank"


def test_every_relation_colour_has_readable_text() -> None:
    for value in range(-100, 101, 5):
        background = relation_colour(value)
        assert contrast(text_on(background), background) >= 4.5, value


def test_relation_colours_diverge_through_grey() -> None:
    hostile, neutral, close = relation_colour(-100), relation_colour(0), relation_colour(100)
    assert neutral.saturation() < 20
    assert hostile.red() > hostile.blue() and close.blue() > close.red()
    assert escalation_colour(0, 8) == neutral and escalation_colour(8, 8) == hostile


def test_values_carry_their_sign() -> None:
    assert [signed(v) for v in (40, 0, -40)] == ["+40", "0", "\u221240"]


# --- the ladder -----------------------------------------------------------------------------


def test_the_ladder_lights_the_current_rung(qtbot, world, scenario) -> None:
    ladder = make(EscalationLadder, qtbot)
    world["escalation"]["level"] = 2
    ladder.set_world(world, scenario)
    image = render(ladder, QSize(360, 520))
    top = scenario.top_escalation

    def fill(level: int) -> QColor:
        rect = ladder.rung_rect(level)
        return colour_at(image, QPointF(rect.right() - rect.height() * 0.5, rect.center().y()))

    background = theme(ladder.palette()).background
    assert distance(fill(2), escalation_colour(2, top)) <= 3
    assert distance(fill(3), background) <= 3, "rungs still ahead are not filled"
    assert distance(fill(1), background) > 3 and distance(fill(1), fill(2)) > 10
    assert ladder.rung_rect(0).top() > ladder.rung_rect(top).top(), "level 0 is at the bottom"


def test_the_ladder_lights_nothing_before_a_game(qtbot, scenario) -> None:
    ladder = make(EscalationLadder, qtbot)
    ladder.set_world(None, scenario)
    assert ladder.level() is None
    image = render(ladder, QSize(360, 520))
    background = theme(ladder.palette()).background
    for level in range(scenario.top_escalation + 1):
        rect = ladder.rung_rect(level)
        point = QPointF(rect.right() - rect.height() * 0.5, rect.center().y())
        assert distance(colour_at(image, point), background) <= 3


# --- the charts -----------------------------------------------------------------------------


def test_an_indicator_chart_has_a_line_per_actor_from_the_start(qtbot, world, scenario) -> None:
    chart = IndicatorChart("support")
    qtbot.addWidget(chart)
    chart.set_world(world, scenario)
    lines = chart.series()
    assert [line.label for line in lines] == [actor_name(scenario, a, "en") for a in COLOURS]
    seoul = lines[0]
    assert seoul.points[0] == (0, scenario.actor("seoul").indicators["support"])
    assert [t for t, _ in seoul.points] == [0, 1, 2, 3]
    assert seoul.points[1][1] == world["history"][0]["indicators"]["seoul"]["support"]
    assert seoul.provisional, "turn 3 is still under way"
    assert seoul.points[-1][1] == world["indicators"]["seoul"]["support"]


def test_a_finished_turn_is_not_provisional(qtbot, world, scenario) -> None:
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    world["history"].append(
        {"turn": world["turn"], "escalation": 1, "indicators": world["indicators"]}
    )
    chart.set_world(world, scenario)
    assert not chart.series()[0].provisional


def test_an_indicator_chart_switches_indicator(qtbot, world, scenario) -> None:
    chart = IndicatorChart("support")
    qtbot.addWidget(chart)
    chart.set_world(world, scenario)
    support = render(chart)
    chart.set_indicator("readiness")
    assert chart.indicator() == "readiness"
    assert [v for _, v in chart.series()[0].points] == [50.0] * 4
    assert render(chart) != support


def test_the_escalation_chart_follows_the_level(qtbot, world, scenario) -> None:
    chart = EscalationChart()
    qtbot.addWidget(chart)
    chart.set_world(world, scenario)
    (line,) = chart.series()
    expected = [scenario.start_escalation] + [h["escalation"] for h in world["history"]]
    assert [v for _, v in line.points] == [*expected, world["escalation"]["level"]]
    assert line.label == scenario.escalation_ladder[world["escalation"]["level"]].name


def test_end_labels_are_spread_apart_within_bounds() -> None:
    placed = spread([50, 51, 52, 10, 200], gap=10, low=0, high=100)
    assert placed[3] == 10
    ordered = sorted(placed)
    assert all(b - a >= 10 - 1e-9 for a, b in zip(ordered, ordered[1:], strict=False))
    assert min(placed) >= 0 and max(placed) <= 100


def test_a_crossed_red_line_stands_out_in_the_event_log(qtbot, scenario) -> None:
    log = EventLog("en")
    qtbot.addWidget(log)
    crossed = RedLineCrossed(actor="seoul", red_line=scenario.actors[0].red_lines[0].id, by=[])
    log.set_events(
        [StoredEvent(1, 1, crossed, ""), StoredEvent(2, 1, TurnEnded(turn=1), "")], scenario
    )
    model = log.table.model()
    colours = [model.data(model.index(row, 2), Qt.ItemDataRole.ForegroundRole) for row in (0, 1)]
    assert colours[0].color() == QColor(CROSSED) and colours[1] is None
    assert "Seoul's red line crossed" in model.data(model.index(0, 2))


def test_a_seat_reads_the_latest_turn_first_and_each_turn_in_seat_order(
    qtbot, world, scenario
) -> None:
    results = ResultsView()
    qtbot.addWidget(results)
    results.set_world(world, scenario, "en")
    rows = [(r["turn"], r["actor"]) for r in results._model.rows]
    assert len({turn for turn, _ in rows}) == 3, "the fixture's three turns have results"
    assert [turn for turn, _ in rows] == sorted((turn for turn, _ in rows), reverse=True)
    order = list(scenario.actor_ids)
    for turn in {turn for turn, _ in rows}:
        seats = [order.index(actor) for t, actor in rows if t == turn]
        assert seats == sorted(seats) and len(set(seats)) > 1
