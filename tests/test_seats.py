"""PINs: how long they must be, and how wrong tries slow down guessing."""

from __future__ import annotations

import pytest
from helpers import mini_scenario

from wargame.engine import Game
from wargame.errors import RuleError
from wargame.seats import FREE_TRIES, LONGEST_WAIT, SignInAttempts, wait_after


def _right(pin: str) -> bool:
    return pin == "2468"


def test_a_few_slips_cost_nothing_then_each_try_waits_longer() -> None:
    waits = [wait_after(n) for n in range(12)]
    assert waits[:FREE_TRIES] == [0.0] * FREE_TRIES
    assert all(b >= a for a, b in zip(waits, waits[1:], strict=False))
    assert waits[FREE_TRIES] > 0 and waits[-1] == LONGEST_WAIT


def test_while_a_wait_runs_even_the_right_pin_is_not_checked() -> None:
    attempts = SignInAttempts()
    for n in range(FREE_TRIES):
        assert attempts.attempt("facilitator", "0000", _right, now=100.0 + n) == (
            False,
            wait_after(n + 1),
        )
    assert attempts.attempt("facilitator", "2468", _right, now=103.0) == (False, 4.0)
    accepted, wait = attempts.attempt("facilitator", "2468", _right, now=107.0)
    assert accepted and wait == 0.0
    assert attempts.wait("facilitator", now=107.0) == 0.0


def test_guessing_ten_thousand_pins_takes_days() -> None:
    attempts, now = SignInAttempts(), 0.0
    for _ in range(10_000):
        now += attempts.wait("seoul", now)
        attempts.attempt("seoul", "0000", _right, now)
    assert now > 10_000 * LONGEST_WAIT * 0.9


def test_each_seat_has_its_own_count() -> None:
    attempts = SignInAttempts()
    for _ in range(FREE_TRIES + 1):
        attempts.attempt("seoul", "0000", _right, now=0.0)
    assert attempts.wait("seoul", now=0.0) > 0
    assert attempts.wait("moscow", now=0.0) == 0.0


def test_a_game_refuses_pins_shorter_than_the_facilitator_asked_for() -> None:
    with pytest.raises(RuleError, match="6 to"):
        Game.new(mini_scenario(), 1, humans={"seoul": "12345"}, min_pin_length=6)
    with pytest.raises(RuleError, match="6 to"):
        Game.new(
            mini_scenario(), 1, humans={"seoul": "123456"}, facilitator_pin="1234", min_pin_length=6
        )
    assert Game.new(mini_scenario(), 1, humans={"seoul": "123456"}, min_pin_length=6)
