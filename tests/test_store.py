"""Game files: what is written survives, and bad files are refused and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from helpers import mini_scenario
from sqlalchemy import create_engine

from wargame.autoplay import play
from wargame.errors import StoreError
from wargame.replay import continue_game, new_game, state_after_turn, state_at
from wargame.state_codec import encode
from wargame.store import APPLICATION_ID, GameFile, _alembic_config, metadata


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "game.wargame"
    scenario = mini_scenario()
    game_file, game = new_game(path, scenario, seed=4)
    with game_file:
        play(game, scenario.actor_ids, turns=2)
    return path


def test_a_saved_game_replays_to_the_live_state(tmp_path: Path) -> None:
    path = tmp_path / "g.wargame"
    scenario = mini_scenario()
    game_file, game = new_game(path, scenario, seed=9)
    with game_file:
        play(game, scenario.actor_ids)
        live = game.state
    with GameFile.open(path) as game_file:
        assert encode(state_at(game_file)) == encode(live)
        assert game_file.scenario == scenario  # the scenario travels inside the file


def test_file_carries_application_id_schema_version_and_durable_pragmas(saved: Path) -> None:
    with sqlite3.connect(saved) as raw:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1 << 16 | 2
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert revision == "0003"
        turns = [r[0] for r in raw.execute("SELECT turn FROM snapshot ORDER BY seq")]
        assert turns == [1, 2]


def test_seek_to_a_turn_uses_the_snapshot_and_matches_the_fold(saved: Path) -> None:
    with GameFile.open(saved) as game_file:
        from_snapshot = state_after_turn(game_file, 1)
        turn_end = next(e.seq for e in game_file.events() if e.event.type == "turn_ended")
        assert encode(from_snapshot) == encode(state_at(game_file, turn_end))


def test_a_saved_game_continues_where_it_stopped(saved: Path) -> None:
    game_file, game = continue_game(saved)
    with game_file:
        assert game.state.turn == 3
        play(game, game.scenario.actor_ids)
        assert game.state.ended
    with GameFile.open(saved) as game_file:
        assert state_at(game_file).ended


def test_existing_file_is_never_overwritten_by_a_new_game(saved: Path) -> None:
    before = _digest(saved)
    with pytest.raises(StoreError, match="already exists"):
        new_game(saved, mini_scenario(), 1)
    assert _digest(saved) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a Peninsula game file"),
        (b"hello, this is a text file\n" * 20, "not a Peninsula game file"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "damaged"),
    ],
)
def test_foreign_and_garbage_files_are_refused_untouched(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.wargame"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        GameFile.open(path, writable=True)
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (text TEXT)")
        raw.execute("INSERT INTO notes VALUES ('mine')")
    raw.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="another program"):
        GameFile.open(path, writable=True)
    assert _digest(path) == before


def test_truncated_game_file_is_refused_untouched(saved: Path) -> None:
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 2])
    before = _digest(saved)
    with pytest.raises(StoreError, match="damaged"):
        GameFile.open(saved, writable=True)
    assert _digest(saved) == before


def test_file_from_a_newer_version_is_refused_untouched(saved: Path) -> None:
    with sqlite3.connect(saved) as raw:
        raw.execute(f"PRAGMA user_version={2 << 16}")
    raw.close()
    before = _digest(saved)
    with pytest.raises(StoreError, match="newer Peninsula"):
        GameFile.open(saved, writable=True)
    assert _digest(saved) == before


def test_a_game_open_for_play_elsewhere_is_refused(saved: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from wargame.store import GameFile; "
            "f = GameFile.open(sys.argv[1], writable=True); print('open', flush=True); "
            "sys.stdin.read()",  # holds the game until the test is done with it
            str(saved),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="open for play in another"):
            GameFile.open(saved, writable=True)
        with GameFile.open(saved) as reader:  # replay stays possible meanwhile
            assert reader.last_seq() > 0
    finally:
        holder.kill()
        holder.communicate()
    with GameFile.open(saved, writable=True) as game_file:  # the lock dies with its holder
        assert game_file.writable


def test_replay_file_refuses_to_record(saved: Path) -> None:
    with GameFile.open(saved) as game_file, pytest.raises(StoreError, match="read-only"):
        game_file.record([])


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        GameFile.open(tmp_path / "nowhere.wargame")


# --- the schema: declared once, in wargame/store.py; the migrations arrive at it -----------


def _schema(path: Path) -> dict[str, tuple]:
    """Each table's columns, keys and indexes as SQLite holds them (Alembic's own table aside)."""
    raw = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        described = {}
        for table in tables:
            keys: dict[int, list[tuple]] = {}
            for key, _, other, own, theirs, *rules in raw.execute(
                f"PRAGMA foreign_key_list({table})"
            ):
                keys.setdefault(key, []).append((other, own, theirs, *rules))
            indexes = sorted(
                (*index[1:], raw.execute(f"PRAGMA index_info({index[1]})").fetchall())
                for index in raw.execute(f"PRAGMA index_list({table})").fetchall()
            )
            described[table] = (
                raw.execute(f"PRAGMA table_xinfo({table})").fetchall(),
                sorted(keys.values()),
                indexes,
            )
        return described
    finally:
        raw.close()


def test_the_schema_is_declared_once_and_the_migrations_arrive_at_it(tmp_path: Path) -> None:
    def made(name: str, build) -> Path:  # type: ignore[no-untyped-def]
        path = tmp_path / name
        engine = create_engine(f"sqlite:///{path}")
        with engine.begin() as connection:
            build(connection)
        engine.dispose()
        return path

    declared = _schema(made("declared.db", metadata.create_all))
    migrated = _schema(made("migrated.db", lambda c: command.upgrade(_alembic_config(c), "head")))
    new = tmp_path / "new.wargame"
    new_game(new, mini_scenario(), seed=1)[0].close()
    # A game saved in the first format, then opened for play: brought up to date.
    old = made("old.wargame", lambda c: command.upgrade(_alembic_config(c), "0001"))
    raw = sqlite3.connect(old)
    raw.execute("ATTACH DATABASE ? AS new", (str(new),))
    with raw:
        raw.execute(
            "INSERT INTO game SELECT id, scenario_id, scenario, seed, created_at, app_version "
            "FROM new.game"
        )
        raw.execute(
            "INSERT INTO event SELECT game_id, seq, turn, type, payload, recorded_at FROM new.event"
        )
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.execute(f"PRAGMA user_version = {1 << 16}")
    raw.close()
    GameFile.open(old, writable=True).close()
    assert declared == migrated == _schema(new) == _schema(old)
