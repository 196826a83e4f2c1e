"""A game's record as tidy tables for analysts (`wargame export GAME --csv DIR`, `--json`):
one row per thing — an adjudicated action, a modifier, a probability the room gave, a
counter-argument, an objective's rating, an observation, an indicator's value at a turn's end —
with ids to join them, for a spreadsheet or pandas.

It is the facilitator's record, read from the file without writing to it: everything is in it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wargame.chronicle import Chronicle
from wargame.errors import UserError
from wargame.evaluation import improvement_plan
from wargame.file_output import require_new_output, write_whole
from wargame.fog import adjudicated_name
from wargame.inject_guidance import exercise_objectives
from wargame.replay import state_at
from wargame.state import Adjudication, WorldState
from wargame.store import GameFile

Row = dict[str, Any]
Table = Callable[[WorldState, Chronicle], list[Row]]


def _results(state: WorldState, chronicle: Chronicle) -> list[Adjudication]:
    """Every adjudication: those of finished turns, then the turn under way's."""
    done = [a for record in chronicle for a in record.results]
    seen = {a.id for a in done}
    return done + [a for a in state.adjudications if a.id not in seen]


def _audience(audience: frozenset[str] | None) -> str:
    return "all" if audience is None else " ".join(sorted(audience))


def actions(state: WorldState, chronicle: Chronicle) -> list[Row]:
    """One row per action a seat took, with its seat's argument and its judgement."""
    return [
        {
            "adjudication": a.id,
            "turn": a.turn,
            "actor": a.actor,
            "action": a.action,
            "action_name": named["action_name"],
            "category": named["category"],
            "target": a.target or "",
            "audience": _audience(a.audience),
            "argument": a.argument,
            "argument_rating": a.argument_rating.grade if a.argument_rating else "",
        }
        for a in _results(state, chronicle)
        for named in [adjudicated_name(state, a, "en")]
    ]


def adjudications(state: WorldState, chronicle: Chronicle) -> list[Row]:
    """One row per adjudication: the odds, the roll, the engine's verdict and the outcome."""
    return [
        {
            "adjudication": a.id,
            "turn": a.turn,
            "actor": a.actor,
            "action": a.action,
            "base": a.base,
            "probability": a.probability,
            "roll": a.roll,
            "proposed": a.proposed,
            "success": a.success,
            "overridden": a.override is not None,
            "override_reason": a.override_reason or "",
            "override_reason_shown": a.override_reason_shown,
        }
        for a in _results(state, chronicle)
    ]


def modifiers(state: WorldState, chronicle: Chronicle) -> list[Row]:
    """One row per modifier of an adjudication, and who could know of it."""
    return [
        {
            "adjudication": a.id,
            "name": f.name,
            "value": f.value,
            "audience": _audience(f.audience),
        }
        for a in _results(state, chronicle)
        for f in a.modifiers
    ]


def estimates(state: WorldState, chronicle: Chronicle) -> list[Row]:
    """One row per probability the room gave before a roll, beside the model's and the outcome:
    what a calibration of the room is worked out from."""
    return [
        {
            "adjudication": a.id,
            "estimator": by,
            "estimate": p,
            "model": a.probability,
            "success": a.success,
        }
        for a in _results(state, chronicle)
        for by, p in a.estimates
    ]


def counter_arguments(state: WorldState, chronicle: Chronicle) -> list[Row]:
    """One row per counter-argument of a review step, against the action it answered."""
    return [
        {"adjudication": a.id, "by": c.by, "text": c.text}
        for a in _results(state, chronicle)
        for c in a.counter_arguments
    ]


def ratings(state: WorldState, chronicle: Chronicle) -> list[Row]:
    """One row per exercise objective, with its HSEEP rating (empty: not rated)."""
    given = state.evaluation.ratings
    return [
        {"objective": objective, "text": text, "rating": given.get(objective, "")}
        for objective, text in exercise_objectives(state.scenario, "en")
    ]


