"""Seeking through a saved game: the world at any event or at the end of any turn.

Seeking starts from the nearest per-turn snapshot and folds only the events after it, so the
cost does not grow with the length of the game. Replay never re-rolls: the dice are in the log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wargame.engine import Game, Recorded, apply, start
from wargame.errors import StoreError, UserError
from wargame.events import GameCreated
from wargame.scenario import Scenario
from wargame.state import WorldState
from wargame.store import GameFile


def state_at(game: GameFile, event: int | None = None) -> WorldState:
    """The world right after event number `event` (the latest event when None)."""
    last = game.last_seq()
    if event is not None and not 1 <= event <= last:
        raise UserError(f"{game.path} has events 1 to {last}; there is no event {event}.")
    upto = last if event is None else event
    state = game.snapshot(upto=upto)
    if state is None:
        created = game.events(upto=1)
        if not created or not isinstance(created[0].event, GameCreated):
            raise StoreError(f"{game.path} has no game log; it is damaged.")
        state = start(game.scenario, created[0].event)
    for stored in game.events(after=state.seq, upto=upto):
        state = apply(state, stored.event)
    return state


def command_ends(game: GameFile) -> list[int]:
    """The event after which each command is complete: the points a replay steps through, so
    that it never shows half of one (an adjudication without its other actions, say)."""
    starts = game.commands()
    return [following - 1 for following in starts[1:]] + ([game.last_seq()] if starts else [])


def state_after_turn(game: GameFile, turn: int) -> WorldState:
    """The world as turn `turn` ended, or as it stands if that turn is still being played."""
    end = game.turn_end(turn)
    if end is not None:
        return state_at(game, end)
    latest = state_at(game)
    if turn == latest.turn:
        return latest
    raise UserError(f"{game.path} covers turns 1 to {latest.turn}; there is no turn {turn}.")


def new_game(
    path: Path | str, scenario: Scenario, seed: int, **options: Any
) -> tuple[GameFile, Game]:
    """A new game saved to a new file at `path`; `options` go to `Game.new`."""
    opening: list[Recorded] = []
    game = Game.new(scenario, seed, recorder=opening.extend, **options)
    game_file = GameFile.create(path, scenario, seed, opening)
    game.record_with(game_file.record)
    return game_file, game


def continue_game(path: Path | str) -> tuple[GameFile, Game]:
    """Open a saved game for play; the caller closes the file when done."""
    game_file = GameFile.open(path, writable=True)
    try:
        state = state_at(game_file)
        return game_file, Game(state, recorder=game_file.record, chronicle=game_file.chronicle())
    except BaseException:
        game_file.close()
        raise
