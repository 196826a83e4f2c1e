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
from wargame.replay import ReplaySession, branch, command_ends, new_game, state_at, turn_begins
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
        ends = command_ends(parent)
        before = max(end for end in ends if end < adjudicated[0])
        after = min(end for end in ends if end > adjudicated[0])
        with pytest.raises(UserError, match=f"middle of one.*event {before} or {after}"):
            branch(parent, adjudicated[0], tmp_path / "half.wargame")
    assert not (tmp_path / "half.wargame").exists()


@pytest.mark.parametrize("event", [99999, -5, 0])
def test_a_branch_from_an_event_the_game_lacks_says_which_events_it_has(
    finished: Path, tmp_path: Path, event: int
) -> None:
    with GameFile.open(finished) as parent:
        last = parent.last_seq()
        with pytest.raises(UserError, match=f"has events 1 to {last}; there is no event {event}"):
            branch(parent, event, tmp_path / "nowhere.wargame")
    assert not (tmp_path / "nowhere.wargame").exists()


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
    assert "A ended: " in same.stdout and "B is still in play: turn 2" in same.stdout
    what_if = wargame("simulate", "--from", finished, "--event", point, "--runs", "12")
    assert what_if.returncode == 0, what_if.stderr
    assert "bots take every seat" in what_if.stdout and "12 games" in what_if.stdout
    assert wargame("simulate", "--event", "3").returncode == 2
    assert wargame("branch", finished, "--event", point, "--out", out).returncode == 2


def test_the_log_marks_where_each_step_ends_and_a_branch_may_start(finished: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wargame.cli", "log", str(finished)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    marked = [
        int(line.split()[0][:-1]) for line in done.stdout.splitlines() if line.split()[0][-1] == "*"
    ]
    with GameFile.open(finished) as parent:
        assert marked == command_ends(parent)


def test_a_branch_from_a_turn_starts_as_that_turn_begins(finished: Path, tmp_path: Path) -> None:
    with GameFile.open(finished) as parent:
        event = turn_begins(parent, 3)
        game_file, game = branch(parent, event, tmp_path / "turn3.wargame")
        with pytest.raises(UserError, match="there is no turn 99"):
            turn_begins(parent, 99)
    with game_file:
        assert (game.state.turn, game.state.phase) == (3, Phase.BRIEFING)
        assert not game.state.released or all(
            game.state.injects[i].turn < 3 for i in game.state.released
        ), "nothing of turn 3 has happened yet"


def test_a_shares_margin_is_the_wilson_interval() -> None:
    from wargame.simulate import wilson_margin

    # 78 of 200 (39%): the interval runs from 32.5% to 45.9%, ± 6.7 points about its centre.
    assert wilson_margin(78, 200) == pytest.approx(0.0670, abs=0.0005)
    assert 0 < wilson_margin(0, 200) < 0.02, "no spiral in 200 runs is not proof of none"
    assert wilson_margin(5, 10) > wilson_margin(50, 100) > wilson_margin(500, 1000)
