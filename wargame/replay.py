"""Seeking through a saved game — the world at any event, command or turn end — and branching a
new game from any point of it.

Seeking starts from the nearest snapshot and folds only the events after it, so the cost does
not grow with the length of the game. Replay never re-rolls: the dice are in the log.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from wargame.chronicle import Chronicle, extended
from wargame.engine import Game, Recorded, apply, start
from wargame.errors import UserError
from wargame.events import GameCreated, TurnStarted
from wargame.file_checks import without_log
from wargame.fog import view
from wargame.scenario import Scenario
from wargame.state import WorldState
from wargame.store import GameFile, Lineage, StoredEvent


def state_at(game: GameFile, event: int | None = None) -> WorldState:
    """The world right after event number `event` (the latest event when None)."""
    upto = game.last_seq() if event is None else _existing(game, event)
    state = game.snapshot(upto=upto)
    if state is None:
        created = game.events(upto=1)
        if not created or not isinstance(created[0].event, GameCreated):
            raise without_log(game.path)
        state = start(game.scenario, created[0].event)
    for stored in game.events(after=state.seq, upto=upto):
        state = apply(state, stored.event)
    return state


def _existing(game: GameFile, event: int) -> int:
    last = game.last_seq()
    if not 1 <= event <= last:
        raise UserError(
            f"{game.path} has events 1 to {last}; there is no event {event}.",
            f"{game.path}의 사건은 1번부터 {last}번까지입니다. {event}번 사건은 없습니다.",
        )
    return event


def command_ends(game: GameFile) -> list[int]:
    """The event after which each command is complete: the points a replay steps through, so
    that it never shows half of one (an adjudication without its other actions, say)."""
    starts = game.commands()
    return [following - 1 for following in starts[1:]] + ([game.last_seq()] if starts else [])


def turn_begins(game: GameFile, turn: int) -> int:
    """The step end at which turn `turn` begins, before anything in it happens: where a branch
    "from turn N" starts."""
    started = next(
        (s.seq for s in game.events() if isinstance(s.event, TurnStarted) and s.event.turn == turn),
        None,
    )
    if started is None:
        raise _no_turn(game, state_at(game).turn, turn)
    return next(end for end in command_ends(game) if end >= started)


def state_after_turn(game: GameFile, turn: int) -> WorldState:
    """The world as turn `turn` ended, or as it stands if that turn is still being played."""
    end = game.turn_end(turn)
    if end is not None:
        return state_at(game, end)
    latest = state_at(game)
    if turn == latest.turn:
        return latest
    raise _no_turn(game, latest.turn, turn)


def _no_turn(game: GameFile, last: int, turn: int) -> UserError:
    return UserError(
        f"{game.path} has turns 1 to {last}; there is no turn {turn}.",
        f"{game.path}의 턴은 1턴부터 {last}턴까지입니다. {turn}턴은 없습니다.",
    )


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


def branch(
    source: GameFile,
    event: int,
    out: Path | str,
    people: Mapping[str, str | None] | None = None,
    bots: Iterable[str] = (),
) -> tuple[GameFile, Game]:
    """A new game at `out` whose log is `source`'s up to the command that ends at `event`,
    opened for play: what-if from there. The new file names its parent and the event.

    A debrief can replay a decision with other players: each seat in `people` is played by a
    person from the branch on (with this PIN; None keeps the seat's own), each in `bots` by a
    bot. The changes are the branch's first events, on the record like any change of player;
    a change the game refuses (a PIN too short, a seat a bot plays already) leaves no file."""
    ends = command_ends(source)
    if _existing(source, event) not in ends:
        after = bisect_right(ends, event)  # the event exists, so a step ends after it
        nearest = [str(ends[i]) for i in (after - 1, after) if i >= 0]
        raise UserError(
            f"A branch starts after a whole command; event {event} of {source.path} is in the "
            f"middle of one. Choose the end of a step: event {' or '.join(nearest)}.",
            f"새 게임은 명령 하나가 끝난 뒤에서만 갈라집니다. {source.path}의 {event}번 사건은 "
            f"명령의 중간에 있습니다. 단계가 끝나는 {' 또는 '.join(nearest)}번 사건을 "
            "고르십시오.",
        )
    events = source.events(upto=event)
    created = events[0].event
    if not isinstance(created, GameCreated):
        raise without_log(source.path)
    state = start(source.scenario, created)
    starts = set(source.commands(upto=event))
    opening = [Recorded(1, 0, created, state, command=1)]
    command = 1
    for stored in events[1:]:
        state = apply(state, stored.event)
        command = stored.seq if stored.seq in starts else command
        opening.append(Recorded(stored.seq, stored.turn, stored.event, state, command=command))
    game = Game(state, chronicle=extended((), opening))
    opening.extend(_change_players(game, event, people or {}, bots))
    lineage = Lineage(str(source.path.resolve()), event)
    game_file = GameFile.create(out, source.scenario, source.seed, opening, lineage)
    game.record_with(game_file.record)
    return game_file, game


def _change_players(
    game: Game, event: int, people: Mapping[str, str | None], bots: Iterable[str]
) -> list[Recorded]:
    """The events that hand the branch's seats over, each a command of its own."""
    handed: list[Recorded] = []
    game.record_with(handed.extend)
    reason = f"what-if: branched after event {event}"
    for actor in bots:
        game.hand_over(actor, "bot", reason)
    for actor, pin in people.items():
        game.hand_over(actor, "person", reason, pin)
    return [r._replace(command=r.seq) for r in handed]


class ReplaySession:
    """A saved game opened for study: the points it can be seen at (the end of each command),
    where each turn begins, and the world at any point, as any seat saw it.

    It reads the log and the turn records once and keeps recent worlds, so scrubbing back and
    forth costs a snapshot and a few events at most; `refresh` picks up the events of a game
    another process is still playing.
    """

    CACHED = 64

    def __init__(self, game_file: GameFile) -> None:
        self.file = game_file
        self.scenario = game_file.scenario
        self._states: OrderedDict[int, WorldState] = OrderedDict()
        self.events: list[StoredEvent] = []
        self.steps: list[int] = []
        self._ends: list[int] = []
        self._records: Chronicle = ()
        self.refresh()

    def refresh(self) -> bool:
        """Read what was added since; whether anything was."""
        last = self.events[-1].seq if self.events else 0
        new = self.file.events(after=last)
        if not new and self.events:
            return False
        self.events.extend(new)
        self.steps = command_ends(self.file)
        self._records = self.file.chronicle()
        self._ends = [e.seq for e in self.events if e.event.type == "turn_ended"]
        return True

    @property
    def last(self) -> int:
        return self.events[-1].seq if self.events else 0

    def turn_starts(self) -> dict[int, int]:
        """The first step of each turn: where the scrubber marks turns."""
        marks: dict[int, int] = {}
        for index, seq in enumerate(self.steps):
            marks.setdefault(self.events[seq - 1].turn, index)
        return marks

    def state(self, seq: int) -> WorldState:
        if seq in self._states:
            self._states.move_to_end(seq)
            return self._states[seq]
        state = state_at(self.file, seq)
        self._states[seq] = state
        if len(self._states) > self.CACHED:
            self._states.popitem(last=False)
        return state

    def chronicle(self, seq: int) -> Chronicle:
        """The records of the turns that had ended by event `seq`."""
        return self._records[: bisect_right(self._ends, seq)]

    def world(self, seq: int, seat: str, language: str = "en") -> dict[str, Any]:
        """What `seat` knew right after event `seq` (see `wargame.fog.view`)."""
        return view(self.state(seq), seat, language, self.chronicle(seq))
