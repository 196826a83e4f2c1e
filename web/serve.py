"""`wargame serve`: a game's seats in the players' browsers, with nobody at a laptop.

It continues the game (or starts it from a scenario, every seat open to its link with no PIN),
prints each seat's join link, and lets the automatic white cell run the game: it releases the
injects, opens and closes deliberation (when every seat has moved or the timer runs out; a bot
moves for each seat nobody joined), adjudicates and publishes. Ctrl+C or SIGTERM stops it, and
the game file is closed as it stands: every move made so far is in it.
"""

from __future__ import annotations

import getpass
import logging
import secrets
import signal
import sys
import threading
from pathlib import Path

from wargame.errors import UserError
from wargame.scenario_file import load_scenario
from wargame.session import Principal, Session
from wargame.viewers import FACILITATOR
from wargame.white_cell import AutoWhiteCell
from web.server import RoomServer

TICK = 1.0
"""Seconds between looks at the deliberation clock."""


def serve(
    game: Path,
    scenario_name: str,
    seed: int | None,
    host: str,
    port: int,
    minutes: float,
    language: str,
) -> int:
    if not 0 < minutes <= 24 * 60:
        raise UserError(
            "--minutes must be more than 0 and at most a day (1440).",
            "--minutes는 0보다 크고 하루(1440) 이하여야 합니다.",
        )
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="wargame serve: %(message)s")
    session, facilitator = _session(game, scenario_name, seed, minutes, language)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    server = RoomServer(session, host, port, language)
    white_cell: AutoWhiteCell | None = None
    try:
        server.start()
        for seat in session.human_seats():
            print(f"{seat} {server.seat_link(facilitator, seat)}", flush=True)
        print(f"Serving {session.path} at {server.url}; Ctrl+C stops.", file=sys.stderr)
        white_cell = AutoWhiteCell(session)
        _run(session, white_cell, stop)
    finally:
        if white_cell is not None:
            white_cell.stop()
        server.stop()
        session.close()
    print("Stopped; everything played so far is saved.", file=sys.stderr)
    return 0


def _run(session: Session, white_cell: AutoWhiteCell, stop: threading.Event) -> None:
    """Move the game on until told to stop; the seats keep their pages after the end."""
    ended = False
    white_cell.step()
    while not stop.wait(TICK):
        white_cell.step()
        if session.state.ended and not ended:
            ended = True
            view = session.seat_view(session.state.scenario.actor_ids[0], session.language)
            print(
                f"The exercise has ended: {view['room']['ending']['name']}. "
                "The seats can still read their results.",
                file=sys.stderr,
                flush=True,
            )


def _session(
    game: Path, scenario_name: str, seed: int | None, minutes: float, language: str
) -> tuple[Session, Principal]:
    if game.exists():
        session = Session.open(game, language, timer_minutes=minutes)
        try:
            return session, _console(session)
        except BaseException:
            session.close()
            raise
    scenario = load_scenario(scenario_name)
    return Session.create(
        game,
        scenario,
        seed if seed is not None else secrets.randbelow(2**31),
        language,
        timer_minutes=minutes,
        humans=dict.fromkeys(scenario.actor_ids),
    )


def _console(session: Session) -> Principal:
    """The facilitator's principal, to hand out the links: a guarded game asks its PIN."""
    facilitator = session.open_console()
    if facilitator is not None:
        return facilitator
    if not sys.stdin.isatty():
        raise UserError(
            f"{session.path} asks the facilitator's PIN: run wargame serve in a terminal.",
            f"{session.path} 게임은 진행자 PIN을 묻습니다. wargame serve를 터미널에서 "
            "실행하십시오.",
        )
    signed = session.sign_in(FACILITATOR, getpass.getpass("Facilitator PIN: "), "wargame serve")
    if signed.principal is None:
        seconds = int(signed.wait + 0.999)
        wait, wait_ko = (
            (f"; wait {seconds} s before the next try.", f" {seconds}초 뒤에 다시 시도하십시오.")
            if seconds
            else (".", "")
        )
        raise UserError(
            f"That is not the facilitator's PIN of {session.path}{wait}",
            f"{session.path}의 진행자 PIN이 아닙니다.{wait_ko}",
        )
    return signed.principal
