"""The korea-2025 scenario held to the balance goals of `wargame.balance`: armed clash in 10–20%
of in-character games and rarely first in the last turn, every objective met in 10–90% of them,
no seat rewarded for passing, no repeated move a sure road to one ending, to armed clash or to a
better score than playing; and bots that keep Moscow's red line and play Beijing at least as
well as a fixed mediator. Measured on a fixed seed, so the numbers are the same every run."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from wargame.autoplay import play
from wargame.balance import GOALS, SPIRAL, Balance, measure
from wargame.bot_arguments import argument_for
from wargame.bots import choose_move
from wargame.conditions import objectives_met
from wargame.engine import Game
from wargame.scenario import Scenario
from wargame.scenario_file import load_scenario
from wargame.simulate import Summary, simulate
from wargame.state import ChosenAction, WorldState

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def korea() -> Scenario:
    return load_scenario("korea-2025")


@pytest.fixture(scope="module")
def balance(korea: Scenario) -> Balance:
    return measure(korea, runs=300, seed=1, jobs=2, repeats=40)


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


def _arguments(korea: Scenario, language: str = "en") -> dict[str, tuple[list[str], str]]:
    """Each bot's move and argument in turn 4 of a bot game, after three turns of play."""
    game = Game.new(korea, seed=5)
    play(game, korea.actor_ids, turns=3, language=None)
    game.advance()
    found = {}
    for actor in korea.actor_ids:
        move = choose_move(game.state, actor)
        found[actor] = ([c.action for c in move], argument_for(game.state, actor, move, language))
    return found


def test_bots_argue_with_reasons_from_the_injects_and_the_world(korea: Scenario) -> None:
    arguments = _arguments(korea)
    for actor, (actions, text) in arguments.items():
        for action in actions:
            assert korea.action(actor, action).name in text
        # Its own odds, in its own voice: never the seat's briefing ("you") read back.
        assert "% in all" in text or "the odds are" in text, text
        assert " you" not in text.lower() and "our " in text, text
    texts = [text for _, text in arguments.values()]
    assert len(set(texts)) == len(texts)
    # A reason drawn from an inject released to the seat, cited by its id.
    assert sum("(INJ-" in text for text in texts) >= 3, texts
    assert not any("serves the aim to" in text for text in texts)


def test_bots_argue_in_korean_in_a_korean_game(korea: Scenario) -> None:
    actions, korean = _arguments(korea, "ko")["seoul"]
    assert korean.startswith("서울은 전쟁 없이")
    assert "성공 확률은" in korean and "(INJ-" in korean
    for action in actions:
        assert korea.action("seoul", action).name_ko in korean


def test_seoul_keeps_moscow_s_arms_export_red_line(balance: Balance) -> None:
    # Seoul kept its ban through 2025; its bot crossed Moscow's line in 43–45% of games.
    crossed = balance.bots.crossed["moscow", "seoul_arms_ukraine"] / balance.bots.runs
    assert crossed <= 0.10


@dataclass(frozen=True)
class _Mediator:
    """Beijing as a fixed mediator: talks and pressure on Pyongyang, then restraint at the UN
    and a warning against an arms race, turn about."""

    def __call__(self, state: WorldState, actor: str) -> list[ChosenAction]:
        if state.turn % 2:
            return [ChosenAction("host_talks"), ChosenAction("press_pyongyang", "pyongyang")]
        return [ChosenAction("restraint_at_un"), ChosenAction("arms_race_warning")]


def test_beijing_s_bot_plays_at_least_as_well_as_a_fixed_mediator(
    balance: Balance, korea: Scenario
) -> None:
    mediator = simulate(korea, 100, 1, jobs=2, strategies={"beijing": _Mediator()})
    assert balance.bots.mean_objectives("beijing") >= mediator.mean_objectives("beijing")
