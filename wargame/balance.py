"""Whether the game rewards choices: bot games measured against seats that never act and seats
that repeat one move all game.

A teaching game is balanced when every seat's choices matter (a seat that passes scores below
its bot, and no objective is met whatever a seat does), no repeated move is a sure road to one
ending, and the ending mix is one a designer can defend. `GOALS` states the ranges; `wargame
balance` prints the measures and a test holds the scenario to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations

from wargame.autoplay import Repeat, passive
from wargame.scenario import Scenario
from wargame.simulate import Summary, simulate
from wargame.state import ChosenAction


@dataclass(frozen=True)
class Goals:
    spiral: tuple[float, float] = (0.10, 0.20)  # share of bot games ending in the spiral
    passive_objective: float = 0.90  # no objective met more often by a seat that never acts
    # No repeated move leads to one ending more often than this, unless the ending is the
    # fallback (repeating one move may well leave things as they were) or the move costs its
    # seat (it scores below its bot: repeated launches bring a spiral, and pay for it).
    repeated_ending: float = 0.60
    repeated_score: float = 0.5  # no repeated move scores this much above the seat's bot


GOALS = Goals()
SPIRAL = "escalation_spiral"


@dataclass
class Balance:
    bots: Summary
    passive: dict[str, Summary] = field(default_factory=dict)
    repeated: dict[tuple[str, tuple[ChosenAction, ...]], Summary] = field(default_factory=dict)

    def problems(self, scenario: Scenario, goals: Goals = GOALS) -> list[str]:
        """Where the measures fall outside `goals`, in words; empty when all are met."""
        found = []
        low, high = goals.spiral
        spiral = self.bots.share(SPIRAL)
        if not low <= spiral <= high:
            found.append(f"the spiral ends {spiral:.0%} of bot games (goal {low:.0%}–{high:.0%})")
        for actor, summary in self.passive.items():
            if summary.mean_objectives(actor) >= self.bots.mean_objectives(actor):
                found.append(f"{actor} scores as well by never acting as its bot does")
            for objective in scenario.actor(actor).objectives:
                rate = summary.met[actor, objective.id] / summary.runs
                if rate > goals.passive_objective:
                    found.append(f"{actor}/{objective.id} is met in {rate:.0%} of games by passing")
        fallback = scenario.endings[-1].id
        for (actor, actions), summary in self.repeated.items():
            move = " + ".join(c.action for c in actions)
            gain = summary.mean_objectives(actor) - self.bots.mean_objectives(actor)
            if gain > goals.repeated_score:
                found.append(f"{actor} repeating {move} scores {gain:+.2f} against its bot")
            ending, count = summary.endings.most_common(1)[0]
            share = count / summary.runs
            if share > goals.repeated_ending and ending != fallback and gain >= 0:
                found.append(f"{actor} repeating {move} ends in {ending} {share:.0%}")
        return found


def repeated_moves(scenario: Scenario, actor: str) -> Iterator[tuple[ChosenAction, ...]]:
    """Every pair of the actor's actions (each at its first target), as a move to repeat."""
    choices = [
        ChosenAction(a.id, a.targets[0] if a.targets else None)
        for a in scenario.actor(actor).actions
    ]
    yield from combinations(choices, scenario.moves_per_turn)


def measure(
    scenario: Scenario,
    runs: int,
    seed: int = 1,
    jobs: int = 1,
    repeats: int = 0,
    actors: tuple[str, ...] | None = None,
) -> Balance:
    """Bot games (`runs`), and for each actor games where it passes (`runs`) and, with
    `repeats`, games where it repeats each pair of its actions (`repeats` each)."""
    balance = Balance(simulate(scenario, runs, seed, jobs))
    for actor in actors or scenario.actor_ids:
        balance.passive[actor] = simulate(scenario, runs, seed, jobs, strategies={actor: passive})
        if repeats:
            for move in repeated_moves(scenario, actor):
                balance.repeated[actor, move] = simulate(
                    scenario, repeats, seed, jobs, strategies={actor: Repeat(move)}
                )
    return balance
