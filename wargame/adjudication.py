"""Adjudication that shows its working: probability = base + named modifiers, clamped; a
roll seeded from the game seed and the event's sequence number; a rationale in plain words.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from wargame.conditions import holds, known_to
from wargame.effects import outcome, resolve
from wargame.events import ActionAdjudicated, IncidentChecked
from wargame.free_actions import FreeAction
from wargame.names import actor_name, bloc_name, particle
from wargame.scenario import Action, Category, Effect, Modifier, Scenario
from wargame.scenario import Audience as Addressees
from wargame.state import (
    Adjudication,
    ArgumentGrade,
    ArgumentRating,
    Audience,
    Change,
    ChosenAction,
    Factor,
    IncidentCheck,
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
"""An action that wears out, taken again within `RECENT` turns, loses `REPEATED` for each time:
a second DMZ visit or a third launch surprises no one and moves no one as the first did."""

ROUTINE = 2
"""Tried `ROUTINE` times within `RECENT` turns, an action that wears out is routine: it still
does what else it does, but its step up or down a ladder no longer counts, and a routine move
up risks no incident (the other side has learnt to read it)."""

BLOCS = -0.03
"""What each rung of the bloc ladder above its start takes off a diplomatic action: talking
across hardening blocs is harder."""


@dataclass(frozen=True)
class Assessment:
    base: float
    modifiers: tuple[Factor, ...]
    probability: float


def assess(state: WorldState, actor: str, chosen: ChosenAction) -> Assessment:
    """The probability that `actor`'s action succeeds now, with every modifier named."""
    return Assessor(state, actor).assess(chosen)


class Assessor:
    """The assessment of one actor's actions in one state of the world. What an action gets
    from the actor's standing and the ladders depends only on its kind (diplomatic, military,
    ...), so it is made once for each kind: a bot weighs its whole menu at a time."""

    def __init__(self, state: WorldState, actor: str) -> None:
        self.state, self.actor = state, actor
        self._by_kind: dict[tuple[Category, bool], list[Factor]] = {}

    def assess(self, chosen: ChosenAction) -> Assessment:
        action, found = self._found(chosen)
        return _assessment(action.base_probability, found)

    def probability(self, chosen: ChosenAction) -> float:
        """`assess(chosen).probability`, without the named modifiers to go with it: all a bot
        needs to weigh its menu."""
        action, found = self._found(chosen, named=False)
        return _total(action.base_probability, [f.value for f in found])

    def _found(self, chosen: ChosenAction, named: bool = True) -> tuple[Action, list[Factor]]:
        """The action and its modifiers; unless `named`, only their values are made (a bot
        weighing its menu needs no names, nor who may know of each)."""
        state, actor = self.state, self.actor
        scenario = state.scenario
        action = scenario.action(actor, chosen.action)
        category = action.category
        found = _scenario_modifiers(action.modifiers, state, named)
        # The modifiers every scenario gets: relations, readiness, standing, tension, blocs,
        # counters. The first five come from the public picture of the world; a counter-move
        # is known only to those who may see that move.
        if chosen.target and category in (Category.DIPLOMATIC, Category.ECONOMIC):
            if named:
                found.append(relation_factor(state, actor, chosen.target))
            else:
                found.append(Factor("", "", state.relation(actor, chosen.target) / 400))
        if (category, named) not in self._by_kind:
            self._by_kind[category, named] = _kind_modifiers(state, actor, category, named)
        found.extend(self._by_kind[category, named])
        if chosen.target:
            found.extend(_counter_move(state, actor, chosen, action))
        audience = action_audience(actor, action.audience) if named else None
        found.extend(_repetition(state, actor, chosen, action, audience))
        found.extend(_argument(state, actor, audience))
        return action, found


def relation_factor(state: WorldState, actor: str, target: str) -> Factor:
    """Relations with the target, for a diplomatic or economic action aimed at it."""
    relation = state.relation(actor, target)
    named = state.scenario.actor(target)
    return Factor(
        f"Relations with {named.name} ({relation:+d})",
        f"{particle(named.name_ko, '과', '와')}의 관계 ({relation:+d})",
        relation / 400,
    )


def _scenario_modifiers(
    modifiers: Sequence[Modifier], state: WorldState, named: bool = True
) -> list[Factor]:
    return [
        Factor(m.name, m.name_ko or m.name, m.change, known_to(m.when, state) if named else None)
        for m in modifiers
        if holds(m.when, state)
    ]


