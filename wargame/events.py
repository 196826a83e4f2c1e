"""The events of an exercise: everything that happens is one of these, appended to the log.

Events are Pydantic models in a discriminated union so that the log stored as JSON reads back
into exactly the same objects. Each event carries what `apply` needs and what a reader of the
log wants to see (the roll, the modifiers, the reason for an override), never derived state.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, TypeAdapter

from wargame.free_actions import FreeAction, Judgement, ProposedAction
from wargame.scenario import Basis, Effect
from wargame.state import Phase


class EventModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SeatConfig(EventModel):
    human: bool
    pin_hash: str | None = None


class GameCreated(EventModel):
    type: Literal["game_created"] = "game_created"
    scenario_id: str
    seed: int
    seats: dict[str, SeatConfig]
    moves_per_turn: int
    deliberation_minutes: int | None = None
    facilitator_pin_hash: str | None = Field(
        default=None, description="guards the console during hot-seat play; None: unguarded"
    )
    review_step: bool = Field(
        default=False,
        description="after deliberation, seats may counter-argue each other's public actions",
    )


class TurnStarted(EventModel):
    type: Literal["turn_started"] = "turn_started"
    turn: int


class InjectReleased(EventModel):
    type: Literal["inject_released"] = "inject_released"
    inject: str
    by: Literal["schedule", "trigger", "facilitator"]


class InjectHeld(EventModel):
    type: Literal["inject_held"] = "inject_held"
    inject: str


class InjectEdited(EventModel):
    type: Literal["inject_edited"] = "inject_edited"
    inject: str
    title: str
    body: str
    audience: list[str] | None = Field(default=None, description="None: everyone")


class InjectAdded(EventModel):
    type: Literal["inject_added"] = "inject_added"
    inject: str
    title: str
    body: str
    audience: list[str] | None = None
    effects: Effect = Field(
        default=Effect(), description="what releasing it does to the world, as a scenario's"
    )
    basis: Basis = Field(default="exercise_device", description="what it rests on, as a badge")


class PhaseAdvanced(EventModel):
    type: Literal["phase_advanced"] = "phase_advanced"
    phase: Literal[Phase.DELIBERATION, Phase.REVIEW, Phase.ADJUDICATION]
    without: list[str] = Field(
        default=[], description="seats that had made no move when deliberation was closed"
    )
    after_review: bool = Field(
        default=False, description="adjudication opens as the review step closes"
    )


class ChosenActionModel(EventModel):
    action: str
    target: str | None = None


class MoveSubmitted(EventModel):
    type: Literal["move_submitted"] = "move_submitted"
    actor: str
    actions: list[ChosenActionModel]
    argument: str = ""
    proposals: list[ProposedAction] = Field(
        default=[], description="free actions: proposed in the seat's words, not on its menu"
    )


ArgumentChoice = Literal["strong", "weak", "stated", "none"]


class ArgumentRated(EventModel):
    """The facilitator judges a seat's argument before the roll; "none" clears the judgement."""

    type: Literal["argument_rated"] = "argument_rated"
    actor: str
    rating: ArgumentChoice
    change: float = Field(description="to the probability of each of the seat's actions")
    reason: str = ""


def _with_audience(row: Any) -> Any:
    # Games saved before modifiers carried an audience have three fields: everyone saw them.
    return [*row, None] if isinstance(row, list | tuple) and len(row) == 3 else row


ModifierRow = Annotated[tuple[str, str, float, list[str] | None], BeforeValidator(_with_audience)]
"""A modifier: its name in English and in Korean, its value, and who may know of it (None:
everyone)."""


class ActionAdjudicated(EventModel):
    type: Literal["action_adjudicated"] = "action_adjudicated"
    actor: str
    action: str
    target: str | None
    base: float
    modifiers: list[ModifierRow]
    probability: float
    roll: float
    success: bool
    rationale: str
    free: FreeAction | None = Field(
        default=None, description="a free action (`action` is its id, 'free-1'), as judged"
    )
    worn_out: bool = Field(
        default=False,
        description="repeated until routine: its steps up or down a ladder do not count",
    )


