"""Whether the game rewards choices: bot games measured against seats that never act and seats
that repeat one move all game.

A teaching game is balanced when every seat's choices matter (a seat that passes scores below
its bot, and meets none of its objectives more often than not), every objective is within reach
but not a given, no repeated move is a sure road to one ending, and the ending mix is one a
designer can defend. Where the scenario says how armed clash comes (`incident`), it comes from
what the seats choose: no repeated move drives the peninsula to it, the last turn does not carry
it, and no red line is crossed with no one named. `GOALS` states the ranges; `wargame balance`
prints the measures and a test holds the scenario to them.
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
    # Share of bot games in which the peninsula reaches armed clash at some point: a real risk,
    # not the usual course (2017 peaked without one). Where the scenario says how armed clash
    # comes (`incident`), a clash may be contained, as in 2010: the spiral, a crisis still at
    # the line when the exercise ends, is the share of those games that end there.
    clash: tuple[float, float] = (0.10, 0.20)
    spiral: tuple[float, float] = (0.05, 0.20)  # share of bot games ending in the spiral
    objective: tuple[float, float] = (0.10, 0.90)  # share of bot games meeting each objective
    passive_objective: float = 0.50  # no objective met more often by a seat that never acts
    # No repeated move leads to one ending more often than this, unless the ending is the
    # fallback (repeating one move may well leave things as they were) or the move costs its
    # seat (it scores below its bot: repeated launches bring a spiral, and pay for it).
    repeated_ending: float = 0.60
    repeated_score: float = 0.5  # no repeated move scores this much above the seat's bot
    # A seat repeating any pair of moves that are not a use of force brings the peninsula to
    # armed clash in at most this share of games: an incident comes from choices, not routine.
    repeated_clash: float = 0.25
    last_turn_clash: float = 0.25  # of the bot games reaching armed clash, the share first there
    # in the last turn: the script's last inject must not carry the crisis over the edge.
    unnamed_crossings: int = 0  # red lines crossed in bot games with no one named


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
        if scenario.incident is not None:
            low, high = goals.clash
            clash = clash_share(self.bots, scenario.incident.rung)
            if not low <= clash <= high:
                found.append(
                    f"armed clash comes in {clash:.0%} of bot games (goal {low:.0%}–{high:.0%})"
                )
        found.extend(self._objectives(scenario, goals))
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
        found.extend(self._clashes(scenario, goals))
        unnamed = sum(self.bots.unnamed.values())
        if unnamed > goals.unnamed_crossings:
            found.append(f"{unnamed} red lines crossed with no one named in bot games")
        return found

    def _objectives(self, scenario: Scenario, goals: Goals) -> Iterator[str]:
        low, high = goals.objective
        for actor in scenario.actors:
            for objective in actor.objectives:
                rate = self.bots.met[actor.id, objective.id] / self.bots.runs
                if not low <= rate <= high:
                    yield (
                        f"{actor.id}/{objective.id} is met in {rate:.0%} of bot games "
                        f"(goal {low:.0%}–{high:.0%})"
                    )

    def _clashes(self, scenario: Scenario, goals: Goals) -> Iterator[str]:
        risk = scenario.incident
        if risk is None:
            return
        for (actor, actions), summary in self.repeated.items():
            if any(scenario.action(actor, c.action).kinetic for c in actions):
                continue
            share = clash_share(summary, risk.rung)
            if share > goals.repeated_clash:
                move = " + ".join(c.action for c in actions)
                yield f"{actor} repeating {move} reaches armed clash in {share:.0%} of games"
        first = self.bots.reaching(risk.rung)
        last = sum(turn == scenario.turns for turn in first) / len(first) if first else 0.0
        if last > goals.last_turn_clash:
            yield f"{last:.0%} of first armed clashes fall in the last turn"


def clash_share(summary: Summary, rung: int) -> float:
    """The share of games that reached the rung of armed clash as a turn ended."""
    return len(summary.reaching(rung)) / summary.runs if summary.runs else 0.0


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