def _assessment(base: float, found: Iterable[Factor]) -> Assessment:
    """Each modifier rounded to whole points once, as it is assessed; none that rounds to 0."""
    modifiers = []
    for f in found:
        value = round(f.value, POINTS)
        if value:
            modifiers.append(Factor(f.name, f.name_ko, value, f.audience))
    base = round(base, POINTS)
    return Assessment(base, tuple(modifiers), odds(base, modifiers))


def odds(base: float, modifiers: Iterable[Factor]) -> float:
    """`base` plus `modifiers`, clamped: the probability, in the grain the modifiers were
    recorded in (whole points; a tenth of a point in games adjudicated before odds were)."""
    return round(min(CEILING, max(FLOOR, base + sum(f.value for f in modifiers))), 3)


def _total(base: float, values: list[float]) -> float:
    """The odds `_assessment` makes of `base` and modifiers of these values, unnamed."""
    points = [round(v, POINTS) for v in values]
    return round(min(CEILING, max(FLOOR, round(base, POINTS) + sum(p for p in points if p))), 3)


def _kind_modifiers(
    state: WorldState, actor: str, category: Category, named: bool = True
) -> list[Factor]:
    """What an action of this kind gets from the actor's indicators and the ladders; unless
    `named`, the indicators' factors go without the names a bot weighing its menu never reads."""
    scenario = state.scenario
    found: list[Factor] = []
    for indicator in scenario.indicators:
        if (indicator.id, category) not in _INDICATOR_MODIFIERS:
            continue
        value = state.indicator(actor, indicator.id)
        if not named:
            found.append(Factor("", "", (value - 50) / 250))
            continue
        found.append(
            Factor(
                f"{indicator.name} ({value})",
                f"{indicator.name_ko} ({value})",
                (value - 50) / 250,
            )
        )
    if category is not Category.DIPLOMATIC:
        return found
    above_start = state.escalation - scenario.start_escalation
    if above_start > 0:
        level = scenario.escalation_ladder[state.escalation]
        found.append(
            Factor(f"Tension: {level.name}", f"긴장: {level.name_ko}", -0.03 * above_start)
        )
    hardened = state.blocs - scenario.start_blocs
    if hardened > 0:
        found.append(
            Factor(
                f"Blocs: {bloc_name(scenario, state.blocs, 'en')}",
                f"진영: {bloc_name(scenario, state.blocs, 'ko')}",
                BLOCS * hardened,
            )
        )
    return found


def _counter_move(
    state: WorldState, actor: str, chosen: ChosenAction, action: Action
) -> list[Factor]:
    """The target's counter-move this turn, if it made one, known to those who may see it."""
    assert chosen.target is not None
    counters = _moves_against(state, chosen.target, actor, action.on_success, chosen.target)
    if not counters:
        return []
    target = state.scenario.actor(chosen.target)
    return [
        Factor(
            f"Counter-move by {target.name}",
            f"{target.name_ko}의 맞대응",
            COUNTER_MOVE,
            _seen_by_any(target.id, [a.audience for a in counters]),
        )
    ]


def tries(state: WorldState, actor: str, action_id: str) -> int:
    """How often `actor` has tried the action in the last `RECENT` turns."""
    return sum(t >= state.turn - RECENT for t in state.taken.get((actor, action_id), ()))


def worn_out(state: WorldState, actor: str, action_id: str) -> bool:
    """Whether the action, if it wears out, has been tried often enough lately to be routine."""
    action = state.scenario.action(actor, action_id)
    return action.wears_out and tries(state, actor, action_id) >= ROUTINE


def moves_a_ladder(action: Action) -> bool:
    return any(e.escalation or e.blocs for e in (action.on_success, action.on_failure))


def _repetition(
    state: WorldState, actor: str, chosen: ChosenAction, action: Action, audience: Audience
) -> list[Factor]:
    """The action tried again within `RECENT` turns, if it is one that wears out, known to
    those who may see the action. An action meant to be sustained loses nothing."""
    if not action.wears_out:
        return []
    count = tries(state, actor, chosen.action)
    if not count:
        return []
    if count >= ROUTINE and moves_a_ladder(action):
        name = f"Tried {count}× in the last {RECENT} turns: routine now, it counts for less "
        name += "and moves no ladder"
        name_ko = f"최근 {RECENT}턴 동안 {count}회 반복: 일상이 되어 효과가 줄고 사다리를 "
        name_ko += "움직이지 못함"
    else:
        name = f"Tried {count}× in the last {RECENT} turns: it counts for less"
        name_ko = f"최근 {RECENT}턴 동안 {count}회 반복: 효과 감소"
    return [Factor(name, name_ko, REPEATED * count, audience)]


