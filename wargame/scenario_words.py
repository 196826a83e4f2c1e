"""What a scenario's conditions and effects say, in plain English or Korean: "escalation at least
4 (Hardening blocs) and Seoul's economy at most 40"; "escalation +1; Seoul–Beijing relations +10".
The facilitator script prints them beside the injects, red lines and endings they govern."""

from __future__ import annotations

from wargame.names import action_name, actor_name, indicator_name, level_name, red_line_text
from wargame.scenario import SELF, TARGET, Bound, Condition, CrossedRef, Effect, Scenario

WORDS = {
    "en": {
        "at_least": "at least {v}",
        "at_most": "at most {v}",
        "between": "between {low} and {high}",
        "escalation": "escalation {bound}",
        "peak": "the highest escalation so far {bound}",
        "crossed": "{whose}red line{line} has been crossed{by}",
        "crossed whose": "{actor}'s ",
        "crossed by": " by {actor}",
        "a": "a ",
        "turn": "turn {bound}",
        "indicator": "{actor}'s {indicator} {bound}",
        "relation": "{a}–{b} relations {bound}",
        "released": "inject {inject} has been released",
        "succeeded": "{actor}'s “{action}” has succeeded",
        "and": " and ",
        "or": " or ",
        "not": "not ({condition})",
        "self": "the actor",
        "target": "its target",
        "escalation_change": "escalation {v:+d}",
        "indicator_change": "{actor}'s {indicator} {v:+d}",
        "relation_change": "{a}–{b} relations {v:+d}",
    },
    "ko": {
        "at_least": "{v} 이상",
        "at_most": "{v} 이하",
        "between": "{low}~{high}",
        "escalation": "확전 단계 {bound}",
        "peak": "지금까지의 최고 확전 단계 {bound}",
        "crossed": "{whose}레드라인{line}을 넘음{by}",
        "crossed whose": "{actor}의 ",
        "crossed by": " (원인: {actor})",
        "a": "",
        "turn": "{bound}턴",
        "indicator": "{actor}의 {indicator} {bound}",
        "relation": "{a}–{b} 관계 {bound}",
        "released": "상황 {inject} 공개됨",
        "succeeded": "{actor}의 ‘{action}’ 성공",
        "and": " 그리고 ",
        "or": " 또는 ",
        "not": "({condition}) 아님",
        "self": "행위자",
        "target": "대상",
        "escalation_change": "확전 단계 {v:+d}",
        "indicator_change": "{actor}의 {indicator} {v:+d}",
        "relation_change": "{a}–{b} 관계 {v:+d}",
    },
}


def _number(value: float) -> str:
    return f"{value:g}"


def _bound(bound: Bound, w: dict[str, str], label: object = None) -> str:
    low, high = bound.at_least, bound.at_most
    if low is not None and high is not None:
        return w["between"].format(low=_number(low), high=_number(high))
    key, value = ("at_least", low) if low is not None else ("at_most", high)
    assert value is not None
    shown = _number(value) + (f" ({label})" if label else "")
    return w[key].format(v=shown)


def condition_words(condition: Condition, scenario: Scenario, language: str) -> str:
    """`condition` as a phrase a facilitator reads at a glance."""
    w = WORDS["ko" if language == "ko" else "en"]
    c = condition
    if c.escalation is not None or c.peak is not None:
        e = c.escalation or c.peak
        assert e is not None
        rung = e.at_most if e.at_least is None else e.at_least if e.at_most is None else None
        named = rung is not None and rung.is_integer() and 0 <= rung <= scenario.top_escalation
        label = level_name(scenario, int(rung), language) if named and rung is not None else None
        return w["escalation" if c.escalation else "peak"].format(bound=_bound(e, w, label))
    if c.crossed is not None:
        return _crossed_words(c.crossed, scenario, language, w)
    if c.turn is not None:
        return w["turn"].format(bound=_bound(c.turn, w))
    if c.indicator is not None:
        i = c.indicator
        return w["indicator"].format(
            actor=actor_name(scenario, i.actor, language),
            indicator=indicator_name(scenario, i.indicator, language),
            bound=_bound(i, w),
        )
    if c.relation is not None:
        a, b = c.relation.between
        return w["relation"].format(
            a=actor_name(scenario, a, language),
            b=actor_name(scenario, b, language),
            bound=_bound(c.relation, w),
        )
    if c.released is not None:
        return w["released"].format(inject=c.released)
    if c.succeeded is not None:
        s = c.succeeded
        return w["succeeded"].format(
            actor=actor_name(scenario, s.actor, language),
            action=action_name(scenario, s.actor, s.action, language),
        )
    if c.all is not None or c.any is not None:
        parts = c.all if c.all is not None else c.any
        assert parts is not None
        return w["and" if c.all is not None else "or"].join(
            _nested(part, scenario, language) for part in parts
        )
    assert c.not_ is not None
    return w["not"].format(condition=condition_words(c.not_, scenario, language))


def _crossed_words(x: CrossedRef, scenario: Scenario, language: str, w: dict[str, str]) -> str:
    def name(actor: str) -> str:
        return actor_name(scenario, actor, language)

    line = red_line_text(scenario, x.actor, x.red_line, language) if x.actor and x.red_line else ""
    return w["crossed"].format(
        whose=w["crossed whose"].format(actor=name(x.actor)) if x.actor else w["a"],
        line=f" “{line.rstrip('.')}”" if line else "",
        by=w["crossed by"].format(actor=name(x.by)) if x.by else "",
    )


def _nested(condition: Condition, scenario: Scenario, language: str) -> str:
    """A part of a combination, bracketed when it is itself a combination."""
    words = condition_words(condition, scenario, language)
    return f"({words})" if condition.all is not None or condition.any is not None else words


def effect_words(effect: Effect, scenario: Scenario, language: str) -> list[str]:
    """Each change `effect` makes, as a phrase; empty for an effect that changes nothing."""
    w = WORDS["ko" if language == "ko" else "en"]

    def who(actor: str) -> str:
        if actor in (SELF, TARGET):
            return w[actor]
        return actor_name(scenario, actor, language)

    changes = []
    if effect.escalation:
        changes.append(w["escalation_change"].format(v=effect.escalation))
    for i in effect.indicators:
        changes.append(
            w["indicator_change"].format(
                actor=who(i.actor),
                indicator=indicator_name(scenario, i.indicator, language),
                v=i.change,
            )
        )
    for r in effect.relations:
        a, b = r.between
        changes.append(w["relation_change"].format(a=who(a), b=who(b), v=r.change))
    return changes
