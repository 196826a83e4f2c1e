"""The korea-2025 scenario held to the balance goals of `wargame.balance`: a spiral in 10–20% of
in-character games, no seat rewarded for passing, no repeated move a sure road to one ending or
a better score than playing. Measured on a fixed seed, so the numbers are the same every run."""

from __future__ import annotations

import pytest

from wargame.balance import GOALS, SPIRAL, Balance, measure
from wargame.bots import argument_for, choose_move
from wargame.conditions import objectives_met
from wargame.engine import Game
from wargame.scenario import Scenario
from wargame.scenario_file import load_scenario
from wargame.simulate import Summary

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def korea() -> Scenario:
    return load_scenario("korea-2025")


@pytest.fixture(scope="module")
def balance(korea: Scenario) -> Balance:
    return measure(korea, runs=300, seed=1, jobs=2, repeats=20)


def test_the_scenario_meets_every_balance_goal(balance: Balance, korea: Scenario) -> None:
    assert balance.problems(korea) == []


def test_the_spiral_is_a_real_risk_not_the_usual_end(balance: Balance) -> None:
    low, high = GOALS.spiral
    assert low <= balance.bots.share(SPIRAL) <= high


def test_every_seat_does_better_playing_than_passing(balance: Balance, korea: Scenario) -> None:
    for actor in korea.actor_ids:
        bot = balance.bots.mean_objectives(actor)
        assert balance.passive[actor].mean_objectives(actor) < bot - 0.3, actor


def test_no_seat_starts_with_most_of_its_objectives(korea: Scenario) -> None:
    state = Game.new(korea, seed=1).state
    met = [len(objectives_met(state, a)) for a in korea.actor_ids]
    assert max(met) <= 2 and sum(met) <= len(met), met


def _repeating(balance: Balance, actor: str, actions: set[str]) -> Summary:
    """The games where `actor` repeated the move of these two actions every turn."""
    (summary,) = [
        summary
        for (who, move), summary in balance.repeated.items()
        if who == actor and {c.action for c in move} == actions
    ]
    return summary


def test_the_old_dominant_strategies_no_longer_dominate(balance: Balance) -> None:
    summit = _repeating(balance, "washington", {"open_summit_track", "dmz_visit"})
    assert summit.share("diplomatic_breakthrough") < 0.3
    launches = _repeating(balance, "pyongyang", {"missile_launch", "troops_to_russia"})
    assert launches.mean_objectives("pyongyang") < balance.bots.mean_objectives("pyongyang")


def test_the_problems_name_what_is_out_of_range(balance: Balance, korea: Scenario) -> None:
    strict = type(GOALS)(spiral=(0.9, 1.0), passive_objective=0.0)
    found = balance.problems(korea, strict)
    assert any(p.startswith("the spiral ends") for p in found)
    assert any("by passing" in p for p in found)


def test_bots_argue_in_their_own_terms(korea: Scenario) -> None:
    game = Game.new(korea, seed=5)
    game.advance()
    arguments = {}
    for actor in korea.actor_ids:
        move = choose_move(game.state, actor)
        arguments[actor] = argument_for(game.state, actor, move)
        for chosen in move:
            assert korea.action(actor, chosen.action).name in arguments[actor]
    assert len(set(arguments.values())) == len(arguments)
    assert any("serves the aim to" in text for text in arguments.values())


def test_bots_argue_in_korean_in_a_korean_game(korea: Scenario) -> None:
    game = Game.new(korea, seed=5)
    game.advance()
    move = choose_move(game.state, "seoul")
    korean = argument_for(game.state, "seoul", move, "ko")
    assert korean.startswith("서울은 전쟁 없이")
    assert "도움이 됩니다" in korean or "누그러뜨립니다" in korean
    for chosen in move:
        assert korea.action("seoul", chosen.action).name_ko in korean
