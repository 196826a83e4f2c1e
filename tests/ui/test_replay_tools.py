"""Replay's tools as a facilitator reads them: a long game's timeline named to its end, a what-if
that gives its margin and the command that repeats it, a comparison that says how each game
ended, and a Moves tab that says why it is empty."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from driving import click
from helpers import mini_scenario_data

from ui.dialogs.compare import CompareDialog
from ui.dialogs.what_if import WhatIfDialog
from ui.views.replay_page import ReplayPage
from wargame.autoplay import play
from wargame.replay import new_game
from wargame.scenario import Scenario
from wargame.viewers import PUBLIC

ROOT = Path(__file__).resolve().parents[2]


def _played(path: Path, turns: int, seed: int = 4, upto: int | None = None) -> Path:
    data = mini_scenario_data()
    data["turns"] = turns
    data["start_escalation"] = 0
    game_file, game = new_game(path, Scenario.model_validate(data), seed)
    with game_file:
        play(game, game.scenario.actor_ids, turns=upto)
    return path


def _replay(window, path: Path) -> ReplayPage:  # type: ignore[no-untyped-def]
    window.open_replay_path(path)
    page = window.page
    assert isinstance(page, ReplayPage)
    return page


def test_a_long_games_timeline_is_named_to_its_end(qtbot, window, tmp_path: Path) -> None:
    page = _replay(window, _played(tmp_path / "long.wargame", 50, upto=50))
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: page.timeline.width() > 600)
    named = [turn for turn, _ in page.timeline.labels()]
    assert named[0] == 1 and max(named) >= 40, named
    steps = [b - a for a, b in zip(named, named[1:], strict=False)]
    assert len(set(steps)) <= 2, f"evenly spaced: {named}"


def test_what_if_gives_its_margin_and_the_command_that_repeats_it(
    qtbot, window, tmp_path: Path
) -> None:
    game = _played(tmp_path / "half.wargame", 4, upto=2)
    page = _replay(window, game)
    click(qtbot, page.what_if_button)
    dialog = window.dialog
    assert isinstance(dialog, WhatIfDialog)
    dialog.runs.setValue(24)
    dialog.seed.setValue(77)
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=120_000)
    assert re.search(r"\d+% ± \d+% of 24 runs", dialog.endings.text())
    command = dialog.repeat.text().split(": ", 1)[1]
    assert "--seed 77" in command and "--runs 24" in command
    args = command.split()[1:]  # after "wargame"; the path has no spaces here
    done = subprocess.run(
        [sys.executable, "-m", "wargame.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    for ending, count in dialog.summary.endings.items():
        name = next(e.name for e in dialog._scenario.endings if e.id == ending)
        assert re.search(rf"{re.escape(name)}\s+{count}\s", done.stdout), (name, count)


def test_a_comparison_says_how_each_game_ended(qtbot, window, tmp_path: Path) -> None:
    finished = _played(tmp_path / "a.wargame", 4)
    under_way = _played(tmp_path / "b.wargame", 4, seed=9, upto=2)
    _replay(window, finished)
    window._show_comparison(under_way)
    dialog = window.dialog
    assert isinstance(dialog, CompareDialog)
    lines = dialog.endings.text().splitlines()
    assert lines[0].startswith("A ended: ") and "after its last turn" in lines[0]
    assert lines[1].startswith("B is still in play: turn 3")
    a, b = dialog.chart.series()
    assert not a.dashed and b.dashed, "B is dashed, so A shows where they run together"


def test_the_rooms_moves_tab_says_why_it_is_empty(qtbot, window, tmp_path: Path) -> None:
    page = _replay(window, _played(tmp_path / "g.wargame", 4))
    page.set_seat(PUBLIC)
    assert not page.moves._model.rows
    assert "never sees the seats' moves" in page.moves.note.text()
    assert page.moves.note.isVisibleTo(page.moves)
