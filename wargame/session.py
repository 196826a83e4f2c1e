"""The session: the one path from a command to a saved event to everyone who shows the game.

Every front end — the desktop app, the browser seat server, the headless `wargame serve` — goes
through a `Session`. It knows who gives each command (a `Principal`: the facilitator, a seat or
the automatic white cell), checks that this principal may give it now, applies it through the
engine (which saves it), runs the policy that follows (the bots move for their seats as
deliberation opens; the deliberation timer starts and stops with the phase) and tells its
listeners what changed.

Principals are issued here only: by a PIN or a seat's join link, to the facilitator who created
the game, or to the session's own white cell. A principal from another session, or one
signed out, is refused like a seat asking for another seat's move, and the refusal is logged.

One session may be used from several threads (the desktop app's and its seat server's): every
command and every read of the file holds its lock. Listeners are called after the lock is let
go, on the thread that gave the command.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from time import time
from typing import Any, Literal, NamedTuple, TypeVar

from wargame.chronicle import Chronicle
from wargame.clock import DeliberationClock
from wargame.engine import Game, Recorded
from wargame.errors import RuleError
from wargame.events import (
    ArgumentChoice,
    Event,
    HseepRating,
    ObservationModel,
    ParticipantsRecorded,
    PlanRowModel,
)
from wargame.facilitation import no_seat
from wargame.free_actions import Judgement, ProposedAction
from wargame.places import state_dir
from wargame.room import RoomKeys
from wargame.scenario import Basis, Effect, Scenario
from wargame.seats import SignInBook
from wargame.state import ChosenAction, Phase, WorldState
from wargame.store import GameFile, StoredEvent
from wargame.viewers import EVALUATOR, FACILITATOR

log = logging.getLogger(__name__)
T = TypeVar("T")

Role = Literal["facilitator", "seat", "white_cell", "evaluator"]


@dataclass(frozen=True, eq=False)
class Principal:
    """Who gives a command: the facilitator, a seat (its actor's id), the automatic white
    cell, or the evaluator (who may only evaluate: `EVALUATING`). Bots are the session's own
    policy and move through it. `device` says from where, for the seat board."""

    role: Role
    seat: str | None = None
    device: str = ""

    def __str__(self) -> str:
        who = self.role if self.seat is None else f"{self.role} {self.seat}"
        return f"{who} ({self.device})" if self.device else who


class Refused(RuleError):
    """A principal asked for what it may not do: another seat's move, a facilitator's
    command, or anything at all once signed out."""


class SignIn(NamedTuple):
    """A sign-in's outcome: the principal when the PIN (or link) was right, and the seconds the
    next try must wait."""

    principal: Principal | None
    wait: float


Aspect = Literal[
    "phase", "injects", "moves", "adjudications", "world", "observations", "presence", "clock"
]
ALL_ASPECTS: frozenset[Aspect] = frozenset(
    ("phase", "injects", "moves", "adjudications", "world", "observations", "presence", "clock")
)

_ASPECTS_OF: dict[str, frozenset[Aspect]] = {
    "turn_started": frozenset(("phase", "moves", "adjudications")),
    "phase_advanced": frozenset(("phase",)),
    "inject_released": frozenset(("injects", "world")),
    "inject_held": frozenset(("injects",)),
    "inject_edited": frozenset(("injects",)),
    "inject_added": frozenset(("injects",)),
    "move_submitted": frozenset(("moves",)),
    "argument_rated": frozenset(("moves",)),
    "action_adjudicated": frozenset(("adjudications",)),
    "incident_checked": frozenset(("adjudications",)),
    "adjudication_overridden": frozenset(("adjudications",)),
    "outcome_published": frozenset(("phase", "adjudications", "world")),
    "red_line_crossed": frozenset(("world",)),
    "forces_stood_down": frozenset(("world",)),
    "turn_ended": frozenset(("phase", "world")),
    "game_ended": frozenset(("phase",)),
    "seat_handed_over": frozenset(("moves", "presence")),
    "facilitator_undid": ALL_ASPECTS,
    "observation_recorded": frozenset(("observations",)),
    "observation_revised": frozenset(("observations",)),
    "observation_withdrawn": frozenset(("observations",)),
    "free_action_judged": frozenset(("moves",)),
    "objective_rated": frozenset(("observations",)),
    "participants_recorded": frozenset(("observations",)),
    "evaluator_pin_set": frozenset(),
    "plan_row_edited": frozenset(("observations",)),
    "counter_argued": frozenset(("moves",)),
    "estimate_given": frozenset(("moves",)),
}

EVALUATING: tuple[Role, ...] = ("facilitator", "evaluator")
"""Who may record observations, rate exercise objectives, name the participants and edit the
Improvement Plan."""


@dataclass(frozen=True)
class Change:
    """What one command (and the policy it set off) changed: its events, the log's last event
    number after it (a browser's reconnect resumes from there), and which parts of the world it
    touched, so a view redraws only those."""

    seq: int
    events: tuple[Event, ...] = ()
    aspects: frozenset[Aspect] = frozenset()
    by: Role | None = None

    def touches(self, *aspects: Aspect) -> bool:
        return not self.aspects.isdisjoint(aspects)


Listener = Callable[[Change], None]


@dataclass(frozen=True)
class Device:
    """A screen a seat is open on: the laptop, or a browser on a phone."""

    id: str
    label: str
    since: float


@dataclass
class _Presence:
    devices: dict[str, dict[str, Device]] = field(default_factory=dict)
    entered_by: dict[Principal, set[str]] = field(default_factory=dict)
    ever_joined: set[str] = field(default_factory=set)


def game_identity(game_file: GameFile) -> str:
    """A name for this game that copying or renaming its file does not change: the hash of the
    event that created it (which holds the salted PIN hashes, so no two games share it). A
    branch shares it with its parent, and so shares its wrong-PIN count and room keys."""
    created = game_file.events(upto=1)[0].event
    return hashlib.sha256(created.model_dump_json().encode()).hexdigest()[:32]


def sign_in_book(game_file: GameFile, identity: str | None = None) -> SignInBook:
    """Where the wrong PINs of `game_file`'s game are counted, by whichever app or server
    opens it, for play or for replay."""
    identity = identity or game_identity(game_file)
    return SignInBook(state_dir() / "sign-in" / f"{identity}.json")


class Session:
    """One game in play, shared by every front end that shows it."""

    def __init__(
        self,
        game_file: GameFile,
        game: Game,
        language: str = "en",
        clock: Callable[[], float] = time,
        timer_minutes: float | None = None,
    ) -> None:
        self.file = game_file
        self._game = game
        self._lock = threading.RLock()
        self._issued: set[Principal] = set()
        self._listeners: list[Listener] = []
        self._pending: list[Recorded] = []
        self._log: list[StoredEvent] = []
        self._presence = _Presence()
        self._now = clock
        self.clock = DeliberationClock()
        self._minutes = timer_minutes
        self.language = language
        """The interface's language: the bots argue in it."""
        self.free_actions = True
        """Whether seats may propose free actions: only while a facilitator is there to judge
        them (the automatic white cell judges none, and turns this off)."""
        self.identity = game_identity(game_file)
        self._book = sign_in_book(game_file, self.identity)
        self.room = RoomKeys(state_dir() / "rooms" / f"{self.identity}.json")
        game.record_with(self._record)
        self._white_cell = self._issue(Principal("white_cell"))
        self._admitted: dict[tuple[str, str], Principal] = {}
        self._follow_phase(None)

    # --- opening and closing --------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str, language: str = "en", timer_minutes: float | None = None
    ) -> Session:
        """A saved game, opened for play; nobody is signed in yet. `timer_minutes` is the
        deliberation timer for a game that sets none of its own (`wargame serve --minutes`)."""
        from wargame.replay import continue_game

        game_file, game = continue_game(path)
        return cls._around(game_file, game, language, timer_minutes)

    @classmethod
    def create(
        cls,
        path: Path | str,
        scenario: Scenario,
        seed: int,
        language: str = "en",
        timer_minutes: float | None = None,
        **options: Any,
    ) -> tuple[Session, Principal]:
        """A new game in a new file (`options` go to `Game.new`), and the principal of the
        facilitator who made it: they chose its PINs, so they need none to begin.
        `timer_minutes` is as in `open`."""
        from wargame.replay import new_game

        game_file, game = new_game(path, scenario, seed, **options)
        session = cls._around(game_file, game, language, timer_minutes)
        return session, session._issue(Principal("facilitator", device="this computer"))

    @classmethod
    def branch(
        cls,
        source: GameFile,
        event: int,
        out: Path | str,
        language: str = "en",
        people: Mapping[str, str | None] | None = None,
        bots: Iterable[str] = (),
    ) -> Session:
        """A new game from `source`'s point `event`, with seats handed to `people` or `bots`
        (see `wargame.replay.branch`). Nobody is signed in: a guarded game's branch asks for
        the facilitator's PIN like any other game opened from a file."""
        from wargame.replay import branch

        game_file, game = branch(source, event, out, people, bots)
        return cls._around(game_file, game, language)

    @classmethod
    def _around(
        cls, game_file: GameFile, game: Game, language: str, minutes: float | None = None
    ) -> Session:
        try:
            return cls(game_file, game, language, timer_minutes=minutes)
        except BaseException:
            game_file.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._issued.clear()
            self.file.close()

    @property
    def path(self) -> Path:
        return self.file.path

    # --- what anyone may read -------------------------------------------------------------

    @property
    def state(self) -> WorldState:
        return self._game.state

    @property
    def scenario(self) -> Scenario:
        return self._game.scenario

    @property
    def chronicle(self) -> Chronicle:
        return self._game.chronicle

    @property
    def game(self) -> Game:
        """The engine's game, to ask what is due or whom we wait for; commands go through the
        session's own methods."""
        return self._game

    @property
    def console_guarded(self) -> bool:
        return self._game.console_guarded

    def world(self, seat: str = FACILITATOR, language: str = "en") -> dict[str, Any]:
        """What `seat` (an actor, FACILITATOR or PUBLIC) may know now: `wargame.fog.view`."""
        from wargame.fog import view

        with self._lock:
            state, chronicle = self._game.state, self._game.chronicle
        return view(state, seat, language, chronicle)

    def seat_view(self, seat: str, language: str = "en") -> dict[str, Any]:
        """Everything `seat`'s screen shows, and nothing else: `wargame.seat_view.seat_view`."""
        from wargame.seat_view import seat_view

        with self._lock:
            state, chronicle = self._game.state, self._game.chronicle
        clock = self.clock
        shown = seat_view(
            state, seat, language, chronicle, clock.remaining(self._now()), clock.paused
        )
        shown["you"]["free_actions"] = self.free_actions
        return shown

    def log(self) -> list[StoredEvent]:
        """The game's event log so far, read from the file as it was committed."""
        with self._lock:
            after = self._log[-1].seq if self._log else 0
            self._log.extend(self.file.events(after=after))
            return list(self._log)

    def human_seats(self) -> list[str]:
        return [a for a, s in self.state.seats.items() if s.human]

    def bot_seats(self) -> list[str]:
        return [a for a, s in self.state.seats.items() if not s.human]

    # --- who is who -----------------------------------------------------------------------

    def open_console(self) -> Principal | None:
        """The facilitator's principal when the game asks no PIN for its console; None when it
        does (then `sign_in(FACILITATOR, pin)`)."""
        if self.console_guarded:
            return None
        return self._issue(Principal("facilitator", device="this computer"))

    def sign_in(self, who: str, pin: str, device: str = "") -> SignIn:
        """A seat's (or, with FACILITATOR, the facilitator's) PIN. Wrong PINs are counted per
        game and seat in a file of their own, so the wait after a few survives a restart."""
        with self._lock:
            accepted, wait = self._book.attempt(
                who, pin, lambda p: self._game.sign_in(who, p), self._now()
            )
        if not accepted:
            return SignIn(None, wait)
        role: Role = (
            "facilitator" if who == FACILITATOR else "evaluator" if who == EVALUATOR else "seat"
        )
        return SignIn(self._issue(Principal(role, who if role == "seat" else None, device)), 0.0)

    def sign_in_wait(self, who: str) -> float:
        """Seconds before `who` (a seat or FACILITATOR) may try a PIN again."""
        return self._book.wait(who, self._now())

    def join(self, seat: str, token: str, pin: str, device: str) -> SignIn:
        """A seat joining from its own device with its join link's `token`, and its PIN when
        the seat has one. A wrong token is refused outright: it is long and random, not
        guessable, and counting tries against it would let anyone lock a seat out."""
        if seat not in self.state.seats or not self.room.link_matches(seat, token):
            return SignIn(None, 0.0)
        if self.state.seats[seat].pin_hash is None:
            joined = SignIn(self._issue(Principal("seat", seat, device)), 0.0)
        else:
            joined = self.sign_in(seat, pin, device)
        if joined.principal is not None:
            # Joined by its link, the seat is played from a device even while no screen of it
            # is open (a browser with scripts off never says it is): no bot takes its move.
            with self._lock:
                self._presence.ever_joined.add(seat)
        return joined

    def seat_pass(self, principal: Principal) -> str:
        """What a seat's device keeps (in the seat server's cookie) to be admitted again
        without its PIN: signed with the room's secret, for that seat and device alone."""
        self._require(principal, "seat")
        assert principal.seat is not None
        return self.room.seat_pass(principal.seat, principal.device)

    def admit(self, seat: str, device: str, seat_pass: str) -> Principal | None:
        """The principal of a device that joined `seat` before (this run or an earlier one,
        while the room's keys stay the same), or None when `seat_pass` is not that device's.
        A device admitted again keeps its principal."""
        if seat not in self.state.seats or not self.room.pass_matches(seat, device, seat_pass):
            return None
        with self._lock:
            known = self._admitted.get((seat, device))
            if known is None or not self.valid(known):
                known = self._admitted[(seat, device)] = self._issue(
                    Principal("seat", seat, device)
                )
            self._presence.ever_joined.add(seat)
        return known

    def join_token(self, by: Principal, seat: str) -> str:
        """The secret in `seat`'s join link; only the facilitator may hand it out."""
        self._require(by, "facilitator")
        if seat not in self.state.seats:
            raise no_seat(seat)
        return self.room.link_token(seat)

    def seat_needs_pin(self, seat: str) -> bool:
        return seat in self.state.seats and self.state.seats[seat].pin_hash is not None

    def sign_out(self, principal: Principal) -> None:
        """From now on this principal is refused; its screens are left."""
        with self._lock:
            self._issued.discard(principal)
        self.leave(principal)

    def valid(self, principal: Principal) -> bool:
        return principal in self._issued

    def _issue(self, principal: Principal) -> Principal:
        with self._lock:
            self._issued.add(principal)
        return principal

    def _require(self, principal: Principal, *roles: Role) -> None:
        if principal not in self._issued:
            log.warning("Refused a command from %s: not signed in to %s", principal, self.path)
            raise Refused(
                "You are not signed in to this game any more. Sign in again.",
                "이 게임에서 로그아웃되었습니다. 다시 로그인하십시오.",
            )
        if principal.role not in roles:
            log.warning("Refused a command from %s: only %s may give it", principal, roles)
            raise Refused("Only the facilitator can do that.", "진행자만 할 수 있는 일입니다.")

    # --- presence: the seat board ---------------------------------------------------------

    def enter(self, principal: Principal, device_id: str, label: str) -> None:
        """`principal`'s seat is open on a device (a browser tab, the laptop)."""
        if principal.seat is None or not self.valid(principal):
            return
        with self._lock:
            self._presence.devices.setdefault(principal.seat, {})[device_id] = Device(
                device_id, label, self._now()
            )
            self._presence.entered_by.setdefault(principal, set()).add(device_id)
            self._presence.ever_joined.add(principal.seat)
        self._notify(Change(self.state.seq, aspects=frozenset(("presence",))))

    def leave(self, principal: Principal, device_id: str | None = None) -> None:
        """A device `principal` entered has closed the seat (every one of them, with None)."""
        if principal.seat is None:
            return
        with self._lock:
            entered = self._presence.entered_by.get(principal, set())
            gone = set(entered) if device_id is None else {device_id} & entered
            entered -= gone
            devices = self._presence.devices.get(principal.seat, {})
            left = [devices.pop(d) for d in gone if d in devices]
        if left:
            self._notify(Change(self.state.seq, aspects=frozenset(("presence",))))

    def devices(self) -> dict[str, list[Device]]:
        """The devices each seat is open on now, in the order they joined."""
        with self._lock:
            return {
                seat: sorted(found.values(), key=lambda d: d.since)
                for seat, found in self._presence.devices.items()
                if found
            }

    def ever_joined(self, seat: str) -> bool:
        """Whether anyone opened `seat` since this session began."""
        return seat in self._presence.ever_joined

    # --- listeners ------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with every `Change`; returns what stops it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, change: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(change)
            except Exception:
                # One front end's failure to redraw must not stop the others from hearing.
                log.exception("A listener failed on change %s", change)

    # --- facilitator commands -------------------------------------------------------------

    def advance(self, by: Principal, force: bool = False) -> None:
        """The one obvious next step (see `wargame.facilitation.next_step`)."""
        self._run(by, ("facilitator", "white_cell"), lambda: self._game.advance(force=force))

    def release_inject(self, by: Principal, inject_id: str) -> None:
        self._run(by, ("facilitator",), lambda: self._game.release_inject(inject_id))

    def hold_inject(self, by: Principal, inject_id: str) -> None:
        self._run(by, ("facilitator",), lambda: self._game.hold_inject(inject_id))

    def edit_inject(
        self, by: Principal, inject_id: str, title: str, body: str, audience: list[str] | None
    ) -> None:
        self._run(
            by, ("facilitator",), lambda: self._game.edit_inject(inject_id, title, body, audience)
        )

    def add_inject(
        self,
        by: Principal,
        title: str,
        body: str,
        audience: list[str] | None,
        effects: Effect | None = None,
        basis: Basis | None = None,
    ) -> str:
        return self._run(
            by,
            ("facilitator",),
            lambda: self._game.add_inject(title, body, audience, effects, basis),
        )

    def override(
        self,
        by: Principal,
        adjudication_id: int,
        success: bool,
        reason: str,
        reason_shown: bool = False,
    ) -> None:
        """The facilitator's outcome instead of the roll's; the reason stays on the record only
        unless `reason_shown`."""
        self._run(
            by,
            ("facilitator",),
            lambda: self._game.override(adjudication_id, success, reason, reason_shown),
        )

    def rate_argument(
        self,
        by: Principal,
        actor: str,
        grade: ArgumentChoice,
        reason: str,
        change: float | None = None,
    ) -> None:
        self._run(
            by, ("facilitator",), lambda: self._game.rate_argument(actor, grade, reason, change)
        )

    def judge_free_action(
        self, by: Principal, actor: str, proposal: int, judgement: Judgement
    ) -> None:
        """The facilitator's judgement of a seat's free action (see `Game.judge_free_action`);
        the automatic white cell judges none, so a game without a facilitator offers none."""
        self._run(
            by,
            ("facilitator",),
            lambda: self._game.judge_free_action(actor, proposal, judgement),
        )

    def undo(self, by: Principal) -> str:
        return self._run(by, ("facilitator",), self._game.undo)

    def record_observation(self, by: Principal, observation: ObservationModel) -> int:
        return self._run(by, EVALUATING, lambda: self._game.record_observation(observation))

    def revise_observation(
        self, by: Principal, observation_id: int, observation: ObservationModel
    ) -> None:
        self._run(
            by,
            EVALUATING,
            lambda: self._game.revise_observation(observation_id, observation),
        )

    def withdraw_observation(self, by: Principal, observation_id: int) -> None:
        self._run(by, EVALUATING, lambda: self._game.withdraw_observation(observation_id))

    def rate_objective(self, by: Principal, objective: str, rating: HseepRating | None) -> None:
        self._run(by, EVALUATING, lambda: self._game.rate_objective(objective, rating))

    def record_participants(self, by: Principal, participants: ParticipantsRecorded) -> None:
        self._run(by, EVALUATING, lambda: self._game.record_participants(participants))

    def edit_plan_row(
        self, by: Principal, row: str, fields: PlanRowModel, kept: bool = True
    ) -> None:
        self._run(by, EVALUATING, lambda: self._game.edit_plan_row(row, fields, kept))

    def set_evaluator_pin(self, by: Principal, pin: str | None) -> None:
        self._run(by, ("facilitator",), lambda: self._game.set_evaluator_pin(pin))

    def toggle_clock(self, by: Principal) -> None:
        """Pause the deliberation timer, or let it run again."""
        self._require(by, "facilitator")
        with self._lock:
            self.clock = self.clock.toggled(self._now())
        self._notify(Change(self.state.seq, aspects=frozenset(("clock",)), by=by.role))

    # --- seat commands --------------------------------------------------------------------

    def submit_move(
        self,
        by: Principal,
        actor: str,
        actions: Sequence[ChosenAction],
        argument: str,
        proposals: Sequence[ProposedAction] = (),
    ) -> None:
        """`actor`'s move, with any free actions it proposes, from that seat itself: a move
        for another seat is refused and logged, whoever asks, and so is a move for a seat a
        bot plays now (bots never propose free actions)."""
        if by.role != "seat" or by.seat != actor:
            log.warning("Refused %s's move for %s in %s", by, actor, self.path)
            raise Refused(
                "A seat can only submit its own move.", "참가석은 자기 수만 제출할 수 있습니다."
            )
        if proposals and not self.free_actions:
            raise Refused(
                "Free actions are not offered in this game: nobody is at the console to judge "
                "them.",
                "이 게임에서는 자유 행동을 제안할 수 없습니다. 판정할 진행자가 없습니다.",
            )
        seat = self.state.seats.get(actor)
        if seat is not None and not seat.human:
            raise Refused(
                "A bot plays this seat now; the facilitator can give it back to you.",
                "지금은 봇이 이 참가석을 맡고 있습니다. 진행자가 다시 넘겨줄 수 있습니다.",
            )
        self._run(
            by, ("seat",), lambda: self._game.submit_move(actor, actions, argument, proposals)
        )

    def counter_argue(
        self, by: Principal, actor: str, action: str, target: str | None, text: str
    ) -> None:
        """A seat's counter-argument in the review step, always in its own name."""
        seat = self._own_seat(by)
        self._run(
            by, ("seat",), lambda: self._game.counter_argue(seat, actor, action, target, text)
        )

    def estimate(
        self,
        by: Principal,
        actor: str,
        action: str,
        target: str | None,
        probability: float | None,
    ) -> None:
        """A probability before the roll, in the name of whoever gives it: a seat's principal
        for its seat, the facilitator's for the facilitator."""
        who = FACILITATOR if by.role == "facilitator" else self._own_seat(by)
        self._run(
            by,
            ("seat", "facilitator"),
            lambda: self._game.estimate(who, actor, action, target, probability),
        )

    def _own_seat(self, by: Principal) -> str:
        if by.role != "seat" or by.seat is None:
            log.warning("Refused %s: only a seat speaks for itself in %s", by, self.path)
            raise Refused(
                "Only a seat can do that, in its own name.",
                "참가석만 자기 이름으로 할 수 있는 일입니다.",
            )
        return by.seat

    # --- finishing early ------------------------------------------------------------------

    def hand_over(
        self,
        by: Principal,
        actor: str,
        to: Literal["bot", "person"],
        reason: str,
        pin: str | None = None,
    ) -> None:
        """A bot plays `actor`'s seat from now on, or a person again (see `Game.hand_over`)."""
        self._run(by, ("facilitator",), lambda: self._game.hand_over(actor, to, reason, pin))

    def end_exercise(self, by: Principal, reason: str) -> None:
        """End the exercise now, with the facilitator's reason on the record."""
        self._run(by, ("facilitator",), lambda: self._game.end_now(reason))

    # --- the white cell's own -------------------------------------------------------------

    @property
    def white_cell(self) -> Principal:
        """The automatic white cell's principal, for `wargame.white_cell` to act with."""
        return self._white_cell

    def bots_move_for(self, by: Principal, seats: Iterable[str]) -> None:
        """Bots take the move of each listed seat that has none yet this deliberation."""
        seats = list(seats)
        self._run(by, ("facilitator", "white_cell"), lambda: self._bots_move(seats))

    # --- the one path ---------------------------------------------------------------------

    def _run(self, by: Principal, roles: tuple[Role, ...], command: Callable[[], T]) -> T:
        recorded: list[Recorded] = []
        phase = self._game.state.phase
        try:
            with self._lock:
                self._require(by, *roles)
                phase = self._game.state.phase
                self._pending = []
                try:
                    result = command()
                    self._follow_phase(phase)
                finally:
                    recorded, self._pending = self._pending, []
        finally:
            # What was saved before a failure is part of the game all the same: say so.
            if recorded:
                self._notify(self._change(by, phase, recorded))
        return result

    def _change(self, by: Principal, phase: Phase, recorded: list[Recorded]) -> Change:
        aspects: set[Aspect] = set()
        for r in recorded:
            aspects |= _ASPECTS_OF.get(r.event.type, ALL_ASPECTS)
        if recorded[-1].state.phase is not phase:
            aspects.add("clock")
        return Change(
            recorded[-1].seq, tuple(r.event for r in recorded), frozenset(aspects), by.role
        )

    def _record(self, recorded: Sequence[Recorded]) -> None:
        self.file.record(recorded)
        self._pending.extend(recorded)

    def _follow_phase(self, before: Phase | None) -> None:
        """What follows a change of phase: bots move as soon as deliberation opens, and the
        deliberation timer runs while it is open."""
        state = self._game.state
        if state.phase is Phase.DELIBERATION:
            self._bots_move(self.bot_seats())
        if state.phase is before:
            return
        minutes = state.deliberation_minutes or self._minutes
        if state.phase is Phase.DELIBERATION and minutes:
            self.clock = DeliberationClock.started(minutes, self._now())
        else:
            self.clock = DeliberationClock()

    def _bots_move(self, seats: list[str]) -> None:
        from wargame.autoplay import submit_bot_moves

        submit_bot_moves(self._game, seats, language=self.language)
