"""The rules of the exercise: `apply(state, event)` and `Game`, which turns commands into events.

`apply` is pure: the state at any moment is the fold of the log up to it. `Game` checks who may
do what and when, produces the events a command stands for, hands them to its recorder (the
store) in one batch, and only then moves its own state on: a command that cannot be recorded
leaves the game as it was.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Literal, NamedTuple, TypedDict

from wargame import adjudication as adj
from wargame.chronicle import Chronicle, extended, turn_record
from wargame.conditions import ending_for, holds
from wargame.describe import undo_label
from wargame.effects import apply_change, outcome, resolve
from wargame.errors import RuleError
from wargame.evaluation import (
    apply_evaluation,
    checked_participants,
    checked_plan_row,
    checked_rating,
)
from wargame.events import (
    ActionAdjudicated,
    AdjudicationOverridden,
    ArgumentChoice,
    ArgumentRated,
    ChosenActionModel,
    CounterArgued,
    EstimateGiven,
    EvaluatorPinSet,
    Event,
    FacilitatorUndid,
    ForcesStoodDown,
    FreeActionJudged,
    GameCreated,
    GameEnded,
    HseepRating,
    IncidentChecked,
    InjectAdded,
    InjectEdited,
    InjectHeld,
    InjectReleased,
    ModifierRow,
    MoveSubmitted,
    ObjectiveRated,
    ObservationModel,
    ObservationRecorded,
    ObservationRevised,
    ObservationWithdrawn,
    OutcomePublished,
    ParticipantsRecorded,
    PhaseAdvanced,
    PlanRowEdited,
    PlanRowModel,
    RedLineCrossed,
    SeatConfig,
    SeatHandedOver,
    TurnEnded,
    TurnStarted,
)
from wargame.facilitation import (
    NextStep,
    due_injects,
    ending_reason,
    exercise_ended,
    next_step,
    no_seat,
    rating_refusal,
    unjudged_seats,
    waiting_for,
)
from wargame.free_actions import FreeAction, Judgement, ProposedAction, free_action_id
from wargame.inject_guidance import ADHOC_BASIS
from wargame.names import KOREAN, actor_names
from wargame.red_lines import newly_crossed
from wargame.review import MAX_COUNTER_ARGUMENT, counter_refusal, estimate_refusal
from wargame.scenario import SELF, TARGET, Basis, Effect, Inject, Scenario
from wargame.scenario_checks import effect_problems
from wargame.seats import MAX_PIN_LENGTH, MIN_PIN_LENGTH, hash_pin, pin_acceptable, pin_matches
from wargame.state import (
    Adjudication,
    ArgumentRating,
    Audience,
    Change,
    ChosenAction,
    CounterArgument,
    Crossing,
    Factor,
    IncidentCheck,
    InjectRecord,
    InjectText,
    Move,
    Observation,
    Phase,
    Seat,
    UndoEntry,
    UndoKind,
    WorldState,
    pair,
    revised,
)
from wargame.viewers import EVALUATOR, FACILITATOR

MAX_ARGUMENT = 4000
MAX_TITLE = 200
MAX_TEXT = 4000
"""Limits on what a seat or the facilitator types: a page of text, so every screen and the
report can show it whole."""


def typed(text: str) -> str:
    """Text as a person typed it, ready to keep: trimmed, and any lone surrogate (which no file
    or screen can hold) replaced by the replacement character."""
    return text.strip().encode("utf-16", "surrogatepass").decode("utf-16", "replace")


_REASON = ("The reason", "사유가")


def _require_length(text: str, subject: tuple[str, str], limit: int = MAX_TEXT) -> None:
    """Refuse `text` longer than `limit`; `subject` names it in English and, with its particle,
    in Korean."""
    if len(text) > limit:
        en, ko = subject
        raise RuleError(f"{en} is longer than {limit} characters.", f"{ko} {limit}자를 넘습니다.")


def _hashed(pin: str | None) -> str | None:
    return hash_pin(pin) if pin is not None else None


def _audience(value: list[str] | str | None) -> Audience:
    return None if value is None or value == "all" else frozenset(value)


def start(scenario: Scenario, created: GameCreated) -> WorldState:
    """The world before the first turn, from the scenario's starting values."""
    relations = {pair(a, b): 0 for a in scenario.actor_ids for b in scenario.actor_ids if a < b}
    relations.update({pair(*r.between): r.value for r in scenario.relations})
    return WorldState(
        scenario=scenario,
        seed=created.seed,
        seats={a: Seat(c.human, c.pin_hash) for a, c in created.seats.items()},
        moves_per_turn=created.moves_per_turn,
        deliberation_minutes=created.deliberation_minutes,
        escalation=scenario.start_escalation,
        peak_escalation=scenario.start_escalation,
        blocs=scenario.start_blocs,
        relations=relations,
        indicators={a.id: dict(a.indicators) for a in scenario.actors},
        seq=1,
        facilitator_pin_hash=created.facilitator_pin_hash,
        review_step=created.review_step,
    )


def inject_text(state: WorldState, inject_id: str) -> InjectText:
    record = state.injects.get(inject_id)
    if record is not None:
        return record.text
    inject = state.scenario.inject(inject_id)
    return InjectText(inject.title, inject.body, _audience(inject.audience))


