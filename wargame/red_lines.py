"""When a red line is crossed, and by whom.

A red line is crossed the first time its condition holds as a turn closes. Whoever pushed the
world over it is named: the actors whose actions this turn moved what the condition measures
towards it (escalation up a ladder bound, an indicator or relation towards its bound, or the
named action itself). When only events did, no one is named. The red line's consequence then
falls on those actors, once.
"""

from __future__ import annotations

from wargame.conditions import holds
from wargame.events import RedLineCrossed
from wargame.scenario import Bound, Condition
from wargame.state import Adjudication, WorldState, pair


def newly_crossed(state: WorldState) -> list[RedLineCrossed]:
    """The red lines crossed for the first time in `state`, the turn's outcome published."""
    crossed = []
    for actor in state.scenario.actors:
        for line in actor.red_lines:
            if not state.crossed(actor.id, line.id) and holds(line.condition, state):
                by = sorted({a.actor for a in state.adjudications if _pushed(line.condition, a)})
                crossed.append(RedLineCrossed(actor=actor.id, red_line=line.id, by=by))
    return crossed


def _pushed(condition: Condition, item: Adjudication) -> bool:
    """Whether the adjudicated action's effect moved the world towards `condition`."""
    c, made = condition, item.applied
    if c.escalation is not None or c.peak is not None:
        return _towards(c.escalation or c.peak, made.escalation)
    if c.indicator is not None:
        i = c.indicator
        return any(
            (a, name) == (i.actor, i.indicator) and _towards(i, delta)
            for a, name, delta in made.indicators
        )
    if c.relation is not None:
        r = c.relation
        return any(
            pair(a, b) == pair(*r.between) and _towards(r, delta) for a, b, delta in made.relations
        )
    if c.succeeded is not None:
        return item.success and (item.actor, item.action) == (c.succeeded.actor, c.succeeded.action)
    return any(_pushed(child, item) for child in c.all or c.any or ())


def _towards(bound: Bound | None, delta: int) -> bool:
    """Whether a change of `delta` moves a value towards the side where the bound holds."""
    if bound is None or not delta:
        return False
    return bound.at_least is not None and delta > 0 or bound.at_most is not None and delta < 0
