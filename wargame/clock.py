"""The deliberation timer: how long the seats have left to move, which the facilitator can
pause. It is a convenience for the room, not part of the record: no rule of play reads it, only
the automatic white cell, which closes deliberation when it runs out.

Plain data over wall-clock seconds passed in by the caller, so it is the same on every front end
and testable without waiting.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeliberationClock:
    """Stopped (`seconds` None), running until `ends_at`, or paused with `left` to go."""

    seconds: float | None = None
    ends_at: float | None = None
    left: float | None = None

    @classmethod
    def started(cls, minutes: float, now: float) -> DeliberationClock:
        return cls(minutes * 60, ends_at=now + minutes * 60)

    @property
    def active(self) -> bool:
        return self.seconds is not None

    @property
    def paused(self) -> bool:
        return self.left is not None

    def remaining(self, now: float) -> float | None:
        """Seconds left (never below 0), or None when no timer runs this phase."""
        if self.left is not None:
            return self.left
        if self.ends_at is None:
            return None
        return max(0.0, self.ends_at - now)

    def expired(self, now: float) -> bool:
        return self.remaining(now) == 0.0

    def toggled(self, now: float) -> DeliberationClock:
        """Paused if it ran, running again if it was paused; a stopped clock stays stopped."""
        if self.left is not None:
            return DeliberationClock(self.seconds, ends_at=now + self.left)
        if self.ends_at is None:
            return self
        return DeliberationClock(self.seconds, left=max(0.0, self.ends_at - now))

    def text(self, now: float) -> str:
        """mm:ss left, or an empty string when no timer runs this phase."""
        remaining = self.remaining(now)
        if remaining is None:
            return ""
        minutes, seconds = divmod(int(remaining + 0.999), 60)  # 0:00.4 left still shows 0:01
        return f"{minutes:02d}:{seconds:02d}"
