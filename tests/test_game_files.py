"""Game files on real disks: any legal name, a full disk, read-only media, leftover and foreign
journals, damaged rows, newer and older formats, races between two creators. Every read-only
path leaves the file byte- and mtime-identical, with nothing left beside it."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import mini_scenario

from wargame.autoplay import play
from wargame.errors import StoreError
from wargame.replay import continue_game, new_game, state_at
from wargame.scenario_file import load_scenario
from wargame.state_codec import encode
from wargame.store import GameFile

ROOT = Path(__file__).resolve().parents[1]
STRANGE_NAMES = [
    "game%20v2.wargame",
    "a?b.wargame",
    "round #3.wargame",
    'it\'s "final".wargame',
    "연습 #1 '50%'?.wargame",
]


def wargame(
    *args: str | Path, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wargame.cli", *map(str, args)],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        cwd=cwd,
    )


def _fingerprint(path: Path) -> tuple[bytes, int, list[str]]:
    """The file's bytes and modification time, and what lies in its folder."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def _played(path: Path, turns: int = 2, seed: int = 4) -> Path:
    game_file, game = new_game(path, mini_scenario(), seed=seed)
    with game_file:
        play(game, game.scenario.actor_ids, turns=turns)
    return path


def _killed_mid_game(path: Path) -> None:
    """A player that dies (as with kill -9) after a few turns: its `-wal` stays beside the file."""
    code = (
        "import os, sys; from wargame.autoplay import play; from wargame.replay import new_game; "
        "sys.path.insert(0, 'tests'); from helpers import mini_scenario; "
        "f, g = new_game(sys.argv[1], mini_scenario(), seed=8); "
        "play(g, g.scenario.actor_ids, turns=2); print(g.state.seq, flush=True); os._exit(0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert Path(f"{path}-wal").stat().st_size > 0, "the dead player left its journal"


# --- names --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", STRANGE_NAMES)
def test_any_legal_file_name_means_itself(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    game_file, game = new_game(path, mini_scenario(), seed=2)
    with game_file:
        play(game, game.scenario.actor_ids, turns=1)
    game_file, game = continue_game(path)
    with game_file:
        play(game, game.scenario.actor_ids, turns=1)
        live = game.state
    with GameFile.open(path) as replay:
        assert encode(state_at(replay)) == encode(live)
    result = wargame("log", path)
    assert result.returncode == 0, result.stderr
    assert "Game created" in result.stdout
    assert os.listdir(tmp_path) == [name], "no other file was made or touched"


@pytest.mark.parametrize(
    "name", ["file:victim.wargame?x=.wargame", "file:elsewhere.wargame?a=.wargame"]
)
def test_a_name_that_looks_like_a_url_means_itself(tmp_path: Path, name: str) -> None:
    victim = _played(tmp_path / "victim.wargame")
    before = _fingerprint(victim)[:2]
    result = wargame("play", "--seed", "3", "--turns", "1", "--out", name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _fingerprint(victim)[:2] == before
    assert sorted(os.listdir(tmp_path)) == sorted([name, "victim.wargame"])
    assert wargame("log", name, cwd=tmp_path).returncode == 0
    assert wargame("play", name, "--turns", "1", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("length", [243, 247, 250, 255])
def test_a_name_too_long_for_the_disk_is_a_message(tmp_path: Path, length: int) -> None:
    name = "x" * (length - len(".wargame")) + ".wargame"
    result = wargame("play", "--seed", "1", "--turns", "1", "--out", name, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "is too long for its disk" in result.stderr and "Traceback" not in result.stderr
    assert os.listdir(tmp_path) == []


def test_a_game_renamed_too_long_to_play_is_a_message_and_still_replays(tmp_path: Path) -> None:
    path = _played(tmp_path / "g.wargame")
    longer = path.rename(tmp_path / ("x" * 240 + ".wargame"))
    before = _fingerprint(longer)
    result = wargame("play", longer)
    assert result.returncode == 2 and "is too long for its disk" in result.stderr
    assert wargame("log", longer).returncode == 0
    assert _fingerprint(longer) == before


def test_a_branch_killed_while_building_leaves_nothing_in_the_way(tmp_path: Path) -> None:
    parent = _played(tmp_path / "parent.wargame")
    out = tmp_path / "what-if.wargame"
    dies_while_building = """if True:
        import os, signal, sys
        from wargame import cli, store
        insert = store._insert
        def insert_and_die(*args, **kwargs):
            insert(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)  # as kill -9, inside the build's transaction
        store._insert = insert_and_die
        cli.main(sys.argv[1:])
    """
    killed = subprocess.run(
        [sys.executable, "-c", dies_while_building, "branch", parent, "--event", "2", "--out", out],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert killed.returncode == -9, killed.stderr
    assert [n for n in os.listdir(tmp_path) if not n.startswith(".")] == ["parent.wargame"]
    again = wargame("branch", parent, "--event", "2", "--out", out)
    assert again.returncode == 0 and again.stderr == ""
    assert again.stdout.startswith(f"new game {out}: ")
    assert sorted(os.listdir(tmp_path)) == ["parent.wargame", "what-if.wargame"]


# --- full disks ---------------------------------------------------------------------------


@contextlib.contextmanager
def tiny_disk(where: Path, kilobytes: int) -> Iterator[Path]:
    """A real, small filesystem (tmpfs) mounted at `where`, unmounted afterwards."""
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(disk: Path) -> None:
    """Take every free block of `disk` (one block more than it says it has cannot fit)."""
    blocks = shutil.disk_usage(disk).free // 4096 + 1
    with contextlib.suppress(OSError), open(disk / "filler", "wb") as filler:
        for _ in range(blocks):
            filler.write(b"\0" * 4096)
            filler.flush()
    assert shutil.disk_usage(disk).free < 4096, "the disk is full"


TOO_SMALL, ROOMY = 8, 1024
"""Kilobytes of disk no game fits in, and that any game's creation fits in."""


@pytest.mark.parametrize("kilobytes", [TOO_SMALL, 24, 40, 56, 72, 96, 160, ROOMY])
def test_creating_a_game_on_a_full_disk_leaves_nothing_but_a_message(
    tmp_path: Path, kilobytes: int
) -> None:
    with tiny_disk(tmp_path / "disk", kilobytes) as disk:
        path = disk / "exercise.wargame"
        try:
            game_file, _ = new_game(path, mini_scenario(), seed=1)
        except StoreError as error:
            assert kilobytes != ROOMY, error
            assert "space" in str(error) or "cannot be created" in str(error)
            assert os.listdir(disk) == []
            return
        assert kilobytes != TOO_SMALL, "a game was made where none fits"
        game_file.close()
        with GameFile.open(path) as replay:  # made whole, or not at all
            assert state_at(replay).turn == 1


def test_a_full_disk_during_play_loses_no_saved_step(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk", 4096) as disk:
        path = disk / "exercise.wargame"
        game_file, game = new_game(path, mini_scenario(), seed=5)
        _fill(disk)
        with game_file:
            with pytest.raises(StoreError, match="no space left"):
                play(game, game.scenario.actor_ids)
            last = game.state  # the engine did not move past what could not be saved
        with GameFile.open(path) as replay:
            assert encode(state_at(replay)) == encode(last)
        (disk / "filler").unlink()
        game_file, game = continue_game(path)  # space again: play on from there
        with game_file:
            play(game, game.scenario.actor_ids)
            assert game.state.ended


def test_a_game_the_disk_filled_under_opens_with_all_it_saved(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk", 1200) as disk:
        path = disk / "g.wargame"
        filled = wargame("play", "--scenario", "korea-2025", "--seed", "1", "--out", path)
        assert filled.returncode == 2 and "no space left" in filled.stderr, filled.stderr
        reported = max(int(n) for n in re.findall(r"saved through event (\d+)", filled.stdout))
        # What is saved is the file and its journal: count it through SQLite, in a copy.
        (tmp_path / "copy").mkdir()
        for name in os.listdir(disk):
            shutil.copyfile(disk / name, tmp_path / "copy" / name)
        (saved,) = _query(tmp_path / "copy" / "g.wargame", "SELECT COUNT(*) FROM event")
        assert saved >= reported
        listed = wargame("log", path)  # the disk still full
        assert listed.returncode == 0, listed.stderr
        assert len(listed.stdout.splitlines()) == saved
        still_full = wargame("play", path)
        assert still_full.returncode == 2 and "no space left" in still_full.stderr
        remounted = subprocess.run(["mount", "-o", "remount,size=8m", str(disk)])
        assert remounted.returncode == 0
        played_on = wargame("play", path)
        assert played_on.returncode == 0 and "game over" in played_on.stdout, played_on.stderr
        assert wargame("log", path).stdout.splitlines()[:saved] == listed.stdout.splitlines()


# --- read-only paths ----------------------------------------------------------------------


def test_log_and_replay_never_change_a_game_file(tmp_path: Path) -> None:
    path = _played(tmp_path / "g.wargame")
    before = _fingerprint(path)
    for args in (("log", path), ("replay", path, "--turn", "1"), ("replay", path, "--json")):
        assert wargame(*args).returncode == 0
    with GameFile.open(path) as replay:
        state_at(replay)
    assert _fingerprint(path) == before


def test_replay_reads_a_dead_players_journal_without_touching_the_file(tmp_path: Path) -> None:
    path = tmp_path / "g.wargame"
    _killed_mid_game(path)
    before = _fingerprint(path)
    wal = Path(f"{path}-wal").read_bytes()
    with GameFile.open(path) as replay:
        assert state_at(replay).turn == 3  # the journal's turns are there
    assert wargame("log", path).returncode == 0
    assert _fingerprint(path) == before
    assert Path(f"{path}-wal").read_bytes() == wal


def test_a_foreign_journal_never_gets_into_the_file(tmp_path: Path) -> None:
    path = _played(tmp_path / "g.wargame")
    other = tmp_path / "other" / "o.wargame"
    other.parent.mkdir()
    _killed_mid_game(other)
    shutil.copyfile(f"{other}-wal", f"{path}-wal")
    before = _fingerprint(path)
    with GameFile.open(path) as replay:  # shown as the file holds it, without that journal
        assert replay.seed == 4 and state_at(replay).turn == 3
    assert wargame("log", path).returncode == 0
    with pytest.raises(StoreError, match="does not belong to this game"):
        GameFile.open(path, writable=True)
    assert _fingerprint(path) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"SQLite format 3\x00" + b"\x01" * 14, "cut short"),
        (b"SQLite format 3\x00" + b"\x00" * 4000, "damaged"),
    ],
)
def test_refused_files_leave_no_litter(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.wargame"
    path.write_bytes(content)
    before = _fingerprint(path)
    for writable in (False, True):
        with pytest.raises(StoreError, match=message):
            GameFile.open(path, writable=writable)
    result = wargame("log", path)
    assert result.returncode == 2 and message in result.stderr
    assert _fingerprint(path) == before


def test_a_pipe_named_as_a_game_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.wargame"
    os.mkfifo(fifo)
    result = wargame("log", fifo)  # would wait for ever if it tried to read
    assert result.returncode == 2 and "not a regular file" in result.stderr


# --- players and replays closing in any order -------------------------------------------

PROCESS = """if True:
    import sys
    from wargame.autoplay import play
    from wargame.replay import ReplaySession, continue_game
    from wargame.store import GameFile

    role, path = sys.argv[1:]
    if role == "player":
        game_file, game = continue_game(path)
        last = lambda: game.state.seq
    else:
        game_file = GameFile.open(path)
        session = ReplaySession(game_file)
        last = lambda: session.last
    print(last(), flush=True)
    for line in sys.stdin:
        if line.strip() == "play":
            play(game, game.scenario.actor_ids, turns=1)
        elif line.strip() == "refresh":
            session.refresh()
        else:
            game_file.close()
            print("closed", flush=True)
            break
        print(last(), flush=True)
"""


class _Process:
    """A player or a replay of the game at `path` in a process of its own, told what to do."""

    def __init__(self, role: str, path: Path) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", PROCESS, role, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        self.last = int(self._answer())

    def _answer(self) -> str:
        assert self._process.stdout is not None
        line = self._process.stdout.readline().strip()
        assert line, f"the process ended: {self._process.wait(timeout=60)}"
        return line

    def do(self, what: str) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write(what + "\n")
        self._process.stdin.flush()
        answer = self._answer()
        if what == "close":
            assert answer == "closed" and self._process.wait(timeout=60) == 0
        else:
            self.last = int(answer)


@pytest.mark.parametrize(
    "steps",
    [
        "player replay player:play replay:refresh player:close replay:close",
        "player replay player:play replay:close player:close",
        "player replay other player:play player:close replay:refresh other:close replay:close",
        "player replay player:close replay:refresh player player:play replay:refresh "
        "replay:close player:close",
    ],
    ids=["player first", "replay first", "two replays", "played again while followed"],
)
def test_once_its_player_has_closed_the_game_file_alone_holds_the_whole_game(
    tmp_path: Path, steps: str
) -> None:
    path = tmp_path / "g.wargame"
    game_file, game = new_game(path, load_scenario(), seed=14)
    with game_file:
        play(game, game.scenario.actor_ids, turns=1)
    processes: dict[str, _Process] = {}
    for step in steps.split():  # a name alone starts that process; name:what tells it
        who, _, what = step.partition(":")
        if not what:
            processes[who] = _Process("player" if who == "player" else "replay", path)
            continue
        processes[who].do(what)
        if what == "refresh":  # the replay follows the player
            assert processes[who].last == processes["player"].last
    played = processes["player"].last
    assert played > game.state.seq
    alone = tmp_path / "alone" / "g.wargame"  # the file copied alone, as people copy games
    alone.parent.mkdir()
    shutil.copyfile(path, alone)
    assert _query(alone, "SELECT COUNT(*), MAX(seq) FROM event") == (played, played)


# --- damaged and foreign content ----------------------------------------------------------


def _tamper(path: Path, sql: str) -> None:
    raw = sqlite3.connect(path)
    with raw:
        raw.execute(sql)
    raw.close()


def _query(path: Path, sql: str) -> tuple:
    raw = sqlite3.connect(path)
    try:
        return raw.execute(sql).fetchone()
    finally:
        raw.close()  # the last connection folds its journal into the file


@pytest.mark.parametrize(
    "payload",
    [
        '\'{"type": "turn_started", "turn": \'',  # cut JSON
        "CAST(x'7b22747970ff' AS TEXT)",  # bytes that are not UTF-8
        '\'{"type": "turn_started"}\'',  # a field missing
    ],
)
def test_a_damaged_event_is_a_message_not_a_traceback(tmp_path: Path, payload: str) -> None:
    path = _played(tmp_path / "g.wargame")
    _tamper(path, f"UPDATE event SET payload = {payload} WHERE seq = 5")
    before = _fingerprint(path)
    for args in (("log", path), ("replay", path, "--event", "6")):
        result = wargame(*args)
        assert result.returncode == 2, result.stderr
        assert "damaged: event 5 cannot be read" in result.stderr
    assert _fingerprint(path) == before


def test_an_event_from_a_newer_version_asks_for_an_update(tmp_path: Path) -> None:
    path = _played(tmp_path / "g.wargame")
    row = _query(path, "SELECT payload FROM event WHERE seq = 4")
    payload = {**json.loads(row[0]), "mood": "sunny"}
    _tamper(path, f"UPDATE event SET payload = '{json.dumps(payload)}' WHERE seq = 4")
    result = wargame("log", path)
    assert result.returncode == 2
    assert "event 4 was written by a newer Peninsula (unknown field 'mood')" in result.stderr


def test_a_stale_or_mangled_snapshot_is_rebuilt_from_the_events(tmp_path: Path) -> None:
    path = tmp_path / "g.wargame"
    game_file, game = new_game(path, mini_scenario(), seed=6)
    with game_file:
        play(game, game.scenario.actor_ids, turns=3)
        live = game.state
    _tamper(path, "UPDATE snapshot SET format = 1 WHERE turn = 3")
    _tamper(path, "UPDATE snapshot SET state = '{\"seed\": 1}' WHERE turn = 2")
    with GameFile.open(path) as replay:
        assert encode(state_at(replay)) == encode(live)


# --- formats ------------------------------------------------------------------------------


def test_a_newer_minor_format_can_be_replayed_but_not_played(tmp_path: Path) -> None:
    path = _played(tmp_path / "g.wargame")
    _tamper(path, "UPDATE alembic_version SET version_num = '0099'")
    _tamper(path, f"PRAGMA user_version = {1 << 16 | 9}")
    before = _fingerprint(path)
    result = wargame("play", path)
    assert result.returncode == 2
    assert "newer Peninsula (file format 1.9)" in result.stderr and "replay" in result.stderr
    assert wargame("replay", path, "--turn", "1").returncode == 0
    assert _fingerprint(path) == before


def test_an_older_game_is_read_through_an_upgraded_copy_and_upgraded_for_play(
    tmp_path: Path,
) -> None:
    path = _played(tmp_path / "g.wargame")
    with GameFile.open(path) as replay:
        live = encode(state_at(replay))
    # As saved by the first file format: no snapshot format, no commands, no turn records.
    _tamper(path, "ALTER TABLE snapshot DROP COLUMN format")
    _tamper(path, "DROP INDEX event_by_command")
    _tamper(path, "ALTER TABLE event DROP COLUMN command")
    _tamper(path, "DROP TABLE turn_record")
    for column in ("parent_path", "parent_event", "branched_at"):
        _tamper(path, f"ALTER TABLE game DROP COLUMN {column}")
    _tamper(path, "UPDATE alembic_version SET version_num = '0001'")
    _tamper(path, f"PRAGMA user_version = {1 << 16}")
    before = _fingerprint(path)
    with GameFile.open(path) as replay:
        assert encode(state_at(replay)) == live
    assert _fingerprint(path) == before
    game_file, game = continue_game(path)
    with game_file:
        play(game, game.scenario.actor_ids)
    assert _query(path, "SELECT version_num FROM alembic_version") == ("0003",)
    assert _query(path, "SELECT COUNT(*) FROM turn_record") == (game.state.turn,)


def test_a_game_on_read_only_media_is_called_read_only_and_can_be_replayed(
    tmp_path: Path,
) -> None:
    with tiny_disk(tmp_path / "disk", 1024) as disk:
        path = _played(disk / "g.wargame")
        assert subprocess.run(["mount", "-o", "remount,ro", str(disk)]).returncode == 0
        before = _fingerprint(path)
        with pytest.raises(StoreError, match="read-only"):
            GameFile.open(path, writable=True)
        with pytest.raises(StoreError, match="cannot be created"):
            new_game(disk / "new.wargame", mini_scenario(), seed=1)
        with GameFile.open(path) as replay:
            assert state_at(replay).turn == 3
        assert _fingerprint(path) == before


@pytest.mark.parametrize(
    "where",
    [
        lambda tmp: tmp / "notes.txt" / "g.wargame",  # a file where a folder should be
        lambda tmp: tmp / ("x" * 300 + ".wargame"),  # a name longer than the disk allows
        lambda tmp: tmp / "folder.wargame",  # a folder of that name
    ],
)
def test_creating_where_the_disk_refuses_is_a_message(tmp_path: Path, where) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "notes.txt").write_text("")
    (tmp_path / "folder.wargame").mkdir()
    listing = sorted(os.listdir(tmp_path))
    with pytest.raises(StoreError):
        new_game(where(tmp_path), mini_scenario(), seed=1)
    assert sorted(os.listdir(tmp_path)) == listing


# --- two creators at once -----------------------------------------------------------------


def test_two_processes_creating_one_game_leave_one_game(tmp_path: Path) -> None:
    for attempt in range(4):
        out = tmp_path / f"race-{attempt}.wargame"
        command = [
            sys.executable, "-m", "wargame.cli", "play", "--scenario", "korea-2025",
            "--seed", str(attempt), "--turns", "1", "--out", str(out),
        ]  # fmt: skip
        racers = [
            subprocess.Popen(
                command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            for _ in range(2)
        ]
        results = [(r.wait(timeout=120), r.stderr.read()) for r in racers]  # type: ignore[union-attr]
        codes = sorted(code for code, _ in results)
        assert codes == [0, 2], results
        loser = next(err for code, err in results if code == 2)
        assert "already exists" in loser or "being created" in loser, loser
        assert sorted(os.listdir(tmp_path)) == sorted(
            f"race-{n}.wargame" for n in range(attempt + 1)
        )
        with GameFile.open(out) as replay:
            assert state_at(replay).turn >= 1


# --- output -------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp949", "ascii"])
def test_log_and_replay_print_on_any_terminal_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "g.wargame"
    game_file, game = new_game(path, mini_scenario(), seed=3)
    with game_file:
        game.add_inject("연습 상황", "Korean text", None)
        play(game, game.scenario.actor_ids, turns=1)
    # A stray surrogate, as an older version could store it from a pasted text.
    _tamper(path, "UPDATE event SET payload = replace(payload, '\\uc0c1', '\\udcff') WHERE seq = 3")
    stored = _query(path, "SELECT payload FROM event WHERE seq = 3")
    assert "\\udcff" in stored[0]
    for args in (("log", path), ("replay", path), ("replay", path, "--json")):
        result = wargame(*args, env={"PYTHONIOENCODING": encoding})
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr


def test_a_file_whose_integrity_check_fails_is_refused(tmp_path: Path) -> None:
    path = _played(tmp_path / "g.wargame")
    page_size, pages = _query(path, "PRAGMA page_size")[0], _query(path, "PRAGMA page_count")[0]
    data = bytearray(path.read_bytes())
    middle = page_size * (pages // 2)
    data[middle : middle + 64] = b"\xa5" * 64  # a damaged page inside, the header intact
    path.write_bytes(bytes(data))
    before = _fingerprint(path)
    for writable in (False, True):
        with pytest.raises(StoreError, match="damaged"):
            GameFile.open(path, writable=writable)
    assert _fingerprint(path) == before
