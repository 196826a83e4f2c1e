"""The scenario format: Pydantic models of a scenario file.

A scenario holds everything the engine needs and nothing it derives: actors, the escalation
ladder, indicators, action menus, the MSEL of injects and the possible endings. Conditions and
effects are small structured records (not an expression language) so that a YAML editor can
complete them from the JSON Schema and the loader can point at the exact field that is wrong.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from collections.abc import Callable, Hashable, Iterable
from datetime import date, timedelta
from enum import StrEnum
from typing import Annotated, Literal, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

T = TypeVar("T")

ACTOR_IDS = ("seoul", "pyongyang", "washington", "moscow", "beijing")

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
InjectId = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_-]*$", max_length=40)]
EventId = Annotated[str, Field(pattern=r"^E\d{2}$")]
Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
Probability = Annotated[float, Field(ge=0.0, le=1.0)]
Text = Annotated[str, Field(min_length=1, max_length=20_000)]
Name = Annotated[str, Field(min_length=1, max_length=300)]
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2200, 12, 31)
GameDate = Annotated[date, Field(ge=FIRST_DAY, le=LAST_DAY)]
"""Dates a crisis exercise can be set on; bounded so that every turn's date can be computed."""
Number = Annotated[float, Field(allow_inf_nan=False, ge=-1e6, le=1e6)]
MONTH = r"^(19|2[01])\d{2}-(0[1-9]|1[0-2])$"
Month = Annotated[str, Field(pattern=MONTH)]
"""A year and month, "2024-10", for what is known only to the month."""


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Category(StrEnum):
    """The DIME instruments of national power an action belongs to."""

    DIPLOMATIC = "diplomatic"
    INFORMATION = "information"
    MILITARY = "military"
    ECONOMIC = "economic"


class SeedDocument(Model):
    """A source article the scenario is built from, and the events it documents."""

    file: Annotated[str, Field(pattern=r"^\d{3}_[0-9a-f]{16}\.txt$")]
    title: Name
    events: list[EventId] = Field(min_length=1, max_length=100)
    published: date | Month | None = Field(
        default=None,
        description=(
            'when the article appeared: a day (2025-11-05), or a month ("2024-10") where only '
            "the month is known; omitted for an undated article"
        ),
    )

    @field_validator("published", mode="before")
    @classmethod
    def _day_or_month(cls, value: object) -> object:
        """A day or a month, and one plain message for anything else (rather than one for each
        form tried)."""
        if value is None or (isinstance(value, str) and re.fullmatch(MONTH, value)):
            return value
        day = value
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            with contextlib.suppress(ValueError):
                day = date.fromisoformat(value)
        if isinstance(day, date) and FIRST_DAY <= day <= LAST_DAY:
            return day
        raise ValueError(
            "give the day the article appeared (2025-11-05) or, where only the month is known, "
            'the month ("2024-10")'
        )

    def last_day(self) -> date | None:
        """The latest day the article can have appeared on; None when it is undated."""
        if self.published is None or isinstance(self.published, date):
            return self.published
        year, month = (int(part) for part in self.published.split("-"))
        return date(year, month, calendar.monthrange(year, month)[1])


class Source(Model):
    """Where an inject or action comes from: a seed article and the events it documents."""

    seed: Annotated[str, Field(pattern=r"^\d{3}_[0-9a-f]{16}\.txt$")]
    events: list[EventId] = Field(min_length=1, max_length=100)


class Bound(Model):
    """A closed range check; at least one side is given."""

    at_least: Number | None = None
    at_most: Number | None = None

    @model_validator(mode="after")
    def _one_side(self) -> Bound:
        if self.at_least is None and self.at_most is None:
            raise ValueError("give at_least, at_most or both")
        return self

    def holds(self, value: float) -> bool:
        return (self.at_least is None or value >= self.at_least) and (
            self.at_most is None or value <= self.at_most
        )


class IndicatorBound(Bound):
    actor: Identifier
    indicator: Identifier


class RelationBound(Bound):
    between: tuple[Identifier, Identifier]


class ActionRef(Model):
    actor: Identifier
    action: Identifier


class CrossedRef(Model):
    """Red lines crossed: whose (`actor`), which (`red_line`, of that actor) and by whom (`by`,
    an actor whose actions pushed the world over it); each given field must match."""

    actor: Identifier | None = None
    red_line: Identifier | None = None
    by: Identifier | None = None

    @model_validator(mode="after")
    def _line_of_an_actor(self) -> CrossedRef:
        if self.red_line is not None and self.actor is None:
            raise ValueError("a red_line is named with the actor it belongs to")
        return self


