"""The automatic white cell: a facilitator's routine, for a game with nobody at the console.

It releases what is due and opens deliberation; closes deliberation once every seat has moved
or the timer has run out — a bot then takes the move of each seat nobody ever joined, and a
joined seat that did not move is adjudicated without one; accepts every proposed outcome,
publishes it and opens the next turn. It judges no free action, so its seats are offered none.
`wargame serve` runs it; it acts only through its session, like any other principal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from time import time

from wargame.errors import UserError
from wargame.session import Change, Session
from wargame.state import Phase

log = logging.getLogger(__name__)


class AutoWhiteCell:
    """Moves `session`'s game on whenever it can; `step` is called after every change and by
    the caller's timer (for the deliberation clock)."""

    def __init__(self, session: Session, now: Callable[[], float] = time) -> None:
        self.session = session
        # It judges no free action, so the seats are offered none.
        session.free_actions = False
        self._now = now
        self._stepping = threading.Lock()
        self._asked = False
        self._unsubscribe = session.subscribe(self._changed)

    def stop(self) -> None:
        self._unsubscribe()

    def _changed(self, change: Change) -> None:
        if change.by != "white_cell":
            self.step()

    def step(self) -> None:
        """Take every step that is due now, then return. A step asked for while another is
        under way (its own changes coming back, or a seat's move on another thread) is taken by
        the one under way, which looks again before it lets go."""
        self._asked = True
        while self._asked and self._stepping.acquire(blocking=False):
            try:
                self._asked = False
                while self._next():
                    pass
            except UserError as error:
                # The game says no (another front end moved it on meanwhile, say): wait for
                # the next change or tick rather than insist.
                log.info("The white cell waits: %s", error)
            finally:
                self._stepping.release()

    def _next(self) -> bool:
        """Take one step if one is due; whether it did."""
        session, cell = self.session, self.session.white_cell
        state = session.state
        if state.phase is Phase.ENDED:
            return False
        if state.phase is Phase.DELIBERATION:
            waiting = session.game.waiting_for()
            if waiting and not session.clock.expired(self._now()):
                return False
            absent = [seat for seat in waiting if not session.ever_joined(seat)]
            if absent:
                session.bots_move_for(cell, absent)
            session.advance(cell, force=True)
            return True
        session.advance(cell)
        return True
