"""Rule-based players: one policy per actor, each pursuing its own objectives.

A bot scores every action on its menu (and every target) by how much closer its expected
outcome brings the actor's objectives, weighs that by the actor's temperament, adds a little
seeded noise so that games differ between seeds, and picks the best. Same seed, same moves.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Set
from dataclasses import dataclass

from wargame.adjudication import Assessor, worn_out
from wargame.conditions import holds
from wargame.effects import apply_change, outcome, resolve
from wargame.red_lines import pushes
from wargame.scenario import Action, Bound, Category, Condition, RedLine, Scenario
from wargame.state import Change, ChosenAction, Crossing, WorldState, pair


@dataclass(frozen=True)
class Temperament:
    """How an actor's government tends to act, beyond what its objectives ask."""

    leaning: dict[Category, float]
    caution: float  # what a step up the ladder from the start costs it, in objective points
    noise: float = 0.15
    # How much of what an incident at the line would cost it the government weighs before a
    # military move: governments read their own signals as clearer than others do.
    wariness: float = 1.0


TEMPERAMENTS: dict[str, Temperament] = {
    "seoul": Temperament(
        {
            Category.DIPLOMATIC: 0.05,
            Category.INFORMATION: 0.05,
            Category.MILITARY: 0.05,
            Category.ECONOMIC: 0.0,
        },
        caution=0.125,
        wariness=0.3,
    ),
    "pyongyang": Temperament(
        {
            Category.DIPLOMATIC: 0.0,
            Category.INFORMATION: 0.05,
            Category.MILITARY: 0.10,
            Category.ECONOMIC: 0.0,
        },
        caution=0.05,
        wariness=0.6,
    ),
    "washington": Temperament(
        {
            Category.DIPLOMATIC: 0.05,
            Category.INFORMATION: 0.0,
            Category.MILITARY: 0.15,
            Category.ECONOMIC: 0.05,
        },
        caution=0.075,
        wariness=0.2,
    ),
    "moscow": Temperament(
        {
            Category.DIPLOMATIC: 0.15,
            Category.INFORMATION: 0.0,
            Category.MILITARY: 0.05,
            Category.ECONOMIC: 0.05,
        },
        caution=0.05,
        noise=0.08,
    ),
    "beijing": Temperament(
        {
            Category.DIPLOMATIC: 0.0,
            Category.INFORMATION: 0.10,
            Category.MILITARY: 0.0,
            Category.ECONOMIC: 0.15,
        },
        caution=0.10,
    ),
}
DEFAULT_TEMPERAMENT = Temperament({}, caution=0.075)


def closeness(condition: Condition, state: WorldState) -> float:
    """How nearly a condition holds, from 0 (far) to 1 (holds): the bots' sense of progress."""
    return _nearness(condition)(state)


Nearness = Callable[[WorldState], float]


def _nearness(condition: Condition) -> Nearness:
    """`closeness` for one condition, as a function of the world: the condition is read once,
    and the function asked of many worlds (a bot imagines hundreds a turn)."""
    c = condition
    if c.escalation is not None:
        bound = _bound(c.escalation)
        return lambda s: _near(bound, s.escalation, max(1, s.scenario.top_escalation))
    if c.blocs is not None:
        bound = _bound(c.blocs)
        return lambda s: _near(bound, s.blocs, max(1, s.scenario.top_blocs))
    if c.indicator is not None:
        bound, (actor, name) = _bound(c.indicator), (c.indicator.actor, c.indicator.indicator)
        return lambda s: _near(bound, s.indicators[actor][name], 50.0)
    if c.relation is not None:
        bound, key = _bound(c.relation), pair(*c.relation.between)
        return lambda s: _near(bound, s.relations.get(key, 0), 100.0)
    if c.all is not None:
        parts, count = [_nearness(child) for child in c.all], len(c.all)
        return lambda s: sum(part(s) for part in parts) / count
    if c.any is not None:
        options = [_nearness(child) for child in c.any]
        return lambda s: max(option(s) for option in options)
    if c.not_ is not None:
        inner = _nearness(c.not_)
        return lambda s: 1.0 - inner(s)
    return lambda s: 1.0 if holds(c, s) else 0.0


def _bound(bound: Bound) -> tuple[float | None, float | None]:
    return bound.at_least, bound.at_most


def _near(bound: tuple[float | None, float | None], value: float, scale: float) -> float:
    low, high = bound
    gap = 0.0
    if low is not None and value < low:
        gap = low - value
    if high is not None and value > high:
        gap = value - high
    return max(0.0, 1.0 - gap / scale) if gap else 1.0


