"""GameController: the one path from a click to a committed event to a redraw.

Every command goes through `_operation`: run the core call, turn a `UserError` into a message the
window shows, log anything else as a bug (shown once, politely), let the bots take their seats'
moves, then emit `changed`. The core commits each command to the game file as it happens, so
closing the window or a crash loses nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from time import time
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ui.error_log import configure_logging
from ui.settings import log_file
from ui.turn_clock import TurnClock
from wargame.errors import UserError
from wargame.seats import MIN_PIN_LENGTH, SignInAttempts, pin_matches
from wargame.viewers import FACILITATOR

# The rules load with the first game, not with the start screen: they are a good part of the
# app's start-up time, and the start screen needs none of them.
if TYPE_CHECKING:
    from wargame.engine import Game
    from wargame.events import ArgumentChoice, ObservationModel
    from wargame.replay import ReplaySession
    from wargame.scenario import Scenario
    from wargame.state import ChosenAction, Phase, WorldState
    from wargame.store import GameFile, StoredEvent

log = logging.getLogger(__name__)
T = TypeVar("T")


class GameController(QObject):
    changed = Signal()
    game_opened = Signal(bool)  # True when the game was just created here, by the facilitator
    game_closed = Signal()
    replay_opened = Signal(bool)  # True when another process is playing the game meanwhile
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file: GameFile | None = None
        self._game: Game | None = None
        self.replay: ReplaySession | None = None
        self._log: list[StoredEvent] = []
        self._bugs_shown: set[str] = set()
        # Wrong PINs are counted per game file for as long as the app runs, so closing and
        # reopening a game does not reset the wait.
        self._attempts: dict[Path, SignInAttempts] = {}
        self.clock = TurnClock(self)
        self.language = "en"  # the interface's, set by the window: bots argue in it
        configure_logging()

    # --- what the views read --------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._game is not None

    @property
    def game(self) -> Game:
        assert self._game is not None, "no game is open"
        return self._game

    @property
    def state(self) -> WorldState:
        return self.game.state

    @property
    def scenario(self) -> Scenario:
        return self.game.scenario

    @property
    def path(self) -> Path | None:
        return self._file.path if self._file else None

    def world(self, seat: str = FACILITATOR, language: str = "en") -> dict[str, Any] | None:
        """What `seat` may know now (see `wargame.fog.view`); None when no game is open."""
        if self._game is None:
            return None
        from wargame.fog import view

        return view(self._game.state, seat, language, self._game.chronicle)

    def human_seats(self) -> list[str]:
        return [a for a, s in self.state.seats.items() if s.human] if self._game else []

    def bot_seats(self) -> list[str]:
        return [a for a, s in self.state.seats.items() if not s.human] if self._game else []

    def log(self) -> list[StoredEvent]:
        """The game's event log so far, read from the file as it was committed."""
        if self._file is not None:
            after = self._log[-1].seq if self._log else 0
            self._log.extend(self._file.events(after=after))
        return self._log

    # --- opening and closing --------------------------------------------------------------

    def new_game(
        self,
        path: Path,
        scenario: Scenario,
        seed: int,
        humans: dict[str, str],
        moves_per_turn: int | None = None,
        deliberation_minutes: int | None = None,
        facilitator_pin: str | None = None,
        min_pin_length: int = MIN_PIN_LENGTH,
    ) -> bool:
        def create() -> tuple[GameFile, Game]:
            from wargame.replay import new_game

            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise UserError(
                    self.tr("The folder %1 cannot be created (%2). Choose another place.")
                    .replace("%1", str(path.parent))
                    .replace("%2", error.strerror or str(error))
                ) from None
            return new_game(
                path,
                scenario,
                seed,
                humans=humans,
                moves_per_turn=moves_per_turn,
                deliberation_minutes=deliberation_minutes,
                facilitator_pin=facilitator_pin,
                min_pin_length=min_pin_length,
            )

        return self._open_with(f"creating {path}", create, created=True)

    def open_game(self, path: Path | str) -> bool:
        """Open a saved game for play; the game in progress stays open if this one cannot."""
        if self._file is not None and _same_file(self._file.path, Path(path)):
            self.game_opened.emit(False)
            return True
        # The database code loads only when a game is opened: it is a quarter of a second of
        # start-up that the start screen does not need.
        from wargame.replay import continue_game

        return self._open_with(f"opening {path}", lambda: continue_game(path), created=False)

    def open_replay(self, path: Path | str) -> bool:
        """Open a saved game to study it: read-only, never changing its file; a game that
        another process is playing is followed as it goes."""
        from wargame.file_checks import being_played
        from wargame.replay import ReplaySession
        from wargame.store import GameFile

        def open_session() -> tuple[ReplaySession, bool]:
            live = being_played(Path(path))
            game_file = GameFile.open(path)
            try:
                return ReplaySession(game_file), live
            except BaseException:
                game_file.close()
                raise

        opened = self._operation(f"opening {path} for replay", open_session)
        if opened is None:
            return False
        self.close()
        self.replay, live = opened
        self.replay_opened.emit(live)
        return True

    def branch(self, event: int, out: Path) -> bool:
        """A new game from the replay's point `event`, opened for play in its place."""
        from wargame.replay import branch

        assert self.replay is not None, "branching needs a replay"
        source = self.replay.file
        return self._open_with(
            f"branching {source.path} at event {event}",
            lambda: branch(source, event, out),
            created=True,
        )

    def _open_with(
        self, what: str, opener: Callable[[], tuple[GameFile, Game]], created: bool
    ) -> bool:
        opened = self._operation(what, opener)
        if opened is None:
            return False
        self.close()
        self._file, self._game = opened
        self._after_change()
        self.game_opened.emit(created)
        self.changed.emit()
        return True

    def close(self) -> None:
        if self.replay is not None:
            self.replay.file.close()
            self.replay = None
            self.game_closed.emit()
        if self._file is None:
            return
        self._file.close()
        self._file = self._game = None
        self._log = []
        self.clock.stop()
        self.game_closed.emit()

    # --- facilitator commands -------------------------------------------------------------

    def advance(self, force: bool = False) -> bool:
        return self._command("advancing the phase", lambda: self.game.advance(force=force))

    def release_inject(self, inject_id: str) -> bool:
        return self._command(f"releasing {inject_id}", lambda: self.game.release_inject(inject_id))

    def hold_inject(self, inject_id: str) -> bool:
        return self._command(f"holding {inject_id}", lambda: self.game.hold_inject(inject_id))

    def edit_inject(
        self, inject_id: str, title: str, body: str, audience: list[str] | None
    ) -> bool:
        return self._command(
            f"editing {inject_id}",
            lambda: self.game.edit_inject(inject_id, title, body, audience),
        )

    def add_inject(self, title: str, body: str, audience: list[str] | None) -> bool:
        return self._command(
            "adding an ad hoc inject", lambda: self.game.add_inject(title, body, audience)
        )

    def override(
        self, adjudication_id: int, success: bool, reason: str, reason_shown: bool = False
    ) -> bool:
        return self._command(
            f"overriding adjudication {adjudication_id}",
            lambda: self.game.override(adjudication_id, success, reason, reason_shown),
        )

    def rate_argument(
        self, actor: str, grade: ArgumentChoice, reason: str, change: float | None = None
    ) -> bool:
        return self._command(
            f"rating {actor}'s argument",
            lambda: self.game.rate_argument(actor, grade, reason, change),
        )

    def undo(self) -> bool:
        return self._command("undoing the last facilitator action", self.game.undo)

    def record_observation(self, observation: ObservationModel) -> bool:
        return self._command(
            "recording an observation", lambda: self.game.record_observation(observation)
        )

    def revise_observation(self, observation_id: int, observation: ObservationModel) -> bool:
        return self._command(
            f"revising observation {observation_id}",
            lambda: self.game.revise_observation(observation_id, observation),
        )

    def withdraw_observation(self, observation_id: int) -> bool:
        return self._command(
            f"withdrawing observation {observation_id}",
            lambda: self.game.withdraw_observation(observation_id),
        )

    # --- seat commands --------------------------------------------------------------------

    @property
    def console_guarded(self) -> bool:
        return self._game is not None and self._game.console_guarded

    def sign_in(self, actor: str, pin: str) -> tuple[bool, float]:
        """Whether `pin` is `actor`'s (or the facilitator's "facilitator"), and the seconds the
        next try must wait; nothing is written to the game either way."""
        game = self.game
        return self._sign_in_attempts().attempt(
            actor, pin, lambda p: game.sign_in(actor, p), time()
        )

    def sign_in_wait(self, actor: str) -> float:
        """Seconds before `actor` (or "facilitator") may try a PIN again."""
        return self._sign_in_attempts().wait(actor, time())

    def replay_sign_in(self, pin: str) -> tuple[bool, float]:
        """The facilitator's PIN for the game in replay, tried like any other."""
        assert self.replay is not None
        stored = self.replay.state(self.replay.last).facilitator_pin_hash
        return self._sign_in_attempts().attempt(
            FACILITATOR, pin, lambda p: bool(stored and pin_matches(p, stored)), time()
        )

    def _sign_in_attempts(self) -> SignInAttempts:
        path = self._file.path if self._file else self.replay.file.path if self.replay else None
        assert path is not None, "no game is open"
        return self._attempts.setdefault(path.resolve(), SignInAttempts())

    def submit_move(self, actor: str, actions: Sequence[ChosenAction], argument: str) -> bool:
        return self._command(
            f"submitting {actor}'s move",
            lambda: self.game.submit_move(actor, actions, argument),
        )

    # --- the one helper -------------------------------------------------------------------

    def _command(self, what: str, call: Callable[[], object]) -> bool:
        if self._game is None:
            self.failed.emit(self.tr("Open or start a game first."))
            return False
        phase = self._game.state.phase
        done = self._operation(what, lambda: call() or True)
        if done:
            self._after_change(phase)
        self.changed.emit()
        return bool(done)

    def _operation(self, what: str, call: Callable[[], T]) -> T | None:
        try:
            return call()
        except UserError as error:
            self.failed.emit(str(error))
        except Exception as error:
            where = f"{self._file.path}, event {self._game.state.seq}" if self._game else "no game"
            log.exception("Unexpected error while %s (%s)", what, where)
            signature = f"{type(error).__name__}: {error}"
            if signature not in self._bugs_shown:
                self._bugs_shown.add(signature)
                self.failed.emit(
                    self.tr(
                        "Sorry, something unexpected went wrong. Your game is safe: every step "
                        "before this one is saved in the game file.\n\nThe details were written "
                        "to %1. Please send that file to whoever looks after Peninsula here."
                    ).replace("%1", str(log_file()))
                )
        return None

    def _after_change(self, phase_before: Phase | None = None) -> None:
        """Bots move as soon as deliberation opens; the clock follows the phase."""
        from wargame.state import Phase

        state = self.game.state
        if state.phase is Phase.DELIBERATION:
            self._operation("submitting the bots' moves", self._bots_move)
        if state.phase is phase_before:
            return
        minutes = state.deliberation_minutes
        if state.phase is Phase.DELIBERATION and minutes:
            self.clock.start(minutes)
        else:
            self.clock.stop()

    def _bots_move(self) -> None:
        from wargame.autoplay import submit_bot_moves

        submit_bot_moves(self.game, self.bot_seats(), language=self.language)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False
