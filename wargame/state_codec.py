"""WorldState and turn records to JSON and back, exactly: the game file's per-turn snapshots
and its chronicle use them.

The scenario is not part of the encoding (the game file embeds it once); decoding takes it back.
"""

from __future__ import annotations

import json
from dataclasses import astuple
from typing import Any

from wargame.free_actions import FreeAction, Judgement, ProposedAction
from wargame.scenario import Effect, Scenario
from wargame.state import (
    Adjudication,
    ArgumentRating,
    Audience,
    Change,
    ChosenAction,
    CounterArgument,
    Crossing,
    Evaluation,
    Factor,
    IncidentCheck,
    InjectRecord,
    InjectText,
    Move,
    Observation,
    Person,
    Phase,
    PlanRow,
    Seat,
    TurnRecord,
    UndoEntry,
    WorldState,
)

Json = dict[str, Any]

SNAPSHOT_FORMAT = 12
"""Raise this whenever the encoding changes: stored snapshots of another format are passed
over, and the world is rebuilt from the events."""


def _pairs(mapping: Any) -> list[list[Any]]:
    return [[a, b, v] for (a, b), v in sorted(mapping.items())]


def _unpairs(rows: list[list[Any]]) -> dict[tuple[str, str], int]:
    return {(a, b): v for a, b, v in rows}


def _audience(audience: Audience) -> list[str] | None:
    return None if audience is None else sorted(audience)


def _unaudience(value: list[str] | None) -> Audience:
    return None if value is None else frozenset(value)


def _change(c: Change) -> Json:
    return {
        "escalation": c.escalation,
        "indicators": c.indicators,
        "relations": c.relations,
        "blocs": c.blocs,
    }


def _unchange(d: Json) -> Change:
    return Change(
        d["escalation"],
        tuple(tuple(x) for x in d["indicators"]),
        tuple(tuple(x) for x in d["relations"]),
        d["blocs"],
    )


def _record(r: InjectRecord) -> Json:
    text = {"title": r.text.title, "body": r.text.body, "audience": _audience(r.text.audience)}
    return {
        "kind": "inject",
        "id": r.id,
        "status": r.status,
        "text": text,
        "turn": r.turn,
        "date": r.date,
        "adhoc": r.adhoc,
        "applied": _change(r.applied),
        "effects": None if r.effects is None else r.effects.model_dump(mode="json"),
        "basis": r.basis,
    }


def _unrecord(d: Json) -> InjectRecord:
    t = d["text"]
    return InjectRecord(
        d["id"],
        d["status"],
        InjectText(t["title"], t["body"], _unaudience(t["audience"])),
        d["turn"],
        d["date"],
        d["adhoc"],
        _unchange(d["applied"]),
        None if d["effects"] is None else Effect.model_validate(d["effects"]),
        d["basis"],
    )


def _unfactor(name: str, name_ko: str, value: float, audience: list[str] | None = None) -> Factor:
    return Factor(name, name_ko, value, _unaudience(audience))


def _rating(r: ArgumentRating | None) -> list[Any] | None:
    return None if r is None else [r.grade, r.change, r.reason]


def _unrating(row: list[Any] | None) -> ArgumentRating | None:
    return None if row is None else ArgumentRating(*row)


def _adjudication(a: Adjudication) -> Json:
    return {
        "kind": "adjudication",
        "id": a.id,
        "turn": a.turn,
        "actor": a.actor,
        "action": a.action,
        "target": a.target,
        "base": a.base,
        "modifiers": [[f.name, f.name_ko, f.value, _audience(f.audience)] for f in a.modifiers],
        "probability": a.probability,
        "roll": a.roll,
        "proposed": a.proposed,
        "rationale": a.rationale,
        "audience": _audience(a.audience),
        "override": a.override,
        "override_reason": a.override_reason,
        "override_reason_shown": a.override_reason_shown,
        "applied": _change(a.applied),
        "argument": a.argument,
        "argument_rating": _rating(a.argument_rating),
        "free": None if a.free is None else a.free.model_dump(mode="json"),
        "estimates": [list(e) for e in a.estimates],
        "counter_arguments": [_counter(c) for c in a.counter_arguments],
        "worn_out": a.worn_out,
    }


def _counter(c: CounterArgument) -> list[Any]:
    return [c.by, c.actor, c.action, c.target, c.text]


