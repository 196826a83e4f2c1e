"""Seat servers for tests: a `Room` runs one in this process over a game made here, `Served`
runs `wargame serve` as a real process and reads its output line by line as it comes."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

from browsing import WAIT, Device
from helpers import mini_scenario

from wargame.scenario import Scenario
from wargame.session import Session
from web.server import RoomServer

HUMANS = {"seoul": "1234", "moscow": None, "pyongyang": None}
"""The seats people play in a `Room` unless told otherwise (a PIN, or None for a link alone)."""


class Room:
    """A game with its seat server on 127.0.0.1, any free port, and the devices that joined."""

    def __init__(
        self,
        tmp_path: Path,
        humans: Mapping[str, str | None] = HUMANS,
        scenario: Scenario | None = None,
        minutes: int | None = None,
        review_step: bool = False,
    ) -> None:
        self.humans = dict(humans)
        self.session, self.facilitator = Session.create(
            tmp_path / "g.wargame",
            scenario or mini_scenario(),
            7,
            humans=self.humans,
            deliberation_minutes=minutes,
            review_step=review_step,
        )
        self.server = RoomServer(self.session)
        self.server.start()
        self.devices: list[Device] = []

    def device(self) -> Device:
        self.devices.append(Device(self.server.url))
        return self.devices[-1]

    def link(self, seat: str) -> str:
        return self.server.seat_link(self.facilitator, seat)

    def seated(self, seat: str) -> Device:
        device = self.device()
        joined = device.join(self.link(seat), self.humans[seat] or "")
        assert joined.status_code == 303 and joined.headers["location"] == "/seat"
        return device

    def deliberate(self) -> None:
        self.session.advance(self.facilitator)

    def close(self) -> None:
        for device in self.devices:
            device.close()
        self.server.stop()
        self.session.close()


class Served:
    """A running `wargame serve`, its output read line by line as it comes."""

    def __init__(self, *args: str | Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "wargame.cli", "serve", *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.out: queue.Queue[str | None] = queue.Queue()
        self.err: queue.Queue[str | None] = queue.Queue()
        self.errors: list[str] = []
        for stream, lines in ((self.process.stdout, self.out), (self.process.stderr, self.err)):
            threading.Thread(target=self._read, args=(stream, lines), daemon=True).start()

    @staticmethod
    def _read(stream: object, lines: queue.Queue[str | None]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            lines.put(line.rstrip("\n"))
        lines.put(None)

    def links(self, count: int) -> dict[str, str]:
        found = {}
        for _ in range(count):
            line = self.out.get(timeout=WAIT)
            assert line is not None, self.stderr_so_far()
            seat, url = line.split(" ")
            found[seat] = url
        return found

    def wait_for_stderr(self, text: str) -> None:
        while True:
            line = self.err.get(timeout=WAIT)
            assert line is not None, "\n".join(self.errors)
            self.errors.append(line)
            if text in line:
                return

    def stderr_so_far(self) -> str:
        while not self.err.empty():
            line = self.err.get_nowait()
            if line is not None:
                self.errors.append(line)
        return "\n".join(self.errors)

    def stop(self, how: int = signal.SIGTERM) -> int:
        self.process.send_signal(how)
        return self.process.wait(timeout=WAIT)

    def end(self) -> None:
        """Kill it if it still runs: what a test leaves behind."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=WAIT)
