"""Cross-reference checks on a structurally valid scenario.

Pydantic checks each field on its own; these checks look across fields: every name used must be
declared once, every citation must point at a declared seed event, and every condition must be
able to hold at some point in a game. Each problem comes with the path of the field at fault.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wargame.scenario import (
    SELF,
    TARGET,
    Audience,
    Basis,
    Bound,
    Condition,
    CrossedRef,
    Effect,
    Scenario,
    Source,
)

Path = tuple[str | int, ...]
Found = Iterator[tuple[Path, str]]

INDICATOR_RANGE = (0, 100)
RELATION_RANGE = (-100, 100)


def cross_reference_problems(scenario: Scenario) -> list[tuple[Path, str]]:
    return list(_all(scenario))


def effect_problems(
    scenario: Scenario, effect: Effect, placeholders: tuple[str, ...] = ()
) -> list[str]:
    """What is wrong with an effect written during play (an ad hoc inject's, a free action's):
    an actor, indicator or relation this scenario does not have. `placeholders` may stand for
    actors (`self`, `target`)."""
    found = _context(scenario).effect(
        (), effect, has_target=TARGET in placeholders, has_actor=SELF in placeholders
    )
    return [message for _, message in found]


def _context(s: Scenario) -> _Context:
    actors = set(s.actor_ids)
    indicators = {i.id for i in s.indicators}
    injects = {i.id for i in s.injects}
    actions = {(a.id, act.id) for a in s.actors for act in a.actions}
    return _Context(s, actors, indicators, injects, actions)


def _all(s: Scenario) -> Found:
    context = _context(s)
    actors, indicators = context.actors, context.indicators

    yield from _duplicates(("indicators",), [i.id for i in s.indicators], "indicator")
    yield from _duplicates(("actors",), [a.id for a in s.actors], "actor")
    yield from _duplicates(("injects",), [i.id for i in s.injects], "inject")
    yield from _duplicates(("endings",), [e.id for e in s.endings], "ending")
    yield from _duplicates(("seeds",), [d.file for d in s.seeds], "seed", "file")
    exercise_objectives = [o.id for o in s.exercise_objectives]
    yield from _duplicates(("exercise_objectives",), exercise_objectives, "exercise objective")

    if s.start_escalation > s.top_escalation:
        yield ("start_escalation",), f"the ladder has levels 0..{s.top_escalation} only"
    if s.start_blocs > s.top_blocs:
        yield ("start_blocs",), _bloc_levels(s)
    if s.incident is not None:
        yield from _incident(s, context)

    pairs: set[frozenset[str]] = set()
    for n, relation in enumerate(s.relations):
        path: Path = ("relations", n, "between")
        yield from context.pair(path, relation.between)
        pair = frozenset(relation.between)
        if pair in pairs:
            yield path, "this pair of actors is given twice"
        pairs.add(pair)

    for n, actor in enumerate(s.actors):
        base: Path = ("actors", n)
        missing = indicators - actor.indicators.keys()
        if missing:
            yield (*base, "indicators"), f"no starting value for: {', '.join(sorted(missing))}"
        for name in actor.indicators.keys() - indicators:
            yield (*base, "indicators", name), f"unknown indicator '{name}'"
        yield from _duplicates((*base, "actions"), [a.id for a in actor.actions], "action")
        yield from _duplicates((*base, "objectives"), [o.id for o in actor.objectives], "objective")
        yield from _duplicates((*base, "red_lines"), [r.id for r in actor.red_lines], "red line")
        for k, objective in enumerate(actor.objectives):
            yield from context.condition((*base, "objectives", k, "condition"), objective.condition)
        for k, red_line in enumerate(actor.red_lines):
            line_path = (*base, "red_lines", k)
            yield from context.condition((*line_path, "condition"), red_line.condition)
            yield from context.effect((*line_path, "consequence"), red_line.consequence, True, True)
        for k, action in enumerate(actor.actions):
            path = (*base, "actions", k)
            for t, target in enumerate(action.targets):
                if target == actor.id:
                    yield (*path, "targets", t), "an actor cannot aim an action at itself"
                elif target not in actors:
                    yield (*path, "targets", t), f"unknown actor '{target}'"
            yield from context.audience((*path, "audience"), action.audience)
            for m, modifier in enumerate(action.modifiers):
                yield from context.condition((*path, "modifiers", m, "when"), modifier.when)
            for outcome in ("on_success", "on_failure"):
                effect = getattr(action, outcome)
                yield from context.effect((*path, outcome), effect, bool(action.targets), True)
            yield from context.sources((*path, "sources"), action.sources)

    for n, inject in enumerate(s.injects):
        path = ("injects", n)
        if inject.turn is not None and inject.turn > s.turns:
            yield (*path, "turn"), f"the scenario has {s.turns} turns; this inject never comes"
        if inject.trigger is not None:
            yield from context.condition((*path, "trigger"), inject.trigger)
            if inject.id in _released_refs(inject.trigger):
                yield (*path, "trigger"), "waits for its own release, so it can never fire"
        yield from context.audience((*path, "audience"), inject.audience)
        yield from context.effect((*path, "effects"), inject.effects, False, False)
        for k, conditional in enumerate(inject.effects_if):
            yield from context.condition((*path, "effects_if", k, "when"), conditional.when)
            effects = conditional.effects
            yield from context.effect((*path, "effects_if", k, "effects"), effects, False, False)
        yield from context.sources((*path, "sources"), inject.sources)
        for k, served in enumerate(inject.exercise_objectives):
            if served not in exercise_objectives:
                known = ", ".join(exercise_objectives) or "none (the scenario declares none)"
                message = f"unknown exercise objective '{served}'; expected one of {known}"
                yield (*path, "exercise_objectives", k), message

    for n, ending in enumerate(s.endings):
        path = ("endings", n)
        last = n == len(s.endings) - 1
        if ending.condition is None and not last:
            yield path, "only the last ending may go without a condition (it is the fallback)"
        if ending.condition is not None:
            yield from context.condition((*path, "condition"), ending.condition)
            if last:
                yield (*path, "condition"), "the last ending is the fallback: give it no condition"
        yield from context.sources((*path, "sources"), ending.sources)


def _bloc_levels(s: Scenario) -> str:
    if not s.bloc_ladder:
        return "the scenario has no bloc_ladder"
    return f"the bloc ladder has levels 0..{s.top_blocs} only"


def _incident(s: Scenario, context: _Context) -> Found:
    incident = s.incident
    assert incident is not None
    path: Path = ("incident",)
    if incident.rung > s.top_escalation:
        yield (*path, "rung"), f"the ladder has levels 0..{s.top_escalation} only"
    if incident.at >= incident.rung:
        yield (*path, "at"), "checks are made below the rung of armed clash: give a lower rung"
    for m, modifier in enumerate(incident.modifiers):
        yield from context.condition((*path, "modifiers", m, "when"), modifier.when)
    yield from context.sources((*path, "sources"), incident.sources)


def _duplicates(path: Path, ids: list[str], kind: str, field: str = "id") -> Found:
    seen: set[str] = set()
    for n, item in enumerate(ids):
        if item in seen:
            yield (*path, n, field), f"duplicate {kind} id '{item}'"
        seen.add(item)


def _released_refs(condition: Condition) -> set[str]:
    found = {condition.released} if condition.released else set()
    for child in (condition.all or []) + (condition.any or []):
        found |= _released_refs(child)
    if condition.not_ is not None:
        found |= _released_refs(condition.not_)
    return found


class _Context:
    def __init__(
        self,
        scenario: Scenario,
        actors: set[str],
        indicators: set[str],
        injects: set[str],
        actions: set[tuple[str, str]],
    ) -> None:
        self.scenario = scenario
        self.actors = actors
        self.indicators = indicators
        self.injects = injects
        self.actions = actions
        self.seed_events = {d.file: set(d.events) for d in scenario.seeds}

    def actor(self, path: Path, actor: str, placeholders: tuple[str, ...] = ()) -> Found:
        if actor not in self.actors and actor not in placeholders:
            hint = f" (or {' / '.join(placeholders)})" if placeholders else ""
            yield path, f"unknown actor '{actor}'; expected one of {self._actor_list()}{hint}"

    def _actor_list(self) -> str:
        return ", ".join(self.scenario.actor_ids)

    def pair(self, path: Path, pair: tuple[str, str], placeholders: tuple[str, ...] = ()) -> Found:
        for k, actor in enumerate(pair):
            yield from self.actor((*path, k), actor, placeholders)
        if pair[0] == pair[1]:
            yield path, "a relation is between two different actors"

    def indicator(self, path: Path, indicator: str) -> Found:
        if indicator not in self.indicators:
            known = ", ".join(sorted(self.indicators))
            yield path, f"unknown indicator '{indicator}'; expected one of {known}"

    def audience(self, path: Path, audience: Audience) -> Found:
        if audience == "all":
            return
        if not audience:
            yield path, "an empty audience: nobody would see this; use 'all' or name actors"
        for k, actor in enumerate(audience):
            yield from self.actor((*path, k), actor)

    def bound(self, path: Path, bound: Bound, low: float, high: float, what: str) -> Found:
        if bound.at_least is not None and bound.at_least > high:
            yield (*path, "at_least"), f"{what} never exceeds {high}, so this can never hold"
        if bound.at_most is not None and bound.at_most < low:
            yield (*path, "at_most"), f"{what} never goes below {low}, so this can never hold"
        if (
            bound.at_least is not None
            and bound.at_most is not None
            and bound.at_least > bound.at_most
        ):
            yield path, "at_least is above at_most, so this can never hold"

    def condition(self, path: Path, c: Condition) -> Found:
        if c.escalation is not None:
            top = self.scenario.top_escalation
            yield from self.bound((*path, "escalation"), c.escalation, 0, top, "escalation")
        elif c.peak is not None:
            top = self.scenario.top_escalation
            yield from self.bound((*path, "peak"), c.peak, 0, top, "escalation")
        elif c.blocs is not None:
            if not self.scenario.bloc_ladder:
                yield (*path, "blocs"), "the scenario has no bloc_ladder"
            top = self.scenario.top_blocs
            yield from self.bound((*path, "blocs"), c.blocs, 0, top, "the bloc ladder")
        elif c.turn is not None:
            yield from self.bound((*path, "turn"), c.turn, 1, self.scenario.turns, "the turn")
        elif c.crossed is not None:
            yield from self.crossed((*path, "crossed"), c.crossed)
        elif c.indicator is not None:
            yield from self.actor((*path, "indicator", "actor"), c.indicator.actor)
            yield from self.indicator((*path, "indicator", "indicator"), c.indicator.indicator)
            yield from self.bound((*path, "indicator"), c.indicator, *INDICATOR_RANGE, "it")
        elif c.relation is not None:
            yield from self.pair((*path, "relation", "between"), c.relation.between)
            yield from self.bound((*path, "relation"), c.relation, *RELATION_RANGE, "a relation")
        elif c.released is not None:
            if c.released not in self.injects:
                yield (*path, "released"), f"unknown inject '{c.released}'"
        elif c.succeeded is not None:
            ref = c.succeeded
            yield from self.actor((*path, "succeeded", "actor"), ref.actor)
            if ref.actor in self.actors and (ref.actor, ref.action) not in self.actions:
                yield (*path, "succeeded", "action"), f"{ref.actor} has no action '{ref.action}'"
        elif c.not_ is not None:
            yield from self.condition((*path, "not"), c.not_)
        else:
            key = "all" if c.all is not None else "any"
            children = c.all if c.all is not None else c.any
            if not children:
                yield (*path, key), f"'{key}' needs at least one condition"
            for k, child in enumerate(children or []):
                yield from self.condition((*path, key, k), child)

    def crossed(self, path: Path, ref: CrossedRef) -> Found:
        for key in ("actor", "by"):
            if (actor := getattr(ref, key)) is not None:
                yield from self.actor((*path, key), actor)
        if ref.actor in self.actors and ref.red_line is not None:
            lines = {r.id for r in self.scenario.actor(ref.actor).red_lines}
            if ref.red_line not in lines:
                yield (*path, "red_line"), f"{ref.actor} has no red line '{ref.red_line}'"

    def effect(self, path: Path, effect: Effect, has_target: bool, has_actor: bool) -> Found:
        placeholders = ((SELF,) if has_actor else ()) + ((TARGET,) if has_target else ())
        if effect.blocs and not self.scenario.bloc_ladder:
            yield (*path, "blocs"), "the scenario has no bloc_ladder to move"
        for k, change in enumerate(effect.indicators):
            yield from self.actor((*path, "indicators", k, "actor"), change.actor, placeholders)
            yield from self.indicator((*path, "indicators", k, "indicator"), change.indicator)
        for k, relation in enumerate(effect.relations):
            yield from self.pair((*path, "relations", k, "between"), relation.between, placeholders)

    def sources(self, path: Path, sources: list[Source]) -> Found:
        for k, source in enumerate(sources):
            events = self.seed_events.get(source.seed)
            if events is None:
                yield (*path, k, "seed"), f"'{source.seed}' is not among the scenario's seeds"
                continue
            for e, event in enumerate(source.events):
                if event not in events:
                    yield (*path, k, "events", e), f"{source.seed} documents no event {event}"


def scenario_warnings(scenario: Scenario) -> list[tuple[Path, str]]:
    """What makes a valid scenario behave or read as its author probably did not mean:
    triggers that never fire, dates that claim less or more than the seeds give, and wording
    that tells against the inject's basis. Each warning's path starts at its inject."""
    found = [*_stalled_triggers(scenario), *_dating(scenario), *_wording(scenario)]
    return sorted(found, key=lambda item: item[0][1])


def _stalled_triggers(scenario: Scenario) -> list[tuple[Path, str]]:
    """Injects whose triggers wait on each other's release, and injects that wait for one of
    those, so that no trigger ever releases them (the facilitator still can, by hand)."""
    index = {inject.id: n for n, inject in enumerate(scenario.injects)}
    triggers = {i.id: i.trigger for i in scenario.injects if i.trigger is not None}
    # An inject with a turn comes at its turn, so only waits for triggered ones can stall.
    waits = {
        inject: sorted(_required_releases(trigger) & triggers.keys())
        for inject, trigger in triggers.items()
    }
    stuck = _never_triggered(waits)
    found: list[tuple[Path, str]] = []
    settled: set[str] = set()
    for start in waits:
        if start not in stuck or start in settled:
            continue
        # Every stuck inject waits for another stuck one, so following those waits must come
        # back to an inject of this walk (a loop) or reach one an earlier walk explained.
        walk: dict[str, int] = {}
        inject = start
        while inject not in settled and inject not in walk:
            walk[inject] = len(walk)
            inject = next(need for need in waits[inject] if need in stuck)
        settled.update(walk)
        order = list(walk)
        loop = order[walk[inject] :] if inject in walk else []
        for waiting, awaited in zip(order, [*order[1:], inject], strict=True):
            if waiting not in loop:
                message = (
                    f"waits for the release of {awaited}, which no trigger ever gives, "
                    "so this trigger never fires either"
                )
                found.append((("injects", index[waiting], "trigger"), message))
        if len(loop) > 1:  # an inject that waits for itself is an error, reported as such
            first = loop.index(min(loop, key=index.__getitem__))
            loop = loop[first:] + loop[:first]
            message = (
                "these injects wait for each other's release, so their triggers never fire: "
                + " → ".join([*loop, loop[0]])
            )
            found.append((("injects", index[loop[0]], "trigger"), message))
    return found


def _never_triggered(waits: dict[str, list[str]]) -> set[str]:
    """The triggered injects whose waits are never all met: those in a loop of waits, and those
    that wait, however indirectly, for one in a loop. Linear in the number of waits."""
    unmet = {inject: len(needs) for inject, needs in waits.items()}
    awaited_by: dict[str, list[str]] = {}
    for inject, needs in waits.items():
        for need in needs:
            awaited_by.setdefault(need, []).append(inject)
    ready = [inject for inject, count in unmet.items() if count == 0]
    while ready:
        for waiting in awaited_by.get(ready.pop(), []):
            unmet[waiting] -= 1
            if unmet[waiting] == 0:
                ready.append(waiting)
    return {inject for inject, count in unmet.items() if count}


def _required_releases(condition: Condition) -> set[str]:
    """The injects that must have been released for `condition` to hold."""
    if condition.released is not None:
        return {condition.released}
    if condition.all is not None:
        return set().union(*(_required_releases(c) for c in condition.all))
    if condition.any:
        return set.intersection(*(_required_releases(c) for c in condition.any))
    return set()


# What the seeds document, as against what the exercise projects or devises.
DOCUMENTED: tuple[Basis, ...] = ("reported", "analysis")


def _dating(scenario: Scenario) -> Found:
    """An estimated date is a guess within what the seeds allow. What a seed reports or analyses
    cannot come after the article, so a date after it is moved, not estimated, and one on the
    article's own day is known. A moved date needs a dated seed to move from."""
    seeds = {d.file: d for d in scenario.seeds}
    for n, inject in enumerate(scenario.injects):
        if inject.trigger is not None:
            continue  # dated by the turn it is released in
        dated = [
            (seeds[s.seed], last)
            for s in inject.sources
            if s.seed in seeds and (last := seeds[s.seed].last_day()) is not None
        ]
        if inject.date_moved and not dated:
            message = "marked moved, but none of its seeds is dated: mark it date_estimated"
            yield ("injects", n, "date_moved"), message
        if not inject.date_estimated or inject.basis not in DOCUMENTED:
            continue
        earlier = [(seed, last) for seed, last in dated if last < inject.date]
        same_day = [seed for seed, _ in dated if seed.published == inject.date]
        if earlier:
            seed, _ = min(earlier, key=lambda pair: pair[1])
            message = (
                f"marked estimated, but {seed.file} is dated {seed.published}, before "
                f"{inject.date}: an inject dated after the source it reports or analyses is "
                "moved, not estimated; mark it date_moved and say so in the notes"
            )
            yield ("injects", n, "date_estimated"), message
        elif same_day:
            message = (
                f"marked estimated, but {inject.date} is the day {same_day[0].file} is dated, "
                "so it is known: drop date_estimated"
            )
            yield ("injects", n, "date_estimated"), message


