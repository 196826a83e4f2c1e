"""Playing a game forward without a person at the keyboard: bots take their seats' moves and
the facilitator's part is to accept every proposed outcome. The CLI and simulations use this.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from wargame.bots import argument_for, choose_move
from wargame.engine import Game
from wargame.state import Phase


def submit_bot_moves(game: Game, seats: Iterable[str]) -> None:
    """Each listed seat that has not moved yet this deliberation gets its bot's move."""
    for actor in seats:
        if actor not in game.state.moves:
            move = choose_move(game.state, actor)
            game.submit_move(actor, move, argument_for(game.state, actor, move))


def play_turn(game: Game, bot_seats: Iterable[str]) -> None:
    """Play the current turn to its end (the next turn's briefing, or the end of the game)."""
    seats = list(bot_seats)
    turn = game.state.turn
    while not game.state.ended and game.state.turn == turn:
        if game.state.phase is Phase.DELIBERATION:
            submit_bot_moves(game, seats)
            game.advance(force=True)
        else:
            game.advance()


def play(
    game: Game,
    bot_seats: Iterable[str],
    turns: int | None = None,
    after_turn: Callable[[Game, int], None] | None = None,
) -> None:
    """Play up to `turns` more turns (all remaining when None), calling `after_turn` each time."""
    seats = list(bot_seats)
    played = 0
    while not game.state.ended and (turns is None or played < turns):
        turn = game.state.turn
        play_turn(game, seats)
        played += 1
        if after_turn is not None:
            after_turn(game, turn)