def apply(state: WorldState, event: Event) -> WorldState:
    """The world after `event`. Pure: the same state and event always give the same result."""
    state = state.moved(seq=state.seq + 1)
    match event:
        case TurnStarted(turn=turn):
            return state.moved(
                turn=turn,
                phase=Phase.BRIEFING,
                moves={},
                adjudications=(),
                incident=None,
                undo=(),
                counter_arguments={},
                estimates={},
            )
        case InjectReleased(inject=inject_id, by=by):
            return _release(state, inject_id, by)
        case InjectHeld(inject=inject_id):
            previous = state.injects.get(inject_id)
            held = InjectRecord(
                inject_id,
                "held",
                inject_text(state, inject_id),
                turn=state.turn,
                **_adhoc_part(previous),
            )
            return _record(state, held, previous, "hold")
        case InjectEdited(inject=inject_id, title=title, body=body, audience=audience):
            previous = state.injects.get(inject_id)
            text = InjectText(title, body, _audience(audience))
            edited = (
                replace(previous, text=text)
                if previous
                else InjectRecord(inject_id, "planned", text)
            )
            return _record(state, edited, previous, "edit")
        case InjectAdded(inject=inject_id, title=title, body=body, audience=audience):
            text = InjectText(title, body, _audience(audience))
            added = InjectRecord(
                inject_id,
                "planned",
                text,
                turn=state.turn,
                adhoc=True,
                effects=event.effects,
                basis=event.basis,
            )
            return _record(state, added, None, "add")
        case PhaseAdvanced(phase=phase):
            return state.moved(phase=Phase(phase), undo=())
        case MoveSubmitted(actor=actor, actions=actions, argument=argument):
            revision = state.moves[actor].revision + 1 if actor in state.moves else 1
            chosen = tuple(ChosenAction(a.action, a.target) for a in actions)
            # A revision's proposals are judged afresh, as its argument is rated afresh.
            proposals = tuple(event.proposals)
            move = Move(
                actor, chosen, argument, revision, None, proposals, (None,) * len(proposals)
            )
            moves = {**state.moves, actor: move}
            # A revision clears the seat's rating and judgements, so none is left to undo.
            undo = tuple(
                u
                for u in state.undo
                if (u.kind, u.subject) != ("rating", actor)
                and not (u.kind == "judgement" and u.subject.startswith(f"{actor}/"))
            )
            return state.moved(moves=moves, undo=undo)
        case ArgumentRated(actor=actor, rating=rating, change=change, reason=reason):
            rated = None if rating == "none" else ArgumentRating(rating, change, reason)
            entry = UndoEntry(state.seq, "rating", actor, previous=state.moves[actor].rating)
            return _rate(state, actor, rated).moved(undo=(*state.undo, entry))
        case FreeActionJudged(actor=actor, proposal=index, judgement=judgement):
            judged = state.moves[actor].judgements[index]
            entry = UndoEntry(state.seq, "judgement", f"{actor}/{index + 1}", previous=judged)
            return _judge(state, actor, index, judgement).moved(undo=(*state.undo, entry))
        case ActionAdjudicated():
            return _adjudicated(state, event)
        case IncidentChecked():
            return state.moved(incident=_incident_check(state, event))
        case AdjudicationOverridden(
            adjudication=target, success=success, reason=reason, reason_shown=shown
        ):
            return _overridden(state, target, success, reason, shown)
        case OutcomePublished():
            return _publish(state)
        case RedLineCrossed():
            return _cross(state, event)
        case ForcesStoodDown():
            # The peak remembers the rung the forces stood on before they stood down.
            return state.moved(escalation=max(0, state.escalation - 1), peak_escalation=state.peak)
        case TurnEnded():
            return _turn_ended(state)
        case GameEnded(reason=reason, ending=ending):
            return state.moved(phase=Phase.ENDED, ending=ending, end_reason=reason, undo=())
        case SeatHandedOver(actor=actor, to=to, pin_hash=pin_hash):
            seat = state.seats[actor]
            handed = Seat(to == "person", pin_hash or seat.pin_hash)
            return state.moved(seats={**state.seats, actor: handed})
        case FacilitatorUndid(undone=undone):
            return _undo(state, undone)
        case ObservationRecorded(observation=noted):
            return _observe(state, state.seq, noted)
        case ObservationRevised(revises=target, observation=noted):
            return _observe(state, target, noted)
        case ObservationWithdrawn(withdraws=target):
            kept = {k: v for k, v in state.observations.items() if k != target}
            return state.moved(observations=kept)
        case ObjectiveRated() | ParticipantsRecorded() | EvaluatorPinSet() | PlanRowEdited():
            return apply_evaluation(state, event)
        case CounterArgued():
            return _counter_argued(state, event)
        case EstimateGiven():
            return _estimated(state, event)
        case GameCreated():
            raise ValueError("a game is created only once, by its first event")
    raise TypeError(f"unknown event {event!r}")


def fold(scenario: Scenario, events: Iterable[Event]) -> WorldState:
    """The state after a whole log; its first event must create the game."""
    return fold_with_chronicle(scenario, events)[0]


def fold_with_chronicle(
    scenario: Scenario, events: Iterable[Event]
) -> tuple[WorldState, Chronicle]:
    """The state after a whole log, and the chronicle of its finished turns."""
    iterator = iter(events)
    first = next(iterator)
    if not isinstance(first, GameCreated):
        raise ValueError("a game log starts with game_created")
    state, chronicle = start(scenario, first), Chronicle()
    for event in iterator:
        state = apply(state, event)
        if isinstance(event, TurnEnded):
            chronicle = (*chronicle, turn_record(state))
    return state, chronicle


def _observe(state: WorldState, key: int, noted: ObservationModel) -> WorldState:
    observation = Observation(
        key,
        noted.text,
        noted.kind,
        tuple(noted.seats),
        noted.turn,
        noted.inject,
        noted.objective,
        noted.exercise_objective,
        noted.private,
    )
    return state.moved(observations={**state.observations, key: observation})


def _rate(state: WorldState, actor: str, rating: ArgumentRating | None) -> WorldState:
    return state.moved(moves={**state.moves, actor: replace(state.moves[actor], rating=rating)})


def _judge(state: WorldState, actor: str, index: int, judgement: Judgement | None) -> WorldState:
    move = state.moves[actor]
    judgements = list(move.judgements)
    judgements[index] = judgement
    return replace(state, moves={**state.moves, actor: replace(move, judgements=tuple(judgements))})


def _swap(items: tuple[Adjudication, ...], changed: Adjudication) -> tuple[Adjudication, ...]:
    return tuple(changed if a.id == changed.id else a for a in items)


INCIDENT = "incident"
"""The subject of an override of the turn's check for an incident, in the undo list and log."""


def _overridden(
    state: WorldState, target: int, success: bool, reason: str, shown: bool
) -> WorldState:
    """The facilitator's word on an action's outcome, or on whether an incident happens."""
    if state.incident is not None and state.incident.id == target:
        entry = UndoEntry(state.seq, "override", INCIDENT, previous=state.incident)
        check = replace(
            state.incident, override=success, override_reason=reason, override_reason_shown=shown
        )
        return state.moved(incident=check, undo=(*state.undo, entry))
    proposal = next(a for a in state.adjudications if a.id == target)
    subject = f"{proposal.actor}/{proposal.action}"
    entry = UndoEntry(state.seq, "override", subject, previous=proposal)
    changed = replace(
        proposal, override=success, override_reason=reason, override_reason_shown=shown
    )
    return state.moved(adjudications=_swap(state.adjudications, changed), undo=(*state.undo, entry))


def _record(
    state: WorldState, record: InjectRecord, previous: InjectRecord | None, kind: UndoKind
) -> WorldState:
    entry = UndoEntry(state.seq, kind, record.id, inject=record.id, previous=previous)
    return state.moved(injects={**state.injects, record.id: record}, undo=(*state.undo, entry))


def _release(state: WorldState, inject_id: str, by: str) -> WorldState:
    previous = state.injects.get(inject_id)
    made = Change()
    date = None
    if previous and previous.adhoc:
        if previous.effects is not None:
            state, made = apply_change(state, resolve(previous.effects))
    else:
        inject = state.scenario.inject(inject_id)
        # A triggered inject, or one whose date is estimated or moved and that is released off
        # its turn, happens when it is released: no source fixes it to its date.
        moved = inject.trigger is not None or (
            not inject.date_documented and inject.turn != state.turn
        )
        date = (state.scenario.date_of_turn(state.turn) if moved else inject.date).isoformat()
        state, made = apply_change(state, resolve(_scripted(inject, state)))
    released = InjectRecord(
        inject_id,
        "released",
        inject_text(state, inject_id),
        turn=state.turn,
        date=date,
        applied=made,
        **_adhoc_part(previous),
    )
    undo = state.undo
    if by == "facilitator":
        undo = (*undo, UndoEntry(state.seq, "release", inject_id, inject_id, previous))
    return state.moved(
        injects={**state.injects, inject_id: released},
        released=(*state.released, inject_id),
        undo=undo,
    )


