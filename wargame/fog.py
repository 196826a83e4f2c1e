"""The fog of the exercise: what each seat, the projector and the facilitator may know.

`view(state, seat)` is the only way the outside world (CLI JSON, GUI panes, reports) reads a
state for someone, so the fog is enforced in one place and tested there.
"""

from __future__ import annotations

from typing import Any

from wargame.adjudication import incident_rationale, odds, rationale, standing_risk
from wargame.calibration import Score, calibration
from wargame.chronicle import Chronicle
from wargame.conditions import objective_standing, objectives_met, red_lines_crossed
from wargame.inject_guidance import basis_of, basis_words
from wargame.names import action_name, actor_name, bloc_name, level_name
from wargame.review import estimable, reviewable
from wargame.scenario import Scenario
from wargame.state import (
    ActionKey,
    Adjudication,
    ArgumentRating,
    Audience,
    Factor,
    IncidentCheck,
    InjectRecord,
    Move,
    Phase,
    WorldState,
)
from wargame.viewers import FACILITATOR, PUBLIC

__all__ = ["FACILITATOR", "PUBLIC", "view"]


def _sees(seat: str, audience: Audience) -> bool:
    if seat == FACILITATOR:
        return True
    return audience is None or seat in audience


def _audience(audience: Audience) -> str | list[str]:
    return "all" if audience is None else sorted(audience)


def _inject(scenario: Scenario, record: InjectRecord, language: str) -> dict[str, Any]:
    """A released inject as its audience sees it: its text and its basis badge. The designer's
    notes and the rest of the MSEL's guidance are the facilitator's and never go in here."""
    planned = None if record.adhoc else scenario.inject(record.id)
    return {
        "id": record.id,
        "title": record.text.title,
        "body": record.text.body,
        "audience": _audience(record.text.audience),
        "turn": record.turn,
        "date": record.date,
        "adhoc": record.adhoc,
        "basis": basis_of(planned, record.basis),
        "basis_name": basis_words(planned, language, record.basis),
    }


def _known_factors(a: Adjudication | IncidentCheck, seat: str) -> tuple[Factor, ...]:
    """The modifiers `seat` may know of. The others are left out altogether, not summed: their
    sum would tell a seat that something it may not see (a covert counter-move) weighed."""
    return tuple(f for f in a.modifiers if _sees(seat, f.audience))


def _rating(rating: ArgumentRating | None) -> dict[str, Any] | None:
    if rating is None:
        return None
    return {"grade": rating.grade, "change": rating.change, "reason": rating.reason}


def _result(state: WorldState, a: Adjudication, seat: str, language: str) -> dict[str, Any]:
    """One adjudication as `seat` may know it. The facilitator gets the odds the roll met, and
    the roll. A seat or the room gets the odds as it could know them (the base and the
    modifiers it may know of, clamped) and the outcome, never the roll: set against odds it
    cannot know, the roll would tell it what it may not know."""
    facilitator = seat == FACILITATOR
    factors = _known_factors(a, seat)
    shown: dict[str, Any] = {
        "id": a.id,
        "turn": a.turn,
        "actor": a.actor,
        "action": a.action,
        **adjudicated_name(state, a, language),
        "target": a.target,
        "success": a.success,
        "probability": a.probability if facilitator else odds(a.base, factors),
        "base": a.base,
        "modifiers": [[f.name_ko if language == "ko" else f.name, f.value] for f in factors],
        "rationale": rationale(state.scenario, a, factors, language, rolled=facilitator),
        "audience": _audience(a.audience),
    }
    if a.override is not None:
        shown["override"] = _override(a, facilitator)
    if facilitator:
        shown["roll"] = a.roll
        shown["proposed"] = a.proposed
    if seat in (FACILITATOR, a.actor):
        shown["argument"] = a.argument  # the seat's own words: for it and the facilitator
        shown["argument_rating"] = _rating(a.argument_rating)
    shown.update(_room_on(state, a, seat, language))
    return shown