def observations(state: WorldState, chronicle: Chronicle) -> list[Row]:
    """One row per observation, strength, area for improvement or working note."""
    return [
        {
            "observation": o.id,
            "kind": o.kind,
            "text": o.text,
            "private": o.for_the_record,
            "exercise_objective": o.exercise_objective or "",
            "objective": o.objective or "",
            "turn": "" if o.turn is None else o.turn,
            "inject": o.inject or "",
            "seats": " ".join(o.seats),
        }
        for o in state.observations.values()
    ]


def indicators(state: WorldState, chronicle: Chronicle) -> list[Row]:
    """One row per actor, indicator and turn end (turn 0: the start), and the escalation
    ladder's rung beside each as `escalation` rows of actor "world"."""
    scenario = state.scenario
    start = [(0, scenario.start_escalation, {a.id: a.indicators for a in scenario.actors})]
    ends = [(r.turn, r.escalation, r.indicators) for r in chronicle]
    rows: list[Row] = []
    for turn, escalation, values in start + ends:
        rows.append(
            {"turn": turn, "actor": "world", "indicator": "escalation", "value": escalation}
        )
        rows += [
            {"turn": turn, "actor": actor, "indicator": indicator, "value": value}
            for actor, by_indicator in values.items()
            for indicator, value in by_indicator.items()
        ]
    return rows


def plan(state: WorldState, chronicle: Chronicle) -> list[Row]:
    """The Improvement Plan's rows as the report prints them."""
    return [{"row": line.key, **vars(line.row)} for line in improvement_plan(state, "en")]


TABLES: dict[str, Table] = {
    "actions": actions,
    "adjudications": adjudications,
    "modifiers": modifiers,
    "estimates": estimates,
    "counter_arguments": counter_arguments,
    "ratings": ratings,
    "observations": observations,
    "indicators": indicators,
    "plan": plan,
}


def tables(game_file: GameFile) -> dict[str, list[Row]]:
    """Every table of the game in `game_file`, read without writing to it."""
    state, chronicle = state_at(game_file), game_file.chronicle()
    return {name: table(state, chronicle) for name, table in TABLES.items()}


def csv_text(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else [], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_tables(game: Path, csv_dir: Path | None, json_out: Path | None) -> list[Path]:
    """Write the tables of `game` as CSV files in `csv_dir` and as JSON at `json_out` (one
    file of every table, or a file per table in a folder); returns the files written."""
    if csv_dir is None and json_out is None:
        raise UserError(
            "say where to write the tables: --csv DIR, --json FILE (or DIR), or both.",
            "표를 쓸 곳을 정하십시오: --csv DIR, --json FILE(또는 DIR) 또는 둘 다.",
        )
    # Each file written, and what it holds: one table by its name, or (None) all of them.
    outputs: dict[Path, tuple[Callable[[Any], str], str | None]] = {}
    if csv_dir is not None:
        _require_folder(csv_dir)
        outputs.update({csv_dir / f"{name}.csv": (csv_text, name) for name in TABLES})
    if json_out is not None and json_out.is_dir():
        outputs.update({json_out / f"{name}.json": (_json, name) for name in TABLES})
    elif json_out is not None:
        outputs[json_out] = (_json, None)
    for out in outputs:
        require_new_output(out, [game])
    with GameFile.open(game) as game_file:
        found = tables(game_file)
    for out, (text, name) in outputs.items():
        write_whole(out, text(found if name is None else found[name]).encode("utf-8"))
    return list(outputs)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def _require_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(
            f"{folder}: cannot make a folder there for the tables ({error.strerror}).",
            f"{folder}: 표를 넣을 폴더를 만들 수 없습니다 ({error.strerror}).",
        ) from None
    if not folder.is_dir():
        raise UserError(
            f"{folder} is a file, not a folder: --csv names the folder the tables go in.",
            f"{folder}은(는) 폴더가 아니라 파일입니다. --csv에는 표를 넣을 폴더를 주십시오.",
        )