class Condition(Model):
    """A test on the world state. Exactly one field is set; `all`, `any` and `not` nest."""

    escalation: Bound | None = None
    blocs: Bound | None = Field(default=None, description="the bloc ladder (`bloc_ladder`) now")
    turn: Bound | None = None
    peak: Bound | None = Field(
        default=None, description="the highest escalation reached so far (at a turn's end, or now)"
    )
    indicator: IndicatorBound | None = None
    relation: RelationBound | None = None
    released: InjectId | None = Field(default=None, description="an inject has been released")
    succeeded: ActionRef | None = Field(
        default=None, description="the actor's action has succeeded at least once"
    )
    crossed: CrossedRef | None = Field(
        default=None, description="a red line has been crossed (once crossed, always crossed)"
    )
    all: list[Condition] | None = Field(default=None, max_length=50)
    any: list[Condition] | None = Field(default=None, max_length=50)
    not_: Condition | None = Field(default=None, alias="not")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _exactly_one(self) -> Condition:
        given = [name for name in type(self).model_fields if getattr(self, name) is not None]
        if len(given) != 1:
            fields = ", ".join((f.alias or name) for name, f in type(self).model_fields.items())
            raise ValueError(f"a condition has exactly one of: {fields} (found {len(given)})")
        return self


# In an action's effects, these stand for the acting actor and its chosen target.
SELF = "self"
TARGET = "target"


class IndicatorChange(Model):
    actor: Identifier
    indicator: Identifier
    change: Annotated[int, Field(ge=-100, le=100)]


class RelationChange(Model):
    between: tuple[Identifier, Identifier]
    change: Annotated[int, Field(ge=-200, le=200)]


class Effect(Model):
    """What happens to the world when an inject is released or an action resolves."""

    escalation: Annotated[int, Field(ge=-30, le=30)] = 0
    blocs: Annotated[int, Field(ge=-30, le=30)] = Field(
        default=0, description="steps on the bloc ladder (`bloc_ladder`), up or down"
    )
    indicators: list[IndicatorChange] = Field(default=[], max_length=50)
    relations: list[RelationChange] = Field(default=[], max_length=50)

    def is_empty(self) -> bool:
        return not (self.escalation or self.blocs or self.indicators or self.relations)


Audience = Literal["all"] | list[Identifier]


class Modifier(Model):
    """A named adjustment to an action's probability while its condition holds."""

    name: Name
    name_ko: Name | None = None
    when: Condition
    change: Annotated[float, Field(ge=-1.0, le=1.0)]


class Action(Model):
    id: Identifier
    category: Category
    name: Name
    name_ko: Name
    description: Text
    description_ko: Text | None = None
    base_probability: Probability
    targets: list[Identifier] = Field(
        max_length=20, default=[], description="actors this action may be aimed at; empty for none"
    )
    audience: Audience = "all"
    modifiers: list[Modifier] = Field(default=[], max_length=20)
    on_success: Effect = Effect()
    on_failure: Effect = Effect()
    wears_out: bool = Field(
        default=True,
        description=(
            "taken again within a few turns it counts for less, and once it is routine it moves "
            "no ladder; false for an action meant to be sustained (sanctions, aid, partnership)"
        ),
    )
    kinetic: bool = Field(
        default=False,
        description=(
            "a use of force: its step up the ladder may carry the peninsula to armed clash "
            "(`incident.rung`), which no other action or inject can"
        ),
    )
    sources: list[Source] = Field(default=[], max_length=20)


class Objective(Model):
    id: Identifier
    text: Text
    text_ko: Text | None = None
    condition: Condition


class RedLine(Model):
    id: Identifier
    text: Text
    text_ko: Text | None = None
    condition: Condition = Field(
        description="the red line is crossed the first time this holds as a turn ends"
    )
    consequence: Effect = Field(
        default=Effect(),
        description=(
            "what crossing it does, once: `self` is the red line's owner, `target` each actor "
            "whose actions pushed the world over it"
        ),
    )


class Actor(Model):
    id: Identifier
    name: Name
    name_ko: Name
    colour: Colour
    brief: Text
    brief_ko: Text | None = None
    objectives: list[Objective] = Field(min_length=2, max_length=4)
    red_lines: list[RedLine] = Field(min_length=1, max_length=10)
    indicators: dict[Identifier, Annotated[int, Field(ge=0, le=100)]]
    actions: list[Action] = Field(min_length=6, max_length=40)


class Indicator(Model):
    id: Identifier
    name: Name
    name_ko: Name