def _unadjudication(d: Json) -> Adjudication:
    return Adjudication(
        d["id"],
        d["turn"],
        d["actor"],
        d["action"],
        d["target"],
        d["base"],
        tuple(_unfactor(*m) for m in d["modifiers"]),
        d["probability"],
        d["roll"],
        d["proposed"],
        d["rationale"],
        _unaudience(d["audience"]),
        d["override"],
        d["override_reason"],
        d["override_reason_shown"],
        _unchange(d["applied"]),
        d["argument"],
        _unrating(d["argument_rating"]),
        None if d.get("free") is None else FreeAction.model_validate(d["free"]),
        # Chronicles written before free actions, the room's odds and the review step have none.
        tuple((by, p) for by, p in d.get("estimates", ())),
        tuple(CounterArgument(*c) for c in d.get("counter_arguments", ())),
        d.get("worn_out", False),
    )


def _check(c: IncidentCheck | None) -> Json | None:
    if c is None:
        return None
    return {
        "kind": "incident",
        "id": c.id,
        "turn": c.turn,
        "base": c.base,
        "modifiers": [[f.name, f.name_ko, f.value, _audience(f.audience)] for f in c.modifiers],
        "probability": c.probability,
        "roll": c.roll,
        "proposed": c.proposed,
        "rationale": c.rationale,
        "by": list(c.by),
        "audience": _audience(c.audience),
        "override": c.override,
        "override_reason": c.override_reason,
        "override_reason_shown": c.override_reason_shown,
        "applied": _change(c.applied),
    }


def _uncheck(d: Json | None) -> IncidentCheck | None:
    if d is None:
        return None
    return IncidentCheck(
        d["id"],
        d["turn"],
        d["base"],
        tuple(_unfactor(*m) for m in d["modifiers"]),
        d["probability"],
        d["roll"],
        d["proposed"],
        d["rationale"],
        tuple(d["by"]),
        _unaudience(d["audience"]),
        d["override"],
        d["override_reason"],
        d["override_reason_shown"],
        _unchange(d["applied"]),
    )


Previous = InjectRecord | Adjudication | IncidentCheck | ArgumentRating | Judgement | None


def _previous(p: Previous) -> Json | None:
    if p is None:
        return None
    if isinstance(p, ArgumentRating):
        return {"kind": "rating", "rating": _rating(p)}
    if isinstance(p, Judgement):
        return {"kind": "judgement", "judgement": p.model_dump(mode="json")}
    if isinstance(p, IncidentCheck):
        return _check(p)
    return _record(p) if isinstance(p, InjectRecord) else _adjudication(p)


def _unprevious(d: Json | None) -> Previous:
    if d is None:
        return None
    if d["kind"] == "rating":
        return _unrating(d["rating"])
    if d["kind"] == "judgement":
        return Judgement.model_validate(d["judgement"])
    if d["kind"] == "incident":
        return _uncheck(d)
    return _unrecord(d) if d["kind"] == "inject" else _unadjudication(d)


