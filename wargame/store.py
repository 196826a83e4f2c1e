"""Game files: one SQLite file per game (`*.wargame`), through SQLAlchemy.

The file holds the scenario it was played with, the event log and a snapshot of the world at
the end of each turn. Every command's events are written in one transaction with WAL and
`synchronous=FULL`, so a crash loses nothing that was committed. A file is checked before
anything is written to it: a foreign, damaged or newer file is refused with a message and left
as it was, and so is a file another process has open for writing.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from wargame.engine import Recorded
from wargame.errors import StoreError
from wargame.events import EVENT_ADAPTER, Event, GameEnded, TurnEnded
from wargame.scenario import Scenario
from wargame.state import WorldState
from wargame.state_codec import decode, encode

APPLICATION_ID = 0x50454E49  # "PENI": marks an SQLite file as a Peninsula game
SCHEMA_MAJOR, SCHEMA_MINOR = 1, 0
SQLITE_HEADER = b"SQLite format 3\x00"
GAME_ID = 1  # one game per file; the column is there so one server database can hold many

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
)
event_table = sa.Table(
    "event",
    metadata,
    sa.Column("game_id", sa.Integer, primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("turn", sa.Integer, nullable=False),
    sa.Column("type", sa.String(40), nullable=False),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("recorded_at", sa.String(32), nullable=False),
)
snapshot_table = sa.Table(
    "snapshot",
    metadata,
    sa.Column("game_id", sa.Integer, primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("turn", sa.Integer, nullable=False),
    sa.Column("state", sa.Text, nullable=False),
)


def app_version() -> str:
    try:
        return version("peninsula")
    except PackageNotFoundError:
        return "0+unknown"


@dataclass(frozen=True)
class StoredEvent:
    seq: int
    turn: int
    event: Event
    recorded_at: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _engine(path: Path, writable: bool) -> sa.Engine:
    engine = sa.create_engine(f"sqlite:///{path}", poolclass=sa.pool.StaticPool)

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # Transactions are ours to begin (see below), not the driver's.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if writable:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        else:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writable else "BEGIN")

    return engine


class _WriteLock:
    """An OS lock held while a game is open for writing; it dies with the process."""

    def __init__(self, path: Path) -> None:
        self._file: IO[bytes] | None = None
        lock_path = path if sys.platform != "win32" else path.with_name(path.name + ".lock")
        handle = open(lock_path, "rb" if lock_path == path else "a+b")  # noqa: SIM115
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise StoreError(
                f"{path} is open for play in another Peninsula window or process. "
                "Close it there, or open it for replay instead."
            ) from None
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _alembic_config(connection: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", "wargame:migrations")
    config.attributes["connection"] = connection
    return config


def _head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", "wargame:migrations")
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


class GameFile:
    """An open `.wargame` file: the scenario, the log and the snapshots of one game."""

    def __init__(self, path: Path, engine: sa.Engine, lock: _WriteLock | None) -> None:
        self.path = path
        self._engine = engine
        self._lock = lock
        self._connection = engine.connect()
        row = self._connection.execute(sa.select(game_table)).one()
        self._connection.commit()
        self.scenario = Scenario.model_validate(row.scenario)
        self.seed = row.seed
        self.created_at = row.created_at

    @property
    def writable(self) -> bool:
        return self._lock is not None

    # --- opening --------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path | str, scenario: Scenario, seed: int, opening: Sequence[Recorded]
    ) -> GameFile:
        """A new game file holding the game's opening events.

        The file appears under its name only once it is complete, so a crash while creating
        it leaves no half-made game behind.
        """
        path = Path(path)
        if path.exists():
            raise StoreError(f"{path} already exists; choose another name or open it.")
        if not path.parent.is_dir():
            raise StoreError(f"The folder {path.parent} does not exist.")
        partial = path.with_name(path.name + ".part")
        partial.unlink(missing_ok=True)
        engine = _engine(partial, writable=True)
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                connection.exec_driver_sql(
                    f"PRAGMA user_version={SCHEMA_MAJOR << 16 | SCHEMA_MINOR}"
                )
                command.upgrade(_alembic_config(connection), "head")
                connection.execute(
                    game_table.insert().values(
                        id=GAME_ID,
                        scenario_id=scenario.id,
                        scenario=scenario.model_dump(mode="json", by_alias=True),
                        seed=seed,
                        created_at=_now(),
                        app_version=app_version(),
                    )
                )
                _insert(connection, opening)
        finally:
            engine.dispose()  # closing the last connection folds the WAL into the file
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        os.replace(partial, path)
        return cls.open(path, writable=True)

    @classmethod
    def open(cls, path: Path | str, writable: bool = False) -> GameFile:
        """Open an existing game, checking it is ours, intact and not newer than we are."""
        path = Path(path)
        _check_header(path)
        lock = _WriteLock(path) if writable else None
        try:
            _check_identity(path)
        except StoreError:
            if lock:
                lock.release()
            raise
        engine = _engine(path, writable)
        try:
            with engine.connect() as connection:
                migrations = MigrationContext.configure(connection)
                current = migrations.get_current_revision()
                connection.commit()
            if current != _head_revision():
                if not writable:
                    raise StoreError(
                        f"{path} was saved by an older Peninsula and must be upgraded: "
                        "open it for play once to upgrade it."
                    )
                with engine.begin() as connection:
                    command.upgrade(_alembic_config(connection), "head")
            return cls(path, engine, lock)
        except StoreError:
            engine.dispose()
            if lock:
                lock.release()
            raise
        except (SQLAlchemyError, ValueError) as error:
            engine.dispose()
            if lock:
                lock.release()
            raise StoreError(
                f"{path} is damaged and cannot be opened ({_reason(error)})."
            ) from None

    def close(self) -> None:
        self._connection.close()
        self._engine.dispose()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> GameFile:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- writing --------------------------------------------------------------------------

    def record(self, recorded: Sequence[Recorded]) -> None:
        """Store one command's events, with snapshots at turn ends, in one transaction."""
        if self._lock is None:
            raise StoreError(f"{self.path} is open read-only (replay); it cannot be played.")
        try:
            with self._connection.begin():
                _insert(self._connection, recorded)
        except DBAPIError as error:
            raise StoreError(f"Could not save to {self.path}: {_reason(error)}") from None

    # --- reading --------------------------------------------------------------------------

    def events(self, after: int = 0, upto: int | None = None) -> list[StoredEvent]:
        query = sa.select(event_table).where(
            event_table.c.game_id == GAME_ID, event_table.c.seq > after
        )
        if upto is not None:
            query = query.where(event_table.c.seq <= upto)
        with self._connection.begin():
            rows = self._connection.execute(query.order_by(event_table.c.seq)).all()
        return [
            StoredEvent(r.seq, r.turn, EVENT_ADAPTER.validate_python(r.payload), r.recorded_at)
            for r in rows
        ]

    def last_seq(self) -> int:
        query = sa.select(sa.func.max(event_table.c.seq)).where(event_table.c.game_id == GAME_ID)
        with self._connection.begin():
            return self._connection.execute(query).scalar_one() or 0

    def snapshot(self, upto: int | None = None, turn: int | None = None) -> WorldState | None:
        """The latest snapshot at or before event `upto`, or the one that ends `turn`."""
        query = sa.select(snapshot_table).where(snapshot_table.c.game_id == GAME_ID)
        if upto is not None:
            query = query.where(snapshot_table.c.seq <= upto)
        if turn is not None:
            query = query.where(snapshot_table.c.turn == turn)
        with self._connection.begin():
            row = self._connection.execute(
                query.order_by(snapshot_table.c.seq.desc()).limit(1)
            ).first()
        return decode(self.scenario, row.state) if row else None