class EscalationLevel(Model):
    name: Name
    name_ko: Name
    description: Text


class IncidentRisk(Model):
    """How the ladder reaches armed clash: never by a rung climbed, but by a kinetic action, or
    by an incident at the line that a turn's moves risk, checked with named odds like any
    action. From rung `at` (below `rung`), a turn in which some seat makes a fresh move up the
    ladder brings a check: `base`, plus `per_rung` for each rung above `at`, plus `per_move`
    for each such move, less `per_step_back` for each move that would take the ladder down,
    plus the scenario's `modifiers`. Should the
    incident happen, the ladder stands at `rung` as the outcome is published, and the seats
    whose moves raised the risk are named for it."""

    rung: Annotated[int, Field(ge=1, le=29)] = Field(
        description="the ladder's first rung of armed clash"
    )
    at: Annotated[int, Field(ge=0, le=28)] = Field(
        description="the lowest rung at which a turn's moves risk an incident"
    )
    name: Name = "Risk of an incident at the line"
    name_ko: Name = "접경 우발 충돌 위험"
    base: Probability
    per_rung: Annotated[float, Field(ge=0.0, le=1.0)] = Field(
        default=0.0, description="added for each rung the ladder stands above `at`"
    )
    per_move: Annotated[float, Field(ge=0.0, le=1.0)] = Field(
        description="added for each fresh move this turn that would raise the ladder"
    )
    per_step_back: Annotated[float, Field(ge=0.0, le=1.0)] = Field(
        default=0.0, description="taken off for each move this turn that would lower the ladder"
    )
    modifiers: list[Modifier] = Field(default=[], max_length=20)
    sources: list[Source] = Field(default=[], max_length=20)


class Relation(Model):
    between: tuple[Identifier, Identifier]
    value: Annotated[int, Field(ge=-100, le=100)]


Basis = Literal["reported", "analysis", "projection", "exercise_device"]
"""What an inject rests on: a reported fact, the sources' analysis, a projection beyond them, or
a device of the exercise. Everyone sees it; it tells players how far to trust the inject."""


class ConditionalEffect(Model):
    """An effect that depends on the moment: scripted escalation that makes sense only in some
    worlds (launches before a visit move a quiet peninsula, not one already at the brink)."""

    when: Condition
    effects: Effect


class ExerciseObjective(Model):
    """What the exercise sets out to examine (HSEEP style); injects name the ones they serve."""

    id: Identifier
    text: Text
    text_ko: Text | None = None


class Inject(Model):
    """One entry of the MSEL: released at its turn, or when its trigger first holds."""

    id: InjectId
    turn: Annotated[int, Field(ge=1, le=100)] | None = None
    trigger: Condition | None = None
    audience: Audience = "all"
    date: GameDate
    date_estimated: bool = Field(
        default=False, description="the seeds give no date for this; it is an estimate"
    )
    date_moved: bool = Field(
        default=False,
        description=(
            "the seeds date this otherwise (see the seed's `published`); the exercise moves it to "
            "this date"
        ),
    )
    title: Name
    title_ko: Name | None = None
    body: Text
    body_ko: Text | None = None
    effects: Effect = Effect()
    effects_if: list[ConditionalEffect] = Field(
        default=[],
        max_length=20,
        description=(
            "further effects, each made only if its condition holds as the inject is released"
        ),
    )
    sources: list[Source] = Field(default=[], max_length=20)
    basis: Basis | None = Field(
        default=None, description="what the inject rests on; shown to everyone as a badge"
    )
    notes: Text | None = Field(default=None, description="for the facilitator only")
    notes_ko: Text | None = None
    expected_actions: list[Text] = Field(default=[], max_length=20)
    expected_actions_ko: list[Text] = Field(default=[], max_length=20)
    discussion_questions: list[Text] = Field(default=[], max_length=20)
    discussion_questions_ko: list[Text] = Field(default=[], max_length=20)
    exercise_objectives: list[Identifier] = Field(
        default=[], max_length=20, description="ids of the scenario's exercise objectives it serves"
    )

    @model_validator(mode="after")
    def _turn_or_trigger(self) -> Inject:
        if (self.turn is None) == (self.trigger is None):
            raise ValueError("an inject has either a turn or a trigger, not both and not neither")
        return self

    @model_validator(mode="after")
    def _one_kind_of_date(self) -> Inject:
        if self.date_estimated and self.date_moved:
            raise ValueError("a date is either estimated or moved, not both")
        return self

    @property
    def date_documented(self) -> bool:
        """Whether `date` is the one the seeds give, rather than an estimate or a move."""
        return not (self.date_estimated or self.date_moved)


