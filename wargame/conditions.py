"""Evaluating scenario conditions against the world state (triggers, objectives, endings)."""

from __future__ import annotations

from functools import reduce
from typing import Literal

from wargame.scenario import Bound, Condition, CrossedRef
from wargame.state import Audience, Crossing, WorldState


def holds(condition: Condition, state: WorldState) -> bool:
    c = condition
    if c.escalation is not None:
        return c.escalation.holds(state.escalation)
    if c.blocs is not None:
        return c.blocs.holds(state.blocs)
    if c.turn is not None:
        return c.turn.holds(state.turn)
    if c.peak is not None:
        return c.peak.holds(state.peak)
    if c.indicator is not None:
        return c.indicator.holds(state.indicator(c.indicator.actor, c.indicator.indicator))
    if c.relation is not None:
        return c.relation.holds(state.relation(*c.relation.between))
    if c.released is not None:
        return state.is_released(c.released)
    if c.succeeded is not None:
        return (c.succeeded.actor, c.succeeded.action) in state.successes
    if c.crossed is not None:
        return any(_matches(c.crossed, crossing) for crossing in state.crossings)
    if c.all is not None:
        return all(holds(child, state) for child in c.all)
    if c.any is not None:
        return any(holds(child, state) for child in c.any)
    assert c.not_ is not None
    return not holds(c.not_, state)


def settled(condition: Condition, state: WorldState) -> bool | None:
    """Whether `condition` is decided for the rest of the game: True if it holds and will hold
    whatever happens, False if it can never hold again, None while play can still change it.

    The path only grows: the turn and the ladder's peak never go down, a red line once crossed
    stays crossed, a released inject and a succeeded action stay so (short of the facilitator
    taking a step back within its phase). The ladder now, indicators and relations go either
    way, and so does the bloc ladder. Once the exercise has ended, everything is decided.
    """
    c = condition
    now = holds(c, state)
    if state.ended:
        return now
    if c.turn is not None:
        return _climbing(c.turn, state.turn)
    if c.peak is not None:
        return _climbing(c.peak, state.peak)
    if c.released is not None or c.succeeded is not None or c.crossed is not None:
        return True if now else None
    if c.all is not None:
        parts = [settled(child, state) for child in c.all]
        return False if False in parts else True if all(parts) else None
    if c.any is not None:
        parts = [settled(child, state) for child in c.any]
        return True if True in parts else False if all(p is False for p in parts) else None
    if c.not_ is not None:
        inner = settled(c.not_, state)
        return None if inner is None else not inner
    return None


def _climbing(bound: Bound, value: int) -> bool | None:
    """`settled` for a value that never goes down: past the ceiling is lost for good; within a
    range with no ceiling, held for good."""
    if bound.at_most is not None and value > bound.at_most:
        return False
    if bound.at_most is None and bound.holds(value):
        return True
    return None


def _matches(ref: CrossedRef, crossing: Crossing) -> bool:
    return (
        ref.actor in (None, crossing.actor)
        and ref.red_line in (None, crossing.red_line)
        and (ref.by is None or ref.by in crossing.by)
    )


def known_to(condition: Condition, state: WorldState) -> Audience:
    """Who may know whether `condition` holds (None: everyone).

    The ladders (and the peak), the turn, indicators, relations and red lines crossed are
    public; a released inject is known to its audience, an action's success to the audience of
    its results. Knowing a combination takes knowing each part.
    """
    c = condition
    if c.released is not None:
        record = state.injects.get(c.released)
        if record is not None:
            return record.text.audience
        planned = state.scenario.inject(c.released).audience
        return None if planned == "all" else frozenset(planned)
    if c.succeeded is not None:
        action = state.scenario.action(c.succeeded.actor, c.succeeded.action)
        return (
            None if action.audience == "all" else frozenset(action.audience) | {c.succeeded.actor}
        )
    parts = c.all or c.any or ([c.not_] if c.not_ is not None else [])
    return reduce(_both, (known_to(part, state) for part in parts), None)


def _both(a: Audience, b: Audience) -> Audience:
    if a is None:
        return b
    return a if b is None else a & b


def objectives_met(state: WorldState, actor: str) -> tuple[str, ...]:
    return tuple(o.id for o in state.scenario.actor(actor).objectives if holds(o.condition, state))


Standing = Literal["met", "missed", "secured", "holding", "open", "lost"]
"""Where an objective stands: at the end, met or missed; during play, secured (it will hold
whatever happens), holding so far, still open, or lost for good."""


def objective_standing(state: WorldState, actor: str) -> dict[str, Standing]:
    """Each of `actor`'s objectives and where it stands now (see `Standing`)."""
    standing: dict[str, Standing] = {}
    for objective in state.scenario.actor(actor).objectives:
        decided = settled(objective.condition, state)
        if state.ended:
            standing[objective.id] = "met" if decided else "missed"
        elif decided is not None:
            standing[objective.id] = "secured" if decided else "lost"
        else:
            standing[objective.id] = "holding" if holds(objective.condition, state) else "open"
    return standing


def red_lines_crossed(state: WorldState, actor: str) -> tuple[str, ...]:
    """The actor's red lines crossed so far in the game (see `wargame.red_lines`)."""
    return tuple(c.red_line for c in state.crossings if c.actor == actor)


def ending_for(state: WorldState) -> str:
    """The first ending whose condition holds; the last ending is the fallback."""
    for ending in state.scenario.endings:
        if ending.condition is None or holds(ending.condition, state):
            return ending.id
    return state.scenario.endings[-1].id