def adjudicated_name(state: WorldState, a: Adjudication, language: str) -> dict[str, Any]:
    """An adjudicated action's name and category: a free action's are its proposer's title
    and "free"."""
    if a.free is not None:
        return {"action_name": a.free.title, "category": "free", "free": True}
    action = state.scenario.action(a.actor, a.action)
    return {
        "action_name": action_name(state.scenario, a.actor, a.action, language),
        "category": action.category.value,
        "free": False,
    }


def _proposals(move: Move, facilitator: bool) -> list[dict[str, Any]]:
    """A seat's free actions this turn as it, or the facilitator, may know them: the seat
    learns whether each was accepted and, if rejected, why; the odds and audience the
    facilitator set are told with the results, like any action's."""
    shown = []
    for proposal, judgement in zip(move.proposals, move.judgements, strict=True):
        entry: dict[str, Any] = {
            "title": proposal.title,
            "target": proposal.target,
            "argument": proposal.argument,
            "judged": None if judgement is None else judgement.accepted,
            "reason": judgement.reason if judgement and not judgement.accepted else "",
        }
        if facilitator:
            entry["judgement"] = None if judgement is None else judgement.model_dump(mode="json")
        shown.append(entry)
    return shown


def _override(a: Adjudication | IncidentCheck, facilitator: bool) -> dict[str, Any]:
    """The facilitator's word on an outcome. Its reason may speak of covert moves: it is for the
    record only, unless the facilitator chose to show it to the seats."""
    shown: dict[str, Any] = {"success": a.override}
    if facilitator or a.override_reason_shown:
        shown["reason"] = a.override_reason
    if facilitator:
        shown["reason_shown"] = a.override_reason_shown
    return shown


# --- the review step and the room's odds ---------------------------------------------------


def _speaks_to(state: WorldState, by: str, seat: str) -> bool:
    """Whether `seat` may read what `by` said of an action (a counter-argument, an estimate):
    its own words, and the facilitator's view of everyone's, until the exercise ends."""
    return seat in (FACILITATOR, by) or state.ended


def _room_on(state: WorldState, a: Adjudication, seat: str, language: str) -> dict[str, Any]:
    """The estimates and counter-arguments given on an adjudicated action that `seat` may read,
    each with its giver's name ("facilitator" for the white cell)."""
    scenario = state.scenario
    return {
        "estimates": [
            {"by": by, "name": actor_name(scenario, by, language), "probability": p}
            for by, p in a.estimates
            if _speaks_to(state, by, seat)
        ],
        "counter_arguments": [
            {"by": c.by, "name": actor_name(scenario, c.by, language), "text": c.text}
            for c in a.counter_arguments
            if _speaks_to(state, c.by, seat)
        ],
    }


def _action_entry(state: WorldState, key: ActionKey, language: str) -> dict[str, Any]:
    actor, action, target = key
    return {
        "actor": actor,
        "actor_name": actor_name(state.scenario, actor, language),
        "action": action,
        "action_name": action_name(state.scenario, actor, action, language),
        "target": target,
        "target_name": actor_name(state.scenario, target, language) if target else None,
    }


def _review(state: WorldState, seat: str, language: str) -> dict[str, Any]:
    """This turn's review step and room's odds as `seat` may know them: the other seats' actions
    it may counter-argue (never one kept from it), what it may estimate, and what it (or, for
    the facilitator, anyone) has said so far."""
    return {
        "review_step": state.review_step,
        "reviewable": [_action_entry(state, k, language) for k in reviewable(state, seat)],
        "estimable": [_action_entry(state, k, language) for k in estimable(state, seat)],
        "estimates": [
            {"by": by, "actor": actor, "action": action, "target": target, "probability": p}
            for (by, actor, action, target), p in state.estimates.items()
            if _speaks_to(state, by, seat)
        ],
        "counter_arguments": [
            {"by": c.by, "actor": c.actor, "action": c.action, "target": c.target, "text": c.text}
            for c in state.counter_arguments.values()
            if _speaks_to(state, c.by, seat)
        ],
    }