def encode_turn_record(t: TurnRecord) -> str:
    data = {
        "turn": t.turn,
        "escalation": t.escalation,
        "relations": _pairs(t.relations),
        "indicators": t.indicators,
        "objectives_met": {a: list(v) for a, v in t.objectives_met.items()},
        "red_lines_crossed": {a: list(v) for a, v in t.red_lines_crossed.items()},
        "results": [_adjudication(a) for a in t.results],
        "blocs": t.blocs,
        "incident": _check(t.incident),
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def decode_turn_record(text: str) -> TurnRecord:
    d = json.loads(text)
    return TurnRecord(
        d["turn"],
        d["escalation"],
        _unpairs(d["relations"]),
        d["indicators"],
        {a: tuple(v) for a, v in d["objectives_met"].items()},
        {a: tuple(v) for a, v in d["red_lines_crossed"].items()},
        tuple(_unadjudication(a) for a in d["results"]),
        d["blocs"],
        _uncheck(d["incident"]),
    )


def encode(state: WorldState) -> str:
    data = {
        "seed": state.seed,
        "seats": {a: [s.human, s.pin_hash] for a, s in state.seats.items()},
        "moves_per_turn": state.moves_per_turn,
        "deliberation_minutes": state.deliberation_minutes,
        "escalation": state.escalation,
        "relations": _pairs(state.relations),
        "indicators": state.indicators,
        "seq": state.seq,
        "turn": state.turn,
        "phase": state.phase.value,
        "injects": [_record(r) for r in state.injects.values()],
        "released": state.released,
        "moves": [
            [
                m.actor,
                [[c.action, c.target] for c in m.actions],
                m.argument,
                m.revision,
                _rating(m.rating),
                [p.model_dump(mode="json") for p in m.proposals],
                [None if j is None else j.model_dump(mode="json") for j in m.judgements],
            ]
            for m in state.moves.values()
        ],
        "adjudications": [_adjudication(a) for a in state.adjudications],
        "successes": sorted(state.successes),
        "undo": [
            [u.seq, u.kind, u.subject, u.inject, _previous(u.previous), sorted(u.successes)]
            for u in state.undo
        ],
        "ending": state.ending,
        "end_reason": state.end_reason,
        "facilitator_pin_hash": state.facilitator_pin_hash,
        "observations": [
            [
                *(o.id, o.text, o.kind, list(o.seats), o.turn, o.inject, o.objective),
                *(o.exercise_objective, o.private),
            ]
            for o in state.observations.values()
        ],
        "peak_escalation": state.peak_escalation,
        "crossings": [[c.actor, c.red_line, c.turn, list(c.by)] for c in state.crossings],
        "taken": [[a, b, list(turns)] for (a, b), turns in sorted(state.taken.items())],
        "evaluation": _evaluation(state.evaluation),
        "review_step": state.review_step,
        "counter_arguments": [_counter(c) for c in state.counter_arguments.values()],
        "estimates": [[*key, p] for key, p in state.estimates.items()],
        "blocs": state.blocs,
        "incident": _check(state.incident),
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def decode(scenario: Scenario, text: str) -> WorldState:
    d = json.loads(text)
    return WorldState(
        scenario=scenario,
        seed=d["seed"],
        seats={a: Seat(human, pin) for a, (human, pin) in d["seats"].items()},
        moves_per_turn=d["moves_per_turn"],
        deliberation_minutes=d["deliberation_minutes"],
        escalation=d["escalation"],
        relations=_unpairs(d["relations"]),
        indicators=d["indicators"],
        seq=d["seq"],
        turn=d["turn"],
        phase=Phase(d["phase"]),
        injects={r["id"]: _unrecord(r) for r in d["injects"]},
        released=tuple(d["released"]),
        moves={
            actor: Move(
                actor,
                tuple(ChosenAction(a, t) for a, t in actions),
                argument,
                rev,
                _unrating(rating),
                tuple(ProposedAction.model_validate(p) for p in proposals),
                tuple(None if j is None else Judgement.model_validate(j) for j in judgements),
            )
            for actor, actions, argument, rev, rating, proposals, judgements in d["moves"]
        },
        adjudications=tuple(_unadjudication(a) for a in d["adjudications"]),
        successes=frozenset((a, b) for a, b in d["successes"]),
        undo=tuple(
            UndoEntry(
                seq,
                kind,
                subject,
                inject,
                _unprevious(previous),
                frozenset((a, b) for a, b in successes),
            )
            for seq, kind, subject, inject, previous, successes in d["undo"]
        ),
        ending=d["ending"],
        end_reason=d["end_reason"],
        facilitator_pin_hash=d["facilitator_pin_hash"],
        observations={
            key: Observation(
                key, text, kind, tuple(seats), turn, inject, objective, exercise, private
            )
            for key, text, kind, seats, turn, inject, objective, exercise, private in d[
                "observations"
            ]
        },
        peak_escalation=d["peak_escalation"],
        crossings=tuple(
            Crossing(actor, line, turn, tuple(by)) for actor, line, turn, by in d["crossings"]
        ),
        taken={(a, b): tuple(turns) for a, b, turns in d["taken"]},
        evaluation=_unevaluation(d["evaluation"]),
        review_step=d["review_step"],
        counter_arguments={c[0]: CounterArgument(*c) for c in d["counter_arguments"]},
        estimates={(by, a, action, t): p for by, a, action, t, p in d["estimates"]},
        blocs=d["blocs"],
        incident=_uncheck(d["incident"]),
    )


def _evaluation(e: Evaluation) -> Json:
    return {
        "ratings": dict(e.ratings),
        "sponsor": e.sponsor,
        "point_of_contact": e.point_of_contact,
        "scope": e.scope,
        "evaluators": [astuple(p) for p in e.evaluators],
        "players": {seat: [astuple(p) for p in people] for seat, people in e.players.items()},
        "evaluator_pin_hash": e.evaluator_pin_hash,
        "plan": {key: astuple(row) for key, row in e.plan.items()},
        "dropped": sorted(e.dropped),
    }


def _unevaluation(d: Json) -> Evaluation:
    return Evaluation(
        ratings=d["ratings"],
        sponsor=d["sponsor"],
        point_of_contact=d["point_of_contact"],
        scope=d["scope"],
        evaluators=tuple(Person(*p) for p in d["evaluators"]),
        players={seat: tuple(Person(*p) for p in people) for seat, people in d["players"].items()},
        evaluator_pin_hash=d["evaluator_pin_hash"],
        plan={key: PlanRow(*row) for key, row in d["plan"].items()},
        dropped=frozenset(d["dropped"]),
    )
