"""The path is remembered: the ladder's peak, red lines crossed (once, with who pushed the world
over them and what it costs them), and actions taken again counting for less."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import mini_scenario_data, play_turn_as, steps_until

from wargame.adjudication import RECENT, REPEATED, assess
from wargame.conditions import holds, red_lines_crossed
from wargame.describe import describe
from wargame.engine import Game
from wargame.events import RedLineCrossed
from wargame.replay import new_game, state_at
from wargame.scenario import Condition, Scenario
from wargame.scenario_file import cross_reference_problems
from wargame.state import ChosenAction, Crossing
from wargame.state_codec import encode
from wargame.store import GameFile


def _scenario(**changes: Any) -> Scenario:
    """The mini scenario where Seoul's red line is a step up to level 3, and crossing it costs
    whoever pushed: 20 points of relations with Seoul."""
    data = mini_scenario_data()
    seoul = data["actors"][0]
    seoul["red_lines"] = [
        {
            "id": "war",
            "text": "No war",
            "condition": {"escalation": {"at_least": 3}},
            "consequence": {"relations": [{"between": ["self", "target"], "change": -20}]},
        }
    ]
    data.update(changes)
    return Scenario.model_validate(data)


def test_a_red_line_is_crossed_once_by_whoever_pushed_and_they_pay_for_it() -> None:
    game = Game.new(_scenario(), seed=1)  # escalation 1, INJ-1 raises it to 2 in turn 1
    before = game.state.relation("seoul", "moscow")
    # Moscow's military act_2 (+1 escalation) takes the ladder to 3; Beijing's diplomacy does not.
    play_turn_as(game, {"moscow": [ChosenAction("act_2")], "beijing": [ChosenAction("act_1")]})
    state = game.state
    assert state.crossings == (Crossing("seoul", "war", 1, ("moscow",)),)
    assert red_lines_crossed(state, "seoul") == ("war",)
    assert state.relation("seoul", "moscow") == before - 20  # the consequence
    # Crossed stays crossed, and is not crossed again while it holds.
    play_turn_as(game, {"moscow": [ChosenAction("act_5")]})
    assert len(game.state.crossings) == 1
    assert game.state.relation("seoul", "moscow") == before - 20


def test_events_alone_never_cross_a_red_line_the_next_move_that_pushes_on_does() -> None:
    data = mini_scenario_data()
    no_relief = [i for i in data["injects"] if i["id"] != "INJ-4"]
    game = Game.new(_scenario(start_escalation=2, injects=no_relief), seed=1)  # INJ-1: 2 → 3
    play_turn_as(game, {})
    line = game.scenario.actor("seoul").red_lines[0].condition
    assert holds(line, game.state) and game.state.crossings == ()
    # A turn whose moves do not push on crosses nothing, the line held however long.
    play_turn_as(game, {"beijing": [ChosenAction("act_1")]})
    assert game.state.crossings == ()
    play_turn_as(game, {"moscow": [ChosenAction("act_2")]})
    seoul = [c for c in game.state.crossings if c.actor == "seoul"]
    assert seoul == [Crossing("seoul", "war", 3, ("moscow",))]


def test_the_crossing_is_in_the_log_and_replays_to_the_same_world() -> None:
    game = Game.new(_scenario(), seed=1)
    events = []
    game.record_with(lambda recorded: events.extend(r.event for r in recorded))
    play_turn_as(game, {"moscow": [ChosenAction("act_2")]})
    crossed = [e for e in events if isinstance(e, RedLineCrossed)]
    assert crossed == [RedLineCrossed(actor="seoul", red_line="war", by=["moscow"])]
    assert describe(crossed[0], game.scenario) == "Seoul's red line crossed by Moscow: No war"
    assert (
        describe(crossed[0], game.scenario, "ko")
        == "seoul의 레드라인을 넘음 (원인: moscow): No war"
    )


def test_the_peak_remembers_the_highest_rung_after_the_ladder_comes_down() -> None:
    game = Game.new(_scenario(), seed=1)
    play_turn_as(game, {"moscow": [ChosenAction("act_2")]})  # 2 → 3
    play_turn_as(game, {})  # INJ-4, triggered at 3, brings it down to 2
    assert (game.state.escalation, game.state.peak) == (2, 3)
    peak = Condition.model_validate({"peak": {"at_least": 3}})
    now = Condition.model_validate({"escalation": {"at_least": 3}})
    assert holds(peak, game.state) and not holds(now, game.state)


def test_crossed_conditions_match_owner_line_and_who_pushed() -> None:
    game = Game.new(_scenario(), seed=1)
    play_turn_as(game, {"moscow": [ChosenAction("act_2")]})

    def crossed(**ref: str) -> bool:
        return holds(Condition.model_validate({"crossed": ref}), game.state)

    assert crossed(actor="seoul") and crossed(actor="seoul", red_line="war")
    assert crossed(by="moscow") and not crossed(by="beijing")
    assert not crossed(actor="pyongyang")


def test_an_unknown_red_line_in_a_condition_is_a_located_problem() -> None:
    data = mini_scenario_data()
    data["endings"][0]["condition"] = {"crossed": {"actor": "seoul", "red_line": "nope"}}
    problems = cross_reference_problems(Scenario.model_validate(data))
    assert [(".".join(map(str, path)), message) for path, message in problems] == [
        ("endings.0.condition.crossed.red_line", "seoul has no red line 'nope'")
    ]


def test_an_ending_can_remember_the_path() -> None:
    data = mini_scenario_data()
    scarred = {
        "id": "scarred",
        "name": "Scarred",
        "name_ko": "상처",
        "description": "It went high once.",
        "condition": {"peak": {"at_least": 3}},
    }
    data["endings"].insert(1, scarred)  # after the spiral (3 or more at the end)
    game = Game.new(Scenario.model_validate(data), seed=1)
    play_turn_as(game, {"moscow": [ChosenAction("act_2")]})  # 2 → 3, then INJ-4 brings it to 2
    for _ in steps_until(lambda: game.state.ended, game.scenario):
        play_turn_as(game, {})
    assert (game.state.escalation, game.state.ending) == (2, "scarred")


def test_an_action_taken_again_counts_for_less() -> None:
    game = Game.new(_scenario(), seed=1)
    chosen = ChosenAction("act_1")
    first = assess(game.state, "seoul", chosen)
    play_turn_as(game, {"seoul": [chosen]})
    second = assess(game.state, "seoul", chosen)
    play_turn_as(game, {"seoul": [chosen]})
    third = assess(game.state, "seoul", chosen)
    assert second.probability == round(first.probability + REPEATED, 3)
    assert third.probability == round(first.probability + 2 * REPEATED, 3)
    names = [f.name for f in third.modifiers]
    assert f"Tried 2× in the last {RECENT} turns: it counts for less" in names


def test_an_allys_help_is_no_counter_move_but_a_move_against_the_actor_is() -> None:
    data = mini_scenario_data()
    hostile = data["actors"][1]["actions"][5]  # Pyongyang's public military act_5
    hostile["targets"] = ["seoul"]
    hostile["on_success"]["relations"] = [{"between": ["self", "target"], "change": -10}]
    game = Game.new(Scenario.model_validate(data), seed=1)
    game.advance()
    # act_3 of Pyongyang (economic, +10 relations with its target) helps Seoul.
    game.submit_move("pyongyang", [ChosenAction("act_3", "seoul")], "")
    seoul_move = ChosenAction("act_0", "pyongyang")
    names = [f.name for f in assess(game.state, "seoul", seoul_move).modifiers]
    assert not any("Counter-move" in n for n in names)
    game.submit_move("pyongyang", [ChosenAction("act_5", "seoul")], "")
    names = [f.name for f in assess(game.state, "seoul", seoul_move).modifiers]
    assert "Counter-move by Pyongyang" in names


def test_the_path_survives_the_game_file(tmp_path: Path) -> None:
    path = tmp_path / "path.wargame"
    game_file, game = new_game(path, _scenario(), seed=1)
    with game_file:
        game.record_with(game_file.record)
        play_turn_as(game, {"moscow": [ChosenAction("act_2")], "seoul": [ChosenAction("act_1")]})
        play_turn_as(game, {"seoul": [ChosenAction("act_1")]})
        live = game.state
    with GameFile.open(path) as replay:
        again = state_at(replay)
    assert encode(again) == encode(live)
    assert again.crossings and again.taken and again.peak == live.peak


def test_the_report_says_when_and_by_whom_a_red_line_was_crossed(tmp_path: Path) -> None:
    from wargame.report import build_report, report_html

    path = tmp_path / "crossed.wargame"
    game_file, game = new_game(path, _scenario(), seed=1)
    with game_file:
        game.record_with(game_file.record)
        play_turn_as(game, {"moscow": [ChosenAction("act_2")]})
    with GameFile.open(path) as replay:
        report = build_report(replay)
        seats = report.seats
        korean = build_report(replay, "ko").seats[0]
    assert report.turns[0].red_lines == ["Seoul's red line crossed by Moscow: No war"]
    assert "Red lines crossed as the turn closed" in report_html(report)
    assert seats[0].red_lines == [("No war", "Turn 1, by Moscow")]
    assert korean.red_lines == [("No war", "1턴, moscow")]
    assert seats[1].red_lines == [("No war", "")]  # Pyongyang's line of the same words held


def test_the_path_conditions_read_as_words_in_both_languages() -> None:
    from wargame.scenario_words import condition_words

    scenario = _scenario()

    def words(condition: dict[str, Any], language: str) -> str:
        return condition_words(Condition.model_validate(condition), scenario, language)

    peak = {"peak": {"at_most": 2}}
    assert words(peak, "en") == "the highest escalation so far at most 2 (Level 2)"
    assert words(peak, "ko") == "지금까지의 최고 확전 단계 2 (단계 2) 이하"
    crossed = {"crossed": {"actor": "seoul", "red_line": "war", "by": "moscow"}}
    assert words(crossed, "en") == "Seoul's red line “No war” has been crossed by Moscow"
    assert words(crossed, "ko") == "seoul의 레드라인 “No war”을 넘음 (원인: moscow)"
    assert words({"crossed": {}}, "en") == "a red line has been crossed"