def progress(state: WorldState, actor: str) -> float:
    """The actor's objectives as one number: whole points for met ones, partial for near."""
    return sum(_score(o.condition, state) for o in state.scenario.actor(actor).objectives)


def _score(condition: Condition, state: WorldState) -> float:
    return _scored(closeness(condition, state))


def _scored(near: float) -> float:
    """An objective's worth to a bot: a whole point when met, partial credit for near."""
    return 1.0 if near >= 1.0 else 0.8 * near


Measure = tuple[str, ...]
"""Something the world holds that a condition reads or a change moves: ("escalation",),
("blocs",), ("indicator", actor, indicator), ("relation", a, b), ("succeeded", actor, action),
("crossed",)."""


def measures(condition: Condition) -> frozenset[Measure]:
    """What a condition reads: a change that moves none of it leaves the condition as it was."""
    c = condition
    if c.escalation is not None or c.peak is not None:
        return frozenset({("escalation",)})
    if c.blocs is not None:
        return frozenset({("blocs",)})
    if c.indicator is not None:
        return frozenset({("indicator", c.indicator.actor, c.indicator.indicator)})
    if c.relation is not None:
        return frozenset({("relation", *pair(*c.relation.between))})
    if c.succeeded is not None:
        return frozenset({("succeeded", c.succeeded.actor, c.succeeded.action)})
    if c.crossed is not None:
        return frozenset({("crossed",)})
    children = c.all or c.any or ([c.not_] if c.not_ is not None else [])
    return frozenset().union(*(measures(child) for child in children))


def _moved(change: Change, succeeded: tuple[str, str] | None) -> set[Measure]:
    """What a change moves (at most: clamping may keep some of it from moving)."""
    found: set[Measure] = set()
    if change.escalation:
        found.add(("escalation",))
    if change.blocs:
        found.add(("blocs",))
    found.update(("indicator", a, name) for a, name, _ in change.indicators)
    found.update(("relation", *pair(a, b)) for a, b, _ in change.relations)
    if succeeded:
        found.add(("succeeded", *succeeded))
    return found


def _outcome(
    scenario: Scenario, actor: str, action: str, target: str | None, won: bool, worn: bool
) -> tuple[Change, frozenset[Measure]]:
    """An action's outcome (see `effects.outcome`) and what it moves, made once."""

    def make() -> tuple[Change, frozenset[Measure]]:
        change = outcome(scenario, actor, action, target, won, worn)
        return change, frozenset(_moved(change, (actor, action) if won else None))

    return scenario.derived(("moves", actor, action, target, won, worn), make)


class _Appraisal:
    """A bot's measure of imagined worlds against the world now: each objective scored once
    for now, and again in a world only where the move changed something it reads; each open
    red line looked at only where the move changed something it reads. A bot imagines some
    twenty worlds a turn, and most moves change little."""

    def __init__(self, state: WorldState, actor: str) -> None:
        self.state, self.actor = state, actor
        scenario = state.scenario
        read = scenario.derived(
            ("objectives read", actor), lambda: _objectives_read(scenario, actor)
        )
        self.objectives = [(near, reads, _scored(near(state))) for near, reads in read]
        self.now = sum(score for _, _, score in self.objectives)
        lines = scenario.derived("red lines read", lambda: _red_lines_read(scenario))
        self.open = {(o, line.id) for o, line, _ in lines if not state.crossed(o, line.id)}
        self.reads = frozenset().union(
            *(reads for _, reads, _ in self.objectives),
            *(reads for o, line, reads in lines if (o, line.id) in self.open),
        )
        # The red lines that read what a move moves, by what it moves: the sets a menu's
        # outcomes move are few, and made once for the scenario (`_outcome`).
        self._reading: dict[frozenset[Measure], list[tuple[str, RedLine]]] = scenario.derived(
            "red lines reading", dict
        )
        # Many moves end in the same world (most failures change one indicator alike).
        self._weighed: dict[tuple[Change, tuple[str, str] | None], tuple[float, int]] = {}

    def weigh(
        self, change: Change, moved: frozenset[Measure], succeeded: tuple[str, str] | None
    ) -> tuple[float, int]:
        """What the world `change` (which moves no more than `moved`) would make is worth to
        the actor against now, in objective points (red lines it would cross count their
        consequence, and their restraint when unprovoked), and the rungs it would climb. A
        change that moves nothing the actor's objectives or any open red line reads, nor the
        ladder, is worth nothing: no world is imagined for it."""
        if not change.escalation and self.reads.isdisjoint(moved):
            return 0.0, 0
        key = (change, succeeded)
        if key not in self._weighed:
            self._weighed[key] = self._imagine(change, moved, succeeded)
        return self._weighed[key]

    def _imagine(
        self, change: Change, moved: frozenset[Measure], succeeded: tuple[str, str] | None
    ) -> tuple[float, int]:
        after, made = apply_change(self.state, change)
        if succeeded and ("succeeded", *succeeded) in self.reads:
            after = after.moved(successes=after.successes | {succeeded})
        crossed = self.crossed(after, made, succeeded, moved)
        if crossed:
            consequences = set(moved)
            after = _blamed(after, self.actor, crossed, consequences)
            moved = frozenset(consequences)
            unprovoked = RESTRAINT * _unprovoked(self.state, self.actor, crossed)
            return self.gain(after, moved) - unprovoked, made.escalation
        return self.gain(after, moved), made.escalation

    def gain(self, after: WorldState, moved: Set[Measure]) -> float:
        """How much nearer `after` is to the actor's objectives than now."""
        return (
            sum(
                _scored(near(after)) if not read.isdisjoint(moved) else score
                for near, read, score in self.objectives
            )
            - self.now
        )

    def crossed(
        self,
        after: WorldState,
        made: Change,
        succeeded: tuple[str, str] | None,
        moved: Set[Measure],
    ) -> list[tuple[str, RedLine]]:
        """The open red lines a move (which made `made`, moving no more than `moved`) would
        push the world over."""
        moved = frozenset(moved)
        reading = self._reading.get(moved)
        if reading is None:
            lines = _red_lines_read(self.state.scenario)
            reading = [(o, line) for o, line, read in lines if not read.isdisjoint(moved)]
            self._reading[moved] = reading
        return [
            (owner, line)
            for owner, line in reading
            if (owner, line.id) in self.open
            and holds(line.condition, after)
            and pushes(line.condition, made, succeeded)
        ]


