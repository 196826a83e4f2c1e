"""Adjudication that shows its working: probability = base + named modifiers, clamped; a
roll seeded from the game seed and the event's sequence number; a rationale in plain words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from wargame.conditions import holds
from wargame.scenario import Category
from wargame.state import ChosenAction, WorldState

FLOOR, CEILING = 0.05, 0.95
"""Nothing in a crisis is certain: every action keeps some chance either way."""


@dataclass(frozen=True)
class Assessment:
    base: float
    modifiers: tuple[tuple[str, float], ...]
    probability: float


def assess(state: WorldState, actor: str, chosen: ChosenAction) -> Assessment:
    """The probability that `actor`'s action succeeds now, with every modifier named."""
    scenario = state.scenario
    action = scenario.action(actor, chosen.action)
    modifiers = [(m.name, m.change) for m in action.modifiers if holds(m.when, state)]
    modifiers.extend(_standing_modifiers(state, actor, chosen, action.category))
    modifiers = [(name, round(value, 3)) for name, value in modifiers if round(value, 3)]
    total = action.base_probability + sum(value for _, value in modifiers)
    probability = round(min(CEILING, max(FLOOR, total)), 3)
    return Assessment(action.base_probability, tuple(modifiers), probability)


def _standing_modifiers(
    state: WorldState, actor: str, chosen: ChosenAction, category: Category
) -> list[tuple[str, float]]:
    """The modifiers every scenario gets: relations, readiness, standing, tension, counters."""
    scenario = state.scenario
    found: list[tuple[str, float]] = []
    if chosen.target and category in (Category.DIPLOMATIC, Category.ECONOMIC):
        relation = state.relation(actor, chosen.target)
        name = scenario.actor(chosen.target).name
        found.append((f"Relations with {name} ({relation:+d})", relation / 400))
    if category is Category.MILITARY:
        readiness = state.indicator(actor, "readiness") if _has(state, "readiness") else 50
        found.append((f"Military readiness ({readiness})", (readiness - 50) / 250))
    if category in (Category.DIPLOMATIC, Category.INFORMATION) and _has(state, "standing"):
        standing = state.indicator(actor, "standing")
        found.append((f"International standing ({standing})", (standing - 50) / 250))
    above_start = state.escalation - scenario.start_escalation
    if category is Category.DIPLOMATIC and above_start > 0:
        found.append((f"Tension: {state.escalation_name}", -0.03 * above_start))
    if chosen.target:
        counter = state.moves.get(chosen.target)
        if counter and any(
            c.target == actor
            and scenario.action(chosen.target, c.action).category is Category.MILITARY
            for c in counter.actions
        ):
            found.append((f"Military counter-move by {scenario.actor(chosen.target).name}", -0.1))
    return found


def _has(state: WorldState, indicator: str) -> bool:
    return any(i.id == indicator for i in state.scenario.indicators)


def roll(seed: int, seq: int) -> float:
    """The die for the event numbered `seq`: the same game and number always give the same."""
    return round(random.Random(f"{seed}/{seq}").random(), 4)


def rationale(
    state: WorldState, actor: str, chosen: ChosenAction, assessment: Assessment, rolled: float
) -> str:
    scenario = state.scenario
    action = scenario.action(actor, chosen.action)
    who = scenario.actor(actor).name
    aimed = f" towards {scenario.actor(chosen.target).name}" if chosen.target else ""
    parts = [f"base {assessment.base:.0%}"] + [
        f"{name} {value:+.0%}" for name, value in assessment.modifiers
    ]
    verdict = "succeeds" if rolled < assessment.probability else "falls short"
    return (
        f"{who}: {action.name}{aimed}. {'; '.join(parts)} → {assessment.probability:.0%}. "
        f"Roll {rolled:.2f} {'<' if rolled < assessment.probability else '≥'} "
        f"{assessment.probability:.2f}: the action {verdict}."
    )
