"""WorldState: the world at one moment of an exercise, as frozen data.

A state is never changed in place: `engine.apply` returns a new one. Everything a view, chart
or report shows is derived from it, and it is itself derived from the event log.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, Literal, NamedTuple, TypeVar

from wargame.free_actions import FreeAction, Judgement, ProposedAction
from wargame.scenario import Effect, Scenario


class Phase(StrEnum):
    BRIEFING = "briefing"
    DELIBERATION = "deliberation"
    REVIEW = "review"  # optional: seats counter-argue each other's public actions
    ADJUDICATION = "adjudication"
    OUTCOME = "outcome"
    ENDED = "ended"


Audience = frozenset[str] | None
"""Who may see something: a set of actor ids, or None for everyone."""


def pair(a: str, b: str) -> tuple[str, str]:
    """The key of a relation: relations are symmetric, so the pair is stored sorted."""
    return (a, b) if a <= b else (b, a)


def may_see(audience: Audience, seat: str) -> bool:
    return audience is None or seat in audience


@dataclass(frozen=True)
class Seat:
    human: bool
    pin_hash: str | None = None


class Change(NamedTuple):
    """The changes an effect really made, after clamping; undoing subtracts exactly these. (A
    tuple, not a dataclass: play makes thousands a game, and a tuple is made fastest.)"""

    escalation: int = 0
    indicators: tuple[tuple[str, str, int], ...] = ()
    relations: tuple[tuple[str, str, int], ...] = ()
    blocs: int = 0

    def inverse(self) -> Change:
        return Change(
            -self.escalation,
            tuple((a, i, -d) for a, i, d in self.indicators),
            tuple((a, b, -d) for a, b, d in self.relations),
            -self.blocs,
        )


@dataclass(frozen=True)
class InjectText:
    title: str
    body: str
    audience: Audience


InjectStatus = Literal["planned", "released", "held"]
"""Planned: still in the MSEL, perhaps edited or added ad hoc; an undo restores or removes it."""


@dataclass(frozen=True)
class InjectRecord:
    """An inject that has left the MSEL's plan: released, held, edited or added ad hoc."""

    id: str
    status: InjectStatus
    text: InjectText
    turn: int | None = None
    date: str | None = None
    adhoc: bool = False
    applied: Change = Change()
    # An ad hoc inject's own: what it does to the world when released, and what it rests on
    # (a scenario inject's are in the scenario).
    effects: Effect | None = None
    basis: str | None = None


@dataclass(frozen=True)
class ChosenAction:
    action: str
    target: str | None = None


ArgumentGrade = Literal["strong", "weak", "stated"]


@dataclass(frozen=True)
class ArgumentRating:
    """The facilitator's judgement of a seat's argument, made before the roll: a change to the
    probability of each of the seat's actions this turn, and the reason, for the debrief."""

    grade: ArgumentGrade
    change: float
    reason: str


@dataclass(frozen=True)
class Move:
    actor: str
    actions: tuple[ChosenAction, ...]
    argument: str
    revision: int
    rating: ArgumentRating | None = None  # cleared when the seat revises its move
    proposals: tuple[ProposedAction, ...] = ()  # free actions, not on the seat's menu
    judgements: tuple[Judgement | None, ...] = ()  # the facilitator's, one per proposal

    def unjudged(self) -> list[int]:
        """The proposals the facilitator has still to judge."""
        return [n for n, judged in enumerate(self.judgements) if judged is None]


@dataclass(frozen=True)
class CounterArgument:
    """A seat's one counter-argument of a turn's review step, against another seat's action."""

    by: str
    actor: str
    action: str
    target: str | None
    text: str


ActionKey = tuple[str, str, str | None]
"""An action of this turn's moves: its actor, the action's id and its target."""

EstimateKey = tuple[str, str, str, str | None]
"""Whose estimate of which action: the estimator (a seat or the facilitator), then the action."""


class Factor(NamedTuple):
    """One named modifier of an adjudication, and who may know of it: a factor drawn from
    something private (another seat's covert move, a private inject) is not shown to seats
    that may not know that thing. (A tuple, as `Change` is.)"""

    name: str
    name_ko: str
    value: float
    audience: Audience = None


