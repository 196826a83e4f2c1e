"""Applying a scenario effect to the world: escalation steps, indicators and relations.

Values are clamped to their ranges, and the change actually made is returned so that a
facilitator's undo can take back exactly that.
"""

from __future__ import annotations

from wargame.scenario import SELF, TARGET, Effect, Scenario
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
    return Change(effect.escalation, tuple(indicators), tuple(relations), effect.blocs)


def outcome(
    scenario: Scenario,
    actor: str,
    action_id: str,
    target: str | None,
    success: bool,
    worn: bool = False,
) -> Change:
    """What the action's success (or failure) would change, resolved for its actor and target,
    made once for the scenario: the engine and the bots ask for it again and again. A routine
    action (`worn`) moves no ladder."""

    def make() -> Change:
        action = scenario.action(actor, action_id)
        change = resolve(action.on_success if success else action.on_failure, actor, target)
        return change._replace(escalation=0, blocs=0) if worn else change

    return scenario.derived(("outcome", actor, action_id, target, success, worn), make)


def apply_change(
    state: WorldState,
    change: Change,
    to_clash: bool = False,
    band: tuple[int, int] | None = None,
) -> tuple[WorldState, Change]:
    """Apply intended changes; return the new state and the changes really made.

    Where the scenario says how armed clash comes (`incident`), a change stops on the rung
    below it unless `to_clash`: a kinetic action, an incident, or a change taken back exactly.
    A change never takes the ladder out of `band` (lowest and highest rung), where one is given.
    """
    scenario = state.scenario
    escalation = state.escalation
    if change.escalation:
        escalation = _clamp(escalation + change.escalation, 0, scenario.top_escalation)
        incident = scenario.incident
        if incident is not None and not to_clash and state.escalation < incident.rung:
            escalation = min(escalation, incident.rung - 1)
        if band is not None:
            low, high = band
            escalation = max(
                min(escalation, max(high, state.escalation)), min(low, state.escalation)
            )
    blocs = state.blocs
    if change.blocs:
        blocs = _clamp(blocs + change.blocs, 0, scenario.top_blocs)

    indicators = state.indicators
    made_indicators = []
    if change.indicators:
        indicators = dict(indicators)  # an actor's own values are copied only if they change
        for actor, name, delta in change.indicators:
            values = dict(indicators[actor])
            old = values[name]
            values[name] = new = max(INDICATOR_MIN, min(INDICATOR_MAX, old + delta))
            indicators[actor] = values
            if new != old:
                made_indicators.append((actor, name, new - old))

    relations = state.relations
    made_relations = []
    if change.relations:
        changed = dict(relations)
        for a, b, delta in change.relations:
            key = pair(a, b)
            old = changed.get(key, 0)
            changed[key] = new = max(RELATION_MIN, min(RELATION_MAX, old + delta))
            if new != old:
                made_relations.append((a, b, new - old))
        relations = changed

    made = Change(
        escalation - state.escalation,
        tuple(made_indicators),
        tuple(made_relations),
        blocs - state.blocs,
    )
    new_state = state.moved(
        escalation=escalation, indicators=indicators, relations=relations, blocs=blocs
    )
    return new_state, made
