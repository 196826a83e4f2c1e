"""The seat server under a room's load, on loopback: five seats with six devices each, every
device following the game over its own Server-Sent Events stream.

The devices are 30 HTTP clients (httpx, a thread each, its own cookie), not 30 browsers: each
joins by its seat's link, reads its seat page and keeps its live stream open, as a browser does.
The server runs in a process of its own over korea-2025, as the facilitator's laptop runs it,
so its memory is its own; the facilitator's commands reach it over a pipe. Measured: a move's
submission as a seat's device sees it (the form posted until the server answers), the time from
publishing a turn's outcome until every device has its results, and the server's memory per
connected device. All traffic goes to 127.0.0.1; every wait is bounded.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path

import httpx

SEATS = ("seoul", "pyongyang", "washington", "moscow", "beijing")
DEVICES_PER_SEAT = 6
TURNS = 6
REVISIONS = 3
"""Revisions each seat submits a turn, all five seats at once, after each has submitted its
move while the others only read: the two kinds of latency samples."""
WAIT = 60.0
GOALS_MS = {"submit p95": 50, "publish to every device p95": 200}


def _serve(folder: str, pipe: Connection) -> None:
    """The server's process: the game, its seat server, and the facilitator's hands."""
    os.environ["PENINSULA_HOME"] = str(Path(folder) / "home")
    from wargame.scenario_file import load_scenario
    from wargame.session import Session
    from wargame.state import Phase
    from web.server import RoomServer

    scenario = load_scenario()
    session, facilitator = Session.create(
        Path(folder) / "bench.wargame", scenario, 7, humans=dict.fromkeys(scenario.actor_ids)
    )
    server = RoomServer(session)
    server.start()
    pipe.send({seat: server.seat_link(facilitator, seat) for seat in SEATS})
    while (command := pipe.recv()) != "stop":
        if command == "deliberate":
            while session.state.phase is not Phase.DELIBERATION and not session.state.ended:
                session.advance(facilitator)
            pipe.send(session.state.ended)
        elif command == "publish":
            session.advance(facilitator)  # deliberation closes; the outcomes are proposed
            published = time.monotonic()
            session.advance(facilitator)
            pipe.send(published)
        elif command == "memory":
            pipe.send(_resident_kib())
        elif command == "cpu":
            pipe.send(time.process_time())
    server.stop()
    session.close()


def _resident_kib() -> int:
    """This process's resident memory, from /proc (Linux)."""
    status = Path("/proc/self/status").read_text()
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) if found else 0


class _Device:
    """One browser's worth of HTTP: its cookie, its page's token, and its live stream."""

    def __init__(self, seat: str, link: str) -> None:
        self.seat = seat
        base, _, _ = link.partition("/join/")
        self.client = httpx.Client(base_url=base, timeout=WAIT)
        path = httpx.URL(link).raw_path.decode()
        joined = self.client.post(path, data={"csrf": self._token(path)})
        assert joined.status_code == 303, joined.text
        page = self.client.get("/seat").text
        self.csrf = self._csrf(page)
        since = re.search(r'data-seq="(\d+)"', page)
        self.since = since.group(1) if since else ""
        self.results: list[float] = []
        """When (monotonic, the clock every process shares) this device was sent results."""
        self.opened = threading.Event()
        self.heard = threading.Condition()
        self._thread = threading.Thread(target=self._listen, daemon=True)
        self._thread.start()

    def _token(self, path: str) -> str:
        return self._csrf(self.client.get(path).text)

    @staticmethod
    def _csrf(page: str) -> str:
        found = re.search(r'name="csrf" value="([^"]+)"', page)
        assert found, "a page with a form"
        return found.group(1)

    def _listen(self) -> None:
        fields: dict[str, str] = {}
        try:
            with self.client.stream("GET", f"/seat/stream?since={self.since}") as stream:
                for line in stream.iter_lines():
                    self.opened.set()
                    if line and not line.startswith(":"):
                        name, _, value = line.partition(": ")
                        fields[name] = value
                    elif not line and "data" in fields:
                        if "results" in json.loads(fields["data"]):
                            with self.heard:
                                self.results.append(time.monotonic())
                                self.heard.notify_all()
                        fields = {}
        except httpx.HTTPError:
            pass  # the server has stopped

    def results_after(self, published: float) -> float | None:
        """When this device was first sent results after `published`, waiting for them. (Not
        by the event number: a page drawn while the game moves on is numbered from before.)"""
        deadline = time.monotonic() + WAIT
        with self.heard:
            while not (late := [t for t in self.results if t >= published]):
                if not self.heard.wait(deadline - time.monotonic()):
                    return None
        return min(late)

    def submit(self, action: str, argument: str) -> float:
        """Post the move form; the seconds until the server answered it."""
        form = {"csrf": self.csrf, "seat": self.seat, "action_1": action, "argument": argument}
        start = time.perf_counter()
        answer = self.client.post("/seat/move", data=form)
        took = time.perf_counter() - start
        assert answer.status_code == 303, answer.text[:500]
        return took

    def close(self) -> None:
        self.client.close()


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _spread(samples: list[float]) -> str:
    return (
        f"p50 {statistics.median(samples) * 1000:.1f} ms, "
        f"p95 {_percentile(samples, 0.95) * 1000:.1f} ms"
    )


