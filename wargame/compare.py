"""Comparing two games of one scenario: where their logs part, and how their worlds differ turn
by turn — escalation, relations, indicators and objectives side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wargame.chronicle import Chronicle
from wargame.describe import describe
from wargame.errors import UserError
from wargame.events import Event, GameCreated
from wargame.names import ending_name
from wargame.replay import state_at
from wargame.store import GameFile, StoredEvent


@dataclass(frozen=True)
class Divergence:
    """The first event at which two logs differ, the command it belongs to, and what each game
    did there (None where one log has ended)."""

    event: int
    turn: int
    command: int
    left: str | None
    right: str | None


@dataclass(frozen=True)
class TurnPair:
    turn: int
    left: dict[str, Any] | None
    right: dict[str, Any] | None


@dataclass(frozen=True)
class Outcome:
    """How a game stands at the end of its log: its ending and why, or the turn and phase it
    was left in."""

    ending: str | None  # the ending's name, in the comparison's language
    reason: str | None  # last_turn, top_of_ladder, stopped
    turn: int
    phase: str


@dataclass(frozen=True)
class Comparison:
    divergence: Divergence | None  # None: the same log, event for event
    turns: list[TurnPair]
    outcomes: tuple[Outcome, Outcome]


def compare(left: GameFile, right: GameFile, language: str = "en") -> Comparison:
    if left.scenario.id != right.scenario.id:
        raise UserError(
            f"{left.path} plays '{left.scenario.id}' and {right.path} plays "
            f"'{right.scenario.id}': only games of one scenario can be compared.",
            f"{left.path}은(는) '{left.scenario.id}' 시나리오, {right.path}은(는) "
            f"'{right.scenario.id}' 시나리오의 게임입니다. 같은 시나리오의 게임끼리만 비교할 "
            "수 있습니다.",
        )
    a, b = left.events(), right.events()
    divergence = _first_difference(a, b, left, right, language)
    outcomes = (_outcome(left, language), _outcome(right, language))
    return Comparison(divergence, _side_by_side(left.chronicle(), right.chronicle()), outcomes)


def _outcome(game: GameFile, language: str) -> Outcome:
    state = state_at(game)
    name = ending_name(game.scenario, state.ending, language) if state.ending else None
    return Outcome(name, state.end_reason, state.turn, state.phase.value)


def _same(x: Event, y: Event) -> bool:
    # PINs are salted differently in every game, so creation is compared without them.
    if isinstance(x, GameCreated) and isinstance(y, GameCreated):
        return _without_pins(x) == _without_pins(y)
    return x == y


def _without_pins(created: GameCreated) -> dict[str, Any]:
    data = created.model_dump(exclude={"facilitator_pin_hash"})
    data["seats"] = {a: {"human": s["human"]} for a, s in data["seats"].items()}
    return data


def _first_difference(
    a: list[StoredEvent],
    b: list[StoredEvent],
    left: GameFile,
    right: GameFile,
    language: str,
) -> Divergence | None:
    for x, y in zip(a, b, strict=False):
        if not _same(x.event, y.event):
            return Divergence(
                x.seq,
                x.turn,
                _command_of(left, x.seq),
                describe(x.event, left.scenario, language),
                describe(y.event, right.scenario, language),
            )
    if len(a) == len(b):
        return None
    longer, file = (a, left) if len(a) > len(b) else (b, right)
    extra = longer[min(len(a), len(b))]
    said = describe(extra.event, file.scenario, language)
    return Divergence(
        extra.seq,
        extra.turn,
        _command_of(file, extra.seq),
        said if longer is a else None,
        said if longer is b else None,
    )


def _command_of(game: GameFile, seq: int) -> int:
    starts = game.commands(upto=seq)
    return starts[-1] if starts else seq


def _side_by_side(left: Chronicle, right: Chronicle) -> list[TurnPair]:
    def record(chronicle: Chronicle, turn: int) -> dict[str, Any] | None:
        found = next((r for r in chronicle if r.turn == turn), None)
        if found is None:
            return None
        return {
            "escalation": found.escalation,
            "relations": {f"{x}/{y}": v for (x, y), v in sorted(found.relations.items())},
            "indicators": {actor: dict(v) for actor, v in found.indicators.items()},
            "objectives_met": {actor: list(v) for actor, v in found.objectives_met.items()},
        }

    turns = sorted({r.turn for r in left} | {r.turn for r in right})
    return [TurnPair(t, record(left, t), record(right, t)) for t in turns]
