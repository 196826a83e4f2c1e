"""Game files: one SQLite file per game (`*.wargame`), through SQLAlchemy.

The file holds the scenario it was played with, the event log and a snapshot of the world at
the end of each turn. Every command's events are written in one transaction with WAL and
`synchronous=FULL`, so a crash loses nothing that was committed; the player copies its journal
into the file as it closes, so that the file alone then holds the whole game.

A file is checked before anything is done with it (`wargame.file_checks`): a foreign, damaged,
truncated or newer file is refused with a message and left as it was, and so is a file another
process has open for play. Opening for replay never changes the file: it is read with
`immutable=1`, or read-only beside the process that plays it, or — when a leftover journal
lies beside it, or its format is older — through a private copy.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from wargame.adjudication import roll
from wargame.chronicle import Chronicle, turn_record
from wargame.engine import Recorded, fold_with_chronicle
from wargame.errors import StoreError
from wargame.events import EVENT_ADAPTER, Event, GameEnded, TurnEnded
from wargame.file_checks import (
    APPLICATION_ID,
    FileFormat,
    PlayLock,
    being_played,
    damaged,
    inspect,
    journal_beside,
    require_database,
    require_regular_file,
    require_writable,
    unreadable,
    uri,
)
from wargame.scenario import Scenario
from wargame.state import WorldState
from wargame.state_codec import (
    SNAPSHOT_FORMAT,
    decode,
    decode_turn_record,
    encode,
    encode_turn_record,
)

__all__ = ["APPLICATION_ID", "GameFile", "Lineage", "StoredEvent", "app_version"]

SCHEMA_MAJOR, SCHEMA_MINOR = 1, 2
GAME_ID = 1  # one game per file; the column is there so one server database can hold many
SNAPSHOT_EVERY = 64
"""A seek folds at most about this many events after the nearest snapshot, wherever it lands."""

log = logging.getLogger(__name__)

# The schema, declared here once: a new game's file is made from these tables; the migrations
# in `wargame/migrations/versions/` bring files saved by older versions to them, and
# `tests/test_store.py` checks that they arrive at exactly this.
metadata = sa.MetaData()
game_table = sa.Table(
    "game",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("scenario_id", sa.String(40), nullable=False),
    sa.Column("scenario", sa.JSON, nullable=False),
    sa.Column("seed", sa.BigInteger, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("app_version", sa.String(20), nullable=False),
    sa.Column("parent_path", sa.Text),
    sa.Column("parent_event", sa.Integer),
    sa.Column("branched_at", sa.String(32)),
)
event_table = sa.Table(
    "event",
    metadata,
    sa.Column("game_id", sa.Integer, sa.ForeignKey("game.id"), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("turn", sa.Integer, nullable=False),
    sa.Column("type", sa.String(40), nullable=False),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("recorded_at", sa.String(32), nullable=False),
    sa.Column("command", sa.Integer),
    sa.Index("event_by_command", "game_id", "command"),
)
snapshot_table = sa.Table(
    "snapshot",
    metadata,
    sa.Column("game_id", sa.Integer, primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("turn", sa.Integer, nullable=False),
    sa.Column("state", sa.Text, nullable=False),
    # The default is the format the snapshots saved before this column had (migration 0002).
    sa.Column("format", sa.Integer, nullable=False, server_default="1"),
    sa.ForeignKeyConstraint(["game_id", "seq"], ["event.game_id", "event.seq"]),
    sa.Index("snapshot_by_turn", "game_id", "turn"),
)
turn_record_table = sa.Table(
    "turn_record",
    metadata,
    sa.Column("game_id", sa.Integer, primary_key=True),
    sa.Column("turn", sa.Integer, primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("format", sa.Integer, nullable=False),
    sa.ForeignKeyConstraint(["game_id", "seq"], ["event.game_id", "event.seq"]),
)

Connect = Callable[[], sqlite3.Connection]


def app_version() -> str:
    try:
        return version("peninsula")
    except PackageNotFoundError:
        return "0+unknown"


@dataclass(frozen=True)
class Lineage:
    """Where a branched game comes from: its parent's file, the last event it shares with it,
    and when it was branched."""

    parent: str
    event: int
    branched_at: str = ""


@dataclass(frozen=True)
class StoredEvent:
    seq: int
    turn: int
    event: Event
    recorded_at: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


# --- connections --------------------------------------------------------------------------


def _writer(path: Path) -> Connect:
    # A plain absolute path: SQLite may be built to read any name starting `file:` as a URL
    # (Debian's is), and an absolute path never starts so; no character of a name can then
    # change which file is opened.
    return lambda: sqlite3.connect(path.absolute(), check_same_thread=False)


def _reader(path: Path, **parameters: str) -> Connect:
    return lambda: sqlite3.connect(uri(path, **parameters), uri=True, check_same_thread=False)


Journal = Literal["WAL", "MEMORY"] | None
"""How a connection writes: WAL while a game is played, a journal in memory while a new file
is built (the finished file stands alone, and a file never finished is thrown away, so no
journal need lie beside it), or not at all (None: read only)."""


def _engine(connect: Connect, journal: Journal) -> sa.Engine:
    engine = sa.create_engine("sqlite://", creator=connect, poolclass=sa.pool.StaticPool)

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # Transactions are ours to begin (see below), not the driver's.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if journal is None:
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute(f"PRAGMA journal_mode={journal}")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN" if journal is None else "BEGIN IMMEDIATE")

    return engine


# --- migrations ---------------------------------------------------------------------------


def _alembic_config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "wargame:migrations")
    config.attributes["connection"] = connection
    return config


def _revisions() -> tuple[str, set[str]]:
    """The newest revision this version knows, and all it knows."""
    scripts = ScriptDirectory.from_config(_alembic_config())
    head = scripts.get_current_head()
    assert head is not None
    return head, {s.revision for s in scripts.walk_revisions()}


def _revision(engine: sa.Engine) -> str | None:
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        connection.commit()
    return current


def _migrate(engine: sa.Engine) -> None:
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")


# --- errors -------------------------------------------------------------------------------


def _reason(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).splitlines()[0] if str(original) else type(original).__name__


def _disk_full(error: BaseException) -> bool:
    original = getattr(error, "orig", None) or error
    if isinstance(original, OSError):
        return original.errno in (errno.ENOSPC, errno.EDQUOT)
    return "disk is full" in str(original) or "disk I/O error" in str(original)


def _read_only(error: BaseException) -> bool:
    original = getattr(error, "orig", None) or error
    if isinstance(original, OSError):
        return original.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    return "readonly" in str(original) or "read-only" in str(original)


_EVENT_LOG = ("the event log", "사건 기록")
_TURN_RECORDS = ("the turn records", "턴 기록")


@contextlib.contextmanager
def _damaged_if_unreadable(path: Path, what: tuple[str, str]) -> Iterator[None]:
    """Rows that cannot be decoded mean the file was damaged, or written by a newer version;
    `what` names the rows, in English and in Korean."""
    en, ko = what
    try:
        yield
    except ValidationError as error:
        first = error.errors()[0]
        if first["type"] == "extra_forbidden":
            field = ".".join(str(p) for p in first["loc"][1:]) or str(first["loc"][-1])
            raise StoreError(
                f"{path}: {en} was written by a newer Peninsula (unknown field '{field}'). "
                "Update Peninsula to open this game.",
                f"{path}: {ko}은(는) 더 새로운 Peninsula에서 기록되었습니다"
                f"(알 수 없는 필드 '{field}'). 이 게임을 열려면 Peninsula를 업데이트하십시오.",
            ) from None
        reason = first["msg"]
    except (ValueError, UnicodeError, SQLAlchemyError) as error:
        reason = _reason(error)
    else:
        return
    raise StoreError(
        f"{path} is damaged: {en} cannot be read ({reason}).",
        f"{path} 파일이 손상되었습니다. {ko}을(를) 읽을 수 없습니다({reason}).",
    ) from None  # the decoding error is the reason already said


def _unlink_all(*paths: Path) -> None:
    """Take away what a failure left; never hide that failure behind another."""
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def _journals(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-journal", "-wal", "-shm")]


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def _require_short_name(path: Path, *beside: Path) -> None:
    """A game's name must leave room for the files SQLite names after it (its journals, which
    it looks for even when there are none) and after the files `beside` it: the disk refuses a
    name longer than it allows, and SQLite then cannot open the game."""
    try:
        allowed = os.pathconf(path.parent, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # no pathconf on Windows
        allowed = 255
    length = len(os.fsencode(path.name))
    longest = max(len(os.fsencode(j.name)) for p in (path, *beside) for j in _journals(p))
    room = allowed - (longest - length)
    if length > room:
        raise StoreError(
            f"The name of {path} is too long for its disk: a game's file name may have at most "
            f"{room} bytes there, and this one has {length} (a Korean letter takes 3). "
            "Give it a shorter name.",
            f"{path}의 이름이 이 디스크에는 너무 깁니다. 이곳에서 게임 파일 이름은 최대 "
            f"{room}바이트까지인데, 이 이름은 {length}바이트입니다(한글 한 글자는 3바이트). "
            "더 짧은 이름을 정하십시오.",
        )


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return  # Windows cannot open a folder to sync it; its renames are durable anyway
    try:
        os.fsync(descriptor)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(descriptor)


# --- the file -----------------------------------------------------------------------------


class GameFile:
    """An open `.wargame` file: the scenario, the log and the snapshots of one game."""

    def __init__(
        self,
        path: Path,
        engine: sa.Engine,
        lock: PlayLock | None,
        private_copy: Path | None = None,
    ) -> None:
        self.path = path
        self._engine = engine
        self._lock = lock
        self._private_copy = private_copy
        self._last_snapshot: int | None = None
        self._connection = engine.connect()
        with _damaged_if_unreadable(path, ("the game record", "게임 정보")):
            row = self._connection.execute(sa.select(game_table)).one()
            self._connection.commit()
            self.scenario = Scenario.model_validate(row.scenario)
        self.seed = row.seed
        self.created_at = row.created_at
        self.lineage = (
            Lineage(row.parent_path, row.parent_event, row.branched_at or "")
            if row.parent_path is not None
            else None
        )
        if lock is not None or private_copy is not None:
            self._complete_chronicle()

    @property
    def writable(self) -> bool:
        return self._lock is not None

    # --- opening --------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        scenario: Scenario,
        seed: int,
        opening: Sequence[Recorded],
        lineage: Lineage | None = None,
    ) -> GameFile:
        """A new game file holding the game's opening events, then opened for play.

        The file is built beside its name as the hidden `.<name>.part`, which the building
        process locks, with its journal in memory, and appears under its name only once
        complete and on disk; it never replaces a file of that name. Any failure — a full disk,
        say — leaves nothing behind but the message; a process killed while building leaves
        only that hidden file, which the next attempt at the name starts afresh.
        """
        path = Path(path)
        partial = _partial(path)
        try:
            if not path.parent.is_dir():
                raise StoreError(
                    f"The folder {path.parent} does not exist.", f"{path.parent} 폴더가 없습니다."
                )
            _require_short_name(path, partial)
            if path.exists() or path.is_symlink():
                raise _already_there(path)
            partial.touch()
        except OSError as error:
            raise _cannot_create(path, error) from None
        claim = PlayLock(
            partial,
            StoreError(
                f"{path} is being created by another Peninsula window or process.",
                f"다른 Peninsula 창이나 프로세스가 {path} 파일을 만들고 있습니다.",
            ),
        )
        try:
            partial.write_bytes(b"")  # a leftover of an interrupted attempt starts afresh
            _build(partial, scenario, seed, opening, lineage)
            _fsync(partial)
            _put_in_place(partial, path)
            _fsync(path.parent)
        except StoreError:
            _unlink_all(partial)
            raise
        except (OSError, SQLAlchemyError, sqlite3.Error) as error:
            _unlink_all(partial)
            raise _cannot_create(path, error) from None
        finally:
            claim.release()
        try:
            return cls.open(path, writable=True)
        except StoreError:
            # Made, but it cannot be played (its journal cannot be created, say): take it back.
            _unlink_all(path, *_journals(path))
            raise

    @classmethod
    def open(cls, path: Path | str, writable: bool = False) -> GameFile:
        """Open an existing game, checking it is ours, intact and of a format we read: for play
        (`writable`), or for replay, which never changes the file."""
        path = Path(path)
        require_regular_file(path)  # before anything opens it: a pipe would never answer
        live = being_played(path)
        recovered: Path | None = None
        if not live and journal_beside(path) is not None:
            # The game is the file and the journal a player left beside it. The file alone
            # may be half-way through taking that journal in (when the disk filled or the
            # process died as it did), so it is looked at with the journal, in a private copy.
            require_database(path)
            recovered = _recovered_copy(path)
        try:
            found = inspect(recovered or path, live, shown=path)
            if found.major > SCHEMA_MAJOR:
                raise StoreError(
                    f"{path} was saved by a newer Peninsula (file format {found}); this version "
                    f"reads format {SCHEMA_MAJOR}.x. Update Peninsula to open it.",
                    f"{path} 파일은 더 새로운 Peninsula에서 저장되었습니다(파일 형식 {found}). "
                    f"이 버전은 {SCHEMA_MAJOR}.x 형식을 읽습니다. 열려면 Peninsula를 "
                    "업데이트하십시오.",
                )
            if writable:
                _remove_copy(recovered)  # looked at; play takes the journal in, under its lock
                return cls._open_for_play(path, found)
        except BaseException:
            _remove_copy(recovered)
            raise
        return cls._open_for_replay(path, recovered)

    @classmethod
    def _open_for_play(cls, path: Path, found: FileFormat) -> GameFile:
        if found.minor > SCHEMA_MINOR:
            raise StoreError(
                f"{path} was saved by a newer Peninsula (file format {found}). This version "
                "can replay it but not play on; update Peninsula to play it.",
                f"{path} 파일은 더 새로운 Peninsula에서 저장되었습니다(파일 형식 {found}). "
                "이 버전으로는 다시 보기만 할 수 있습니다. 이어서 진행하려면 Peninsula를 "
                "업데이트하십시오.",
            )
        require_writable(path)
        _require_short_name(path)
        lock = PlayLock(path)
        engine: sa.Engine | None = None
        try:
            if journal_beside(path) is not None:
                fitting = _recovered_copy(path)
                if fitting is None:
                    raise _foreign_journal(path)
                _remove_copy(fitting)
            engine = _engine(_writer(path), "WAL")
            head, known = _revisions()
            current = _revision(engine)
            if current not in known:
                raise StoreError(
                    f"{path} was saved by a newer Peninsula (its database revision {current} is "
                    "unknown here). This version can replay it but not play on.",
                    f"{path} 파일은 더 새로운 Peninsula에서 저장되었습니다(이 버전이 모르는 "
                    f"데이터베이스 리비전 {current}). 이 버전으로는 다시 보기만 할 수 있습니다.",
                )
            if current != head:
                _migrate(engine)
            return cls(path, engine, lock)
        except StoreError:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise
        except (SQLAlchemyError, sqlite3.Error, ValueError) as error:
            if engine is not None:
                engine.dispose()
            lock.release()
            if _read_only(error):
                raise StoreError(
                    f"{path} is read-only (its folder or disk cannot be written). Open it for "
                    "replay, or copy it somewhere writable to play on.",
                    f"{path} 파일은 읽기 전용입니다(폴더나 디스크에 쓸 수 없습니다). 다시 보기로 "
                    "열거나, 쓸 수 있는 곳에 복사한 뒤 이어서 진행하십시오.",
                ) from None
            if _disk_full(error):
                raise StoreError(
                    f"There is not enough space on the disk to open {path} for play.",
                    f"디스크 공간이 부족해 {path} 파일을 진행용으로 열 수 없습니다.",
                ) from None
            raise StoreError(
                f"{path} cannot be opened for play ({_reason(error)}).",
                f"{path} 파일을 진행용으로 열 수 없습니다({_reason(error)}).",
            ) from None

    @classmethod
    def _open_for_replay(cls, path: Path, recovered: Path | None) -> GameFile:
        copy = recovered
        if being_played(path):  # asked again: the player may have come or gone meanwhile
            # Read beside the player, whose journal is there: new events show as they come.
            _remove_copy(copy)
            copy = None
            connect = _reader(path, mode="ro")
        elif copy is not None or (
            journal_beside(path) is not None and (copy := _recovered_copy(path)) is not None
        ):
            connect = _writer(copy)
        else:
            connect = _reader(path, immutable="1")
        engine = _engine(connect, "WAL" if copy else None)
        try:
            head, known = _revisions()
            current = _revision(engine)
            if current in known and current != head:
                # An older game: read it through a copy brought up to date.
                if copy is None:
                    engine.dispose()
                    copy = _private_copy(path)
                    engine = _engine(_writer(copy), "WAL")
                _migrate(engine)
            return cls(path, engine, None, copy)
        except StoreError:
            engine.dispose()
            _remove_copy(copy)
            raise
        except (SQLAlchemyError, sqlite3.Error, ValueError) as error:
            engine.dispose()
            _remove_copy(copy)
            raise damaged(path, _reason(error)) from None

    def close(self) -> None:
        if self._lock is not None:
            self._take_in_journal()
        self._connection.close()
        self._engine.dispose()
        if self._lock:
            self._lock.release()
            self._lock = None
        _remove_copy(self._private_copy)
        self._private_copy = None

    def _take_in_journal(self) -> None:
        """Copy the whole journal into the file and empty it, so that the file alone holds the
        whole game once its player has closed it.

        SQLite does so by itself only when the last connection to the file closes, and a replay
        that follows the game still holds one: then the journal would stay, and the file alone
        would miss the game. A replay reads in short transactions and only ever the newest
        state, so its reads delay this by moments at most (`busy_timeout`). The disk may be
        too full to copy the journal in: then it stays beside the file, which needs it."""
        raw = self._connection.connection.dbapi_connection
        assert raw is not None
        try:
            busy, journal, copied = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as error:
            log.warning("The journal of %s stays beside it: %s", self.path, error)
            return
        if busy or copied < journal:
            log.warning(
                "The journal of %s stays beside it: %s of its %s pages were copied in",
                self.path,
                copied,
                journal,
            )

    def __enter__(self) -> GameFile:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- writing --------------------------------------------------------------------------

    def record(self, recorded: Sequence[Recorded]) -> None:
        """Store one command's events in one transaction, with a snapshot of the world at each
        turn end and after any command that leaves `SNAPSHOT_EVERY` events since the last one."""
        if self._lock is None:
            raise StoreError(
                f"{self.path} is open read-only (replay); it cannot be played.",
                f"{self.path} 파일은 읽기 전용(다시 보기)으로 열려 있어 진행할 수 없습니다.",
            )
        if not recorded:
            return
        try:
            with self._connection.begin():
                if self._last_snapshot is None:
                    self._last_snapshot = (
                        self._connection.execute(
                            sa.select(sa.func.max(snapshot_table.c.seq))
                        ).scalar_one()
                        or 0
                    )
                due = recorded[-1].seq - self._last_snapshot >= SNAPSHOT_EVERY
                self._last_snapshot = (
                    _insert(self._connection, recorded, due) or self._last_snapshot
                )
        except DBAPIError as error:
            if _disk_full(error):
                raise StoreError(
                    f"There is no space left on the disk of {self.path}: this step was not "
                    "saved. Free some space and take it again; everything before it is saved.",
                    f"{self.path} 파일이 있는 디스크에 공간이 남지 않아 이 단계는 저장되지 "
                    "않았습니다. 공간을 비운 뒤 다시 하십시오. 그 전의 단계는 모두 저장되어 "
                    "있습니다.",
                ) from None
            raise StoreError(
                f"Could not save to {self.path}: {_reason(error)}",
                f"{self.path} 파일에 저장하지 못했습니다: {_reason(error)}",
            ) from None

    # --- reading --------------------------------------------------------------------------

    def events(self, after: int = 0, upto: int | None = None) -> list[StoredEvent]:
        # The payload comes as bytes and is decoded here, row by row, so that a damaged row is
        # named by its event number.
        query = sa.select(
            event_table.c.seq,
            event_table.c.turn,
            sa.cast(event_table.c.payload, sa.LargeBinary).label("payload"),
            event_table.c.recorded_at,
        ).where(event_table.c.game_id == GAME_ID, event_table.c.seq > after)
        if upto is not None:
            query = query.where(event_table.c.seq <= upto)
        with (
            _damaged_if_unreadable(
                self.path, (f"the events after {after}", f"{after}번 이후의 사건")
            ),
            self._connection.begin(),
        ):
            rows = self._connection.execute(query.order_by(event_table.c.seq)).all()
        stored = []
        for row in rows:
            with _damaged_if_unreadable(self.path, (f"event {row.seq}", f"{row.seq}번 사건")):
                event = EVENT_ADAPTER.validate_python(json.loads(row.payload))
            stored.append(StoredEvent(row.seq, row.turn, event, row.recorded_at))
        return stored

    def last_seq(self) -> int:
        query = sa.select(sa.func.max(event_table.c.seq)).where(event_table.c.game_id == GAME_ID)
        with _damaged_if_unreadable(self.path, _EVENT_LOG), self._connection.begin():
            return self._connection.execute(query).scalar_one() or 0

    def commands(self, upto: int | None = None) -> list[int]:
        """The first event of each command, in order: the steps a replay can take."""
        query = (
            sa.select(event_table.c.command)
            .distinct()
            .where(event_table.c.game_id == GAME_ID, event_table.c.command.is_not(None))
        )
        if upto is not None:
            query = query.where(event_table.c.seq <= upto)
        with _damaged_if_unreadable(self.path, _EVENT_LOG), self._connection.begin():
            return list(self._connection.execute(query.order_by(event_table.c.command)).scalars())

    def chronicle(self, upto: int | None = None) -> Chronicle:
        """The records of the turns that ended at or before event `upto` (all when None)."""
        query = sa.select(turn_record_table.c.record, turn_record_table.c.format).where(
            turn_record_table.c.game_id == GAME_ID
        )
        if upto is not None:
            query = query.where(turn_record_table.c.seq <= upto)
        with _damaged_if_unreadable(self.path, _TURN_RECORDS), self._connection.begin():
            rows = self._connection.execute(query.order_by(turn_record_table.c.turn)).all()
        if all(row.format == SNAPSHOT_FORMAT for row in rows):
            with contextlib.suppress(ValueError, KeyError, TypeError):
                return tuple(decode_turn_record(row.record) for row in rows)
        log.warning("Rebuilding the turn records of %s from its events", self.path)
        return fold_with_chronicle(self.scenario, [e.event for e in self.events(upto=upto)])[1]

    def _complete_chronicle(self) -> None:
        """Games saved before turn records were kept get them, rebuilt from their events."""
        with self._connection.begin():
            kept = self._connection.execute(
                sa.select(sa.func.count()).select_from(turn_record_table)
            ).scalar_one()
            ended = self._connection.execute(
                sa.select(sa.func.count()).where(event_table.c.type == "turn_ended")
            ).scalar_one()
        if kept == ended:
            return
        events = self.events()
        chronicle = fold_with_chronicle(self.scenario, [e.event for e in events])[1]
        ends = [e.seq for e in events if e.event.type == "turn_ended"]
        with self._connection.begin():
            self._connection.execute(turn_record_table.delete())
            self._connection.execute(
                turn_record_table.insert(),
                [
                    {
                        "game_id": GAME_ID,
                        "turn": record.turn,
                        "seq": seq,
                        "record": encode_turn_record(record),
                        "format": SNAPSHOT_FORMAT,
                    }
                    for record, seq in zip(chronicle, ends, strict=True)
                ],
            )

    def turn_end(self, turn: int) -> int | None:
        """The event that ended `turn`, if it has ended."""
        query = sa.select(turn_record_table.c.seq).where(
            turn_record_table.c.game_id == GAME_ID, turn_record_table.c.turn == turn
        )
        with _damaged_if_unreadable(self.path, _TURN_RECORDS), self._connection.begin():
            return self._connection.execute(query).scalar_one_or_none()

    def snapshot(self, upto: int | None = None) -> WorldState | None:
        """The latest usable snapshot at or before event `upto`.

        A snapshot of another format, or one that cannot be decoded, is passed over: the
        caller rebuilds the world from the events instead.
        """
        query = sa.select(snapshot_table.c.seq, snapshot_table.c.state).where(
            snapshot_table.c.game_id == GAME_ID, snapshot_table.c.format == SNAPSHOT_FORMAT
        )
        if upto is not None:
            query = query.where(snapshot_table.c.seq <= upto)
        with (
            _damaged_if_unreadable(self.path, ("the snapshots", "스냅숏")),
            self._connection.begin(),
        ):
            # A few to fall back on: rebuilding from the events is the last resort.
            rows = self._connection.execute(
                query.order_by(snapshot_table.c.seq.desc()).limit(3)
            ).all()
        for row in rows:
            try:
                return decode(self.scenario, row.state)
            except (ValueError, KeyError, TypeError) as error:
                log.warning(
                    "Passing over the snapshot at event %s of %s: %s", row.seq, self.path, error
                )
        return None


def _insert(
    connection: sa.Connection, recorded: Sequence[Recorded], snapshot_due: bool = False
) -> int | None:
    """One command's events, named by the first of them; a snapshot of the world and the
    turn's record at each turn end, and a snapshot after the command when one is due.
    Returns the event of the last snapshot written, if any."""
    if not recorded:
        return None
    now, command = _now(), recorded[0].seq
    events = [
        {
            "game_id": GAME_ID,
            "seq": r.seq,
            "turn": r.turn,
            "type": r.event.type,
            "payload": r.event.model_dump(mode="json"),
            "recorded_at": now,
            "command": r.command or command,
        }
        for r in recorded
    ]
    connection.execute(event_table.insert(), events)
    records = [
        {
            "game_id": GAME_ID,
            "turn": r.turn,
            "seq": r.seq,
            "record": encode_turn_record(turn_record(r.state)),
            "format": SNAPSHOT_FORMAT,
        }
        for r in recorded
        if isinstance(r.event, TurnEnded)
    ]
    if records:
        connection.execute(turn_record_table.insert(), records)
    kept = [r for r in recorded if isinstance(r.event, TurnEnded | GameEnded)]
    if snapshot_due and recorded[-1] not in kept:
        kept.append(recorded[-1])
    if kept:
        connection.execute(
            snapshot_table.insert(),
            [
                {
                    "game_id": GAME_ID,
                    "seq": r.seq,
                    "turn": r.turn,
                    "state": encode(r.state),
                    "format": SNAPSHOT_FORMAT,
                }
                for r in kept
            ],
        )
    return kept[-1].seq if kept else None


# --- creating -----------------------------------------------------------------------------


def _build(
    partial: Path,
    scenario: Scenario,
    seed: int,
    opening: Sequence[Recorded],
    lineage: Lineage | None,
) -> None:
    """The whole new game in one transaction, in a self-contained file (no journal left)."""
    engine = _engine(_writer(partial), "MEMORY")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_MAJOR << 16 | SCHEMA_MINOR}")
            metadata.create_all(connection)
            command.stamp(_alembic_config(connection), "head")
            connection.execute(
                game_table.insert().values(
                    id=GAME_ID,
                    scenario_id=scenario.id,
                    scenario=scenario.model_dump(mode="json", by_alias=True),
                    seed=seed,
                    created_at=_now(),
                    app_version=app_version(),
                    parent_path=lineage.parent if lineage else None,
                    parent_event=lineage.event if lineage else None,
                    branched_at=_now() if lineage else None,
                )
            )
            _insert(connection, opening)
    finally:
        engine.dispose()


def _put_in_place(partial: Path, path: Path) -> None:
    """Give the finished file its name, never replacing a file that took the name meanwhile."""
    try:
        os.link(partial, path)
    except FileExistsError:
        raise _already_there(path) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # A disk without hard links (a FAT memory stick, say): rename, checking just before.
        if path.exists():
            raise _already_there(path) from None
        os.replace(partial, path)
        return
    partial.unlink()


def _already_there(path: Path) -> StoreError:
    return StoreError(
        f"{path} already exists; choose another name or open it.",
        f"{path} 파일이 이미 있습니다. 다른 이름을 고르거나 그 파일을 여십시오.",
    )


def _cannot_create(path: Path, error: BaseException) -> StoreError:
    if _disk_full(error):
        return StoreError(
            f"There is not enough space on the disk to create {path}.",
            f"디스크 공간이 부족해 {path} 파일을 만들 수 없습니다.",
        )
    if _read_only(error):
        return StoreError(
            f"{path} cannot be created: its folder cannot be written.",
            f"{path} 파일을 만들 수 없습니다. 그 폴더에 쓸 수 없습니다.",
        )
    return StoreError(
        f"{path} cannot be created ({_reason(error)}).",
        f"{path} 파일을 만들 수 없습니다({_reason(error)}).",
    )


# --- reading through a private copy -------------------------------------------------------


def _private_copy(path: Path) -> Path:
    """A copy of the file and its leftover journal in a private folder, where SQLite may
    recover or migrate it without touching the original."""
    folder = Path(tempfile.mkdtemp(prefix="peninsula-"))
    copy = folder / "game.wargame"
    try:
        shutil.copyfile(path, copy)
        journal = journal_beside(path)
        if journal is not None:
            shutil.copyfile(journal, Path(f"{copy}-wal"))
    except OSError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise unreadable(path, error) from None
    return copy


def _remove_copy(copy: Path | None) -> None:
    if copy is not None:
        shutil.rmtree(copy.parent, ignore_errors=True)


def _recovered_copy(path: Path) -> Path | None:
    """A private copy of the game with the journal beside it played in — or None when that
    journal does not belong to this game (left there from another one), which the copy shows
    without touching the original: its log must hold the events the file holds alone as they
    are, start with this game's creation, and every roll in it must be this game's die."""
    copy = _private_copy(path)
    try:
        recovered = _log_of(copy, immutable=False)
    except (sqlite3.Error, ValueError) as error:
        log.warning("The journal beside %s cannot be played in: %s", path, error)
        _remove_copy(copy)
        return None
    if recovered.fits(_own_log(path)):
        return copy
    log.warning("The journal beside %s belongs to another game", path)
    _remove_copy(copy)
    return None


@dataclass(frozen=True)
class _Log:
    seed: int
    payloads: list[tuple[int, str]]

    def fits(self, own: _Log | None) -> bool:
        """Whether this log continues `own`, the log the file holds without its journal (None
        when the file alone cannot be read): the same game, the same event wherever both have
        one, this seed's dice. Only the same event is asked for, not the same first events: a
        file taking its journal in may show any of the events it has taken so far, and an
        event, once written, never changes."""
        if own is not None:
            events = dict(self.payloads)
            if self.seed != own.seed or any(events.get(s) != p for s, p in own.payloads):
                return False
        for seq, payload in self.payloads:
            event = json.loads(payload)
            if seq == 1 and (event.get("type") != "game_created" or event.get("seed") != self.seed):
                return False
            if event.get("type") == "action_adjudicated" and event.get("roll") != roll(
                self.seed, seq
            ):
                return False
        return True


def _log_of(path: Path, immutable: bool) -> _Log:
    connect = _reader(path, immutable="1") if immutable else _writer(path)
    raw = connect()
    try:
        if not immutable:
            check = raw.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise ValueError(check)
        game = raw.execute("SELECT seed FROM game").fetchone()
        if game is None:
            raise ValueError("no game record")
        rows = raw.execute("SELECT seq, payload FROM event ORDER BY seq").fetchall()
    finally:
        raw.close()
    return _Log(game[0], rows)


def _own_log(path: Path) -> _Log | None:
    """The log `path` holds without its journal, or None when it cannot be read alone: a file
    stopped half-way through taking its journal in is a mix of old and new pages."""
    try:
        return _log_of(path, immutable=True)
    except (sqlite3.Error, ValueError) as error:
        log.info("%s cannot be read without its journal: %s", path, error)
        return None


def _foreign_journal(path: Path) -> StoreError:
    return StoreError(
        f"{path} cannot be opened for play: the journal beside it ({path.name}-wal) does not "
        "belong to this game. Move that file away, or open the game for replay.",
        f"{path} 파일을 진행용으로 열 수 없습니다. 옆에 있는 저널({path.name}-wal)이 이 게임의 "
        "것이 아닙니다. 그 파일을 다른 곳으로 옮기거나 게임을 다시 보기로 여십시오.",
    )
