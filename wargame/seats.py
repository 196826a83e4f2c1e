"""Seat PINs: stored only as salted, slow hashes, checked in constant time; how long a PIN
must be; and how wrong tries slow down the next ones.

A PIN keeps a seat's screen from a glance across the table while the laptop passes round. It
does not protect the game file: whoever copies the file can read everything in it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ITERATIONS = 120_000

log = logging.getLogger(__name__)


def hash_pin(pin: str) -> str:
    salt = secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), ITERATIONS)
    return f"pbkdf2-sha256${ITERATIONS}${salt}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        _, iterations, salt, digest = stored.split("$")
        candidate = hashlib.pbkdf2_hmac(
            "sha256", pin.encode(), bytes.fromhex(salt), int(iterations)
        )
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), digest)


MIN_PIN_LENGTH = 4
"""The shortest PIN a game accepts; a facilitator may ask for longer ones."""
MAX_PIN_LENGTH = 32

FREE_TRIES = 3
"""Wrong PINs allowed before each further try must wait."""
FIRST_WAIT, LONGEST_WAIT = 5.0, 300.0


def pin_acceptable(pin: str, minimum: int = MIN_PIN_LENGTH) -> bool:
    return minimum <= len(pin) <= MAX_PIN_LENGTH


def wait_after(failures: int) -> float:
    """Seconds to wait before the next try after `failures` wrong PINs in a row: none for the
    first few slips, then doubling, so guessing takes hours while a typo costs nothing."""
    if failures < FREE_TRIES:
        return 0.0
    doublings = min(failures - FREE_TRIES, 16)  # past the longest wait; and no overflow
    return min(LONGEST_WAIT, FIRST_WAIT * 2**doublings)


@dataclass
class SignInAttempts:
    """Wrong PINs so far, per seat (or the facilitator), with the time of the last one.

    Times are wall-clock seconds, so the count can be kept across a restart of the app.
    """

    failures: dict[str, int] = field(default_factory=dict)
    last_failure: dict[str, float] = field(default_factory=dict)

    def wait(self, who: str, now: float) -> float:
        """Seconds `who` must still wait before the next try (0: may try now)."""
        if who not in self.last_failure:
            return 0.0
        elapsed = now - self.last_failure[who]
        return max(0.0, wait_after(self.failures.get(who, 0)) - elapsed)

    def attempt(
        self, who: str, pin: str, matches: Callable[[str], bool], now: float
    ) -> tuple[bool, float]:
        """Try `pin` for `who`: whether it is accepted, and how many seconds the next try must
        wait. While a wait runs, the PIN is not even checked."""
        waiting = self.wait(who, now)
        if waiting > 0:
            return False, waiting
        if matches(pin):
            self.failures.pop(who, None)
            self.last_failure.pop(who, None)
            return True, 0.0
        self.failures[who] = self.failures.get(who, 0) + 1
        self.last_failure[who] = now
        return False, self.wait(who, now)


class SignInBook:
    """The wrong PINs of one game, kept in a small file of their own (not in the game, whose
    record they are no part of), so that quitting and starting the app again — or a second
    app, or the seat server — is no way around the wait.

    Each try reads the file afresh and writes it whole, so every process sees the same count.
    A book that cannot be written (a read-only home folder) still counts, in memory, and says
    so in the log once.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._memory = SignInAttempts()
        self._warned = False

    def wait(self, who: str, now: float) -> float:
        """Seconds `who` must still wait before the next try (0: may try now)."""
        return self._read().wait(who, now)

    def attempt(
        self, who: str, pin: str, matches: Callable[[str], bool], now: float
    ) -> tuple[bool, float]:
        """Try `pin` for `who` (see `SignInAttempts.attempt`), and keep the count."""
        attempts = self._read()
        outcome = attempts.attempt(who, pin, matches, now)
        self._write(attempts)
        return outcome

    def _read(self) -> SignInAttempts:
        if self.path is None:
            return self._memory
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return SignInAttempts(
                {str(k): int(v) for k, v in data["failures"].items()},
                {str(k): float(v) for k, v in data["last_failure"].items()},
            )
        except FileNotFoundError:
            return SignInAttempts()
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            # A damaged book must not lock a seat out for good, nor let it guess freely: the
            # count so far in this process stands in for it.
            log.warning("Ignoring the unreadable sign-in record %s: %s", self.path, error)
            return self._memory

    def _write(self, attempts: SignInAttempts) -> None:
        self._memory = attempts
        if self.path is None:
            return
        partial = self.path.with_name(self.path.name + ".part")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(json.dumps(asdict(attempts)), encoding="utf-8")
            os.replace(partial, self.path)
        except OSError as error:
            if not self._warned:
                self._warned = True
                log.warning(
                    "Cannot keep wrong PINs in %s (%s): counting in memory", self.path, error
                )