def _objectives_read(scenario: Scenario, actor: str) -> list[tuple[Nearness, frozenset[Measure]]]:
    return [
        (_nearness(o.condition), measures(o.condition)) for o in scenario.actor(actor).objectives
    ]


def _red_lines_read(scenario: Scenario) -> list[tuple[str, RedLine, frozenset[Measure]]]:
    return [
        (owner.id, line, measures(line.condition))
        for owner in scenario.actors
        for line in owner.red_lines
    ]


def open_red_lines(state: WorldState) -> list[tuple[str, RedLine]]:
    """The red lines (with their owners) not crossed yet: those a move could push the world
    over (events may have carried it to one already, but only a move crosses it)."""
    return [
        (owner.id, line)
        for owner in state.scenario.actors
        for line in owner.red_lines
        if not state.crossed(owner.id, line.id)
    ]


def crossed_by(
    after: WorldState,
    uncrossed: list[tuple[str, RedLine]],
    made: Change,
    succeeded: tuple[str, str] | None,
) -> list[tuple[str, RedLine]]:
    """The `uncrossed` red lines a move (which made `made`) would push the world over."""
    return [
        (owner, line)
        for owner, line in uncrossed
        if pushes(line.condition, made, succeeded) and holds(line.condition, after)
    ]


def _blamed(
    after: WorldState, actor: str, crossed: list[tuple[str, RedLine]], moved: set[Measure]
) -> WorldState:
    """`after` with the consequences the actor would bear for each red line it would cross
    (what they move is added to `moved`): a bot weighs a red line by what crossing it would
    cost it."""
    for owner, line in crossed:
        after, made = apply_change(after, resolve(line.consequence, owner, actor))
        moved |= _moved(made, None)
    return after


RESTRAINT = 1.0
"""What crossing another government's red line costs a bot beyond its consequence, in objective
points, unless that government gave it cause (see `cause`): governments keep clear of each
other's declared lines, and a line crossed unprovoked is a choice they must answer for."""


def cause(state: WorldState, actor: str, owner: str) -> Crossing | None:
    """The crossing of one of `actor`'s own red lines in which `owner` was named: the cause
    that frees `actor` to cross `owner`'s lines in turn; None if `owner` gave none."""
    return next((c for c in state.crossings if c.actor == actor and owner in c.by), None)


def _unprovoked(state: WorldState, actor: str, crossed: list[tuple[str, RedLine]]) -> int:
    return sum(owner != actor and cause(state, actor, owner) is None for owner, _ in crossed)


def _incident_cost(appraisal: _Appraisal) -> float:
    """What an armed incident this turn would cost the actor, named for it among those whose
    moves raised its risk, in objective points; 0 when no move now risks one."""
    state = appraisal.state
    risk = state.scenario.incident
    if risk is None or not risk.at <= state.escalation < risk.rung:
        return 0.0
    clash = Change(escalation=risk.rung - state.escalation)
    after, made = apply_change(state, clash, to_clash=True)
    moved = _moved(made, None)
    after = _blamed(after, appraisal.actor, appraisal.crossed(after, made, None, moved), moved)
    return max(0.0, -appraisal.gain(after, moved))


