"""The exercise's evaluation as HSEEP files it: each exercise objective rated P, S, M or U
by the evaluator, who took part and for whom, and the Improvement Plan.

The evaluator is the facilitator, or a person with a PIN of their own (`Principal` role
"evaluator" in `wargame.session`) who may record observations, rate objectives, name the
participants and edit the plan, and nothing else. Everything here is an event
(`wargame.events`: `objective_rated`, `participants_recorded`, `evaluator_pin_set`,
`plan_row_edited`) folded by `apply_evaluation` into `WorldState.evaluation`.

The plan is pre-filled: a row for each area for improvement (kept unless the evaluator drops
it), and a row offered for each crossed red line and each seat objective missed at the end,
which the plan holds only once the evaluator keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from wargame.conditions import objectives_met
from wargame.errors import RuleError
from wargame.events import (
    EvaluatorPinSet,
    HseepRating,
    ObjectiveRated,
    ParticipantsRecorded,
    PersonModel,
    PlanRowEdited,
    PlanRowModel,
)
from wargame.names import actor_name, localized, red_line_text
from wargame.state import Evaluation, Person, PlanRow, WorldState

RATINGS: tuple[HseepRating, ...] = ("P", "S", "M", "U")

SCALE = {
    "en": {
        "P": "Performed without challenges",
        "S": "Performed with some challenges",
        "M": "Performed with major challenges",
        "U": "Unable to be performed",
    },
    "ko": {
        "P": "문제없이 수행",
        "S": "일부 문제가 있었으나 수행",
        "M": "중대한 문제가 있었으나 수행",
        "U": "수행하지 못함",
    },
}

CAPABILITY_ELEMENTS = ("planning", "organization", "equipment", "training", "exercise")
"""HSEEP's capability elements (POETE); the plan's column takes one of them or free text."""

_PREFILLED = {
    "en": {"red_line": "Red line crossed: {text}", "objective": "Objective not met: {text}"},
    "ko": {"red_line": "레드라인을 넘음: {text}", "objective": "달성하지 못한 목표: {text}"},
}

MAX_FIELD = 500


EvaluationEvent = ObjectiveRated | ParticipantsRecorded | EvaluatorPinSet | PlanRowEdited


def apply_evaluation(state: WorldState, event: EvaluationEvent) -> WorldState:
    """The world after one of the evaluation's events: only `state.evaluation` changes."""
    e = state.evaluation
    match event:
        case ObjectiveRated(objective=objective, rating=rating):
            ratings = {k: v for k, v in e.ratings.items() if k != objective}
            if rating is not None:
                ratings[objective] = rating
            e = replace(e, ratings=ratings)
        case ParticipantsRecorded():
            e = replace(
                e,
                sponsor=event.sponsor,
                point_of_contact=event.point_of_contact,
                scope=event.scope,
                evaluators=_people(event.evaluators),
                players={seat: _people(p) for seat, p in event.seats.items() if p},
            )
        case EvaluatorPinSet(pin_hash=pin_hash):
            e = replace(e, evaluator_pin_hash=pin_hash)
        case PlanRowEdited(row=key, fields=fields, kept=kept):
            e = replace(
                e,
                plan={**e.plan, key: PlanRow(**fields.model_dump())},
                dropped=e.dropped - {key} if kept else e.dropped | {key},
            )
    return replace(state, evaluation=e)


def _people(people: list[PersonModel]) -> tuple[Person, ...]:
    return tuple(Person(p.name, p.organisation, p.role) for p in people)


def participants_of(e: Evaluation) -> ParticipantsRecorded:
    """The participants as recorded, to edit and record again whole."""

    def models(people: tuple[Person, ...]) -> list[PersonModel]:
        return [PersonModel(name=p.name, organisation=p.organisation, role=p.role) for p in people]

    return ParticipantsRecorded(
        sponsor=e.sponsor,
        point_of_contact=e.point_of_contact,
        scope=e.scope,
        evaluators=models(e.evaluators),
        seats={seat: models(people) for seat, people in e.players.items()},
    )


# --- checks before a command is recorded -------------------------------------------------


def checked_rating(state: WorldState, objective: str) -> None:
    """Refuse a rating of an objective the scenario does not set."""
    if objective not in {o.id for o in state.scenario.exercise_objectives}:
        raise RuleError(
            f"The scenario sets no exercise objective '{objective}'.",
            f"시나리오에 '{objective}' 연습 목표가 없습니다.",
        )


def checked_participants(state: WorldState, event: ParticipantsRecorded) -> ParticipantsRecorded:
    """The participants as they will be kept (trimmed, nameless rows left out), or a
    RuleError naming the field that is wrong."""
    unknown = set(event.seats) - set(state.scenario.actor_ids)
    if unknown:
        seats = ", ".join(sorted(unknown))
        raise RuleError(f"Unknown seat: {seats}.", f"알 수 없는 참가석입니다: {seats}.")
    texts = {
        "sponsor": (event.sponsor, "후원 기관"),
        "point of contact": (event.point_of_contact, "연락 담당자"),
        "scope": (event.scope, "범위"),
    }
    for name, (text, korean) in texts.items():
        _require_short(text, name, korean, limit=2000 if name == "scope" else MAX_FIELD)
    return ParticipantsRecorded(
        sponsor=event.sponsor.strip(),
        point_of_contact=event.point_of_contact.strip(),
        scope=event.scope.strip(),
        evaluators=_trimmed(event.evaluators),
        seats={seat: _trimmed(people) for seat, people in event.seats.items()},
    )


