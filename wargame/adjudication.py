"""Adjudication that shows its working: probability = base + named modifiers, clamped; a
roll seeded from the game seed and the event's sequence number; a rationale in plain words.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from wargame.conditions import holds, known_to
from wargame.effects import resolve
from wargame.events import ActionAdjudicated
from wargame.scenario import Action, Category, Scenario
from wargame.scenario import Audience as Addressees
from wargame.state import (
    Adjudication,
    ArgumentGrade,
    ArgumentRating,
    Audience,
    ChosenAction,
    Factor,
    WorldState,
    pair,
)

FLOOR, CEILING = 0.05, 0.95
"""Nothing in a crisis is certain: every action keeps some chance either way."""

POINTS = 2
"""Odds are made in whole percentage points (two decimals): each modifier is rounded once, as it
is assessed, so the odds shown anywhere add up and are the odds the roll is compared with."""

COUNTER_MOVE = -0.1
"""The target works against the actor this very turn."""

RECENT, REPEATED = 3, -0.15
"""An action taken again within `RECENT` turns loses `REPEATED` for each time: a second DMZ
visit or a fifth launch surprises no one and moves no one as the first did."""


@dataclass(frozen=True)
class Assessment:
    base: float
    modifiers: tuple[Factor, ...]
    probability: float


def assess(state: WorldState, actor: str, chosen: ChosenAction) -> Assessment:
    """The probability that `actor`'s action succeeds now, with every modifier named."""
    scenario = state.scenario
    action = scenario.action(actor, chosen.action)
    found = [
        Factor(m.name, m.name_ko or m.name, m.change, known_to(m.when, state))
        for m in action.modifiers
        if holds(m.when, state)
    ]
    audience = action_audience(actor, action.audience)
    found.extend(_standing_modifiers(state, actor, chosen, action.category))
    found.extend(_repetition(state, actor, chosen, audience))
    found.extend(_argument(state, actor, audience))
    modifiers = tuple(
        replace(f, value=round(f.value, POINTS)) for f in found if round(f.value, POINTS)
    )
    base = round(action.base_probability, POINTS)
    return Assessment(base, modifiers, odds(base, modifiers))


def odds(base: float, modifiers: Iterable[Factor]) -> float:
    """`base` plus `modifiers`, clamped: the probability, in the grain the modifiers were
    recorded in (whole points; a tenth of a point in games adjudicated before odds were)."""
    return round(min(CEILING, max(FLOOR, base + sum(f.value for f in modifiers))), 3)


def _standing_modifiers(
    state: WorldState, actor: str, chosen: ChosenAction, category: Category
) -> list[Factor]:
    """The modifiers every scenario gets: relations, readiness, standing, tension, counters.

    The first four come from the public picture of the world; a counter-move is known only to
    those who may see that move.
    """
    scenario = state.scenario
    found: list[Factor] = []
    target = scenario.actor(chosen.target) if chosen.target else None
    if target and category in (Category.DIPLOMATIC, Category.ECONOMIC):
        relation = state.relation(actor, target.id)
        found.append(
            Factor(
                f"Relations with {target.name} ({relation:+d})",
                f"{target.name_ko}와의 관계 ({relation:+d})",
                relation / 400,
            )
        )
    for indicator in scenario.indicators:
        value = state.indicator(actor, indicator.id)
        if (indicator.id, category) in _INDICATOR_MODIFIERS:
            found.append(
                Factor(
                    f"{indicator.name} ({value})",
                    f"{indicator.name_ko} ({value})",
                    (value - 50) / 250,
                )
            )
    above_start = state.escalation - scenario.start_escalation
    if category is Category.DIPLOMATIC and above_start > 0:
        level = scenario.escalation_ladder[state.escalation]
        found.append(
            Factor(f"Tension: {level.name}", f"긴장: {level.name_ko}", -0.03 * above_start)
        )
    if target:
        counters = _moves_against(state, target.id, actor)
        if counters:
            found.append(
                Factor(
                    f"Counter-move by {target.name}",
                    f"{target.name_ko}의 맞대응",
                    COUNTER_MOVE,
                    _seen_by_any(target.id, [a.audience for a in counters]),
                )
            )
    return found


def _repetition(
    state: WorldState, actor: str, chosen: ChosenAction, audience: Audience
) -> list[Factor]:
    """The action tried again within `RECENT` turns, known to those who may see the action."""
    turns = [t for t in state.taken.get((actor, chosen.action), ()) if t >= state.turn - RECENT]
    if not turns:
        return []
    return [
        Factor(
            f"Tried {len(turns)}× in the last {RECENT} turns: it counts for less",
            f"최근 {RECENT}턴 동안 {len(turns)}회 반복: 효과 감소",
            REPEATED * len(turns),
            audience,
        )
    ]


def _moves_against(state: WorldState, mover: str, actor: str) -> list[Action]:
    """`mover`'s actions this turn that work against `actor`: their success would worsen the
    two's relations or one of `actor`'s indicators. An ally's help is no counter-move."""
    move = state.moves.get(mover)
    against = []
    for chosen in move.actions if move else ():
        action = state.scenario.action(mover, chosen.action)
        change = resolve(action.on_success, mover, chosen.target)
        if any(
            pair(a, b) == pair(mover, actor) and delta < 0 for a, b, delta in change.relations
        ) or any(a == actor and delta < 0 for a, _, delta in change.indicators):
            against.append(action)
    return against


