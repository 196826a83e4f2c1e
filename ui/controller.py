"""GameController: the desktop app's adapter over the game's `wargame.session.Session`.

The session holds every rule of who may do what (and the bots, the clock, the wrong-PIN waits);
the controller holds the principals this window acts as — the facilitator at the console, the
seat signed in on the laptop — and turns the session's answers into Qt: a `UserError` becomes a
message the window shows, in the interface's language; anything else is logged as a bug (shown
once, politely); and every change the session announces, from this window or from a seat
server's thread, becomes one `changed` signal on the window's thread. The core commits each
command to the game file as it happens, so closing the window or a crash loses nothing.
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
from wargame.clock import DeliberationClock
from wargame.errors import UserError
from wargame.seats import MIN_PIN_LENGTH, SignInBook
from wargame.viewers import EVALUATOR, FACILITATOR

# The rules load with the first game, not with the start screen: they are a good part of the
# app's start-up time, and the start screen needs none of them.
if TYPE_CHECKING:
    from wargame.engine import Game
    from wargame.events import (
        ArgumentChoice,
        HseepRating,
        ObservationModel,
        ParticipantsRecorded,
        PlanRowModel,
    )
    from wargame.free_actions import Judgement, ProposedAction
    from wargame.replay import ReplaySession
    from wargame.scenario import Basis, Effect, Scenario
    from wargame.session import Change, Principal, Session
    from wargame.state import ChosenAction, WorldState
    from wargame.store import StoredEvent
    from web.server import RoomServer

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Declined(Exception):
    """This window's own refusal, in the interface's language already (through `tr`)."""


class GameController(QObject):
    changed = Signal(object)  # the session's Change, or None after a refused command
    game_opened = Signal(bool)  # True when the facilitator holds the console already
    game_closed = Signal()
    replay_opened = Signal(bool)  # True when another process is playing the game meanwhile
    failed = Signal(str)
    _heard = Signal(object)  # a Change, from whichever thread the session announced it on

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.replay: ReplaySession | None = None
        self._replay_book: SignInBook | None = None
        # Who this window acts as: the facilitator while the console is open to them, and the
        # seat signed in on the laptop.
        self.facilitator: Principal | None = None
        self.evaluator: Principal | None = None  # signed in with the evaluator's own PIN
        self.seat: Principal | None = None
        self.room: RoomServer | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._bugs_shown: set[str] = set()
        self.clock = TurnClock(self._clock, self)
        self.clock.toggle_requested.connect(self.toggle_clock)
        self._heard.connect(self._announce)
        self._language = "en"
        configure_logging()

    @property
    def language(self) -> str:
        """The interface's, set by the window: bots argue in it."""
        return self._language

    @language.setter
    def language(self, language: str) -> None:
        self._language = language
        if self.session is not None:
            self.session.language = language

    # --- what the views read --------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.session is not None

    @property
    def open_session(self) -> Session:
        assert self.session is not None, "no game is open"
        return self.session

    @property
    def game(self) -> Game:
        return self.open_session.game

    @property
    def state(self) -> WorldState:
        return self.open_session.state

    @property
    def scenario(self) -> Scenario:
        return self.open_session.scenario

    @property
    def path(self) -> Path | None:
        return self.session.path if self.session else None

    def world(self, seat: str = FACILITATOR, language: str = "en") -> dict[str, Any] | None:
        """What `seat` may know now (see `wargame.fog.view`); None when no game is open."""
        return self.session.world(seat, language) if self.session else None

    def seat_view(self, seat: str, language: str = "en") -> dict[str, Any] | None:
        """Everything `seat`'s screen shows (see `wargame.seat_view`)."""
        return self.session.seat_view(seat, language) if self.session else None

    def human_seats(self) -> list[str]:
        return self.session.human_seats() if self.session else []

    def bot_seats(self) -> list[str]:
        return self.session.bot_seats() if self.session else []

    def log(self) -> list[StoredEvent]:
        """The game's event log so far, read from the file as it was committed."""
        return self.session.log() if self.session else []

    def _clock(self) -> DeliberationClock:
        return self.session.clock if self.session else DeliberationClock()

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
        review_step: bool = False,
    ) -> bool:
        def create() -> tuple[Session, Principal | None]:
            from wargame.session import Session

            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise _Declined(
                    self.tr("The folder %1 cannot be created (%2). Choose another place.")
                    .replace("%1", str(path.parent))
                    .replace("%2", error.strerror or str(error))
                ) from None
            return Session.create(
                path,
                scenario,
                seed,
                self.language,
                humans=humans,
                moves_per_turn=moves_per_turn,
                deliberation_minutes=deliberation_minutes,
                facilitator_pin=facilitator_pin,
                min_pin_length=min_pin_length,
                review_step=review_step,
            )

        return self._open_with(f"creating {path}", create)

    def open_game(self, path: Path | str) -> bool:
        """Open a saved game for play; the game in progress stays open if this one cannot.
        Nobody holds its console until it is entered (with the PIN, where it has one)."""
        if self.session is not None and _same_file(self.session.path, Path(path)):
            self.game_opened.emit(self.facilitator is not None)
            return True
        # The database code loads only when a game is opened: it is a quarter of a second of
        # start-up that the start screen does not need.
        from wargame.session import Session

        return self._open_with(f"opening {path}", lambda: (Session.open(path, self.language), None))

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

    def branch(
        self,
        event: int,
        out: Path,
        people: dict[str, str | None] | None = None,
        bots: Sequence[str] = (),
    ) -> bool:
        """A new game from the replay's point `event`, opened for play in its place, with
        seats handed to `people` (seat: PIN, None to keep its own) or `bots`. Nobody holds its
        console: a guarded game asks for the facilitator's PIN, as any game opened from a file
        does."""
        from wargame.session import Session

        assert self.replay is not None, "branching needs a replay"
        source = self.replay.file
        return self._open_with(
            f"branching {source.path} at event {event}",
            lambda: (Session.branch(source, event, out, self.language, people, bots), None),
        )

    def _open_with(self, what: str, opener: Callable[[], tuple[Session, Principal | None]]) -> bool:
        opened = self._operation(what, opener)
        if opened is None:
            return False
        self.close()
        self.session, self.facilitator = opened
        self._unsubscribe = self.session.subscribe(self._heard.emit)
        self.clock.follow()
        self.game_opened.emit(self.facilitator is not None)
        self.changed.emit(None)
        return True

    def close(self) -> None:
        if self.replay is not None:
            self.replay.file.close()
            self.replay = None
            self._replay_book = None
            self.game_closed.emit()
        if self.session is None:
            return
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.close_room()
        session, self.session = self.session, None
        self.facilitator = self.seat = self.evaluator = None
        session.close()
        self.clock.follow()
        self.game_closed.emit()

    def _announce(self, change: Change) -> None:
        if self.session is None:
            return
        if change.touches("clock", "phase"):
            self.clock.follow()
        self.changed.emit(change)

    # --- facilitator commands -------------------------------------------------------------

    def advance(self, force: bool = False) -> bool:
        return self._as_facilitator("advancing the phase", lambda s, me: s.advance(me, force=force))

    def release_inject(self, inject_id: str) -> bool:
        return self._as_facilitator(
            f"releasing {inject_id}", lambda s, me: s.release_inject(me, inject_id)
        )

    def hold_inject(self, inject_id: str) -> bool:
        return self._as_facilitator(
            f"holding {inject_id}", lambda s, me: s.hold_inject(me, inject_id)
        )

    def edit_inject(
        self, inject_id: str, title: str, body: str, audience: list[str] | None
    ) -> bool:
        return self._as_facilitator(
            f"editing {inject_id}",
            lambda s, me: s.edit_inject(me, inject_id, title, body, audience),
        )

    def add_inject(
        self,
        title: str,
        body: str,
        audience: list[str] | None,
        effects: Effect | None = None,
        basis: Basis | None = None,
    ) -> bool:
        return self._as_facilitator(
            "adding an ad hoc inject",
            lambda s, me: s.add_inject(me, title, body, audience, effects, basis),
        )

    def override(
        self, adjudication_id: int, success: bool, reason: str, reason_shown: bool = False
    ) -> bool:
        return self._as_facilitator(
            f"overriding adjudication {adjudication_id}",
            lambda s, me: s.override(me, adjudication_id, success, reason, reason_shown),
        )

    def rate_argument(
        self, actor: str, grade: ArgumentChoice, reason: str, change: float | None = None
    ) -> bool:
        return self._as_facilitator(
            f"rating {actor}'s argument",
            lambda s, me: s.rate_argument(me, actor, grade, reason, change),
        )

    def judge_free_action(self, actor: str, proposal: int, judgement: Judgement) -> bool:
        return self._as_facilitator(
            f"judging {actor}'s free action {proposal + 1}",
            lambda s, me: s.judge_free_action(me, actor, proposal, judgement),
        )

    def undo(self) -> bool:
        return self._as_facilitator("undoing the last facilitator action", lambda s, me: s.undo(me))

    def record_observation(self, observation: ObservationModel) -> bool:
        return self._as_evaluator(
            "recording an observation", lambda s, me: s.record_observation(me, observation)
        )

    def revise_observation(self, observation_id: int, observation: ObservationModel) -> bool:
        return self._as_evaluator(
            f"revising observation {observation_id}",
            lambda s, me: s.revise_observation(me, observation_id, observation),
        )

    def withdraw_observation(self, observation_id: int) -> bool:
        return self._as_evaluator(
            f"withdrawing observation {observation_id}",
            lambda s, me: s.withdraw_observation(me, observation_id),
        )

    def rate_objective(self, objective: str, rating: HseepRating | None) -> bool:
        return self._as_evaluator(
            f"rating exercise objective {objective}",
            lambda s, me: s.rate_objective(me, objective, rating),
        )

    def record_participants(self, participants: ParticipantsRecorded) -> bool:
        return self._as_evaluator(
            "recording the participants", lambda s, me: s.record_participants(me, participants)
        )

    def edit_plan_row(self, row: str, fields: PlanRowModel, kept: bool) -> bool:
        return self._as_evaluator(
            f"editing the Improvement Plan's row {row}",
            lambda s, me: s.edit_plan_row(me, row, fields, kept),
        )

    def set_evaluator_pin(self, pin: str | None) -> bool:
        return self._as_facilitator(
            "setting the evaluator's PIN", lambda s, me: s.set_evaluator_pin(me, pin)
        )

    def hand_over(self, actor: str, to_person: bool, reason: str, pin: str | None) -> bool:
        return self._as_facilitator(
            f"handing {actor} over",
            lambda s, me: s.hand_over(me, actor, "person" if to_person else "bot", reason, pin),
        )

    def end_exercise(self, reason: str) -> bool:
        return self._as_facilitator(
            "ending the exercise now", lambda s, me: s.end_exercise(me, reason)
        )

    def toggle_clock(self) -> bool:
        return self._as_facilitator("pausing the clock", lambda s, me: s.toggle_clock(me))

    # --- who this window acts as ----------------------------------------------------------

    @property
    def console_guarded(self) -> bool:
        return self.session is not None and self.session.console_guarded

    @property
    def holds_console(self) -> bool:
        """Whether this window may show the console: the facilitator created the game here,
        gave the PIN, or the game asks none."""
        if self.session is None:
            return False
        if self.facilitator is None or not self.session.valid(self.facilitator):
            self.facilitator = self.session.open_console()
        return self.facilitator is not None

    def leave_console(self) -> None:
        """The facilitator walks away (to the seats): a guarded console needs the PIN again."""
        if self.session is not None and self.facilitator is not None and self.console_guarded:
            self.session.sign_out(self.facilitator)
            self.facilitator = None

    def sign_in(self, actor: str, pin: str) -> tuple[bool, float]:
        """Whether `pin` is `actor`'s (or the facilitator's "facilitator"), and the seconds the
        next try must wait; nothing is written to the game either way. The right PIN makes this
        window act as that seat (or the facilitator) until it signs out."""
        session = self.open_session
        principal, wait = session.sign_in(actor, pin, device=self.tr("this computer"))
        if principal is None:
            return False, wait
        if actor == FACILITATOR:
            self.facilitator = principal
        elif actor == EVALUATOR:
            self.evaluator = principal
        else:
            self.sign_out_seat()
            self.seat = principal
            session.enter(principal, "laptop", self.tr("this computer"))
        return True, 0.0

    def sign_in_wait(self, actor: str) -> float:
        """Seconds before `actor` (or "facilitator") may try a PIN again."""
        if self.session is not None:
            return self.session.sign_in_wait(actor)
        return self._replay_sign_in_book().wait(actor, time())

    def sign_out_evaluator(self) -> None:
        if self.session is not None and self.evaluator is not None:
            self.session.sign_out(self.evaluator)
        self.evaluator = None

    def sign_out_seat(self) -> None:
        if self.session is not None and self.seat is not None:
            self.session.sign_out(self.seat)
        self.seat = None

    def replay_sign_in(self, pin: str) -> tuple[bool, float]:
        """The facilitator's PIN for the game in replay, tried like any other and counted with
        the same game's wrong tries."""
        from wargame.seats import pin_matches

        assert self.replay is not None
        stored = self.replay.state(self.replay.last).facilitator_pin_hash
        return self._replay_sign_in_book().attempt(
            FACILITATOR, pin, lambda p: bool(stored and pin_matches(p, stored)), time()
        )

    def _replay_sign_in_book(self) -> SignInBook:
        from wargame.session import sign_in_book

        assert self.replay is not None, "no game is open"
        if self._replay_book is None:
            self._replay_book = sign_in_book(self.replay.file)
        return self._replay_book

    # --- seats on the players' own devices ------------------------------------------------

    def open_room(self, host: str, port: int) -> bool:
        """Open the game's seats to browsers on `host`:`port` (0: any free port)."""

        def start() -> RoomServer:
            from web.server import RoomServer

            if not self.holds_console or self.facilitator is None:
                raise _Declined(self.tr("Only the facilitator can open the seats to the room."))
            server = RoomServer(self.open_session, host, port, self.language)
            server.start()
            return server

        self.close_room()
        server = self._operation(f"opening seats on {host}:{port}", start)
        self.room = server
        self.changed.emit(None)
        return server is not None

    def close_room(self) -> None:
        """Close the seat server: every browser seat is disconnected; the game goes on here."""
        room, self.room = self.room, None
        if room is not None:
            room.stop()
            self.changed.emit(None)

    def seat_link(self, seat: str) -> str | None:
        """The join link of `seat` while the room is open; only the facilitator may ask."""
        room, me = self.room, self.facilitator
        if room is None or me is None:
            return None
        return self._operation(f"making {seat}'s join link", lambda: room.seat_link(me, seat))

    def devices(self) -> dict[str, list[str]]:
        """The labels of the devices each seat is open on now."""
        if self.session is None:
            return {}
        return {seat: [d.label for d in found] for seat, found in self.session.devices().items()}

    # --- seat commands --------------------------------------------------------------------

    def submit_move(
        self,
        actor: str,
        actions: Sequence[ChosenAction],
        argument: str,
        proposals: Sequence[ProposedAction] = (),
    ) -> bool:
        """`actor`'s move, with any free actions it proposes, from the seat signed in on this
        laptop."""

        def submit(session: Session) -> None:
            if self.seat is None:
                raise _Declined(self.tr("Sign in to the seat first."))
            session.submit_move(self.seat, actor, actions, argument, proposals)

        return self._command(f"submitting {actor}'s move", submit)

    def counter_argue(self, actor: str, action: str, target: str | None, text: str) -> bool:
        """The signed-in seat's counter-argument in the review step."""

        def send(session: Session) -> None:
            if self.seat is None:
                raise _Declined(self.tr("Sign in to the seat first."))
            session.counter_argue(self.seat, actor, action, target, text)

        return self._command(f"counter-arguing {actor}'s {action}", send)

    def estimate(
        self, actor: str, action: str, target: str | None, probability: float | None
    ) -> bool:
        """The signed-in seat's odds for an action, before the roll."""

        def give(session: Session) -> None:
            if self.seat is None:
                raise _Declined(self.tr("Sign in to the seat first."))
            session.estimate(self.seat, actor, action, target, probability)

        return self._command(f"estimating {actor}'s {action}", give)

    def estimate_as_facilitator(
        self, actor: str, action: str, target: str | None, probability: float | None
    ) -> bool:
        """The facilitator's own odds for an action, given at the console before the roll."""
        return self._as_facilitator(
            f"estimating {actor}'s {action}",
            lambda s, me: s.estimate(me, actor, action, target, probability),
        )

    # --- the one helper -------------------------------------------------------------------

    def _as_facilitator(self, what: str, call: Callable[[Session, Principal], object]) -> bool:
        def command(session: Session) -> object:
            if not self.holds_console or self.facilitator is None:
                raise _Declined(
                    self.tr("Only the facilitator can do that: open the console first.")
                )
            return call(session, self.facilitator)

        return self._command(what, command)

    def _as_evaluator(self, what: str, call: Callable[[Session, Principal], object]) -> bool:
        """An evaluation command, from the facilitator at the console or the evaluator signed
        in with their own PIN."""

        def command(session: Session) -> object:
            if self.holds_console and self.facilitator is not None:
                return call(session, self.facilitator)
            if self.evaluator is not None:
                return call(session, self.evaluator)
            raise _Declined(
                self.tr("Only the facilitator or the evaluator can do that: sign in first.")
            )

        return self._command(what, command)

    def _command(self, what: str, call: Callable[[Session], object]) -> bool:
        if self.session is None:
            self.failed.emit(self.tr("Open or start a game first."))
            return False
        session = self.session
        done = self._operation(what, lambda: call(session) or True)
        if not done:
            self.changed.emit(None)  # a refused command may leave a form to put back as it was
        return bool(done)

    def _operation(self, what: str, call: Callable[[], T]) -> T | None:
        try:
            return call()
        except UserError as error:
            self.failed.emit(error.text(self.language))
        except _Declined as declined:
            self.failed.emit(str(declined))
        except Exception as error:
            session = self.session
            where = f"{session.path}, event {session.state.seq}" if session else "no game"
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


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False