def _trimmed(people: list[PersonModel]) -> list[PersonModel]:
    kept = []
    for p in people:
        for name, text in (("name", p.name), ("organisation", p.organisation), ("role", p.role)):
            _require_short(text, f"A person's {name}", "사람의 정보가")
        if p.name.strip():
            kept.append(PersonModel(name=p.name.strip(), organisation=p.organisation.strip(),
                                    role=p.role.strip()))  # fmt: skip
    return kept


def checked_plan_row(state: WorldState, key: str, fields: PlanRowModel) -> PlanRowModel:
    """The row as it will be kept, or a RuleError: a row the plan does not offer, a field too
    long, a date that is not a date, a completion before the start."""
    offered = {line.key for line in improvement_plan(state, "en", everything=True)}
    if key not in offered and not _added(key):
        raise RuleError(
            f"The Improvement Plan has no row '{key}'.", f"개선 계획에 '{key}' 행이 없습니다."
        )
    values = {name: str(value).strip() for name, value in fields.model_dump().items()}
    for name, text in values.items():
        _require_short(text, f"The plan's {name.replace('_', ' ')}", "개선 계획의 항목이")
    days = {}
    for name in ("start", "completion"):
        if values[name]:
            try:
                days[name] = date.fromisoformat(values[name])
            except ValueError:
                raise RuleError(
                    f"The plan's {name} date '{values[name]}' is not a date (YYYY-MM-DD).",
                    f"개선 계획의 날짜 '{values[name]}'가 날짜(YYYY-MM-DD)가 아닙니다.",
                ) from None
    if len(days) == 2 and days["completion"] < days["start"]:
        raise RuleError(
            "The plan's completion date is before its start date.",
            "개선 계획의 완료일이 시작일보다 앞섭니다.",
        )
    return PlanRowModel(**values)


def _added(key: str) -> bool:
    kind, _, number = key.partition("/")
    return kind == "added" and number.isdigit()


def _require_short(text: str, name: str, korean: str, limit: int = MAX_FIELD) -> None:
    if len(text) > limit:
        raise RuleError(
            f"{name} is longer than {limit} characters.", f"{korean} {limit}자를 넘습니다."
        )


def next_added_row(state: WorldState) -> str:
    """The key for a row the evaluator adds to the plan."""
    taken = [int(k.partition("/")[2]) for k in state.evaluation.plan if _added(k)]
    return f"added/{max(taken, default=0) + 1}"


# --- the Improvement Plan ----------------------------------------------------------------


@dataclass(frozen=True)
class PlanLine:
    """A row of the plan: its key, its fields as they read now, whether the plan holds it, and
    where it came from (the observation's id for an area for improvement)."""

    key: str
    row: PlanRow
    kept: bool
    observation: int | None = None


def improvement_plan(state: WorldState, language: str, everything: bool = False) -> list[PlanLine]:
    """The Improvement Plan in `language`: its rows as the evaluator left them, pre-filled
    where untouched. With `everything`, also the rows offered but not kept."""
    e, scenario = state.evaluation, state.scenario
    lines = []
    exercise = {o.id: localized(o, "text", language) for o in scenario.exercise_objectives}
    for o in state.observations.values():
        if o.kind != "improvement":
            continue
        about = exercise.get(o.exercise_objective or "", "")
        if not about and o.objective:
            seat, _, objective_id = o.objective.partition("/")
            found = next(x for x in scenario.actor(seat).objectives if x.id == objective_id)
            about = f"{actor_name(scenario, seat, language)}: {localized(found, 'text', language)}"
        lines.append(_line(e, f"observation/{o.id}", PlanRow(about, o.text), True, o.id))
    words = _PREFILLED["ko" if language == "ko" else "en"]
    for c in state.crossings:
        text = red_line_text(scenario, c.actor, c.red_line, language)
        row = PlanRow(actor_name(scenario, c.actor, language), words["red_line"].format(text=text))
        lines.append(_line(e, f"red_line/{c.actor}/{c.red_line}", row, False))
    if state.ended:
        for actor in scenario.actors:
            met = set(objectives_met(state, actor.id))
            for objective in actor.objectives:
                if objective.id in met:
                    continue
                text = localized(objective, "text", language)
                row = PlanRow(actor_name(scenario, actor.id, language),
                              words["objective"].format(text=text))  # fmt: skip
                lines.append(_line(e, f"objective/{actor.id}/{objective.id}", row, False))
    lines += [_line(e, key, row, True) for key, row in e.plan.items() if _added(key)]
    return [line for line in lines if everything or line.kept]


def _line(
    e: Evaluation, key: str, prefilled: PlanRow, kept: bool, seen: int | None = None
) -> PlanLine:
    if key in e.plan:
        return PlanLine(key, e.plan[key], key not in e.dropped, seen)
    return PlanLine(key, prefilled, kept, seen)