class FreeActionJudged(EventModel):
    """The facilitator's judgement of a seat's free action, before the roll."""

    type: Literal["free_action_judged"] = "free_action_judged"
    actor: str
    proposal: int = Field(description="its place among the seat's proposals this turn, from 0")
    judgement: Judgement


class IncidentChecked(EventModel):
    """The turn's check for an incident at the line, made as adjudication begins, after the
    actions: named odds and a roll like an action's, and the seats whose moves raised the risk."""

    type: Literal["incident_checked"] = "incident_checked"
    base: float
    modifiers: list[ModifierRow]
    probability: float
    roll: float
    happened: bool
    rationale: str
    by: list[str] = Field(description="the seats whose moves this turn raised the risk")
    audience: list[str] | None = Field(
        default=None,
        description=(
            "who may know a check was made (None: everyone): those who may see a move that "
            "raised the risk; an incident, should it happen, everyone learns of"
        ),
    )


class AdjudicationOverridden(EventModel):
    type: Literal["adjudication_overridden"] = "adjudication_overridden"
    adjudication: int = Field(
        description="sequence number of the action_adjudicated (or incident_checked) event"
    )
    success: bool
    reason: str
    reason_shown: bool = Field(
        default=False,
        description=(
            "the reason is shown to the seats and the room that see the result; otherwise it "
            "is for the record only (a reason may speak of covert moves)"
        ),
    )


class OutcomePublished(EventModel):
    type: Literal["outcome_published"] = "outcome_published"
    turn: int


class RedLineCrossed(EventModel):
    """An actor's red line crossed, as the turn closes; its consequence follows once."""

    type: Literal["red_line_crossed"] = "red_line_crossed"
    actor: str
    red_line: str
    by: list[str] = Field(
        default=[], description="actors whose actions this turn pushed the world over it"
    )


class ForcesStoodDown(EventModel):
    """As a turn closes at the line (from the scenario's `incident.at`, below armed clash) with
    no fresh move up the ladder made in it, forces stand down: the ladder eases a rung."""

    type: Literal["forces_stood_down"] = "forces_stood_down"
    turn: int


class TurnEnded(EventModel):
    type: Literal["turn_ended"] = "turn_ended"
    turn: int


class GameEnded(EventModel):
    type: Literal["game_ended"] = "game_ended"
    reason: Literal["last_turn", "top_of_ladder", "stopped"]
    ending: str
    note: str = Field(default="", description="why the facilitator stopped the exercise early")


class SeatHandedOver(EventModel):
    """The facilitator gives a seat to a bot from now on, or back to a person."""

    type: Literal["seat_handed_over"] = "seat_handed_over"
    actor: str
    to: Literal["bot", "person"]
    reason: str
    pin_hash: str | None = Field(
        default=None, description="a new PIN for the person who takes the seat, if one was set"
    )


class FacilitatorUndid(EventModel):
    """A compensating event: the named facilitator action is taken back; nothing is deleted."""

    type: Literal["facilitator_undid"] = "facilitator_undid"
    undone: int = Field(description="sequence number of the event taken back")
    kind: Literal["release", "hold", "edit", "add", "override", "publish", "rating", "judgement"]
    subject: str = Field(
        description=(
            "the inject's id, actor/action for an override, the turn for a publish, "
            "the seat whose argument was rated"
        )
    )


ObservationKind = Literal["strength", "improvement", "note"]


class ObservationModel(EventModel):
    """A hot-wash or evaluator's observation: what was seen, whether it is a strength, an area
    for improvement or the evaluator's working note, and what it is about (seats, a turn, an
    inject, a seat's objective as actor/id, an exercise objective by its id)."""

    text: str
    kind: ObservationKind
    seats: list[str] = []
    turn: int | None = None
    inject: str | None = None
    objective: str | None = None
    exercise_objective: str | None = None
    private: bool = Field(
        default=False,
        description="for the record only: left out of the participants' report (a working "
        "note always is)",
    )


class ObservationRecorded(EventModel):
    type: Literal["observation_recorded"] = "observation_recorded"
    observation: ObservationModel