# Wording that tells against a basis where players read it. A reported fact is told as fact, so
# hedges belong to analysis or projection; analysis is the reasoning of the sources, so wording
# that presents it as news belongs to a report. Projections and exercise devices tell a possible
# world in its own words, news included, so no wording tells against them. English words match
# whole; Korean phrases anywhere, since Korean joins endings to its words.
AGAINST_BASIS: dict[Basis, tuple[str, tuple[str, ...]]] = {
    "reported": (
        "hedges what a reported inject states as fact: state it as the seeds report it, or "
        "change the basis to analysis or projection",
        ("likely", "probably", "seem", "seems", "suggest", "suggests", "appears to",
         "가능성이 높", "아마", "것으로 보입니다"),
    ),
    "analysis": (
        "tells the analysis as news: attribute it to the reasoning it comes from, or change the "
        "basis to reported",
        ("reports suggest", "reportedly", "according to reports", "reports say",
         "보도가 나옵니다", "보도에 따르면", "보도됩니다"),
    ),
}  # fmt: skip

_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _wording(scenario: Scenario) -> Found:
    for n, inject in enumerate(scenario.injects):
        if inject.basis not in AGAINST_BASIS:
            continue
        reason, words = AGAINST_BASIS[inject.basis]
        for name in ("title", "title_ko", "body", "body_ko"):
            text = getattr(inject, name) or ""
            found = [word for word in words if _says(text, word)]
            if found:
                quoted = ", ".join(f"'{word}'" for word in found)
                yield ("injects", n, name), f"{quoted} {reason}"


def _says(text: str, word: str) -> bool:
    if _HANGUL.search(word):
        return word in text
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None