def pulls(change: Change) -> dict[tuple[str, ...], int]:
    """Which way a change moves each thing it moves: a ladder, an indicator, a relation."""
    found: dict[tuple[str, ...], int] = {}
    if change.escalation:
        found["escalation",] = change.escalation
    if change.blocs:
        found["blocs",] = change.blocs
    for a, name, delta in change.indicators:
        found["indicator", a, name] = delta
    for a, b, delta in change.relations:
        found["relation", *pair(a, b)] = delta
    return found


def _moves_against(
    state: WorldState, mover: str, actor: str, seeks: Effect, target: str | None
) -> list[Action]:
    """`mover`'s actions this turn that counter `actor`'s action (whose success is `seeks`):
    aimed at `actor` (it is their target) and opposed to it, their success moving something the
    action moves the other way. A move aimed elsewhere, or one that pulls the same way, is no
    counter-move: a launch is not a counter to aid, nor an ally's help to a request."""
    move = state.moves.get(mover)
    if move is None:
        return []
    sought = pulls(resolve(seeks, actor, target))
    against = []
    for chosen in move.actions:
        if chosen.target != actor:
            continue
        action = state.scenario.action(mover, chosen.action)
        pulled = pulls(outcome(state.scenario, mover, chosen.action, chosen.target, True))
        if any(sought.get(key, 0) * delta < 0 for key, delta in pulled.items()):
            against.append(action)
    return against


def stands_down(state: WorldState) -> bool:
    """Whether forces stand down as this turn closes: the ladder stands at the line (from
    `incident.at`, below armed clash) and no seat made a fresh move up it this turn. Alerts
    are costly to hold, and a turn in which no one adds a new move lets them ease; a routine
    move, read as routine, holds nothing up."""
    risk = state.scenario.incident
    if risk is None or not risk.at <= state.escalation < risk.rung:
        return False
    scenario = state.scenario
    return not any(
        _ladder_step(a.free or scenario.action(a.actor, a.action)) > 0 and not a.worn_out
        for a in state.adjudications
    )


def _ladder_step(action: Action | FreeAction) -> int:
    """Which way the action would move the escalation ladder: up if either outcome raises it,
    else down if success lowers it."""
    if action.on_success.escalation > 0 or action.on_failure.escalation > 0:
        return 1
    return -1 if action.on_success.escalation < 0 else 0


def standing_risk(state: WorldState) -> Assessment | None:
    """The odds a check for an incident would start from this turn, before any move: the base,
    the rungs above `incident.at` and the scenario's modifiers; None when the ladder stands
    where no check is made. Every seat sees it as it deliberates: the risk it would add to with
    a fresh move up."""
    risk = state.scenario.incident
    if risk is None or not risk.at <= state.escalation < risk.rung:
        return None
    return _assessment(risk.base, _ladder_risk(state))


def _ladder_risk(state: WorldState) -> list[Factor]:
    """The factors of a check that come from where the ladder stands, not from moves."""
    scenario = state.scenario
    risk = scenario.incident
    assert risk is not None
    found = []
    above = state.escalation - risk.at
    if above and risk.per_rung:
        level = scenario.escalation_ladder[state.escalation]
        tension = risk.per_rung * above
        found.append(Factor(f"Tension: {level.name}", f"긴장: {level.name_ko}", tension))
    return found + _scenario_modifiers(risk.modifiers, state)


@dataclass(frozen=True)
class IncidentAssessment(Assessment):
    by: tuple[str, ...]  # the seats whose fresh moves up raised the risk
    audience: Audience  # who may know of at least one of those moves: who may know of the check


