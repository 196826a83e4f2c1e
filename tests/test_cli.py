"""The `wargame` command, run as a real subprocess exactly as scripts will run it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import mini_scenario_data, write_yaml

from wargame.scenario_file import BUNDLED_DIR, scenario_schema

SCENARIO = BUNDLED_DIR / "korea-2025.yaml"


def wargame(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wargame.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "g.wargame"
    result = wargame(
        "play", "--scenario", "korea-2025", "--seed", "1", "--bots", "all", "--out", out
    )
    assert result.returncode == 0, result.stderr
    return out


def _replayed(path: Path) -> str:
    """A saved game's final state as `wargame replay --json` prints it."""
    result = wargame("replay", path, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["turn"] > 1
    return result.stdout


def test_play_prints_a_summary_per_turn_and_an_ending(played: Path) -> None:
    result = wargame("log", played)
    assert result.returncode == 0
    assert "game_ended" in result.stdout
    lines = result.stdout.splitlines()
    assert re.match(r"\s+1\*?\s+T0\s+game_created", lines[0])
    assert [int(line.split()[0].rstrip("*")) for line in lines] == list(range(1, len(lines) + 1))


def test_replay_turn_three_as_json_has_the_promised_keys(played: Path) -> None:
    result = wargame("replay", played, "--turn", "3", "--json")
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout)
    for key in ("turn", "phase", "escalation", "relations", "indicators", "injects"):
        assert key in state
    assert state["turn"] == 3
    assert list(state) == sorted(state)