class ObservationRevised(EventModel):
    """A compensating event: the observation made by event `revises` now reads like this."""

    type: Literal["observation_revised"] = "observation_revised"
    revises: int = Field(description="sequence number of the observation_recorded event")
    observation: ObservationModel


class ObservationWithdrawn(EventModel):
    type: Literal["observation_withdrawn"] = "observation_withdrawn"
    withdraws: int = Field(description="sequence number of the observation_recorded event")


# --- the evaluation (HSEEP): ratings, participants, the evaluator's PIN, the improvement plan

HseepRating = Literal["P", "S", "M", "U"]
"""Performed without challenges, with some challenges, with major challenges, unable to be
performed."""


class ObjectiveRated(EventModel):
    """The evaluator's rating of an exercise objective on the HSEEP scale; None clears it."""

    type: Literal["objective_rated"] = "objective_rated"
    objective: str = Field(description="the exercise objective's id")
    rating: HseepRating | None


class PersonModel(EventModel):
    name: str
    organisation: str = ""
    role: str = ""


class ParticipantsRecorded(EventModel):
    """Who took part, and for whom: each edit records the whole list again."""

    type: Literal["participants_recorded"] = "participants_recorded"
    sponsor: str = ""
    point_of_contact: str = ""
    scope: str = ""
    evaluators: list[PersonModel] = []
    seats: dict[str, list[PersonModel]] = Field(
        default={}, description="the people who played each seat, by actor id"
    )


class EvaluatorPinSet(EventModel):
    """The evaluator's own PIN (its salted hash), or None: the facilitator evaluates alone."""

    type: Literal["evaluator_pin_set"] = "evaluator_pin_set"
    pin_hash: str | None


class PlanRowModel(EventModel):
    """A row of the Improvement Plan in the HSEEP columns; dates are ISO or empty."""

    objective: str = Field(default="", description="the objective or capability")
    issue: str = Field(default="", description="the issue or area for improvement")
    corrective_action: str = ""
    capability_element: str = ""
    organisation: str = Field(default="", description="the primary responsible organisation")
    point_of_contact: str = ""
    start: str = ""
    completion: str = ""


class PlanRowEdited(EventModel):
    """The evaluator's word on a row of the plan: a pre-filled row (from an area for
    improvement, a crossed red line or a missed seat objective) edited or dropped, or a row
    of their own ("added/N")."""

    type: Literal["plan_row_edited"] = "plan_row_edited"
    row: str
    fields: PlanRowModel
    kept: bool = True


class CounterArgued(EventModel):
    """A seat's one counter-argument of the review step against another seat's action; a new
    one replaces it, and an empty text withdraws it."""

    type: Literal["counter_argued"] = "counter_argued"
    by: str
    actor: str
    action: str
    target: str | None = None
    text: str


class EstimateGiven(EventModel):
    """A seat's or the facilitator's probability that an action of this turn succeeds, given
    before the roll; None withdraws it."""

    type: Literal["estimate_given"] = "estimate_given"
    by: str = Field(description="an actor id, or 'facilitator'")
    actor: str
    action: str
    target: str | None = None
    probability: float | None = Field(ge=0, le=1)


Event = Annotated[
    GameCreated
    | TurnStarted
    | InjectReleased
    | InjectHeld
    | InjectEdited
    | InjectAdded
    | PhaseAdvanced
    | MoveSubmitted
    | ArgumentRated
    | ActionAdjudicated
    | IncidentChecked
    | AdjudicationOverridden
    | OutcomePublished
    | RedLineCrossed
    | ForcesStoodDown
    | TurnEnded
    | GameEnded
    | SeatHandedOver
    | FacilitatorUndid
    | ObservationRecorded
    | ObservationRevised
    | ObservationWithdrawn
    | FreeActionJudged
    | ObjectiveRated
    | ParticipantsRecorded
    | EvaluatorPinSet
    | PlanRowEdited
    | CounterArgued
    | EstimateGiven,
    Field(discriminator="type"),
]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


def event_from_json(text: str | bytes) -> Event:
    return EVENT_ADAPTER.validate_json(text)


def event_to_json(event: Event) -> str:
    return event.model_dump_json()
