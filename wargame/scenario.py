"""The scenario format: Pydantic models of a scenario file.

A scenario holds everything the engine needs and nothing it derives: actors, the escalation
ladder, indicators, action menus, the MSEL of injects and the possible endings. Conditions and
effects are small structured records (not an expression language) so that a YAML editor can
complete them from the JSON Schema and the loader can point at the exact field that is wrong.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ACTOR_IDS = ("seoul", "pyongyang", "washington", "moscow", "beijing")

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
InjectId = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_-]*$", max_length=40)]
EventId = Annotated[str, Field(pattern=r"^E\d{2}$")]
Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
Probability = Annotated[float, Field(ge=0.0, le=1.0)]
Text = Annotated[str, Field(min_length=1)]


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
    title: Text
    events: list[EventId] = Field(min_length=1)


class Source(Model):
    """Where an inject or action comes from: a seed article and the events it documents."""

    seed: Annotated[str, Field(pattern=r"^\d{3}_[0-9a-f]{16}\.txt$")]
    events: list[EventId] = Field(min_length=1)


class Bound(Model):
    """A closed range check; at least one side is given."""

    at_least: float | None = None
    at_most: float | None = None

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


class Condition(Model):
    """A test on the world state. Exactly one field is set; `all`, `any` and `not` nest."""

    escalation: Bound | None = None
    turn: Bound | None = None
    indicator: IndicatorBound | None = None
    relation: RelationBound | None = None
    released: InjectId | None = Field(default=None, description="an inject has been released")
    succeeded: ActionRef | None = Field(
        default=None, description="the actor's action has succeeded at least once"
    )
    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = Field(default=None, alias="not")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _exactly_one(self) -> Condition:
        given = [name for name in type(self).model_fields if getattr(self, name) is not None]
        if len(given) != 1:
            fields = "escalation, turn, indicator, relation, released, succeeded, all, any, not"
            raise ValueError(f"a condition has exactly one of: {fields} (found {len(given)})")
        return self


# In an action's effects, these stand for the acting actor and its chosen target.
SELF = "self"
TARGET = "target"


class IndicatorChange(Model):
    actor: Identifier
    indicator: Identifier
    change: int


class RelationChange(Model):
    between: tuple[Identifier, Identifier]
    change: int


class Effect(Model):
    """What happens to the world when an inject is released or an action resolves."""

    escalation: int = 0
    indicators: list[IndicatorChange] = []
    relations: list[RelationChange] = []

    def is_empty(self) -> bool:
        return not (self.escalation or self.indicators or self.relations)


Audience = Literal["all"] | list[Identifier]


class Modifier(Model):
    """A named adjustment to an action's probability while its condition holds."""

    name: Text
    name_ko: Text | None = None
    when: Condition
    change: Annotated[float, Field(ge=-1.0, le=1.0)]


class Action(Model):
    id: Identifier
    category: Category
    name: Text
    name_ko: Text
    description: Text
    base_probability: Probability
    targets: list[Identifier] = Field(
        default=[], description="actors this action may be aimed at; empty for none"
    )
    audience: Audience = "all"
    modifiers: list[Modifier] = []
    on_success: Effect = Effect()
    on_failure: Effect = Effect()
    sources: list[Source] = []


class Objective(Model):
    id: Identifier
    text: Text
    text_ko: Text | None = None
    condition: Condition


class RedLine(Model):
    id: Identifier
    text: Text
    text_ko: Text | None = None
    condition: Condition = Field(description="the red line is crossed while this holds")


class Actor(Model):
    id: Identifier
    name: Text
    name_ko: Text
    colour: Colour
    brief: Text
    brief_ko: Text | None = None
    objectives: list[Objective] = Field(min_length=2, max_length=4)
    red_lines: list[RedLine] = Field(min_length=1)
    indicators: dict[Identifier, Annotated[int, Field(ge=0, le=100)]]
    actions: list[Action] = Field(min_length=6)


class Indicator(Model):
    id: Identifier
    name: Text
    name_ko: Text


class EscalationLevel(Model):
    name: Text
    name_ko: Text
    description: Text


class Relation(Model):
    between: tuple[Identifier, Identifier]
    value: Annotated[int, Field(ge=-100, le=100)]


class Inject(Model):
    """One entry of the MSEL: released at its turn, or when its trigger first holds."""

    id: InjectId
    turn: Annotated[int, Field(ge=1)] | None = None
    trigger: Condition | None = None
    audience: Audience = "all"
    date: date
    date_estimated: bool = Field(
        default=False, description="the seeds give no date for this; it is an estimate"
    )
    title: Text
    title_ko: Text | None = None
    body: Text
    body_ko: Text | None = None
    effects: Effect = Effect()
    sources: list[Source] = []

    @model_validator(mode="after")
    def _turn_or_trigger(self) -> Inject:
        if (self.turn is None) == (self.trigger is None):
            raise ValueError("an inject has either a turn or a trigger, not both and not neither")
        return self


class Ending(Model):
    """One way the exercise can close; the first whose condition holds at the end is taken."""

    id: Identifier
    name: Text
    name_ko: Text
    description: Text
    description_ko: Text | None = None
    condition: Condition | None = Field(default=None, description="omitted: the fallback")
    sources: list[Source] = []


class Scenario(Model):
    id: Identifier
    title: Text
    title_ko: Text
    description: Text
    start_date: date
    days_per_turn: Annotated[int, Field(ge=1)]
    turns: Annotated[int, Field(ge=1, le=50)]
    moves_per_turn: Annotated[int, Field(ge=1, le=5)] = 2
    indicators: list[Indicator] = Field(min_length=1)
    escalation_ladder: list[EscalationLevel] = Field(min_length=2)
    start_escalation: Annotated[int, Field(ge=0)] = 0
    relations: list[Relation] = []
    actors: list[Actor] = Field(min_length=1)
    injects: list[Inject] = []
    endings: list[Ending] = Field(min_length=1)
    seeds: list[SeedDocument] = Field(
        default=[], description="the source articles that `sources` entries may cite"
    )

    @property
    def top_escalation(self) -> int:
        return len(self.escalation_ladder) - 1

    def actor(self, actor_id: str) -> Actor:
        return next(a for a in self.actors if a.id == actor_id)

    def action(self, actor_id: str, action_id: str) -> Action:
        return next(a for a in self.actor(actor_id).actions if a.id == action_id)

    def inject(self, inject_id: str) -> Inject:
        return next(i for i in self.injects if i.id == inject_id)

    @property
    def actor_ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.actors)

    def date_of_turn(self, turn: int) -> date:
        """The in-game date on which `turn` opens."""
        return self.start_date + timedelta(days=self.days_per_turn * (turn - 1))