class _AdhocPart(TypedDict):
    adhoc: bool
    effects: Effect | None
    basis: str | None


def _adhoc_part(previous: InjectRecord | None) -> _AdhocPart:
    """What an inject keeps through holding and releasing if it was added ad hoc."""
    if previous is None or not previous.adhoc:
        return {"adhoc": False, "effects": None, "basis": None}
    return {"adhoc": True, "effects": previous.effects, "basis": previous.basis}


def _counter_argued(state: WorldState, event: CounterArgued) -> WorldState:
    kept = {by: c for by, c in state.counter_arguments.items() if by != event.by}
    if event.text:
        kept[event.by] = CounterArgument(
            event.by, event.actor, event.action, event.target, event.text
        )
    return replace(state, counter_arguments=kept)


def _estimated(state: WorldState, event: EstimateGiven) -> WorldState:
    key = (event.by, event.actor, event.action, event.target)
    kept = {k: p for k, p in state.estimates.items() if k != key}
    if event.probability is not None:
        kept[key] = event.probability
    return replace(state, estimates=kept)


def _scripted(inject: Inject, state: WorldState) -> Effect:
    """What releasing the inject does now: its effects, and each of its conditional effects
    whose condition holds in the world it is released into."""
    parts = [inject.effects] + [c.effects for c in inject.effects_if if holds(c.when, state)]
    return Effect(
        escalation=sum(p.escalation for p in parts),
        blocs=sum(p.blocs for p in parts),
        indicators=[i for p in parts for i in p.indicators],
        relations=[r for p in parts for r in p.relations],
    )


def _adjudicated(state: WorldState, event: ActionAdjudicated) -> WorldState:
    free = event.free
    addressees = (
        state.scenario.action(event.actor, event.action).audience
        if free is None
        else free.audience or "all"
    )
    move = state.moves.get(event.actor)
    adjudication = Adjudication(
        id=state.seq,
        turn=state.turn,
        actor=event.actor,
        action=event.action,
        target=event.target,
        base=event.base,
        modifiers=_factors(event.modifiers),
        probability=event.probability,
        roll=event.roll,
        proposed=event.success,
        rationale=event.rationale,
        audience=adj.action_audience(event.actor, addressees),
        argument=free.argument if free else move.argument if move else "",
        argument_rating=move.rating if move and not free else None,
        free=free,
        estimates=tuple(
            (by, p)
            for (by, *action), p in state.estimates.items()
            if tuple(action) == (event.actor, event.action, event.target)
        ),
        counter_arguments=tuple(
            c
            for c in state.counter_arguments.values()
            if (c.actor, c.action, c.target) == (event.actor, event.action, event.target)
        ),
        worn_out=event.worn_out,
    )
    return state.moved(adjudications=(*state.adjudications, adjudication))


def _factors(rows: Iterable[ModifierRow]) -> tuple[Factor, ...]:
    """Modifiers as the state keeps them, from an event's rows (see `_rows`)."""
    return tuple(Factor(en, ko, value, _audience(audience)) for en, ko, value, audience in rows)


def _incident_check(state: WorldState, event: IncidentChecked) -> IncidentCheck:
    return IncidentCheck(
        id=state.seq,
        turn=state.turn,
        base=event.base,
        modifiers=_factors(event.modifiers),
        probability=event.probability,
        roll=event.roll,
        proposed=event.happened,
        rationale=event.rationale,
        by=tuple(event.by),
        audience=_audience(event.audience),
    )


def _cross(state: WorldState, event: RedLineCrossed) -> WorldState:
    line = next(r for r in state.scenario.actor(event.actor).red_lines if r.id == event.red_line)
    targets: list[str | None] = [*event.by] or [None]
    for target in targets:
        state, _ = apply_change(state, resolve(line.consequence, event.actor, target))
    crossing = Crossing(event.actor, event.red_line, state.turn, tuple(event.by))
    return state.moved(crossings=(*state.crossings, crossing))


def _turn_ended(state: WorldState) -> WorldState:
    """The path remembers the turn: the ladder's peak and the actions taken (its record goes to
    the chronicle)."""
    taken = dict(state.taken)
    for item in state.adjudications:
        if item.free is not None:
            continue  # the path remembers the menu's actions; a free one is not on it
        key = (item.actor, item.action)
        taken[key] = (*taken.get(key, ()), state.turn)
    return state.moved(peak_escalation=state.peak, taken=taken, undo=())


def _publish(state: WorldState) -> WorldState:
    published = []
    successes = set(state.successes)
    band = _band(state)
    for item in state.adjudications:
        if item.free is not None:
            # A free action's effects are the facilitator's terms; none of them is kinetic.
            change = resolve(item.free.effect(item.success), item.actor, item.target)
            kinetic = False
        else:
            action = state.scenario.action(item.actor, item.action)
            change = outcome(
                state.scenario, item.actor, item.action, item.target, item.success, item.worn_out
            )
            kinetic = action.kinetic
        state, made = apply_change(state, change, kinetic, None if kinetic else band)
        published.append(revised(item, applied=made))
        if item.success:
            successes.add((item.actor, item.action))
    incident = state.incident
    risk = state.scenario.incident
    if incident is not None and incident.happened and risk is not None:
        # The exchange of fire happened whatever else the turn did: the ladder stands at armed
        # clash, or where moves already took it above.
        rise = max(0, risk.rung - state.escalation)
        state, made = apply_change(state, Change(escalation=rise), to_clash=True)
        incident = revised(incident, applied=made)
    # Publishing can be taken back until the turn closes: a hurried click is not final.
    entry = UndoEntry(state.seq, "publish", str(state.turn), successes=state.successes)
    return state.moved(
        phase=Phase.OUTCOME,
        adjudications=tuple(published),
        incident=incident,
        successes=frozenset(successes),
        undo=(entry,),
    )


def _band(state: WorldState) -> tuple[int, int] | None:
    """The rungs the turn's moves may take the ladder to, where the scenario says how armed
    clash comes: what happens in one turn is read together, so the turn's injects and moves
    move the ladder one rung at most, up or down (only force, a kinetic action or an incident,
    carries it further)."""
    if state.scenario.incident is None:
        return None
    scripted = sum(
        r.applied.escalation
        for r in state.injects.values()
        if r.status == "released" and r.turn == state.turn
    )
    opened = state.escalation - scripted
    return opened - 1, opened + 1


def _unpublish(state: WorldState, entry: UndoEntry) -> WorldState:
    """Back to adjudication, as before the outcome was published: each effect is taken back
    exactly (last first, the incident before the actions), and the successes are those of
    before."""
    incident = state.incident
    if incident is not None:
        state, _ = apply_change(state, incident.applied.inverse(), to_clash=True)
        incident = revised(incident, applied=Change())
    unpublished = []
    for item in reversed(state.adjudications):
        state, _ = apply_change(state, item.applied.inverse(), to_clash=True)
        unpublished.append(revised(item, applied=Change()))
    return state.moved(
        phase=Phase.ADJUDICATION,
        adjudications=tuple(reversed(unpublished)),
        incident=incident,
        successes=entry.successes,
    )