class Ending(Model):
    """One way the exercise can close; the first whose condition holds at the end is taken."""

    id: Identifier
    name: Name
    name_ko: Name
    description: Text
    description_ko: Text | None = None
    condition: Condition | None = Field(default=None, description="omitted: the fallback")
    sources: list[Source] = Field(default=[], max_length=20)


class Scenario(Model):
    id: Identifier
    title: Name
    title_ko: Name
    description: Text
    start_date: Annotated[date, Field(ge=date(1900, 1, 1), le=date(2150, 12, 31))]
    days_per_turn: Annotated[int, Field(ge=1, le=366)]
    turns: Annotated[int, Field(ge=1, le=50)]
    moves_per_turn: Annotated[int, Field(ge=1, le=5)] = 2
    indicators: list[Indicator] = Field(min_length=1, max_length=20)
    escalation_ladder: list[EscalationLevel] = Field(min_length=2, max_length=30)
    start_escalation: Annotated[int, Field(ge=0, le=29)] = 0
    bloc_ladder: list[EscalationLevel] = Field(
        default=[],
        max_length=30,
        description=(
            "a second, shorter ladder for how far partners line up in rival blocs, apart from "
            "military tension on the escalation ladder; empty: the scenario has one ladder"
        ),
    )
    start_blocs: Annotated[int, Field(ge=0, le=29)] = 0
    incident: IncidentRisk | None = Field(
        default=None,
        description="how the ladder reaches armed clash; omitted: any step may take it there",
    )
    relations: list[Relation] = Field(default=[], max_length=100)
    actors: list[Actor] = Field(min_length=1, max_length=12)
    injects: list[Inject] = Field(default=[], max_length=500)
    endings: list[Ending] = Field(min_length=1, max_length=20)
    seeds: list[SeedDocument] = Field(
        default=[],
        max_length=50,
        description="the source articles that `sources` entries may cite",
    )
    exercise_objectives: list[ExerciseObjective] = Field(default=[], max_length=20)

    @property
    def top_escalation(self) -> int:
        return len(self.escalation_ladder) - 1

    @property
    def top_blocs(self) -> int:
        return max(0, len(self.bloc_ladder) - 1)

    def _lookup(self) -> _Lookup:
        """The actors, actions and injects by id, made once: play asks for them thousands of
        times a game. Made again for a copy with other actors or injects (`model_copy`), whose
        lists are not these."""
        found: _Lookup | None = self.__dict__.get("_lookup_tables")
        if found is None or found.actors is not self.actors or found.injects is not self.injects:
            found = _Lookup(self.actors, self.injects)
            self.__dict__["_lookup_tables"] = found
        return found

    def derived(self, key: Hashable, make: Callable[[], T]) -> T:
        """What `make` derives from the scenario's actors and injects alone, made once for
        `key` (and again for a copy with other actors or injects)."""
        memo = self._lookup().derived
        if key not in memo:
            memo[key] = make()
        return cast(T, memo[key])

    def actor(self, actor_id: str) -> Actor:
        return self._lookup().actor[actor_id]

    def action(self, actor_id: str, action_id: str) -> Action:
        return self._lookup().action[actor_id, action_id]

    def inject(self, inject_id: str) -> Inject:
        return self._lookup().inject[inject_id]

    @property
    def actor_ids(self) -> tuple[str, ...]:
        return self._lookup().actor_ids

    def date_of_turn(self, turn: int) -> date:
        """The in-game date on which `turn` opens."""
        return self.start_date + timedelta(days=self.days_per_turn * (turn - 1))

    def in_game_span(self, last_turn: int, dates: Iterable[date] = ()) -> tuple[date, date]:
        """The first and last in-game days of turns 1 to `last_turn`, widened to take in
        `dates` (those of injects, which need not fall within their turn)."""
        first = self.start_date
        last = self.date_of_turn(last_turn + 1) - timedelta(days=1)
        for day in dates:
            first, last = min(first, day), max(last, day)
        return first, last


class _Lookup:
    """A scenario's actors, actions and injects by id (see `Scenario._lookup`)."""

    def __init__(self, actors: list[Actor], injects: list[Inject]) -> None:
        self.actors, self.injects = actors, injects
        self.actor = {a.id: a for a in actors}
        self.action = {(a.id, action.id): action for a in actors for action in a.actions}
        self.inject = {i.id: i for i in injects}
        self.actor_ids = tuple(self.actor)
        self.derived: dict[Hashable, object] = {}
