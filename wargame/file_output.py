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
                    "there would destroy it. Choose another file for the document.",
                    f"{out}은(는) 문서를 만드는 원본 파일입니다{same}. 그곳에 문서를 쓰면 원본이 "
                    "사라집니다. 문서를 저장할 다른 파일을 고르십시오.",
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
        raise UserError(
            f"{path} cannot be written: {reason}.", f"{path} 파일에 쓸 수 없습니다: {reason}."
        ) from None


def _refuse_database(path: Path) -> None:
    what = _database(path)
    if what is None:
        for suffix in JOURNALS:
            game = path.name[: -len(suffix)]
            if path.name.endswith(suffix) and _database(path.with_name(game)):
                what = (f"the journal of the game {game}", f"게임 {game}의 저널")
    if what is not None:
        raise UserError(
            f"{path} is {what[0]}; a document is never written over it. "
            "Choose another file for the document.",
            f"{path}은(는) {what[1]}입니다. 문서는 그 위에 쓰지 않습니다. "
            "문서를 저장할 다른 파일을 고르십시오.",
        )


def _database(path: Path) -> tuple[str, str] | None:
    """What `path` holds, if it is a game or another database, by its first bytes: in English
    and in Korean."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None  # a folder or a device: writing there fails and says why
        with open(path, "rb") as handle:
            head = handle.read(72)
    except OSError:
        return None
    if head.startswith(SQLITE_HEADER):
        if int.from_bytes(head[68:72], "big") == APPLICATION_ID:
            return ("a Peninsula game", "Peninsula 게임")
        return ("an SQLite database", "SQLite 데이터베이스")
    if head[:4] in WAL_MAGIC:
        return ("a database journal", "데이터베이스 저널")
    return None