def _undo(state: WorldState, undone: int) -> WorldState:
    entry = state.undo[-1]
    if entry.seq != undone:
        raise ValueError(f"event {undone} is not the last facilitator action")
    state = state.moved(undo=state.undo[:-1])
    if entry.kind == "publish":
        return _unpublish(state, entry)
    if entry.kind == "rating":
        rating = entry.previous if isinstance(entry.previous, ArgumentRating) else None
        return _rate(state, entry.subject, rating)
    if entry.kind == "judgement":
        actor, number = entry.subject.split("/")
        judged = entry.previous if isinstance(entry.previous, Judgement) else None
        return _judge(state, actor, int(number) - 1, judged)
    if isinstance(entry.previous, Adjudication):
        return state.moved(adjudications=_swap(state.adjudications, entry.previous))
    if isinstance(entry.previous, IncidentCheck):
        return state.moved(incident=entry.previous)
    assert entry.inject is not None and isinstance(entry.previous, InjectRecord | None)
    current = state.injects[entry.inject]
    if current.status == "released":
        state, _ = apply_change(state, current.applied.inverse())
        state = state.moved(released=tuple(i for i in state.released if i != entry.inject))
    injects = dict(state.injects)
    if entry.previous is None:
        del injects[entry.inject]
    else:
        injects[entry.inject] = entry.previous
    return state.moved(injects=injects)


def _rows(modifiers: Iterable[Factor]) -> list[tuple[str, str, float, list[str] | None]]:
    """Modifiers as an event records them."""
    return [
        (f.name, f.name_ko, f.value, None if f.audience is None else sorted(f.audience))
        for f in modifiers
    ]


class Recorded(NamedTuple):
    """One event as the store keeps it, with the world right after it (for snapshots)."""

    seq: int
    turn: int
    event: Event
    state: WorldState
    command: int | None = None  # the command's first event, when it is not this batch's first


class _Batch:
    """The events of one command, applied one by one so each sees the state before it."""

    def __init__(self, state: WorldState) -> None:
        self.state = state
        self.recorded: list[Recorded] = []

    def add(self, event: Event) -> None:
        self.state = apply(self.state, event)
        self.recorded.append(Recorded(self.state.seq, self.state.turn, event, self.state))


Recorder = Callable[[Sequence[Recorded]], None]
"""Stores the events of one command: all of them or none."""


