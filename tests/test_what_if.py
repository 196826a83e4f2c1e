"""What-if: branching a new game from any point of a saved one, comparing two games, and
playing the rest of a game many times from a point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import mini_scenario, steps_until

from wargame.autoplay import play, submit_bot_moves
from wargame.compare import compare
from wargame.errors import UserError
from wargame.replay import ReplaySession, branch, command_ends, new_game, state_at
from wargame.simulate import Position, simulate
from wargame.state import ChosenAction, Phase
from wargame.store import GameFile

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def finished(tmp_path: Path) -> Path:
    path = tmp_path / "parent.wargame"
    game_file, game = new_game(path, mini_scenario(), seed=21, humans={"seoul": "1234"})
    with game_file:
        for _ in steps_until(lambda: game.state.ended, game.scenario):
            if game.state.phase is Phase.DELIBERATION:
                submit_bot_moves(game, game.scenario.actor_ids)
            game.advance(force=True)
    return path


def _deliberation_of_turn(source: GameFile, turn: int) -> int:
    """The end of the command that opened deliberation in `turn`."""
    session = ReplaySession(source)
    return next(
        end
        for end in session.steps
        if session.events[end - 1].event.type == "phase_advanced"
        and session.events[end - 1].turn == turn
    )


def test_a_branch_shares_its_parents_log_up_to_the_point_and_plays_on(
    finished: Path, tmp_path: Path
) -> None:
    with GameFile.open(finished) as parent:
        point = _deliberation_of_turn(parent, 2)
        shared = [e.event for e in parent.events(upto=point)]
        steps = [end for end in command_ends(parent) if end <= point]
        game_file, game = branch(parent, point, tmp_path / "what-if.wargame")
    with game_file:
        assert game.state.turn == 2 and game.state.phase is Phase.DELIBERATION
        assert game_file.lineage is not None
        assert game_file.lineage.event == point
        assert Path(game_file.lineage.parent) == finished.resolve()
        game.submit_move("seoul", [ChosenAction("act_2")], "A different road.")
        play(game, game.scenario.actor_ids)
        assert game.state.ended
    with GameFile.open(tmp_path / "what-if.wargame") as child:
        assert [e.event for e in child.events(upto=point)] == shared
        assert [end for end in command_ends(child) if end <= point] == steps


def test_a_branch_starts_only_between_commands(finished: Path, tmp_path: Path) -> None:
    with GameFile.open(finished) as parent:
        adjudicated = [e.seq for e in parent.events() if e.event.type == "action_adjudicated"]
        with pytest.raises(UserError, match="middle of one"):
            branch(parent, adjudicated[0], tmp_path / "half.wargame")
    assert not (tmp_path / "half.wargame").exists()


def test_compare_finds_where_two_games_part(finished: Path, tmp_path: Path) -> None:
    with GameFile.open(finished) as parent:
        point = _deliberation_of_turn(parent, 2)
        game_file, game = branch(parent, point, tmp_path / "what-if.wargame")
    with game_file:
        game.submit_move("seoul", [ChosenAction("act_2")], "A different road.")
        play(game, game.scenario.actor_ids)
    with GameFile.open(finished) as left, GameFile.open(tmp_path / "what-if.wargame") as right:
        found = compare(left, right)
        again = compare(left, left)
    assert found.divergence is not None
    assert found.divergence.event == point + 1
    assert "Seoul" in (found.divergence.right or "")
    assert again.divergence is None
    assert [t.turn for t in found.turns][:2] == [1, 2]
    assert found.turns[0].left == found.turns[0].right  # turn 1 was shared


def test_what_happens_from_here_plays_the_rest_many_times(finished: Path) -> None:
    with GameFile.open(finished) as source:
        point = _deliberation_of_turn(source, 3)
        state = state_at(source, point)
        start = Position(state, source.chronicle(upto=point))
    summary = simulate(start.state.scenario, 30, seed=5, start=start)
    assert summary.runs == 30
    assert sum(summary.endings.values()) == 30
    assert all(path[:2] == tuple(r.escalation for r in start.chronicle) for path in summary.paths)
    assert len({path for path in summary.paths}) > 1, "the future differs between runs"
    band = summary.band()
    assert band[0][1:] == (start.chronicle[0].escalation,) * 3


def test_branch_compare_and_simulate_from_the_command_line(finished: Path, tmp_path: Path) -> None:
    def wargame(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "wargame.cli", *map(str, args)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )

    with GameFile.open(finished) as parent:
        point = _deliberation_of_turn(parent, 2)
    out = tmp_path / "cli-branch.wargame"
    made = wargame("branch", finished, "--event", point, "--out", out)
    assert made.returncode == 0, made.stderr
    assert "branched from" in made.stdout
    same = wargame("compare", finished, out)
    assert same.returncode == 0 and "they part at event" in same.stdout  # the branch is shorter
    what_if = wargame("simulate", "--from", finished, "--event", point, "--runs", "12")
    assert what_if.returncode == 0, what_if.stderr
    assert "bots take every seat" in what_if.stdout and "12 games" in what_if.stdout
    assert wargame("simulate", "--event", "3").returncode == 2
    assert wargame("branch", finished, "--event", point, "--out", out).returncode == 2