@dataclass(frozen=True)
class Adjudication:
    """One action's adjudication: the engine's proposal and, if any, the facilitator's word."""

    id: int  # the sequence number of the event that adjudicated it
    turn: int
    actor: str
    action: str
    target: str | None
    base: float
    modifiers: tuple[Factor, ...]
    probability: float
    roll: float
    proposed: bool
    rationale: str
    audience: Audience
    override: bool | None = None
    override_reason: str | None = None
    override_reason_shown: bool = False  # else the reason is for the facilitator's record only
    applied: Change = Change()
    argument: str = ""  # the seat's argument for its move, as it stood when deliberation closed
    argument_rating: ArgumentRating | None = None  # the facilitator's judgement of it, if any
    free: FreeAction | None = None  # a free action's terms, as the facilitator judged it
    # The room's odds given before the roll, (estimator, probability), and the review step's
    # counter-arguments against this action, as they stood when deliberation closed.
    estimates: tuple[tuple[str, float], ...] = ()
    counter_arguments: tuple[CounterArgument, ...] = ()
    worn_out: bool = False  # repeated until routine: its steps up or down a ladder do not count

    @property
    def success(self) -> bool:
        return self.proposed if self.override is None else self.override


@dataclass(frozen=True)
class IncidentCheck:
    """A turn's check for an incident at the line (see `scenario.IncidentRisk`): the odds as
    they were made, the roll, whether an incident is proposed, and the seats whose moves raised
    the risk, who are named for it. The facilitator may override it like an action."""

    id: int  # the sequence number of the event that made the check
    turn: int
    base: float
    modifiers: tuple[Factor, ...]
    probability: float
    roll: float
    proposed: bool
    rationale: str
    by: tuple[str, ...]
    audience: Audience = None  # who may know the check was made, unless an incident happens
    override: bool | None = None
    override_reason: str | None = None
    override_reason_shown: bool = False
    applied: Change = Change()

    @property
    def happened(self) -> bool:
        return self.proposed if self.override is None else self.override


@dataclass(frozen=True)
class TurnRecord:
    """The world as a turn ended, and the turn's adjudications as published: the chronicle of
    a game is one of these per turn (see `wargame.chronicle`)."""

    turn: int
    escalation: int
    relations: Mapping[tuple[str, str], int]
    indicators: Mapping[str, Mapping[str, int]]
    objectives_met: Mapping[str, tuple[str, ...]]
    red_lines_crossed: Mapping[str, tuple[str, ...]]
    results: tuple[Adjudication, ...] = ()
    blocs: int = 0
    incident: IncidentCheck | None = None  # the turn's check for an incident, if one was made


@dataclass(frozen=True)
class Crossing:
    """A red line crossed, once per game: when, and whose actions pushed the world over it
    (empty when events, not a seat's action, did)."""

    actor: str  # whose red line
    red_line: str
    turn: int
    by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Observation:
    """A hot-wash observation, named by the event that recorded it."""

    id: int
    text: str
    kind: Literal["strength", "improvement", "note"]
    seats: tuple[str, ...] = ()
    turn: int | None = None
    inject: str | None = None
    objective: str | None = None  # "actor/objective"
    exercise_objective: str | None = None
    private: bool = False

    @property
    def for_the_record(self) -> bool:
        """Kept out of the participants' report: marked private, or a working note."""
        return self.private or self.kind == "note"


@dataclass(frozen=True)
class Person:
    name: str
    organisation: str = ""
    role: str = ""


@dataclass(frozen=True)
class PlanRow:
    """A row of the Improvement Plan as the evaluator left it (see `wargame.evaluation`)."""

    objective: str = ""
    issue: str = ""
    corrective_action: str = ""
    capability_element: str = ""
    organisation: str = ""
    point_of_contact: str = ""
    start: str = ""
    completion: str = ""


@dataclass(frozen=True)
class Evaluation:
    """The HSEEP evaluation so far: the exercise objectives' ratings, who took part and for
    whom, the evaluator's PIN, and the evaluator's edits to the Improvement Plan."""

    ratings: Mapping[str, str] = field(default_factory=dict)  # objective id -> P, S, M, U
    sponsor: str = ""
    point_of_contact: str = ""
    scope: str = ""
    evaluators: tuple[Person, ...] = ()
    players: Mapping[str, tuple[Person, ...]] = field(default_factory=dict)
    evaluator_pin_hash: str | None = None
    plan: Mapping[str, PlanRow] = field(default_factory=dict)  # row key -> as edited
    dropped: frozenset[str] = frozenset()  # pre-filled rows the evaluator did not keep


UndoKind = Literal["release", "hold", "edit", "add", "override", "publish", "rating", "judgement"]