def _insert(connection: sa.Connection, recorded: Sequence[Recorded]) -> None:
    if not recorded:
        return
    now = _now()
    events = [
        {
            "game_id": GAME_ID,
            "seq": r.seq,
            "turn": r.turn,
            "type": r.event.type,
            "payload": r.event.model_dump(mode="json"),
            "recorded_at": now,
        }
        for r in recorded
    ]
    connection.execute(event_table.insert(), events)
    snapshots = [
        {"game_id": GAME_ID, "seq": r.seq, "turn": r.turn, "state": encode(r.state)}
        for r in recorded
        if isinstance(r.event, TurnEnded | GameEnded)
    ]
    if snapshots:
        connection.execute(snapshot_table.insert(), snapshots)


def _reason(error: Exception) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).splitlines()[0]


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise StoreError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise StoreError(f"{path} is a folder, not a game file.") from None
    except OSError as error:
        raise StoreError(f"{path} cannot be read: {error.strerror}.") from None
    if header != SQLITE_HEADER:
        raise StoreError(f"{path} is not a Peninsula game file (it is not an SQLite database).")


def _check_identity(path: Path) -> None:
    """Check the file is an intact game of a format we read, without writing a byte to it."""
    try:
        raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StoreError(f"{path} cannot be opened ({error}).") from None
    try:
        application_id = raw.execute("PRAGMA application_id").fetchone()[0]
        if application_id != APPLICATION_ID:
            raise StoreError(
                f"{path} is an SQLite database of another program, not a Peninsula game."
            )
        user_version = raw.execute("PRAGMA user_version").fetchone()[0]
        major, minor = user_version >> 16, user_version & 0xFFFF
        if major > SCHEMA_MAJOR:
            raise StoreError(
                f"{path} was saved by a newer Peninsula (file format {major}.{minor}); this "
                f"version reads format {SCHEMA_MAJOR}.x. Update Peninsula to open it."
            )
        check = raw.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise StoreError(f"{path} is damaged and cannot be opened ({check}).")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is damaged and cannot be opened ({error}).") from None
    finally:
        raw.close()