class Game:
    """One exercise in play: commands in, validated events out."""

    def __init__(
        self, state: WorldState, recorder: Recorder | None = None, chronicle: Chronicle = ()
    ) -> None:
        self._state = state
        self._chronicle = chronicle
        self._recorder = recorder
        self._triggered = {i.id for i in state.scenario.injects if i.trigger is not None}

    @classmethod
    def new(
        cls,
        scenario: Scenario,
        seed: int,
        humans: dict[str, str | None] | None = None,
        moves_per_turn: int | None = None,
        deliberation_minutes: int | None = None,
        recorder: Recorder | None = None,
        facilitator_pin: str | None = None,
        min_pin_length: int = MIN_PIN_LENGTH,
        review_step: bool = False,
    ) -> Game:
        """A new game; `humans` maps the human seats to their PINs (None: the seat joins only by
        its join link, as in `wargame serve`), every other seat is a bot.

        With `facilitator_pin`, only the facilitator can return to the console from the seats.
        Every PIN has at least `min_pin_length` characters. With `review_step`, closing
        deliberation opens a review in which seats counter-argue each other's public actions.
        """
        humans = humans or {}
        unknown = set(humans) - set(scenario.actor_ids)
        if unknown:
            seats = ", ".join(sorted(unknown))
            raise RuleError(
                f"no such seat in this scenario: {seats}",
                f"이 시나리오에 없는 참가석입니다: {seats}",
            )
        pins = [p for p in (*humans.values(), facilitator_pin) if p is not None]
        if not all(pin_acceptable(pin, min_pin_length) for pin in pins):
            raise RuleError(
                f"Every PIN needs {min_pin_length} to {MAX_PIN_LENGTH} characters.",
                f"모든 PIN은 {min_pin_length}~{MAX_PIN_LENGTH}자여야 합니다.",
            )
        created = GameCreated(
            scenario_id=scenario.id,
            seed=seed,
            seats={
                a: SeatConfig(human=a in humans, pin_hash=_hashed(humans.get(a)))
                for a in scenario.actor_ids
            },
            moves_per_turn=moves_per_turn or scenario.moves_per_turn,
            deliberation_minutes=deliberation_minutes,
            facilitator_pin_hash=_hashed(facilitator_pin or None),
            review_step=review_step,
        )
        state = start(scenario, created)
        if recorder is not None:
            recorder([Recorded(1, 0, created, state)])
        game = cls(state, recorder)
        game._commit([TurnStarted(turn=1)])
        return game

    def record_with(self, recorder: Recorder) -> None:
        """From now on, hand every command's events to `recorder` (the game file)."""
        self._recorder = recorder

    @property
    def state(self) -> WorldState:
        return self._state

    @property
    def chronicle(self) -> Chronicle:
        """The records of the turns played so far."""
        return self._chronicle

    @property
    def scenario(self) -> Scenario:
        return self._state.scenario

    # --- the record -----------------------------------------------------------------------

    def _commit(self, events: Iterable[Event], batch: _Batch | None = None) -> None:
        batch = batch or _Batch(self._state)
        for event in events:
            batch.add(event)
        if self._recorder is not None and batch.recorded:
            self._recorder(batch.recorded)
        self._state = batch.state
        self._chronicle = extended(self._chronicle, batch.recorded)

    # --- what is due ----------------------------------------------------------------------

    def due_injects(self) -> list[str]:
        return due_injects(self._state)

    def waiting_for(self) -> list[str]:
        return waiting_for(self._state)

    def next_step(self) -> NextStep:
        return next_step(self._state)

    # --- facilitator commands -------------------------------------------------------------

    def advance(self, force: bool = False) -> None:
        """The one obvious next step: to the next phase, or to the next turn."""
        state = self._state
        match state.phase:
            case Phase.BRIEFING:
                batch = _Batch(state)
                self._release_due(batch)
                self._commit([PhaseAdvanced(phase=Phase.DELIBERATION)], batch)
            case Phase.DELIBERATION:
                unjudged = unjudged_seats(state)
                if unjudged:
                    raise RuleError(
                        "First judge the free actions proposed by: "
                        f"{actor_names(self.scenario, unjudged)}.",
                        "먼저 다음 참가석이 제안한 자유 행동을 판정하십시오: "
                        f"{actor_names(self.scenario, unjudged, KOREAN)}.",
                    )
                waiting = waiting_for(state)
                if waiting and not force:
                    raise RuleError(
                        f"Still waiting for moves from: {actor_names(self.scenario, waiting)}.",
                        "아직 수를 기다리는 참가석이 있습니다: "
                        f"{actor_names(self.scenario, waiting, KOREAN)}.",
                    )
                if state.review_step:
                    self._commit([PhaseAdvanced(phase=Phase.REVIEW, without=waiting)])
                else:
                    self._adjudicate()
            case Phase.REVIEW:
                self._adjudicate(after_review=True)
            case Phase.ADJUDICATION:
                self._commit([OutcomePublished(turn=state.turn)])
            case Phase.OUTCOME:
                batch = _Batch(state)
                for crossed in newly_crossed(state):
                    batch.add(crossed)
                if adj.stands_down(batch.state):
                    batch.add(ForcesStoodDown(turn=state.turn))
                batch.add(TurnEnded(turn=state.turn))
                ends = ending_reason(batch.state)
                if ends is not None:
                    batch.add(GameEnded(reason=ends, ending=ending_for(batch.state)))
                else:
                    batch.add(TurnStarted(turn=state.turn + 1))
                self._commit([], batch)
            case Phase.ENDED:
                raise exercise_ended()

    def _release_due(self, batch: _Batch) -> None:
        # A released inject may make another's trigger hold, so look again after each one.
        while due := due_injects(batch.state):
            inject_id = due[0]
            record = batch.state.injects.get(inject_id)
            if inject_id in self._triggered:
                batch.add(InjectReleased(inject=inject_id, by="trigger"))
            elif record is not None and record.adhoc:
                # The facilitator wrote it; the schedule only delivers it.
                batch.add(InjectReleased(inject=inject_id, by="facilitator"))
            else:
                batch.add(InjectReleased(inject=inject_id, by="schedule"))

    def _adjudicate(self, after_review: bool = False) -> None:
        batch = _Batch(self._state)
        batch.add(
            PhaseAdvanced(
                phase=Phase.ADJUDICATION,
                without=waiting_for(self._state),
                after_review=after_review,
            )
        )
        for actor in self.scenario.actor_ids:
            move = self._state.moves.get(actor)
            # Adjudicating an action changes nothing another is assessed on: one assessor
            # serves the seat's whole move.
            assessor = adj.Assessor(batch.state, actor)
            for chosen in move.actions if move else ():
                assessment = assessor.assess(chosen)
                rolled = adj.roll(self._state.seed, batch.state.seq + 1)
                proposal = adj.Proposal(
                    actor,
                    chosen.action,
                    chosen.target,
                    assessment.base,
                    assessment.probability,
                    rolled,
                    rolled < assessment.probability,
                )
                batch.add(
                    ActionAdjudicated(
                        **proposal._asdict(),
                        modifiers=_rows(assessment.modifiers),
                        rationale=adj.rationale(self.scenario, proposal, assessment.modifiers),
                        worn_out=adj.worn_out(batch.state, actor, chosen.action),
                    )
                )
            for n, offered in enumerate(move.proposals if move else ()):
                assert move is not None
                judgement = move.judgements[n]
                if judgement is not None and judgement.accepted:
                    batch.add(self._free_adjudicated(batch.state, actor, n, offered, judgement))
        incident = adj.assess_incident(batch.state)
        if incident is not None:
            rolled = adj.roll(self._state.seed, batch.state.seq + 1)
            check = IncidentChecked(
                base=incident.base,
                modifiers=_rows(incident.modifiers),
                probability=incident.probability,
                roll=rolled,
                happened=rolled < incident.probability,
                rationale="",
                by=list(incident.by),
                audience=None if incident.audience is None else sorted(incident.audience),
            )
            rationale = adj.incident_rationale(self.scenario, check, incident.modifiers)
            batch.add(check.model_copy(update={"rationale": rationale}))
        self._commit([], batch)

    def _free_adjudicated(
        self,
        state: WorldState,
        actor: str,
        index: int,
        proposal: ProposedAction,
        judgement: Judgement,
    ) -> ActionAdjudicated:
        """A free action rolled like any other, at the odds the facilitator set."""
        factors = [Factor(name, name, value) for name, value in judgement.factors]
        probability = adj.odds(judgement.base, factors)
        rolled = adj.roll(self._state.seed, state.seq + 1)
        draft = ActionAdjudicated(
            actor=actor,
            action=free_action_id(index),
            target=proposal.target,
            base=judgement.base,
            modifiers=_rows(factors),
            probability=probability,
            roll=rolled,
            success=rolled < probability,
            rationale="",
            free=FreeAction(
                title=proposal.title,
                argument=proposal.argument,
                audience=judgement.audience,
                on_success=judgement.on_success,
                on_failure=judgement.on_failure,
            ),
        )
        rationale = adj.rationale(self.scenario, draft, factors)
        return draft.model_copy(update={"rationale": f"{rationale} {judgement.reason}"})

    def release_inject(self, inject_id: str) -> None:
        self._require_not_ended()
        record = self._state.injects.get(inject_id)
        self._require_inject(inject_id)
        if record is not None and record.status == "released":
            raise RuleError(
                f"Inject {inject_id} has already been released.",
                f"상황 {inject_id}은(는) 이미 공개되었습니다.",
            )
        self._commit([InjectReleased(inject=inject_id, by="facilitator")])

    def hold_inject(self, inject_id: str) -> None:
        self._require_not_ended()
        self._require_inject(inject_id)
        record = self._state.injects.get(inject_id)
        if record is not None and record.status != "planned":
            done = "공개" if record.status == "released" else "보류"
            raise RuleError(
                f"Inject {inject_id} is already {record.status}.",
                f"상황 {inject_id}은(는) 이미 {done}되었습니다.",
            )
        self._commit([InjectHeld(inject=inject_id)])

    def edit_inject(
        self, inject_id: str, title: str, body: str, audience: list[str] | None
    ) -> None:
        self._require_not_ended()
        self._require_inject(inject_id)
        self._require_text(title, body, audience)
        self._commit(
            [
                InjectEdited(
                    inject=inject_id, title=typed(title), body=typed(body), audience=audience
                )
            ]
        )

    def add_inject(
        self,
        title: str,
        body: str,
        audience: list[str] | None,
        effects: Effect | None = None,
        basis: Basis | None = None,
    ) -> str:
        """An ad hoc inject, due at once; returns its id. Its `effects` (naming actors, as a
        scenario inject's do) change the world when it is released, and its `basis` is the
        badge everyone sees: the white cell's own device unless it says otherwise (None)."""
        self._require_not_ended()
        self._require_text(title, body, audience)
        effects = effects or Effect()
        self._require_effect(effects, ("The inject's effects", "상황의 효과"))
        inject_id = f"ADHOC-{sum(r.adhoc for r in self._state.injects.values()) + 1}"
        self._commit(
            [
                InjectAdded(
                    inject=inject_id,
                    title=typed(title),
                    body=typed(body),
                    audience=audience,
                    effects=effects,
                    basis=basis or ADHOC_BASIS,
                )
            ]
        )
        return inject_id

    def _require_effect(
        self, effect: Effect, subject: tuple[str, str], placeholders: tuple[str, ...] = ()
    ) -> None:
        """Refuse an effect that names an actor, indicator or relation the scenario lacks."""
        problems = effect_problems(self.scenario, effect, placeholders)
        if problems:
            en, ko = subject
            said = "; ".join(problems)
            raise RuleError(f"{en}: {said}.", f"{ko}이(가) 시나리오와 맞지 않습니다: {said}.")

    def override(
        self, adjudication_id: int, success: bool, reason: str, reason_shown: bool = False
    ) -> None:
        """The facilitator's outcome for an adjudication, with a reason for the record; shown
        to the seats and the room that see the result only when `reason_shown`."""
        if self._state.phase is not Phase.ADJUDICATION:
            raise RuleError(
                "Outcomes can be overridden only during adjudication.",
                "결과는 판정 단계에서만 변경할 수 있습니다.",
            )
        incident = self._state.incident
        checked = incident is not None and incident.id == adjudication_id
        if not checked and not any(a.id == adjudication_id for a in self._state.adjudications):
            raise RuleError(
                f"No adjudication {adjudication_id} in this turn.",
                f"이번 턴에는 {adjudication_id}번 판정이 없습니다.",
            )
        if not reason.strip():
            raise RuleError(
                "An override needs a reason, for the record.",
                "결과를 변경하려면 기록에 남길 사유가 필요합니다.",
            )
        _require_length(reason, _REASON)
        self._commit(
            [
                AdjudicationOverridden(
                    adjudication=adjudication_id,
                    success=success,
                    reason=typed(reason),
                    reason_shown=reason_shown,
                )
            ]
        )

    def rate_argument(
        self, actor: str, rating: ArgumentChoice, reason: str = "", change: float | None = None
    ) -> None:
        """The facilitator's judgement of `actor`'s argument, before the roll: "strong" adds 10
        points to the probability of each of its actions, "weak" takes 10 away, "stated" adds
        `change` (at most 0.3 either way), "none" clears the judgement. A reason is required
        for the debrief, except to clear."""
        refusal = rating_refusal(self._state, actor)
        if refusal is not None:
            raise refusal
        if rating == "none":
            self._commit([ArgumentRated(actor=actor, rating="none", change=0.0)])
            return
        value = self._argument_change(rating, change)
        reason = typed(reason)
        if not reason:
            raise RuleError(
                "A rating needs a reason, for the debrief.",
                "논거를 판정하려면 강평에 남길 사유가 필요합니다.",
            )
        _require_length(reason, _REASON)
        self._commit([ArgumentRated(actor=actor, rating=rating, change=value, reason=reason)])

    @staticmethod
    def _argument_change(rating: str, change: float | None) -> float:
        if rating in adj.ARGUMENT_CHANGES:
            if change is not None:
                grade = "강한" if rating == "strong" else "약한"
                raise RuleError(
                    f"A {rating} argument has its own change; state one with 'stated'.",
                    f"{grade} 논거의 수정치는 정해져 있습니다. 직접 정하려면 'stated'를 쓰십시오.",
                )
            return adj.ARGUMENT_CHANGES[rating]
        if rating != "stated":
            raise RuleError(
                f"'{rating}' is not a rating: strong, weak, stated or none.",
                f"'{rating}'은(는) 판정이 아닙니다. strong, weak, stated, none 중 하나를 쓰십시오.",
            )
        # Odds are made in whole points: a change that rounds to none is no change.
        if change is None or not math.isfinite(change) or not round(change, adj.POINTS):
            raise RuleError(
                "A stated rating needs a change to the probability other than 0.",
                "직접 정하는 판정에는 0이 아닌 확률 수정치가 필요합니다.",
            )
        if abs(change) > adj.MAX_STATED:
            raise RuleError(
                f"A stated change is at most {adj.MAX_STATED:.0%} either way, not {change:+.0%}.",
                f"직접 정하는 수정치는 위아래로 {adj.MAX_STATED:.0%}까지입니다. "
                f"{change:+.0%}는 정할 수 없습니다.",
            )
        return round(change, adj.POINTS)

    def hand_over(
        self, actor: str, to: Literal["bot", "person"], reason: str, pin: str | None = None
    ) -> None:
        """From now on a bot plays `actor`'s seat, or a person again (with a new `pin`, which a
        seat that never had one needs). A bot taking over during deliberation moves at once,
        unless the seat has moved already."""
        self._require_not_ended()
        seat = self._state.seats.get(actor)
        if seat is None:
            raise no_seat(actor)
        named = self.scenario.actor(actor)
        if seat.human == (to == "person"):
            who, who_ko = ("a person", "사람") if seat.human else ("a bot", "봇")
            raise RuleError(
                f"{named.name} is played by {who} already.",
                f"{named.name_ko}은(는) 이미 {who_ko}이 맡고 있습니다.",
            )
        reason = self._reason(
            reason,
            RuleError(
                "A change of player needs a reason, for the record.",
                "참가석 담당을 바꾸려면 기록에 남길 사유가 필요합니다.",
            ),
        )
        if pin is not None and not pin_acceptable(pin):
            raise RuleError(
                f"A PIN needs {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH} characters.",
                f"PIN은 {MIN_PIN_LENGTH}~{MAX_PIN_LENGTH}자여야 합니다.",
            )
        if to == "person" and pin is None and seat.pin_hash is None:
            raise RuleError(
                f"{named.name} has never had a PIN: give the person who takes it one.",
                f"{named.name_ko}에는 PIN이 정해진 적이 없습니다. 맡을 사람에게 PIN을 정해 "
                "주십시오.",
            )
        pin_hash = _hashed(pin) if to == "person" else None
        self._commit([SeatHandedOver(actor=actor, to=to, reason=reason, pin_hash=pin_hash)])

    def end_now(self, reason: str) -> None:
        """End the exercise where it stands, before its last turn: the ending is the one whose
        condition holds now. Moves not yet adjudicated, and outcomes not yet published, are
        left as they are, and the record says so."""
        self._require_not_ended()
        reason = self._reason(
            reason,
            RuleError(
                "Ending the exercise early needs a reason, for the record.",
                "연습을 일찍 끝내려면 기록에 남길 사유가 필요합니다.",
            ),
        )
        ending = ending_for(self._state)
        self._commit([GameEnded(reason="stopped", ending=ending, note=reason)])

    @staticmethod
    def _reason(reason: str, missing: RuleError) -> str:
        reason = typed(reason)
        if not reason:
            raise missing
        _require_length(reason, _REASON)
        return reason

    def undo(self) -> str:
        """Take back the last facilitator action of this phase; returns what was undone."""
        if not self._state.undo:
            raise RuleError(
                "There is no facilitator action to undo in this phase.",
                "이 단계에서 취소할 진행자 조치가 없습니다.",
            )
        entry = self._state.undo[-1]
        self._commit([FacilitatorUndid(undone=entry.seq, kind=entry.kind, subject=entry.subject)])
        return undo_label(entry.kind, entry.subject, self.scenario)

    # --- the hot wash ---------------------------------------------------------------------

    def record_observation(self, observation: ObservationModel) -> int:
        """A hot-wash observation, any time (the end of the game above all); returns its id."""
        self._commit([ObservationRecorded(observation=self._checked(observation))])
        return self._state.seq

    def revise_observation(self, observation_id: int, observation: ObservationModel) -> None:
        self._require_observation(observation_id)
        self._commit(
            [ObservationRevised(revises=observation_id, observation=self._checked(observation))]
        )

    def withdraw_observation(self, observation_id: int) -> None:
        self._require_observation(observation_id)
        self._commit([ObservationWithdrawn(withdraws=observation_id)])

    def _require_observation(self, observation_id: int) -> None:
        if observation_id not in self._state.observations:
            raise RuleError(
                f"There is no observation {observation_id} (withdrawn, perhaps).",
                f"{observation_id}번 관찰이 없습니다. 철회되었을 수 있습니다.",
            )

    def _checked(self, observation: ObservationModel) -> ObservationModel:
        """The observation as it will be kept, or a RuleError saying what is wrong with it."""
        text = typed(observation.text)
        if not text:
            raise RuleError("An observation needs a text.", "관찰에는 내용이 필요합니다.")
        _require_length(text, ("The observation", "관찰이"))
        scenario, state = self.scenario, self._state
        unknown = set(observation.seats) - set(scenario.actor_ids)
        if unknown:
            seats = ", ".join(sorted(unknown))
            raise RuleError(f"Unknown seat: {seats}.", f"알 수 없는 참가석입니다: {seats}.")
        if observation.turn is not None and not 1 <= observation.turn <= max(1, state.turn):
            raise RuleError(
                f"Turn {observation.turn} has not been played.",
                f"{observation.turn}턴은 아직 진행되지 않았습니다.",
            )
        if observation.inject is not None:
            self._require_inject(observation.inject)
        if observation.objective is not None:
            actor, _, objective = observation.objective.partition("/")
            known = actor in scenario.actor_ids and any(
                o.id == objective for o in scenario.actor(actor).objectives
            )
            if not known:
                raise RuleError(
                    f"No objective '{observation.objective}'.",
                    f"'{observation.objective}' 목표가 없습니다.",
                )
        if observation.exercise_objective is not None:
            checked_rating(state, observation.exercise_objective)
        return observation.model_copy(update={"text": text, "seats": sorted(observation.seats)})

    # --- the evaluation (HSEEP) -----------------------------------------------------------

    def rate_objective(self, objective: str, rating: HseepRating | None) -> None:
        """The evaluator's rating of an exercise objective, any time; None clears it."""
        checked_rating(self._state, objective)
        self._commit([ObjectiveRated(objective=objective, rating=rating)])

    def record_participants(self, participants: ParticipantsRecorded) -> None:
        """Who took part and for whom, replacing what was recorded before."""
        self._commit([checked_participants(self._state, participants)])

    def set_evaluator_pin(self, pin: str | None) -> None:
        """Give the evaluator a PIN of their own, or (None) take it away."""
        if pin is not None and not pin_acceptable(pin):
            raise RuleError(
                f"A PIN needs {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH} characters.",
                f"PIN은 {MIN_PIN_LENGTH}~{MAX_PIN_LENGTH}자여야 합니다.",
            )
        self._commit([EvaluatorPinSet(pin_hash=_hashed(pin))])

    def edit_plan_row(self, row: str, fields: PlanRowModel, kept: bool = True) -> None:
        """Edit, keep or drop a row of the Improvement Plan ("added/N" for a new one)."""
        checked = checked_plan_row(self._state, row, fields)
        self._commit([PlanRowEdited(row=row, fields=checked, kept=kept)])

    # --- seat commands --------------------------------------------------------------------

    def sign_in(self, actor: str, pin: str) -> bool:
        """Whether `pin` is the PIN of `actor`'s seat, or of the facilitator ("facilitator")."""
        if actor == FACILITATOR:
            stored = self._state.facilitator_pin_hash
        elif actor == EVALUATOR:
            stored = self._state.evaluation.evaluator_pin_hash
        else:
            seat = self._state.seats.get(actor)
            stored = seat.pin_hash if seat else None
        return bool(stored and pin_matches(pin, stored))

    @property
    def console_guarded(self) -> bool:
        """Whether the console asks for the facilitator's PIN when left to the seats."""
        return self._state.facilitator_pin_hash is not None

    def submit_move(
        self,
        actor: str,
        actions: Sequence[ChosenAction],
        argument: str = "",
        proposals: Sequence[ProposedAction] = (),
    ) -> None:
        """A seat's secret move for this turn; submitting again revises it. Beside actions
        from its menu it may propose free actions of its own, which count among its actions
        for the turn and which the facilitator judges before the roll."""
        state = self._state
        if actor not in state.seats:
            raise no_seat(actor)
        if state.phase is not Phase.DELIBERATION:
            raise RuleError(
                "Moves can be submitted only during deliberation.",
                "수는 숙의 중에만 제출할 수 있습니다.",
            )
        if len(actions) + len(proposals) > state.moves_per_turn:
            raise RuleError(
                f"At most {state.moves_per_turn} actions per turn.",
                f"한 턴에 행동은 {state.moves_per_turn}개까지 고를 수 있습니다.",
            )
        _require_length(argument, ("The argument", "논거가"), MAX_ARGUMENT)
        seat = self.scenario.actor(actor)
        menu = {a.id: a for a in seat.actions}
        seen = set()
        for chosen in actions:
            action = menu.get(chosen.action)
            if action is None:
                raise RuleError(
                    f"'{chosen.action}' is not on {seat.name}'s menu.",
                    f"'{chosen.action}'은(는) {seat.name_ko}의 행동 목록에 없습니다.",
                )
            named, named_ko = action.name, action.name_ko
            if chosen.action in seen:
                raise RuleError(
                    f"'{named}' is chosen twice.", f"'{named_ko}'을(를) 두 번 골랐습니다."
                )
            seen.add(chosen.action)
            if action.targets and chosen.target not in action.targets:
                raise RuleError(
                    f"'{named}' needs a target among: "
                    f"{actor_names(self.scenario, action.targets)}.",
                    f"'{named_ko}'에는 대상이 필요합니다. 다음 중에서 고르십시오: "
                    f"{actor_names(self.scenario, action.targets, KOREAN)}.",
                )
            if not action.targets and chosen.target is not None:
                raise RuleError(
                    f"'{named}' takes no target.", f"'{named_ko}'에는 대상을 고를 수 없습니다."
                )
        self._commit(
            [
                MoveSubmitted(
                    actor=actor,
                    actions=[ChosenActionModel(action=c.action, target=c.target) for c in actions],
                    argument=typed(argument),
                    proposals=[self._proposal(actor, p) for p in proposals],
                )
            ]
        )

    def _proposal(self, actor: str, proposal: ProposedAction) -> ProposedAction:
        """The proposal as it will be kept, or a RuleError saying what is wrong with it."""
        title, argument = typed(proposal.title), typed(proposal.argument)
        if not title:
            raise RuleError(
                "A free action needs a short title.", "자유 행동에는 짧은 제목이 필요합니다."
            )
        _require_length(title, ("The free action's title", "자유 행동의 제목이"), MAX_TITLE)
        _require_length(
            argument, ("The free action's argument", "자유 행동의 논거가"), MAX_ARGUMENT
        )
        target = proposal.target
        if target is not None and (target == actor or target not in self.scenario.actor_ids):
            raise RuleError(
                f"A free action aims at another seat, or at none; not '{target}'.",
                f"자유 행동의 대상은 다른 참가석이거나 없어야 합니다. '{target}'은(는) 안 됩니다.",
            )
        return ProposedAction(title=title, target=target, argument=argument)

    # --- free actions ---------------------------------------------------------------------

    def judge_free_action(self, actor: str, proposal: int, judgement: Judgement) -> None:
        """The facilitator's judgement of `actor`'s proposal number `proposal` (from 0), during
        deliberation: accepted with its odds, audience and effects, or rejected. Judging again
        replaces the judgement; a revised move is judged afresh."""
        state = self._state
        if state.phase is not Phase.DELIBERATION:
            raise RuleError(
                "Free actions are judged during deliberation, before the roll.",
                "자유 행동은 숙의 중에, 주사위를 굴리기 전에 판정합니다.",
            )
        move = state.moves.get(actor)
        if move is None or not 0 <= proposal < len(move.proposals):
            raise RuleError(
                f"{actor} has proposed no free action number {proposal + 1} this turn.",
                f"{actor}은(는) 이번 턴에 {proposal + 1}번 자유 행동을 제안하지 않았습니다.",
            )
        reason = self._reason(
            judgement.reason,
            RuleError(
                "A judgement of a free action needs a reason, for the debrief.",
                "자유 행동을 판정하려면 강평에 남길 사유가 필요합니다.",
            ),
        )
        judged = judgement.model_copy(update={"reason": reason})
        if judgement.accepted:
            judged = self._accepted(actor, move.proposals[proposal], judged)
        else:
            judged = Judgement(accepted=False, reason=reason)
        self._commit([FreeActionJudged(actor=actor, proposal=proposal, judgement=judged)])

    def _accepted(self, actor: str, proposal: ProposedAction, judgement: Judgement) -> Judgement:
        """An accepted judgement checked, its odds in whole points and its audience with the
        proposer in it."""
        if not adj.FLOOR <= judgement.base <= adj.CEILING:
            raise RuleError(
                f"A base probability is between {adj.FLOOR:.0%} and {adj.CEILING:.0%}.",
                f"기본 확률은 {adj.FLOOR:.0%}에서 {adj.CEILING:.0%} 사이입니다.",
            )
        factors = []
        for name, value in judgement.factors:
            name = typed(name)
            if not name or not math.isfinite(value) or not round(value, adj.POINTS):
                raise RuleError(
                    "Each factor needs a name and a change other than 0.",
                    "각 요인에는 이름과 0이 아닌 수정치가 필요합니다.",
                )
            if abs(value) > 1:
                raise RuleError(
                    f"A factor changes the odds by at most 100% either way, not {value:+.0%}.",
                    f"요인의 수정치는 위아래로 100%까지입니다. {value:+.0%}는 안 됩니다.",
                )
            _require_length(name, ("A factor's name", "요인의 이름이"), MAX_TITLE)
            factors.append((name, round(value, adj.POINTS)))
        audience = judgement.audience
        if audience is not None:
            unknown = set(audience) - set(self.scenario.actor_ids)
            if unknown:
                seats = ", ".join(sorted(unknown))
                raise RuleError(
                    f"Unknown seat in the audience: {seats}.",
                    f"대상에 알 수 없는 참가석이 있습니다: {seats}.",
                )
            audience = sorted({*audience, actor})
        placeholders = (SELF, TARGET) if proposal.target else (SELF,)
        for effect in (judgement.on_success, judgement.on_failure):
            self._require_effect(
                effect, ("The free action's effects", "자유 행동의 효과"), placeholders
            )
        return judgement.model_copy(
            update={
                "base": round(judgement.base, adj.POINTS),
                "factors": factors,
                "audience": audience,
            }
        )

    # --- the review step and the room's odds ----------------------------------------------

    def counter_argue(
        self, by: str, actor: str, action: str, target: str | None, text: str
    ) -> None:
        """Seat `by`'s one counter-argument of this review, against `actor`'s action; it
        replaces the seat's earlier one, and an empty text withdraws it."""
        refusal = counter_refusal(self._state, by, (actor, action, target))
        if refusal is not None:
            raise refusal
        text = typed(text)
        _require_length(text, ("The counter-argument", "반론이"), MAX_COUNTER_ARGUMENT)
        self._commit([CounterArgued(by=by, actor=actor, action=action, target=target, text=text)])

    def estimate(
        self, by: str, actor: str, action: str, target: str | None, probability: float | None
    ) -> None:
        """`by`'s probability (a seat's, or the facilitator's) that `actor`'s action succeeds,
        in whole points; None withdraws it."""
        refusal = estimate_refusal(self._state, by, (actor, action, target))
        if refusal is not None:
            raise refusal
        if probability is not None:
            if not math.isfinite(probability) or not 0 <= probability <= 1:
                raise RuleError(
                    "A probability is between 0% and 100%.",
                    "확률은 0%에서 100% 사이입니다.",
                )
            probability = round(probability, adj.POINTS)
        self._commit(
            [
                EstimateGiven(
                    by=by, actor=actor, action=action, target=target, probability=probability
                )
            ]
        )

    # --- checks ---------------------------------------------------------------------------

    def _require_not_ended(self) -> None:
        if self._state.ended:
            raise exercise_ended()

    def _require_inject(self, inject_id: str) -> None:
        known = inject_id in self._state.injects or any(
            i.id == inject_id for i in self.scenario.injects
        )
        if not known:
            raise RuleError(f"No inject '{inject_id}'.", f"'{inject_id}' 상황이 없습니다.")

    def _require_text(self, title: str, body: str, audience: list[str] | None) -> None:
        if not title.strip() or not body.strip():
            raise RuleError(
                "An inject needs a title and a text.", "상황에는 제목과 내용이 필요합니다."
            )
        _require_length(title, ("The title", "제목이"), MAX_TITLE)
        _require_length(body, ("The text", "내용이"))
        if audience is not None:
            if not audience:
                raise RuleError(
                    "Choose at least one seat, or everyone, as the audience.",
                    "대상으로 참가석을 하나 이상 고르거나 전체를 고르십시오.",
                )
            unknown = set(audience) - set(self.scenario.actor_ids)
            if unknown:
                seats = ", ".join(sorted(unknown))
                raise RuleError(
                    f"Unknown seat in the audience: {seats}.",
                    f"대상에 알 수 없는 참가석이 있습니다: {seats}.",
                )
