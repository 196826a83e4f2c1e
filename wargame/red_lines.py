"""When a red line is crossed, and by whom.

A red line is drawn against the conduct of other governments, so it is crossed by a seat's
move: the first time its condition holds as a turn closes and some actor's move this turn
pushed the world towards it (escalation up a ladder bound, an indicator or relation towards its
bound, or the named action itself; an incident at the line counts as the move of the seats whose
moves raised its risk). Those actors are named, and the red line's consequence falls on them,
once. Events alone (an inject) never cross a red line: a world they carry over it stands at the
line, and the next move that pushes further crosses it.
"""

from __future__ import annotations

from collections.abc import Iterator

from wargame.conditions import holds
from wargame.events import RedLineCrossed
from wargame.scenario import Bound, Condition
from wargame.state import Change, WorldState, pair


def newly_crossed(state: WorldState) -> list[RedLineCrossed]:
    """The red lines crossed for the first time in `state`, the turn's outcome published."""
    crossed = []
    for actor in state.scenario.actors:
        for line in actor.red_lines:
            if not state.crossed(actor.id, line.id) and holds(line.condition, state):
                by = sorted(
                    {who for who, made, done in _moves(state) if pushes(line.condition, made, done)}
                )
                if by:
                    crossed.append(RedLineCrossed(actor=actor.id, red_line=line.id, by=by))
    return crossed


def _moves(state: WorldState) -> Iterator[tuple[str, Change, tuple[str, str] | None]]:
    """Each move of the turn as published: who made it, what it changed, and the action that
    succeeded (if it did). An incident is the move of each seat that raised its risk."""
    for a in state.adjudications:
        yield a.actor, a.applied, (a.actor, a.action) if a.success else None
    if state.incident is not None:
        for actor in state.incident.by:
            yield actor, state.incident.applied, None


def pushes(condition: Condition, made: Change, succeeded: tuple[str, str] | None) -> bool:
    """Whether a move that made `made` (and, if it succeeded, was the action `succeeded`)
    pushed the world towards `condition`."""
    c = condition
    if c.escalation is not None or c.peak is not None:
        return _towards(c.escalation or c.peak, made.escalation)
    if c.blocs is not None:
        return _towards(c.blocs, made.blocs)
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
        return succeeded == (c.succeeded.actor, c.succeeded.action)
    return any(pushes(child, made, succeeded) for child in c.all or c.any or ())


def _towards(bound: Bound | None, delta: int) -> bool:
    """Whether a change of `delta` moves a value towards the side where the bound holds."""
    if bound is None or not delta:
        return False
    return bound.at_least is not None and delta > 0 or bound.at_most is not None and delta < 0