def _bins(scored: Score) -> list[list[float]]:
    """The reliability plot's points: [lower, upper, count, mean stated, share happened]."""
    return [[b.lower, b.upper, b.count, b.stated, b.happened] for b in scored.bins]


def _calibration(state: WorldState, seat: str, chronicle: Chronicle) -> dict[str, dict[str, Any]]:
    """Once the exercise has ended, each estimator's score beside the model's for the same
    actions: all of them for the facilitator, a seat's own for a seat, none for the room."""
    if not state.ended:
        return {}
    results = [a for record in chronicle for a in record.results]
    return {
        by: {
            "count": c.own.count,
            "brier": c.own.brier,
            "reliability": c.own.reliability,
            "resolution": c.own.resolution,
            "uncertainty": c.own.uncertainty,
            "model_brier": c.model.brier,
            "model_reliability": c.model.reliability,
            "model_resolution": c.model.resolution,
            "bins": _bins(c.own),
            "model_bins": _bins(c.model),
        }
        for by, c in calibration(results).items()
        if seat in (FACILITATOR, by)
    }


def _check(
    state: WorldState, check: IncidentCheck, seat: str, language: str
) -> dict[str, Any] | None:
    """A turn's check for an incident at the line as `seat` may know it, or None when it may
    not know a check was made (every move that raised the risk was hidden from it, and no
    incident happened). Like an action's result: the facilitator gets the roll and who raised
    the risk; a seat the odds it could know and whether an incident happened."""
    facilitator = seat == FACILITATOR
    if not (facilitator or check.happened or _sees(seat, check.audience)):
        return None
    scenario = state.scenario
    factors = _known_factors(check, seat)
    risk = scenario.incident
    name = (risk.name_ko if language == "ko" else risk.name) if risk else ""
    shown: dict[str, Any] = {
        "kind": "incident",
        "id": check.id,
        "turn": check.turn,
        "name": name,
        "success": check.happened,
        "probability": check.probability if facilitator else odds(check.base, factors),
        "base": check.base,
        "modifiers": [[f.name_ko if language == "ko" else f.name, f.value] for f in factors],
        "rationale": incident_rationale(scenario, check, factors, language, rolled=facilitator),
    }
    if check.override is not None:
        shown["override"] = _override(check, facilitator)
    if facilitator:
        shown["roll"] = check.roll
        shown["proposed"] = check.proposed
        shown["by"] = list(check.by)
    return shown


def _incident(
    state: WorldState, seat: str, language: str, chronicle: Chronicle, results_open: bool
) -> dict[str, Any] | None:
    """The risk of an incident at the line as `seat` may know it: the standing odds of a check
    this turn, before anyone moves (what every seat sees coming), and the checks made so far."""
    scenario = state.scenario
    risk = scenario.incident
    if risk is None:
        return None
    standing = standing_risk(state)
    known = [f for f in standing.modifiers if _sees(seat, f.audience)] if standing else []
    checks = [record.incident for record in chronicle if record.incident is not None]
    current = state.incident
    # The turn that has just ended is in the chronicle and still in the state: show it once.
    shown_now = results_open or seat == FACILITATOR
    if current is not None and shown_now and (not checks or checks[-1].id != current.id):
        checks.append(current)
    shown = [c for c in (_check(state, check, seat, language) for check in checks) if c]
    return {
        "name": risk.name_ko if language == "ko" else risk.name,
        "rung": risk.rung,
        "at": risk.at,
        "due": standing is not None,
        "base": risk.base,
        "odds": odds(standing.base, known) if standing else None,
        "modifiers": [[f.name_ko if language == "ko" else f.name, f.value] for f in known],
        "per_move": risk.per_move,
        "per_step_back": risk.per_step_back,
        "checks": shown,
    }


def _relations(state: WorldState) -> dict[str, dict[str, int]]:
    actors = state.scenario.actor_ids
    return {a: {b: state.relation(a, b) for b in actors if b != a} for a in actors}