LONG_SHOT = 0.10
"""Odds at or below which a bot takes a move only with a stated reason (`long_shot_reason`)."""


def long_shot_reason(state: WorldState, action: Action) -> str | None:
    """Why a move with long odds is worth trying now, or None: at the line, where every turn
    risks an incident, any chance to step the peninsula back is worth taking."""
    risk = state.scenario.incident
    if risk is not None and state.escalation >= risk.at and action.on_success.escalation < 0:
        return "at_the_line"
    return None


Outcomes = dict[tuple[bool, bool], tuple[Change, frozenset[Measure]]]
"""An action's outcomes by (success, routine): what each would change, and what it moves."""


def _menu(
    scenario: Scenario, actor: str
) -> list[tuple[Action, list[tuple[ChosenAction, Outcomes]]]]:
    """Each action of the actor's menu, with the ways to choose it (one per target) and the
    outcomes of each."""
    return [
        (
            action,
            [
                (
                    ChosenAction(action.id, target),
                    {
                        (won, worn): _outcome(scenario, actor, action.id, target, won, worn)
                        for won in (True, False)
                        for worn in (True, False)
                    },
                )
                for target in _targets(action)
            ],
        )
        for action in scenario.actor(actor).actions
    ]


def _targets(action: Action) -> list[str | None]:
    return [*action.targets] or [None]


def _raises(action: Action) -> bool:
    return action.on_success.escalation > 0 or action.on_failure.escalation > 0


DOWN = 0.5
"""A step down the ladder is worth half what a step up costs: governments fear escalating
more than they seek credit for calming, so braking is a choice for those whose aims it serves,
not every cautious seat's reflex."""


def _weighed(steps: int) -> float:
    return steps if steps > 0 else DOWN * steps


def choose_move(state: WorldState, actor: str) -> list[ChosenAction]:
    """The bot's move for this turn: the best-valued actions, at most `moves_per_turn`.

    It weighs its options as a seat deliberates: without the moves other seats have made this
    turn, which it cannot know (a seat that moved first would otherwise give its moves away)."""
    state = state.moved(moves={})
    temperament = TEMPERAMENTS.get(actor, DEFAULT_TEMPERAMENT)
    dice = random.Random(f"{state.seed}/bot/{actor}/{state.turn}")
    # A step up weighs more the higher the ladder already stands: near the brink, every
    # government grows careful, whatever its temperament.
    step = temperament.caution * (
        1 + max(0, state.escalation - state.scenario.start_escalation) / 2
    )
    appraisal = _Appraisal(state, actor)
    assessor = Assessor(state, actor)
    risk = state.scenario.incident
    incident = _incident_cost(appraisal)
    options: list[tuple[float, str, ChosenAction]] = []
    scenario = state.scenario
    for action, choices in scenario.derived(("menu", actor), lambda: _menu(scenario, actor)):
        worn = worn_out(state, actor, action.id)
        for chosen, outcomes in choices:
            p = assessor.probability(chosen)
            if p <= LONG_SHOT and long_shot_reason(state, action) is None:
                continue
            gain = risk_taken = 0.0
            for chance, won in ((p, True), (1 - p, False)):
                change, moved = outcomes[won, worn]
                succeeded = (actor, action.id) if won else None
                worth, climbed = appraisal.weigh(change, moved, succeeded)
                gain += chance * worth
                risk_taken += chance * step * _weighed(climbed)
            if incident and risk is not None and not worn:
                # A fresh move up adds to the risk of an incident this turn, a move down takes
                # some off: each weighs what an incident would cost the seat.
                if _raises(action):
                    risk_taken += temperament.wariness * risk.per_move * incident
                elif action.on_success.escalation < 0:
                    risk_taken -= temperament.wariness * risk.per_step_back * incident
            value = gain - risk_taken
            if gain < 0:
                # A government passes up a move that works against its own aims.
                continue
            if gain >= 0:
                # A government's leaning toward an instrument colours its choice among moves
                # that serve its aims, never a move that works against them.
                value += temperament.leaning.get(action.category, 0.0)
            value += dice.uniform(-temperament.noise, temperament.noise)
            options.append((value, action.id, chosen))
    options.sort(key=lambda option: (-option[0], option[1], option[2].target or ""))
    move: list[ChosenAction] = []
    for _, action_id, chosen in options:
        if len(move) == state.moves_per_turn:
            break
        if all(c.action != action_id for c in move):
            move.append(chosen)
    return move
