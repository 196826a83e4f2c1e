"""What-ifs with people: a branch can seat a person (with a PIN) where a bot played, and a bot
where a person did, so a debrief can replay a decision with another choice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import mini_scenario

from wargame.autoplay import submit_bot_moves
from wargame.describe import describe
from wargame.engine import fold
from wargame.errors import RuleError
from wargame.events import SeatHandedOver
from wargame.replay import branch, new_game, state_at, turn_begins
from wargame.session import Session
from wargame.state import Phase
from wargame.store import GameFile


@pytest.fixture
def bot_game(tmp_path: Path) -> Path:
    """A game of bots, played into its second turn's deliberation."""
    path = tmp_path / "bots.wargame"
    game_file, game = new_game(path, mini_scenario(), seed=8, humans={"moscow": "5555"})
    with game_file:
        while not (game.state.turn == 2 and game.state.phase is Phase.DELIBERATION):
            if game.state.phase is Phase.DELIBERATION:
                submit_bot_moves(game, game.scenario.actor_ids)
            game.advance(force=True)
    return path


def test_a_branch_seats_a_person_where_a_bot_played_and_a_bot_where_a_person_did(
    bot_game: Path, tmp_path: Path
) -> None:
    out = tmp_path / "what-if.wargame"
    with GameFile.open(bot_game) as source:
        start = turn_begins(source, 2)
        game_file, game = branch(source, start, out, {"seoul": "2468"}, ["moscow"])
    with game_file:
        seats = game.state.seats
        assert seats["seoul"].human and not seats["moscow"].human
        assert game.sign_in("seoul", "2468") and not game.sign_in("seoul", "0000")
        log = [s.event for s in game_file.events()]
        assert fold(game.scenario, log) == game.state
        handed = [e for e in log if isinstance(e, SeatHandedOver)]
        assert [(e.actor, e.to) for e in handed] == [("moscow", "bot"), ("seoul", "person")]
        assert f"after event {start}" in describe(handed[0], game.scenario)
        # Each change is a step of its own, so replay and a further branch can stop after it.
        assert game_file.commands()[-2:] == [e.seq for e in game_file.events()][-2:]
    with GameFile.open(bot_game) as source:
        assert not state_at(source).seats["seoul"].human  # the parent is as it was


def test_a_person_seated_in_a_branch_moves_and_the_bot_seated_moves_at_once(
    bot_game: Path, tmp_path: Path
) -> None:
    with GameFile.open(bot_game) as source:
        start = turn_begins(source, 2)
        session = Session.branch(
            source, start, tmp_path / "b.wargame", people={"seoul": "2468"}, bots=["moscow"]
        )
    try:
        facilitator = session.open_console()
        assert facilitator is not None
        session.advance(facilitator)  # briefing → deliberation
        assert "moscow" in session.state.moves  # the bot took Moscow's move
        assert session.game.waiting_for() == ["seoul"]
        assert session.sign_in("seoul", "2468").principal is not None
    finally:
        session.close()


def test_a_change_of_player_the_game_refuses_leaves_no_file(bot_game: Path, tmp_path: Path) -> None:
    out = tmp_path / "refused.wargame"
    with GameFile.open(bot_game) as source:
        with pytest.raises(RuleError, match="PIN"):
            branch(source, source.last_seq(), out, {"seoul": "12"})
        with pytest.raises(RuleError, match="bot already"):
            branch(source, source.last_seq(), out, bots=["seoul"])
    assert not out.exists()


def test_the_branch_command_seats_people_and_bots(bot_game: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.wargame"
    result = subprocess.run(
        [sys.executable, "-m", "wargame.cli", "branch", str(bot_game), "--turn", "2",
         "--out", str(out), "--person", "seoul=2468", "--bot", "moscow"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "people play seoul: open it in the app" in result.stdout
    log = subprocess.run(
        [sys.executable, "-m", "wargame.cli", "log", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "Moscow is played by a bot from now on: what-if: branched after event" in log.stdout
    with GameFile.open(out) as made:
        state = state_at(made)
        assert state.seats["seoul"].human and not state.seats["moscow"].human
    refused = subprocess.run(
        [sys.executable, "-m", "wargame.cli", "branch", str(bot_game), "--turn", "2",
         "--out", str(tmp_path / "no.wargame"), "--person", "seoul"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert refused.returncode == 2 and "never had a PIN" in refused.stderr
    assert not (tmp_path / "no.wargame").exists()
