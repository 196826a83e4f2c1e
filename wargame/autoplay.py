"""Playing a game forward without a person at the keyboard: bots take their seats' moves and
the facilitator's part is to accept every proposed outcome. The CLI and simulations use this.

A seat may instead follow a fixed `Strategy` (always pass, always the same actions): the
balance measures play those against the bots.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from wargame.bot_arguments import argument_for
from wargame.bots import choose_move
from wargame.engine import Game
from wargame.state import ChosenAction, Phase, WorldState

Strategy = Callable[[WorldState, str], list[ChosenAction]]
"""A seat's fixed way of playing: its move now (empty: it passes)."""


def passive(state: WorldState, actor: str) -> list[ChosenAction]:
    """A seat that never acts."""
    return []


@dataclass(frozen=True)
class Repeat:
    """A seat that takes the same actions every turn."""

    actions: tuple[ChosenAction, ...]

    def __call__(self, state: WorldState, actor: str) -> list[ChosenAction]:
        return list(self.actions)


def submit_bot_moves(
    game: Game,
    seats: Iterable[str],
    strategies: Mapping[str, Strategy] | None = None,
    language: str | None = "en",
) -> None:
    """Each listed seat that has not moved yet this deliberation gets its bot's move (perhaps
    none at all), or its strategy's (a strategy that passes submits nothing), argued in
    `language` (None: with no argument, for runs that no one reads and no facilitator
    rates)."""
    for actor in seats:
        if actor in game.state.moves:
            continue
        strategy = (strategies or {}).get(actor)
        move = strategy(game.state, actor) if strategy else choose_move(game.state, actor)
        # A bot that finds no move worth making this turn passes openly, so no one waits for
        # it; a strategy that passes submits nothing.
        if move or strategy is None:
            argued = argument_for(game.state, actor, move, language) if language else ""
            game.submit_move(actor, move, argued)


def play_turn(
    game: Game,
    bot_seats: Iterable[str],
    strategies: Mapping[str, Strategy] | None = None,
    language: str | None = "en",
) -> None:
    """Play the current turn to its end (the next turn's briefing, or the end of the game)."""
    seats = list(bot_seats)
    turn = game.state.turn
    while not game.state.ended and game.state.turn == turn:
        if game.state.phase is Phase.DELIBERATION:
            submit_bot_moves(game, seats, strategies, language)
            game.advance(force=True)
        else:
            game.advance()


def play(
    game: Game,
    bot_seats: Iterable[str],
    turns: int | None = None,
    after_turn: Callable[[Game, int], None] | None = None,
    strategies: Mapping[str, Strategy] | None = None,
    language: str | None = "en",
) -> None:
    """Play up to `turns` more turns (all remaining when None), calling `after_turn` each time;
    bots argue their moves in `language` (None: they do not argue)."""
    seats = list(bot_seats)
    played = 0
    while not game.state.ended and (turns is None or played < turns):
        turn = game.state.turn
        play_turn(game, seats, strategies, language)
        played += 1
        if after_turn is not None:
            after_turn(game, turn)
