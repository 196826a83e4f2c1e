"""Live updates: after every change to the game, each open seat page is sent the fragments of
its own view that changed, over Server-Sent Events.

The session calls us on whichever thread committed the change; each stream lives on the
server's event loop and is woken there. A stream renders its seat's view afresh and compares it,
fragment by fragment, with what it last sent that device: a change a seat cannot see changes
none of its fragments, so nothing at all is sent to it. The event id is the log's event number,
so a browser that reconnects (`Last-Event-ID`) is sent everything at once if it missed anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from collections.abc import AsyncIterator, Callable, Collection
from dataclasses import dataclass

from anyio import to_thread

from wargame.session import Change, Principal, Session
from web.pages import FRAGMENTS, touched

log = logging.getLogger(__name__)

KEEP_ALIVE = 10.0
"""Seconds between comments on a quiet stream: they keep proxies from closing it and let the
server notice a device that went away."""

Render = Callable[[Collection[str]], tuple[int, dict[str, str]]]
"""A device's fragments (those named) now, and the event number they show."""


@dataclass(frozen=True)
class Viewer:
    """One open seat page: who it is for, and how to draw its fragments."""

    principal: Principal
    device: str
    label: str
    render: Render


class _Wakeup:
    """A stream's doorbell, rung from any thread."""

    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.queue: asyncio.Queue[Change | None] = asyncio.Queue()

    def ring(self, change: Change | None) -> None:
        # A loop that has closed has taken its stream with it.
        with contextlib.suppress(RuntimeError):
            self.loop.call_soon_threadsafe(self.queue.put_nowait, change)

    async def next(self, timeout: float) -> Change | None:
        """The latest of the changes waiting (several in a row make one update), or None when
        the stream must end. TimeoutError when nothing came."""
        change = await asyncio.wait_for(self.queue.get(), timeout)
        while change is not None and not self.queue.empty():
            later = self.queue.get_nowait()
            change = later if later is None else _merged(change, later)
        return change


def _merged(first: Change, then: Change) -> Change:
    return Change(then.seq, first.events + then.events, first.aspects | then.aspects, then.by)


def event(seq: int, fragments: dict[str, str]) -> str:
    """One Server-Sent Event: the fragments as JSON, on a single data line."""
    return f"id: {seq}\nevent: fragments\ndata: {json.dumps(fragments)}\n\n"


class SeatStreams:
    """Every open seat page of one session's game."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._lock = threading.Lock()
        self._open: set[_Wakeup] = set()
        self._closed = False
        self._unsubscribe = session.subscribe(self._changed)

    def _changed(self, change: Change) -> None:
        if change.aspects <= {"presence"}:
            return  # who is looking changes nothing anyone sees
        with self._lock:
            streams = list(self._open)
        for stream in streams:
            stream.ring(change)

    def close(self) -> None:
        """End every stream, and open no more."""
        self._unsubscribe()
        with self._lock:
            self._closed = True
            streams = list(self._open)
        for stream in streams:
            stream.ring(None)

    @property
    def count(self) -> int:
        with self._lock:
            return len(self._open)

    async def events(self, viewer: Viewer, since: int | None) -> AsyncIterator[str]:
        """The stream of one seat page that shows the game as of event `since`."""
        wakeup = _Wakeup()
        with self._lock:
            if self._closed:
                return
            self._open.add(wakeup)
        self._session.enter(viewer.principal, viewer.device, viewer.label)
        try:
            seq, sent = await to_thread.run_sync(viewer.render, FRAGMENTS)
            if since is None or since != seq:
                yield event(seq, sent)
            else:
                yield ": up to date\n\n"
            while True:
                try:
                    change = await wakeup.next(KEEP_ALIVE)
                except TimeoutError:
                    yield ": still here\n\n"
                    continue
                if change is None:
                    return
                # Only what the change may have touched is drawn again (a seat's move redraws
                # who has moved, not the injects), and of that only what differs is sent.
                names = touched(change.aspects)
                if not names:
                    continue
                seq, fresh = await to_thread.run_sync(viewer.render, names)
                changed = {name: html for name, html in fresh.items() if sent.get(name) != html}
                if changed:
                    sent = sent | changed
                    yield event(seq, changed)
        finally:
            with self._lock:
                self._open.discard(wakeup)
            self._session.leave(viewer.principal, viewer.device)