def view(
    state: WorldState,
    seat: str = FACILITATOR,
    language: str = "en",
    chronicle: Chronicle = (),
) -> dict[str, Any]:
    """The state as `seat` (an actor id, FACILITATOR or PUBLIC) may know it, as plain data.

    `language` ("en" or "ko") chooses the words of names and explanations; ids stay the same.
    The `chronicle` of the turns played so far gives earlier results and the charts' history.
    """
    scenario = state.scenario
    facilitator = seat == FACILITATOR
    own = [seat] if seat in scenario.actor_ids else list(scenario.actor_ids) if facilitator else []

    injects = [
        _inject(scenario, state.injects[i], language)
        for i in state.released
        if _sees(seat, state.injects[i].text.audience)
    ]
    results_open = state.phase in (Phase.OUTCOME, Phase.ENDED)
    current = [
        _result(state, a, seat, language)
        for a in state.adjudications
        if facilitator or (results_open and _sees(seat, a.audience))
    ]
    past = [
        _result(state, a, seat, language)
        for record in chronicle
        for a in record.results
        if _sees(seat, a.audience)
    ]
    # The turn that has just ended is in the chronicle and still in the state: show it once.
    past_ids = {r["id"] for r in past}
    shown: dict[str, Any] = {
        "scenario": scenario.id,
        "seat": seat,
        "turn": state.turn,
        "turns": scenario.turns,
        "phase": state.phase.value,
        "escalation": {
            "level": state.escalation,
            "name": level_name(state.scenario, state.escalation, language),
            "top": scenario.top_escalation,
        },
        "blocs": {
            "level": state.blocs,
            "name": bloc_name(state.scenario, state.blocs, language),
            "top": scenario.top_blocs,
        }
        if scenario.bloc_ladder
        else None,
        "incident": _incident(state, seat, language, chronicle, results_open),
        "relations": _relations(state),
        "indicators": {a: dict(v) for a, v in state.indicators.items()},
        "injects": injects,
        "results": past + [r for r in current if r["id"] not in past_ids],
        "submitted": sorted(state.moves),
        "moves": {
            a: {
                "actions": [{"action": c.action, "target": c.target} for c in m.actions],
                "argument": m.argument,
                "revision": m.revision,
                "rating": _rating(m.rating),
                "proposals": _proposals(m, facilitator),
            }
            for a, m in state.moves.items()
            if a in own
        },
        "objectives": {
            a: {
                "met": list(objectives_met(state, a)),
                "standing": objective_standing(state, a),
                "red_lines_crossed": list(red_lines_crossed(state, a)),
            }
            for a in own
        },
        "history": [
            {
                "turn": t.turn,
                "escalation": t.escalation,
                "blocs": t.blocs,
                "indicators": {a: dict(v) for a, v in t.indicators.items()},
                "objectives_met": {a: list(t.objectives_met[a]) for a in own},
            }
            for t in chronicle
        ],
        "ending": state.ending,
        "end_reason": state.end_reason,
        "review": _review(state, seat, language),
        "calibration": _calibration(state, seat, chronicle),
    }
    if facilitator:
        shown["seed"] = state.seed
        shown["event"] = state.seq
        # The hot wash is the facilitator's record of the debrief.
        shown["observations"] = [
            {
                "id": o.id,
                "text": o.text,
                "kind": o.kind,
                "seats": list(o.seats),
                "turn": o.turn,
                "inject": o.inject,
                "objective": o.objective,
                "exercise_objective": o.exercise_objective,
                "private": o.private,
            }
            for o in state.observations.values()
        ]
        # The evaluator's ratings of the exercise objectives (HSEEP P, S, M, U).
        shown["ratings"] = dict(state.evaluation.ratings)
        shown["msel"] = {i: r.status for i, r in state.injects.items() if r.status != "released"}
        # Who pushed the world over a red line may have done it covertly: the facilitator's.
        shown["crossings"] = [
            {"actor": c.actor, "red_line": c.red_line, "turn": c.turn, "by": list(c.by)}
            for c in state.crossings
        ]
    return shown
