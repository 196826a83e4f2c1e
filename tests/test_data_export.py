"""`wargame export GAME --csv DIR --json FILE|DIR`, run as a real process: tidy tables, one row
per thing, read back as an analyst would; the game file stays byte for byte as it was, and no
output is ever written over a game."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import mini_scenario

from wargame.autoplay import play, submit_bot_moves
from wargame.events import ObservationModel
from wargame.fog import FACILITATOR
from wargame.free_actions import Judgement, ProposedAction
from wargame.replay import new_game
from wargame.review import estimable, reviewable
from wargame.state import ChosenAction


def wargame(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wargame.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def game(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "game.wargame"
    game_file, played = new_game(path, mini_scenario(), 8)
    with game_file:
        play(played, played.scenario.actor_ids)
        played.rate_objective("signals", "P")
        played.record_observation(
            ObservationModel(text="Calm, quick, \"quoted\", and, commas", kind="strength",
                             exercise_objective="signals", turn=2)
        )  # fmt: skip
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_writes_tidy_tables_and_leaves_the_game_as_it_was(
    game: Path, tmp_path: Path
) -> None:
    before, stamp = game.read_bytes(), os.stat(game).st_mtime_ns
    done = wargame("export", game, "--csv", tmp_path / "tables", "--json", tmp_path / "all.json")
    assert done.returncode == 0, done.stderr
    assert game.read_bytes() == before and os.stat(game).st_mtime_ns == stamp
    tables = tmp_path / "tables"
    names = {"actions", "adjudications", "modifiers", "estimates", "counter_arguments",
             "ratings", "observations", "indicators", "plan"}  # fmt: skip
    assert {p.stem for p in tables.glob("*.csv")} == names
    actions, adjudications = _rows(tables / "actions.csv"), _rows(tables / "adjudications.csv")
    assert actions and [a["adjudication"] for a in actions] == [
        a["adjudication"] for a in adjudications
    ]
    assert len({a["adjudication"] for a in actions}) == len(actions)
    assert {a["success"] for a in adjudications} <= {"True", "False"}
    assert _rows(tables / "ratings.csv") == [
        {"objective": "signals", "text": "Examine how allies read signals", "rating": "P"}
    ]
    [observation] = _rows(tables / "observations.csv")
    assert observation["text"] == 'Calm, quick, "quoted", and, commas'
    assert (observation["exercise_objective"], observation["turn"]) == ("signals", "2")
    scenario = mini_scenario()
    per_turn = 1 + len(scenario.actors) * len(scenario.indicators)
    assert len(_rows(tables / "indicators.csv")) == per_turn * (scenario.turns + 1)
    every = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert set(every) == names
    assert len(every["actions"]) == len(actions)


def test_json_to_a_folder_writes_a_file_per_table(game: Path, tmp_path: Path) -> None:
    done = wargame("export", game, "--json", tmp_path)
    assert done.returncode == 0, done.stderr
    ratings = json.loads((tmp_path / "ratings.json").read_text(encoding="utf-8"))
    assert ratings[0]["rating"] == "P"


def test_export_never_writes_over_a_game(game: Path, tmp_path: Path) -> None:
    before = game.read_bytes()
    for args in (("--json", game), ("--csv", game)):
        done = wargame("export", game, *args)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
    done = wargame("export", game)
    assert done.returncode == 2 and "--csv DIR" in done.stderr
    assert game.read_bytes() == before


def test_a_free_action_the_rooms_odds_and_a_counter_argument_are_rows_of_their_own(
    tmp_path: Path,
) -> None:
    path = tmp_path / "review.wargame"
    game_file, game = new_game(path, mini_scenario(), 8, review_step=True)
    with game_file:
        game.advance()  # deliberation
        talks = ProposedAction(title="Quiet talks", target="pyongyang", argument="A channel")
        game.submit_move("seoul", [ChosenAction("act_1")], "Seoul argues", [talks])
        submit_bot_moves(game, [a for a in game.scenario.actor_ids if a != "seoul"])
        game.judge_free_action("seoul", 0, Judgement(accepted=True, reason="Plausible", base=0.4))
        game.advance()  # the review opens
        for key in estimable(game.state, FACILITATOR):
            game.estimate(FACILITATOR, *key, 0.3)
        against = next(k for k in reviewable(game.state, "moscow") if k[0] == "seoul")
        game.counter_argue("moscow", *against, "Moscow, against")
        game.advance()  # adjudication
        model = {(a.actor, a.action): a for a in game.state.adjudications}
    done = wargame("export", path, "--csv", tmp_path / "tables")
    assert done.returncode == 0, done.stderr
    tables = tmp_path / "tables"
    free = [a for a in _rows(tables / "actions.csv") if a["category"] == "free"]
    assert [(a["actor"], a["action_name"]) for a in free] == [("seoul", "Quiet talks")]
    estimates = _rows(tables / "estimates.csv")
    assert estimates and {e["estimator"] for e in estimates} == {FACILITATOR}
    by_id = {str(a.id): a for a in model.values()}
    for row in estimates:
        adjudication = by_id[row["adjudication"]]
        assert float(row["estimate"]) == 0.3
        assert float(row["model"]) == adjudication.probability
        assert row["success"] == str(adjudication.success)
    [counter] = _rows(tables / "counter_arguments.csv")
    assert (counter["by"], counter["text"]) == ("moscow", "Moscow, against")
    assert by_id[counter["adjudication"]].actor == "seoul"
