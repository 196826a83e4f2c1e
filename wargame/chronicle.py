"""The chronicle of a game: one record per finished turn — the world as the turn ended and its
adjudications as published. Charts, the results of earlier turns and reports read it; play does
not need it, so it lives beside the world's state rather than inside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from wargame.conditions import objectives_met, red_lines_crossed
from wargame.events import TurnEnded
from wargame.state import TurnRecord, WorldState

if TYPE_CHECKING:
    from wargame.engine import Recorded

Chronicle = tuple[TurnRecord, ...]


def turn_record(state: WorldState) -> TurnRecord:
    """The record of the turn that has just ended in `state`."""
    actors = state.scenario.actor_ids
    return TurnRecord(
        turn=state.turn,
        escalation=state.escalation,
        relations=dict(state.relations),
        indicators={a: dict(v) for a, v in state.indicators.items()},
        objectives_met={a: objectives_met(state, a) for a in actors},
        red_lines_crossed={a: red_lines_crossed(state, a) for a in actors},
        results=state.adjudications,
        blocs=state.blocs,
        incident=state.incident,
    )


def extended(chronicle: Chronicle, recorded: Sequence[Recorded]) -> Chronicle:
    """The chronicle after one command's events: a record for each turn they end."""
    records = [turn_record(r.state) for r in recorded if isinstance(r.event, TurnEnded)]
    return (*chronicle, *records) if records else chronicle