def _first_action(link: str) -> str:
    """An action on the seat's menu that takes no target."""
    from wargame.scenario_file import load_scenario

    seat = link.split("/join/")[1].split("/")[0]
    actor = next(a for a in load_scenario().actors if a.id == seat)
    return next(a.id for a in actor.actions if not a.targets)


def run() -> list[str]:
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="peninsula-bench-seats-") as folder:
        ours, theirs = context.Pipe()
        server = context.Process(target=_serve, args=(folder, theirs), daemon=True)
        server.start()
        devices: list[_Device] = []
        try:
            return _measure(ours, devices)
        finally:
            for device in devices:
                device.close()
            ours.send("stop")
            server.join(WAIT)
            if server.is_alive():
                server.kill()


def _ask(pipe: Connection, command: str) -> object:
    pipe.send(command)
    if not pipe.poll(WAIT):
        raise TimeoutError(f"the server did not answer {command!r} within {WAIT:.0f} s")
    return pipe.recv()


def _measure(pipe: Connection, devices: list[_Device]) -> list[str]:
    if not pipe.poll(WAIT):
        raise TimeoutError("the seat server did not start")
    links: dict[str, str] = pipe.recv()
    idle = _ask(pipe, "memory")
    assert isinstance(idle, int)
    with ThreadPoolExecutor(len(SEATS) * DEVICES_PER_SEAT) as pool:
        joining: list[Callable[[], _Device]] = [
            lambda seat=seat: _Device(seat, links[seat])
            for seat in SEATS
            for _ in range(DEVICES_PER_SEAT)
        ]
        devices.extend(pool.map(lambda join: join(), joining))
    if not all(d.opened.wait(WAIT) for d in devices):
        raise TimeoutError("not every device's stream opened")
    connected = _ask(pipe, "memory")
    assert isinstance(connected, int)
    actions = {seat: _first_action(links[seat]) for seat in SEATS}
    alone: list[float] = []
    submits: list[float] = []
    everyone: list[float] = []
    each: list[float] = []
    turns = 0
    first_device = {seat: next(d for d in devices if d.seat == seat) for seat in SEATS}

    def revise(seat: str) -> list[float]:
        return [first_device[seat].submit(actions[seat], f"Revision {n}") for n in range(REVISIONS)]

    cpu = 0.0
    with ThreadPoolExecutor(len(SEATS)) as pool:
        for turn in range(1, TURNS + 1):
            if _ask(pipe, "deliberate"):
                break  # the exercise has ended
            before = _ask(pipe, "cpu")
            alone.extend(first_device[seat].submit(actions[seat], "First") for seat in SEATS)
            for times in pool.map(revise, SEATS):
                submits.extend(times)
            cpu += _ask(pipe, "cpu") - before  # type: ignore[operator]
            published = _ask(pipe, "publish")
            assert isinstance(published, float)
            arrived = [d.results_after(published) for d in devices]
            if None in arrived:
                raise TimeoutError(f"not every device had turn {turn}'s results in {WAIT:.0f} s")
            delays = [t - published for t in arrived if t is not None]
            each.extend(delays)
            everyone.append(max(delays))
            turns += 1
    after = _ask(pipe, "memory")
    assert isinstance(after, int)
    count = len(devices)
    per_device = (connected - idle) / count
    return [
        f"{count} devices ({len(SEATS)} seats × {DEVICES_PER_SEAT}) as HTTP clients with live "
        "streams (httpx, not browsers), server in its own process, korea-2025, 127.0.0.1",
        f"submit a move, one seat at a time ({len(alone)} posts): {_spread(alone)} (goal p95 "
        f"{GOALS_MS['submit p95']} ms); the five seats at once ({len(submits)} posts): "
        f"{_spread(submits)}; the server's CPU time per move, its 30 pages brought up to date "
        f"included: {cpu / (len(alone) + len(submits)) * 1000:.1f} ms",
        f"publish until every device has the results ({turns} turns): {_spread(everyone)} (goal "
        f"p95 {GOALS_MS['publish to every device p95']} ms); each device: {_spread(each)}",
        f"server memory: {idle / 1024:.0f} MiB idle, {connected / 1024:.0f} MiB with {count} "
        f"devices connected ({per_device:.0f} KiB a device, {per_device * DEVICES_PER_SEAT:.0f} "
        f"KiB a seat of {DEVICES_PER_SEAT}), {after / 1024:.0f} MiB after {turns} turns",
    ]
