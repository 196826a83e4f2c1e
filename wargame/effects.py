"""Applying a scenario effect to the world: escalation steps, indicators and relations.

Values are clamped to their ranges, and the change actually made is returned so that a
facilitator's undo can take back exactly that.
"""

from __future__ import annotations

from dataclasses import replace

from wargame.scenario import SELF, TARGET, Effect
from wargame.state import Change, WorldState, pair

INDICATOR_MIN, INDICATOR_MAX = 0, 100
RELATION_MIN, RELATION_MAX = -100, 100


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def resolve(effect: Effect, actor: str | None = None, target: str | None = None) -> Change:
    """The effect as intended changes, with `self` and `target` replaced by actor ids.

    A change that names a target when there is none (or an actor and itself) is left out.
    """
    names = {SELF: actor, TARGET: target}

    def who(name: str) -> str | None:
        return names.get(name, name)

    indicators = []
    for change in effect.indicators:
        if (someone := who(change.actor)) is not None:
            indicators.append((someone, change.indicator, change.change))
    relations = []
    for relation in effect.relations:
        a, b = who(relation.between[0]), who(relation.between[1])
        if a is not None and b is not None and a != b:
            relations.append((a, b, relation.change))
    return Change(effect.escalation, tuple(indicators), tuple(relations))


def apply_change(state: WorldState, change: Change) -> tuple[WorldState, Change]:
    """Apply intended changes; return the new state and the changes really made."""
    top = state.scenario.top_escalation
    escalation = _clamp(state.escalation + change.escalation, 0, top)

    indicators = {actor: dict(values) for actor, values in state.indicators.items()}
    made_indicators = []
    for actor, name, delta in change.indicators:
        old = indicators[actor][name]
        new = _clamp(old + delta, INDICATOR_MIN, INDICATOR_MAX)
        indicators[actor][name] = new
        if new != old:
            made_indicators.append((actor, name, new - old))

    relations = dict(state.relations)
    made_relations = []
    for a, b, delta in change.relations:
        key = pair(a, b)
        old = relations.get(key, 0)
        new = _clamp(old + delta, RELATION_MIN, RELATION_MAX)
        relations[key] = new
        if new != old:
            made_relations.append((a, b, new - old))

    made = Change(escalation - state.escalation, tuple(made_indicators), tuple(made_relations))
    new_state = replace(state, escalation=escalation, indicators=indicators, relations=relations)
    return new_state, made
