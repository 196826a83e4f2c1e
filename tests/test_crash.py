"""Killing a real `wargame play` process at random moments loses nothing it had committed."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wargame.autoplay import play
from wargame.engine import Game, fold
from wargame.replay import state_at
from wargame.state_codec import encode
from wargame.store import GameFile

pytestmark = pytest.mark.slow

KILLS = 24


def _play_and_kill(out: Path, seed: int, lines: int, delay: float) -> int:
    """Start a bot game and kill -9 it `delay` seconds after its first `lines` lines of output.

    Returns the last event number the game said it had saved before it died.
    """
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wargame.cli",
            "play",
            "--seed",
            str(seed),
            "--bots",
            "all",
            "--out",
            str(out),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    output = [process.stdout.readline() for _ in range(lines)]
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    rest, _ = process.communicate()
    saved = [int(n) for n in re.findall(r"saved through event (\d+)", "".join(output) + rest)]
    return max(saved, default=0)


def test_kill_at_random_moments_loses_no_committed_event(tmp_path: Path) -> None:
    dice = random.Random(20241014)
    outcomes = {"no file yet": 0, "mid-game": 0, "finished": 0}
    for attempt in range(KILLS):
        out = tmp_path / f"kill-{attempt}.wargame"
        # Kill during start-up and file creation, or after some turns and a few ms more.
        lines = dice.choice([0, 0, *range(1, 11)])
        delay = dice.uniform(0.05, 0.5) if lines == 0 else dice.uniform(0.0, 0.03)
        committed = _play_and_kill(out, attempt, lines, delay)
        if not out.exists():
            # A new game file appears under its name only once it is complete.
            assert committed == 0
            outcomes["no file yet"] += 1
            continue
        with GameFile.open(out, writable=True) as game_file:
            stored = game_file.events()
            seqs = [e.seq for e in stored]
            assert seqs == list(range(1, len(seqs) + 1)), "the log has no gaps"
            assert len(seqs) >= committed, "every event reported saved is in the file"
            state = state_at(game_file)
            assert encode(state) == encode(fold(game_file.scenario, [e.event for e in stored]))
            outcomes["finished" if state.ended else "mid-game"] += 1
            # The survivor plays on to the end from where the kill left it.
            game = Game(state, recorder=game_file.record)
            play(game, game.scenario.actor_ids)
            assert game.state.ended
    assert outcomes["mid-game"] >= KILLS // 2, outcomes