def test_replay_is_deterministic_for_the_same_seed(played: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.wargame"
    assert wargame("play", "--seed", "1", "--bots", "all", "--out", again).returncode == 0
    assert _replayed(played) == _replayed(again)


def test_replay_as_a_seat_hides_what_the_seat_may_not_know(played: Path) -> None:
    full = json.loads(wargame("replay", played, "--turn", "2", "--json").stdout)
    seat = json.loads(
        wargame("replay", played, "--turn", "2", "--seat", "pyongyang", "--json").stdout
    )
    private = [
        i for i in full["injects"] if i["audience"] != "all" and "pyongyang" not in i["audience"]
    ]
    assert private, "the scenario has injects Pyongyang may not see by turn 2"
    seen = {i["id"] for i in seat["injects"]}
    assert not seen & {i["id"] for i in private}
    assert set(seat["objectives"]) == {"pyongyang"}


def test_replay_at_an_event_and_human_readable(played: Path) -> None:
    result = wargame("replay", played, "--event", "5")
    assert result.returncode == 0
    assert "escalation:" in result.stdout and "relations:" in result.stdout


def test_replay_shows_each_injects_basis_and_the_red_lines_crossed(played: Path) -> None:
    shown = wargame("replay", played).stdout
    assert re.search(r"\[INJ-\d+\] .+ \((Reported|Analysis|Projection|Exercise device)\)", shown)
    assert "red_line_crossed" in wargame("log", played).stdout, "seed 1 crosses a red line"
    assert "red lines crossed: " in shown  # the facilitator's view lists them


def test_replay_beyond_the_game_is_a_user_error(played: Path) -> None:
    result = wargame("replay", played, "--turn", "99")
    assert result.returncode == 2
    assert "no turn 99" in result.stderr and "Traceback" not in result.stderr


def test_play_continues_a_saved_game(tmp_path: Path) -> None:
    out = tmp_path / "part.wargame"
    first = wargame("play", "--seed", "3", "--bots", "all", "--out", out, "--turns", "2")
    assert first.returncode == 0, first.stderr
    assert "paused at turn 3" in first.stdout
    second = wargame("play", out, "--bots", "all")
    assert second.returncode == 0, second.stderr
    assert "turn  3:" in second.stdout and "game over" in second.stdout
    whole = tmp_path / "whole.wargame"
    assert wargame("play", "--seed", "3", "--bots", "all", "--out", whole).returncode == 0
    assert _replayed(out) == _replayed(whole)


def test_validate_accepts_the_bundled_scenario() -> None:
    result = wargame("validate", SCENARIO)
    assert result.returncode == 0
    assert "ok" in result.stdout


def test_validate_reports_file_line_and_field(tmp_path: Path) -> None:
    data = mini_scenario_data()
    data["injects"][1]["audience"] = ["seoul", "tokyo"]
    data["actors"][0]["actions"][0]["base_probability"] = 1.5
    bad = write_yaml(tmp_path / "bad.yaml", data)
    result = wargame("validate", bad, SCENARIO)
    assert result.returncode == 2
    problems = [line for line in result.stderr.splitlines() if line.startswith(str(bad))]
    assert len(problems) == 1  # structure is checked first; cross-references after
    file, line, field, message = problems[0].split(":", 3)
    lines = bad.read_text().splitlines()
    assert "base_probability" in lines[int(line) - 1]
    assert field.strip() == "actors[seoul].actions[act_0].base_probability"
    assert "less than or equal to 1" in message
    assert f"{SCENARIO}: ok" in result.stdout  # the good file is still reported


def test_validate_reports_cross_reference_problems(tmp_path: Path) -> None:
    data = mini_scenario_data()
    data["injects"][1]["audience"] = ["seoul", "tokyo"]
    bad = write_yaml(tmp_path / "bad.yaml", data)
    result = wargame("validate", bad)
    assert result.returncode == 2
    assert re.search(
        r"bad.yaml:\d+: injects\[INJ-2\].audience\[1\]: unknown actor 'tokyo'", result.stderr
    )


def test_schema_prints_the_committed_schema() -> None:
    result = wargame("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "Peninsula scenario"
    assert result.stdout == scenario_schema()


def test_simulate_prints_distributions(tmp_path: Path) -> None:
    result = wargame("simulate", "--runs", "6", "--seed", "2", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert "6 games" in result.stdout
    assert "final escalation:" in result.stdout and "endings (share" in result.stdout
    assert "6/6 games" in result.stderr  # the progress bar reached the end
    endings = result.stdout.split("endings (share")[1].split("objectives")[0]
    shares = re.findall(r"(\d+\.\d)% ± (\d+\.\d)%", endings)
    assert sum(float(share) for share, _ in shares) == pytest.approx(100, abs=0.5)
    assert all(float(margin) > 0 for _, margin in shares), "even 0 of 6 is not a certainty"


def test_simulate_prints_each_objective_and_the_red_lines_crossed() -> None:
    result = wargame("simulate", "--runs", "20", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert re.search(r"Seoul +\d\.\d\d of 4 +\(deter_without_war \d+%", result.stdout)
    assert "red lines crossed (share of games):" in result.stdout


def test_balance_measures_passing_and_repeating_seats() -> None:
    result = wargame("balance", "--runs", "4", "--repeats", "1", "--seed", "2")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "a seat that never acts" in out and "repeated moves, best scoring first" in out
    assert re.search(r"balance goals: (all met|missed)", out)
    bad = wargame("balance", "--runs", "0")
    assert bad.returncode == 2 and "--runs" in bad.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("play", "--seed", "1"), "--out"),
        (("play", "--bots", "seoul", "--out", "x.wargame"), "every seat"),
        (("play", "--scenario", "nowhere", "--out", "x.wargame"), "no such file"),
        (("replay", "missing.wargame"), "does not exist"),
        (("simulate", "--runs", "0"), "at least 1"),
        (("frobnicate",), "invalid choice"),
    ],
)
def test_user_errors_exit_2_with_a_message_and_no_traceback(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = wargame(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.wargame").exists()


def test_a_user_error_is_printed_in_english_even_for_a_korean_document(
    played: Path, tmp_path: Path
) -> None:
    game = tmp_path / "g.wargame"
    game.write_bytes(played.read_bytes())
    result = wargame("report", game, "--html", game, "--language", "ko")
    assert result.returncode == 2
    assert f"wargame: {game} is the file the document is made from" in result.stderr
    assert not re.search("[\uac00-\ud7a3]", result.stderr)


def test_validate_prints_warnings_and_still_says_ok(tmp_path: Path) -> None:
    data = mini_scenario_data()
    data["injects"][2].pop("turn")
    data["injects"][2]["trigger"] = {"released": "INJ-4"}
    data["injects"][3]["trigger"] = {"released": "INJ-3"}
    path = write_yaml(tmp_path / "waiting.yaml", data)
    result = wargame("validate", path)
    assert result.returncode == 0
    assert ": warning: injects[INJ-3].trigger: " in result.stderr
    assert f"{path}: ok" in result.stdout


def test_validate_an_alias_bomb_ends_at_once(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]\n" for n in range(8)
    )
    path = tmp_path / "bomb.yaml"
    path.write_text(bomb)
    result = wargame("validate", path)
    assert result.returncode == 2 and "aliases expand" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_validate_refuses_a_pipe_instead_of_waiting_on_it(tmp_path: Path) -> None:
    pipe = tmp_path / "scenario.yaml"
    os.mkfifo(pipe)
    result = wargame("validate", pipe)
    assert result.returncode == 2
    assert f"{pipe}:1: (file): cannot be read: it is a folder, pipe or device" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("report", "g.wargame", "--html", "g.wargame"), "the file the document is made from"),
        (("report", "g.wargame", "--pdf", "./g.wargame"), "the file the document is made from"),
        (("report", "g.wargame", "--pdf", "notes.pdf"), "is a Peninsula game"),
        (("report", "g.wargame", "--pdf", "g.wargame-wal"), "the journal of the game g.wargame"),
        (("report", "g.wargame", "--pdf", "r.pdf", "--html", "r.pdf"), "for two documents"),
        (("handout", "g.wargame", "--seat", "seoul", "--pdf", "g.wargame"), "made from"),
        (("script", "g.wargame", "--pdf", "g.wargame"), "the file the document is made from"),
        (("script", "k.yaml", "--pdf", "k.yaml"), "the file the document is made from"),
        (("simulate", "--runs", "2", "--report", "notes.pdf"), "is a Peninsula game"),
        (("simulate", "--from", "g.wargame", "--runs", "2", "--report", "g.wargame"), "made from"),
    ],
)
def test_no_export_is_written_over_a_game_or_what_it_is_made_from(
    played: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    game = tmp_path / "g.wargame"
    game.write_bytes(played.read_bytes())
    (tmp_path / "notes.pdf").write_bytes(played.read_bytes())  # a game, whatever its name
    (tmp_path / "k.yaml").write_bytes(SCENARIO.read_bytes())
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    result = wargame(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before
