"""Benchmarks of the game core: the store against raw sqlite3, seeking, bot games."""

from __future__ import annotations

import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from wargame.autoplay import play
from wargame.engine import Game, Recorded, fold
from wargame.replay import new_game, state_after_turn, state_at
from wargame.scenario_file import BUNDLED_DIR, load_scenario, read_scenario
from wargame.simulate import simulate
from wargame.state_codec import encode


def _best_of(repeats: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def _recorded_game(seed: int) -> list[list[Recorded]]:
    """The events of one bot game, batched as its commands produced them."""
    batches: list[list[Recorded]] = []
    scenario = load_scenario()
    game = Game.new(scenario, seed, recorder=lambda batch: batches.append(list(batch)))
    play(game, scenario.actor_ids)
    return batches


class _RawStore:
    """The same tables, pragmas and one transaction per command, with sqlite3 by hand."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute(
            "CREATE TABLE event (game_id INTEGER, seq INTEGER, turn INTEGER, "
            "type TEXT, payload JSON, recorded_at TEXT, PRIMARY KEY (game_id, seq))"
        )
        self.db.execute(
            "CREATE TABLE snapshot (game_id INTEGER, seq INTEGER, turn INTEGER, "
            "state TEXT, PRIMARY KEY (game_id, seq))"
        )

    def record(self, batch: list[Recorded]) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        self.db.executemany(
            "INSERT INTO event VALUES (1, ?, ?, ?, ?, ?)",
            [
                (
                    r.seq,
                    r.turn,
                    r.event.type,
                    json.dumps(r.event.model_dump(mode="json")),
                    datetime.now(UTC).isoformat(),
                )
                for r in batch
            ],
        )
        self.db.executemany(
            "INSERT INTO snapshot VALUES (1, ?, ?, ?)",
            [
                (r.seq, r.turn, encode(r.state))
                for r in batch
                if r.event.type in ("turn_ended", "game_ended")
            ],
        )
        self.db.execute("COMMIT")


def bench_append(folder: Path) -> list[str]:
    """Appending a whole game's events, command by command; file creation not counted."""
    batches = _recorded_game(seed=1)[2:]  # the opening goes in with the new file
    events = sum(len(b) for b in batches)
    scenario = load_scenario()
    store_times, raw_times = [], []
    for n in range(5):
        game_file, _ = new_game(
            folder / f"store-{n}.wargame",
            scenario,
            1,
        )
        with game_file:
            start = time.perf_counter()
            for batch in batches:
                game_file.record(batch)
            store_times.append(time.perf_counter() - start)
        raw = _RawStore(folder / f"raw-{n}.db")
        start = time.perf_counter()
        for batch in batches:
            raw.record(batch)
        raw_times.append(time.perf_counter() - start)
        raw.db.close()
    store, raw_time = statistics.median(store_times), statistics.median(raw_times)
    return [
        f"append {events} events in {len(batches)} commits: store {store * 1000:.0f} ms, "
        f"raw sqlite3 {raw_time * 1000:.0f} ms, ratio {store / raw_time:.2f}x"
    ]


def bench_seek(folder: Path) -> list[str]:
    """Seek in a game of more than 10,000 events: 40 turns with much facilitator editing."""
    scenario = load_scenario().model_copy(update={"turns": 40})
    game_file, game = new_game(folder / "long.wargame", scenario, 7)
    inject = scenario.injects[0].id
    with game_file:
        while not game.state.ended:
            for _ in range(115):  # edits and their undos: the busiest white cell imaginable
                game.edit_inject(inject, "Revised title", "Revised text", None)
                game.undo()
            play(game, scenario.actor_ids, turns=1)
        events = game.state.seq
    with game_file.open(folder / "long.wargame") as reader:
        first = statistics.median(
            _best_of(1, lambda: state_after_turn(reader, 1)) for _ in range(15)
        )
        last = statistics.median(
            _best_of(1, lambda: state_after_turn(reader, 40)) for _ in range(15)
        )
        early = statistics.median(_best_of(1, lambda: state_at(reader, 300)) for _ in range(15))
        late = statistics.median(
            _best_of(1, lambda: state_at(reader, events - 5)) for _ in range(15)
        )
        log = [e.event for e in reader.events()]
        folded = _best_of(3, lambda: fold(scenario, log))
    return [
        f"seek in a {events}-event game: turn 1 {first * 1000:.1f} ms, turn 40 "
        f"{last * 1000:.1f} ms, ratio last/first {last / first:.2f}x",
        f"seek to an event: #300 {early * 1000:.1f} ms, #{events - 5} {late * 1000:.1f} ms, "
        f"ratio {late / early:.2f}x",
        f"the same seek without snapshots (fold of the whole log): {folded * 1000:.0f} ms, "
        f"{folded / last:.0f}x slower than from the snapshot",
    ]


def bench_bots() -> list[str]:
    scenario = load_scenario()
    runs = 120
    one = _best_of(1, lambda: simulate(scenario, runs, 1, jobs=1))
    two = _best_of(1, lambda: simulate(scenario, runs, 1, jobs=2))
    return [
        f"bot games: {runs / one * 60:.0f} per minute on one core, {runs / two * 60:.0f} "
        f"per minute on two, speed-up {one / two:.2f}x",
    ]


def bench_scenario_files(folder: Path) -> list[str]:
    """Reading scenario files: the bundled one, and hostile ones just under the size cap."""
    bundled = BUNDLED_DIR / "korea-2025.yaml"
    korea = _best_of(5, lambda: read_scenario(bundled))

    def reading(name: str, text: str) -> float:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return _best_of(3, lambda: read_scenario(path))

    laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n"
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    bomb = reading("bomb.yaml", laughs)
    values = reading("values.yaml", "x: [" + "1, " * 650_000 + "1]\n")
    few = reading("few.yaml", "".join(f"field_{n}: 1\n" for n in range(5_000)))
    many = reading("many.yaml", "".join(f"field_{n}: 1\n" for n in range(20_000)))
    return [
        f"read {bundled.name} ({bundled.stat().st_size // 1000} kB): {korea * 1000:.0f} ms; "
        f"refuse a {len(laughs)}-byte alias bomb: {bomb * 1000:.1f} ms; refuse 1.9 MB of "
        f"values: {values * 1000:.0f} ms ({values / korea:.1f}x the bundled scenario)",
        f"locate every unknown field: 20,000 fields / 5,000 fields {many / few:.1f}x "
        "(4x when linear)",
    ]


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        return (
            bench_append(Path(folder))
            + bench_seek(Path(folder))
            + bench_bots()
            + bench_scenario_files(Path(folder))
        )
