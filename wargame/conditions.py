"""Evaluating scenario conditions against the world state (triggers, objectives, endings)."""

from __future__ import annotations

from functools import reduce

from wargame.scenario import Condition, CrossedRef
from wargame.state import Audience, Crossing, WorldState


def holds(condition: Condition, state: WorldState) -> bool:
    c = condition
    if c.escalation is not None:
        return c.escalation.holds(state.escalation)
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


def _matches(ref: CrossedRef, crossing: Crossing) -> bool:
    return (
        ref.actor in (None, crossing.actor)
        and ref.red_line in (None, crossing.red_line)
        and (ref.by is None or ref.by in crossing.by)
    )


def known_to(condition: Condition, state: WorldState) -> Audience:
    """Who may know whether `condition` holds (None: everyone).

    The ladder (and its peak), the turn, indicators, relations and red lines crossed are
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


def red_lines_crossed(state: WorldState, actor: str) -> tuple[str, ...]:
    """The actor's red lines crossed so far in the game (see `wargame.red_lines`)."""
    return tuple(c.red_line for c in state.crossings if c.actor == actor)


def ending_for(state: WorldState) -> str:
    """The first ending whose condition holds; the last ending is the fallback."""
    for ending in state.scenario.endings:
        if ending.condition is None or holds(ending.condition, state):
            return ending.id
    return state.scenario.endings[-1].id