def _seen_by_any(actor: str, audiences: Sequence[str | list[str]]) -> Audience:
    """Who sees at least one of `actor`'s moves with these audiences (the actor always does)."""
    if any(a == "all" for a in audiences):
        return None
    return frozenset({actor}).union(*(set(a) for a in audiences))


_INDICATOR_MODIFIERS = {
    ("readiness", Category.MILITARY),
    ("standing", Category.DIPLOMATIC),
    ("standing", Category.INFORMATION),
}
"""Which of an actor's indicators weigh on which kind of action (50 is neutral)."""


ARGUMENT_CHANGES: dict[str, float] = {"strong": 0.10, "weak": -0.10}
"""What a strong or a weak argument adds to the probability of each of the seat's actions."""

MAX_STATED = 0.30
"""The largest change, either way, the facilitator may state for an argument."""

_ARGUMENT_NAMES: dict[ArgumentGrade, tuple[str, str]] = {
    "strong": ("Argument judged strong", "논거 강함"),
    "weak": ("Argument judged weak", "논거 약함"),
    "stated": ("Argument judged by the facilitator", "진행자의 논거 판정"),
}


def action_audience(actor: str, addressees: Addressees) -> Audience:
    """Who may know of an action: everyone, or its audience and the actor itself."""
    return None if addressees == "all" else frozenset(addressees) | {actor}


def argument_factor(rating: ArgumentRating, audience: Audience) -> Factor:
    """The facilitator's rating of an argument as a modifier, named with its reason."""
    name, name_ko = _ARGUMENT_NAMES[rating.grade]
    return Factor(
        f"{name}: {rating.reason}", f"{name_ko}: {rating.reason}", rating.change, audience
    )


def _argument(state: WorldState, actor: str, audience: Audience) -> list[Factor]:
    move = state.moves.get(actor)
    if move is None or move.rating is None:
        return []
    return [argument_factor(move.rating, audience)]


def roll(seed: int, seq: int) -> float:
    """The die for the event numbered `seq`: the same game and number always give the same."""
    return round(random.Random(f"{seed}/{seq}").random(), ROLL_PLACES)


ROLL_PLACES = 4


def percent(value: float) -> str:
    """A probability as every view shows it, "42%": the very number the roll is compared with
    (a game adjudicated before odds were made in whole points shows its tenth, "41.5%")."""
    return f"{value * 100:.1f}".removesuffix(".0") + "%"


def signed_percent(value: float) -> str:
    """A modifier as every view shows it: "+4%", "-8%"."""
    return f"{value * 100:+.1f}".removesuffix(".0") + "%"


def _places(probability: float) -> int:
    return POINTS if round(probability, POINTS) == probability else 3


def shown_roll(roll: float, probability: float) -> str:
    """The roll cut, not rounded, to the grain of the probability it was compared with, so that
    what is shown compares as what was compared: 0.4295 against 0.43 shows as 0.42, below it."""
    places = _places(probability)
    cut = round(roll * 10**ROLL_PLACES) // 10 ** (ROLL_PLACES - places)
    return f"{cut / 10**places:.{places}f}"


def rationale(
    scenario: Scenario,
    a: ActionAdjudicated | Adjudication,
    modifiers: Sequence[Factor],
    language: str = "en",
    rolled: bool = True,
) -> str:
    """The adjudication in plain words, in English or Korean, from its recorded numbers and the
    `modifiers` its reader may know of.

    `rolled`: the reader knows every modifier, so the probability is the one the roll met and
    the roll is told. A seat or the room is told the odds as far as it may know them and the
    outcome: a roll set against odds it cannot know would reveal what it may not know.
    """
    ko = language == "ko"
    if a.free is not None:  # a free action is named in the proposer's own words
        name = name_ko = a.free.title
    else:
        action = scenario.action(a.actor, a.action)
        name, name_ko = action.name, action.name_ko
    who = scenario.actor(a.actor)
    target = scenario.actor(a.target) if a.target else None
    probability = a.probability if rolled else odds(a.base, modifiers)
    succeeded = a.roll < a.probability if rolled else a.success
    parts = "; ".join(
        [f"{'기본' if ko else 'base'} {percent(a.base)}"]
        + [f"{f.name_ko if ko else f.name} {signed_percent(f.value)}" for f in modifiers]
    )
    if ko:
        aimed = f" (대상: {target.name_ko})" if target else ""
        verdict = f"행동이 {'성공합니다' if succeeded else '실패합니다'}."
        told = (
            f". 주사위 {_comparison(a.roll, probability)}: {verdict}"
            if rolled
            else f" (알 수 있는 범위). {verdict}"
        )
        return f"{who.name_ko}: {name_ko}{aimed}. {parts} → {percent(probability)}{told}"
    aimed = f" towards {target.name}" if target else ""
    verdict = f"the action {'succeeds' if succeeded else 'falls short'}."
    told = (
        f". Roll {_comparison(a.roll, probability)}: {verdict}"
        if rolled
        else f" as far as you may know; {verdict}"
    )
    return f"{who.name}: {name}{aimed}. {parts} → {percent(probability)}{told}"


def _comparison(roll: float, probability: float) -> str:
    """The roll and the probability it met, in the same grain: "0.48 ≥ 0.42"."""
    sign = "<" if roll < probability else "≥"
    return f"{shown_roll(roll, probability)} {sign} {probability:.{_places(probability)}f}"
