"""Looking at a game file without changing it: is it a regular file, an SQLite database of ours,
intact, of a format this version reads; is another process playing it; does a leftover journal
lie beside it. And the lock a process holds while it plays a game.

Nothing here writes to the file or leaves anything beside it: the database is read with
`immutable=1`, which takes no locks and creates no `-wal` or `-shm` file.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from wargame.errors import StoreError

APPLICATION_ID = 0x50454E49  # "PENI": marks an SQLite file as a Peninsula game
SQLITE_HEADER = b"SQLite format 3\x00"
SMALLEST_DATABASE = 512  # one page of the smallest page size SQLite allows
WAL_HEADER = 32  # a `-wal` shorter than its header holds no transaction


@dataclass(frozen=True)
class FileFormat:
    major: int
    minor: int

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


def uri(path: Path, **parameters: str) -> str:
    """An SQLite URI for `path`, quoted so that any legal file name means itself."""
    query = "&".join(f"{k}={v}" for k, v in parameters.items())
    return f"{path.resolve().as_uri()}?{query}"


def journal_beside(path: Path) -> Path | None:
    """The `-wal` journal beside `path`, if one holding transactions lies there."""
    wal = Path(f"{path}-wal")
    try:
        return wal if wal.stat().st_size >= WAL_HEADER else None
    except OSError:
        return None


def inspect(path: Path, live: bool = False, shown: Path | None = None) -> FileFormat:
    """Check `path` is an intact Peninsula game and say its format; refuse anything else with a
    message that says what is wrong, naming the file `shown` (a private copy is inspected under
    its original's name). The file is only read: with `immutable=1`, or read-only through
    SQLite's locks when another process is `live`, playing it."""
    name = shown or path
    require_regular_file(path)
    require_database(path, name)
    try:
        raw = sqlite3.connect(
            uri(path, **({"mode": "ro"} if live else {"immutable": "1"})), uri=True
        )
    except sqlite3.Error as error:
        raise StoreError(
            f"{name} cannot be opened ({error}).", f"{name} 파일을 열 수 없습니다({error})."
        ) from None
    try:
        if raw.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise StoreError(
                f"{name} is an SQLite database of another program, not a Peninsula game.",
                f"{name} 파일은 다른 프로그램의 SQLite 데이터베이스이며 Peninsula 게임이 아닙니다.",
            )
        user_version = raw.execute("PRAGMA user_version").fetchone()[0]
        check = raw.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise damaged(name, check)
    except sqlite3.DatabaseError as error:
        raise damaged(name, error) from None
    finally:
        raw.close()
    return FileFormat(user_version >> 16, user_version & 0xFFFF)


def unreadable(path: Path, error: OSError) -> StoreError:
    """The error that says `path` cannot be read, and the system's reason."""
    return StoreError(
        f"{path} cannot be read: {error.strerror}.",
        f"{path} 파일을 읽을 수 없습니다: {error.strerror}.",
    )


def damaged(path: Path, reason: object) -> StoreError:
    """The error that says `path` is damaged, and how it shows."""
    return StoreError(
        f"{path} is damaged and cannot be opened ({reason}).",
        f"{path} 파일이 손상되어 열 수 없습니다({reason}).",
    )


def without_log(path: Path) -> StoreError:
    """The error that says the game file `path` has lost its log."""
    return StoreError(
        f"{path} has no game log; it is damaged.",
        f"{path} 파일에 게임 기록이 없습니다. 손상된 파일입니다.",
    )


def require_regular_file(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise StoreError(f"{path} does not exist.", f"{path} 파일이 없습니다.") from None
    except OSError as error:
        raise unreadable(path, error) from None
    if stat.S_ISDIR(mode):
        raise StoreError(
            f"{path} is a folder, not a game file.", f"{path}은(는) 폴더이며 게임 파일이 아닙니다."
        )
    if not stat.S_ISREG(mode):
        # A pipe or a device would make the reader wait for ever, or read something else.
        raise StoreError(
            f"{path} is not a regular file, so it cannot be a game file.",
            f"{path}은(는) 일반 파일이 아니므로 게임 파일일 수 없습니다.",
        )


def require_database(path: Path, shown: Path | None = None) -> None:
    """`path` begins as an SQLite database and is not cut short, by its first bytes alone."""
    name = shown or path
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
            size = os.fstat(handle.fileno()).st_size
    except OSError as error:
        raise unreadable(name, error) from None
    if header != SQLITE_HEADER:
        raise StoreError(
            f"{name} is not a Peninsula game file (it is not an SQLite database).",
            f"{name} 파일은 Peninsula 게임 파일이 아닙니다(SQLite 데이터베이스가 아닙니다).",
        )
    if size < SMALLEST_DATABASE:
        raise StoreError(
            f"{name} is damaged: it is cut short ({size} bytes).",
            f"{name} 파일이 손상되었습니다. 끝부분이 잘려 있습니다({size}바이트).",
        )


def require_writable(path: Path) -> None:
    """Playing writes to the file and beside it (its journal): both must be possible."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StoreError(
            f"{path} is read-only (the file, its folder or the disk cannot be written). "
            "Open it for replay, or copy it somewhere writable to play on.",
            f"{path} 파일은 읽기 전용입니다(파일이나 폴더, 디스크에 쓸 수 없습니다). "
            "다시 보기로 열거나, 쓸 수 있는 곳에 복사한 뒤 이어서 진행하십시오.",
        )


class PlayLock:
    """An OS lock held while a game is open for play; it dies with the process.

    On POSIX it is a `flock` on the game file itself; on Windows, a byte lock on a `.lock` file
    beside it. `flock` and SQLite's own (`fcntl`) locks do not interfere.
    """

    def __init__(self, path: Path, taken: StoreError | None = None) -> None:
        """Take the lock, or raise `taken` (by default: the game is being played elsewhere)."""
        self._file: IO[bytes] | None = _lock(path, exclusive=True)
        if self._file is None:
            raise taken or StoreError(
                f"{path} is open for play in another Peninsula window or process. "
                "Close it there, or open it for replay instead.",
                f"{path} 파일은 다른 Peninsula 창이나 프로세스에서 진행 중입니다. "
                "그곳에서 닫거나, 대신 다시 보기로 여십시오.",
            )

    def release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def being_played(path: Path) -> bool:
    """Whether another process holds the play lock on `path` (a regular file) right now."""
    if sys.platform == "win32" and not path.with_name(path.name + ".lock").exists():
        return False  # never played here; and probing must not leave a lock file behind
    try:
        probe = _lock(path, exclusive=False)
    except StoreError:
        return False  # not even readable: `inspect` will say why
    if probe is None:
        return True
    probe.close()
    return False


def _lock(path: Path, exclusive: bool) -> IO[bytes] | None:
    """The open, locked handle; None when another process holds a conflicting lock."""
    lock_path = path if sys.platform != "win32" else path.with_name(path.name + ".lock")
    try:
        handle = open(lock_path, "rb" if lock_path == path else "a+b")  # noqa: SIM115
    except OSError as error:
        raise StoreError(
            f"{path} cannot be opened: {error.strerror}.",
            f"{path} 파일을 열 수 없습니다: {error.strerror}.",
        ) from None
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(
                handle.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
            )
    except OSError:
        handle.close()
        return None
    return handle