def assess_incident(state: WorldState) -> IncidentAssessment | None:
    """The turn's check for an incident at the line, if one is due: the ladder stands at or
    above the scenario's `incident.at` and below armed clash, and some seat has chosen a fresh
    move up it (one not yet routine). None when no check is due.

    The odds are named like an action's: the base, the rungs above `at`, each fresh move up
    (known to those who may see that move), each move down, and the scenario's own modifiers.
    The seats whose moves raised the risk are those named should an incident happen."""
    scenario = state.scenario
    risk = scenario.incident
    if risk is None or not risk.at <= state.escalation < risk.rung:
        return None
    found: list[Factor] = []
    by = []
    raised: list[Audience] = []
    for actor in scenario.actor_ids:
        move = state.moves.get(actor)
        for chosen in move.actions if move else ():
            action = scenario.action(actor, chosen.action)
            step = _ladder_step(action)
            if not step or worn_out(state, actor, chosen.action):
                continue
            en = f"{actor_name(scenario, actor, 'en')}: {action.name}"
            ko = f"{actor_name(scenario, actor, 'ko')}: {action.name_ko}"
            audience = action_audience(actor, action.audience)
            if step > 0:
                by.append(actor)
                raised.append(audience)
                found.append(Factor(en, ko, risk.per_move, audience))
            else:
                found.append(Factor(en, ko, -risk.per_step_back, audience))
    if not by:
        return None
    assessed = _assessment(risk.base, found + _ladder_risk(state))
    known: Audience = None if None in raised else frozenset().union(*(a or () for a in raised))
    return IncidentAssessment(
        assessed.base, assessed.modifiers, assessed.probability, tuple(sorted(set(by))), known
    )


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


class Proposal(NamedTuple):
    """An action's adjudication as the engine proposes it, before it is recorded: what its
    rationale is told from."""

    actor: str
    action: str
    target: str | None
    base: float
    probability: float
    roll: float
    success: bool


def rationale(
    scenario: Scenario,
    a: Proposal | ActionAdjudicated | Adjudication,
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
    free = None if isinstance(a, Proposal) else a.free
    if free is not None:  # a free action is named in the proposer's own words
        name = name_ko = free.title
    else:
        action = scenario.action(a.actor, a.action)
        name, name_ko = action.name, action.name_ko
    who = scenario.actor(a.actor)
    target = scenario.actor(a.target) if a.target else None
    succeeded = a.roll < a.probability if rolled else a.success
    if ko:
        aimed = f" (대상: {target.name_ko})" if target else ""
        headline = f"{who.name_ko}: {name_ko}{aimed}"
        verdict = f"행동이 {'성공합니다' if succeeded else '실패합니다'}."
    else:
        aimed = f" towards {target.name}" if target else ""
        headline = f"{who.name}: {name}{aimed}"
        verdict = f"the action {'succeeds' if succeeded else 'falls short'}."
    return _told(headline, a.base, a.probability, a.roll, modifiers, verdict, ko, rolled)


def incident_rationale(
    scenario: Scenario,
    check: IncidentChecked | IncidentCheck,
    modifiers: Sequence[Factor],
    language: str = "en",
    rolled: bool = True,
) -> str:
    """The check for an incident at the line in plain words, as `rationale` tells an action."""
    ko = language == "ko"
    risk = scenario.incident
    happened = check.roll < check.probability if rolled else check.happened
    if ko:
        headline = risk.name_ko if risk else "접경 우발 충돌 위험"
        verdict = "무력 충돌이 일어납니다." if happened else "충돌은 일어나지 않습니다."
    else:
        headline = risk.name if risk else "Risk of an incident at the line"
        verdict = "an armed incident happens." if happened else "no incident happens."
    numbers = (check.base, check.probability, check.roll)
    return _told(headline, *numbers, modifiers, verdict, ko, rolled)


def _told(
    headline: str,
    base: float,
    probability: float,
    roll: float,
    modifiers: Sequence[Factor],
    verdict: str,
    ko: bool,
    rolled: bool,
) -> str:
    """ "headline. base 40%; a +10% → 50%. Roll 0.42 < 0.50: verdict", or for a reader who may
    not know every modifier, the odds as far as it may know them and the verdict alone."""
    if not rolled:
        probability = odds(base, modifiers)
    parts = "; ".join(
        [f"{'기본' if ko else 'base'} {percent(base)}"]
        + [f"{f.name_ko if ko else f.name} {signed_percent(f.value)}" for f in modifiers]
    )
    if ko:
        told = (
            f". 주사위 {_comparison(roll, probability)}: {verdict}"
            if rolled
            else f" (알 수 있는 범위). {verdict}"
        )
    else:
        told = (
            f". Roll {_comparison(roll, probability)}: {verdict}"
            if rolled
            else f" as far as you may know; {verdict}"
        )
    return f"{headline}. {parts} → {percent(probability)}{told}"


def _comparison(roll: float, probability: float) -> str:
    """The roll and the probability it met, in the same grain: "0.48 ≥ 0.42"."""
    sign = "<" if roll < probability else "≥"
    return f"{shown_roll(roll, probability)} {sign} {probability:.{_places(probability)}f}"
