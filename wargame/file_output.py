"""Writing a document to a file whole or not at all: it goes to a hidden file beside the target
first and replaces the target only once complete, so a full disk or a crash never leaves half a
report where an older one stood.

A document is never written over what it is made from, nor over a game: any SQLite database or
journal, known by its content or by the database it sits beside, whatever its name."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

from wargame.errors import UserError
from wargame.file_checks import APPLICATION_ID, SQLITE_HEADER

WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
JOURNALS = ("-wal", "-shm", "-journal")


def require_new_output(out: Path, sources: Iterable[Path] = ()) -> None:
    """Refuse, before any work is done, to write a document over one of the files it is made
    from (`sources`) or over a game."""
    for source in sources:
        with contextlib.suppress(OSError):  # a source that is not there is not overwritten
            if os.path.samefile(out, source):
                same = "" if Path(out) == Path(source) else f" ({source})"
                raise UserError(
                    f"{out} is the file the document is made from{same}; writing the document "
                    "there would destroy it. Choose another file for the document."
                )
    _refuse_database(out)


def write_whole(path: Path | str, data: bytes) -> None:
    """Write `data` to `path`, or raise a `UserError` that says why it cannot be written."""
    path = Path(path)
    _refuse_database(path)  # asked again: a game may have taken the name while the work ran
    partial = path.with_name(f".peninsula-{secrets.token_hex(6)}.part")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with open(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise UserError(f"{path} cannot be written: {reason}.") from None


def _refuse_database(path: Path) -> None:
    what = _database(path)
    if what is None:
        for suffix in JOURNALS:
            if path.name.endswith(suffix) and _database(path.with_name(path.name[: -len(suffix)])):
                what = f"the journal of the game {path.name[: -len(suffix)]}"
    if what is not None:
        raise UserError(
            f"{path} is {what}; a document is never written over it. "
            "Choose another file for the document."
        )


def _database(path: Path) -> str | None:
    """What `path` holds, if it is a game or another database, by its first bytes."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None  # a folder or a device: writing there fails and says why
        with open(path, "rb") as handle:
            head = handle.read(72)
    except OSError:
        return None
    if head.startswith(SQLITE_HEADER):
        game = int.from_bytes(head[68:72], "big") == APPLICATION_ID
        return "a Peninsula game" if game else "an SQLite database"
    if head[:4] in WAL_MAGIC:
        return "a database journal"
    return None