@dataclass(frozen=True)
class UndoEntry:
    """A facilitator action that can still be taken back, and what taking it back restores."""

    seq: int
    kind: UndoKind
    # the inject's id, "actor/action" for an override, the turn for a publish, the seat rated,
    # "actor/N" for the judgement of a seat's Nth free action (from 1)
    subject: str
    inject: str | None = None
    previous: InjectRecord | Adjudication | IncidentCheck | ArgumentRating | Judgement | None = None
    successes: frozenset[tuple[str, str]] = frozenset()  # before a publish, to restore them


@dataclass(frozen=True)
class WorldState:
    """The world now: what play needs to go on. What happened in earlier turns is not here but
    in the game's chronicle, so a snapshot of the world stays the same size all game long."""

    scenario: Scenario = field(repr=False, compare=False)
    seed: int
    seats: Mapping[str, Seat]
    moves_per_turn: int
    deliberation_minutes: int | None
    escalation: int
    relations: Mapping[tuple[str, str], int]
    indicators: Mapping[str, Mapping[str, int]]
    seq: int = 0
    turn: int = 0
    phase: Phase = Phase.BRIEFING
    injects: Mapping[str, InjectRecord] = field(default_factory=dict)
    released: tuple[str, ...] = ()
    moves: Mapping[str, Move] = field(default_factory=dict)
    adjudications: tuple[Adjudication, ...] = ()
    successes: frozenset[tuple[str, str]] = frozenset()
    undo: tuple[UndoEntry, ...] = ()
    ending: str | None = None
    end_reason: str | None = None
    facilitator_pin_hash: str | None = None
    observations: Mapping[int, Observation] = field(default_factory=dict)
    # The path so far, which endings and objectives may weigh: the highest rung the ladder
    # stood on as a turn ended, the red lines crossed, and the turns each action was taken on.
    peak_escalation: int = 0
    crossings: tuple[Crossing, ...] = ()
    taken: Mapping[tuple[str, str], tuple[int, ...]] = field(default_factory=dict)
    evaluation: Evaluation = field(default_factory=Evaluation)
    # The review step (set per game), and this turn's counter-arguments (one per seat) and the
    # room's estimates before the roll.
    review_step: bool = False
    counter_arguments: Mapping[str, CounterArgument] = field(default_factory=dict)
    estimates: Mapping[EstimateKey, float] = field(default_factory=dict)
    # The second ladder, how far partners line up in rival blocs (the scenario's `bloc_ladder`),
    # and this turn's check for an incident at the line, once adjudication has made it.
    blocs: int = 0
    incident: IncidentCheck | None = None

    def moved(self, **changes: Any) -> WorldState:
        """The state with `changes` made, as `revised` makes it: the engine moves the world on
        with every event, and a bot imagines hundreds of worlds a turn."""
        if not changes.keys() <= _WORLD_FIELDS:
            raise TypeError(f"WorldState has no field {sorted(changes.keys() - _WORLD_FIELDS)}")
        moved = object.__new__(WorldState)
        moved.__dict__.update(self.__dict__)
        moved.__dict__.update(changes)
        return moved

    def relation(self, a: str, b: str) -> int:
        return self.relations.get(pair(a, b), 0)

    def indicator(self, actor: str, indicator: str) -> int:
        return self.indicators[actor][indicator]

    def is_released(self, inject_id: str) -> bool:
        record = self.injects.get(inject_id)
        return record is not None and record.status == "released"

    @property
    def peak(self) -> int:
        """The highest rung reached so far: at a turn's end, or now."""
        return max(self.peak_escalation, self.escalation)

    def crossed(self, actor: str, red_line: str) -> bool:
        return any(c.actor == actor and c.red_line == red_line for c in self.crossings)

    @property
    def ended(self) -> bool:
        return self.phase is Phase.ENDED

    @property
    def escalation_name(self) -> str:
        return self.scenario.escalation_ladder[self.escalation].name


Record = TypeVar("Record")
_FIELDS: dict[type, frozenset[str]] = {}


def revised(record: Record, **changes: Any) -> Record:
    """`dataclasses.replace` for the frozen records here, without running `__init__` again,
    which the engine applying every event, and a bot weighing hundreds of imagined worlds a
    turn, would otherwise pay for each time. Only a record's own fields may change."""
    kind = type(record)
    if kind not in _FIELDS:
        _FIELDS[kind] = frozenset(f.name for f in fields(kind))  # type: ignore[arg-type]
    if not changes.keys() <= _FIELDS[kind]:
        raise TypeError(f"{kind.__name__} has no field {sorted(changes.keys() - _FIELDS[kind])}")
    copy = object.__new__(kind)
    copy.__dict__.update(record.__dict__)
    copy.__dict__.update(changes)
    return copy


_WORLD_FIELDS = frozenset(f.name for f in fields(WorldState))
