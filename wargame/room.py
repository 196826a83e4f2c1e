"""A room's keys: the secret behind each seat's join link and the seat server's signed cookies.

One random secret per game, kept in a small file of its own beside the wrong-PIN counts (not in
the game file, which is the exercise's record and may be handed round afterwards). The same
links therefore work after the app or the server restarts, and a new secret (`renew`) makes
every link and cookie handed out so far worthless.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

log = logging.getLogger(__name__)


class RoomKeys:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._secret: bytes | None = None

    @property
    def secret(self) -> bytes:
        """The room's secret: read once, made on first use."""
        if self._secret is None:
            self._secret = self._read() or self._make()
        return self._secret

    def link_token(self, seat: str) -> str:
        """The secret part of `seat`'s join link: 128 bits, URL-safe."""
        return self.signature(f"join/{seat}")[:22]

    def link_matches(self, seat: str, token: str) -> bool:
        return hmac.compare_digest(self.link_token(seat).encode(), token.encode())

    def seat_pass(self, seat: str, device: str) -> str:
        """What proves that `device` joined `seat` (see `Session.seat_pass`)."""
        return self.signature(f"seat/{seat}/{device}")

    def pass_matches(self, seat: str, device: str, seat_pass: str) -> bool:
        return hmac.compare_digest(self.seat_pass(seat, device).encode(), seat_pass.encode())

    def signature(self, text: str) -> str:
        """`text` signed with the room's secret (URL-safe, no padding)."""
        digest = hmac.new(self.secret, text.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def renew(self) -> None:
        """A new secret: every join link and cookie made with the old one stops working."""
        self._secret = self._make()

    def _read(self) -> bytes | None:
        try:
            secret = bytes.fromhex(self.path.read_text(encoding="ascii").strip())
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            log.warning("Making new room keys: %s cannot be read (%s)", self.path, error)
            return None
        return secret if len(secret) >= 32 else None

    def _make(self) -> bytes:
        secret = secrets.token_bytes(32)
        partial = self.path.with_name(self.path.name + ".part")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(secret.hex())
            os.replace(partial, self.path)
        except OSError as error:
            # The room still works; its links just will not outlive this run.
            log.warning("Cannot keep the room keys in %s (%s)", self.path, error)
        return secret
