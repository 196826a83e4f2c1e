"""Scenario files: located problems for every kind of mistake, never a traceback."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import mini_scenario_data, write_yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wargame.scenario_file import (
    BUNDLED_DIR,
    Problem,
    ScenarioError,
    load_scenario,
    read_scenario,
    scenario_schema,
)


def _problems(tmp_path: Path, data: dict[str, Any]) -> list[Problem]:
    scenario, problems = read_scenario(write_yaml(tmp_path / "s.yaml", data))
    assert (scenario is None) == bool(problems)
    return problems


def _only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


def test_the_committed_schema_is_in_step_with_the_models() -> None:
    committed = (BUNDLED_DIR / "scenario.schema.json").read_text(encoding="utf-8")
    assert committed == scenario_schema(), "run: wargame schema > scenarios/scenario.schema.json"
    assert json.loads(committed)["properties"]["injects"]


def test_every_bundled_scenario_is_valid() -> None:
    for path in BUNDLED_DIR.glob("*.yaml"):
        scenario, problems = read_scenario(path)
        assert problems == [], problems
        assert scenario is not None


def test_a_valid_scenario_loads(tmp_path: Path) -> None:
    assert _problems(tmp_path, mini_scenario_data()) == []


def test_unknown_field_names_line_and_path(tmp_path: Path) -> None:
    data = mini_scenario_data()
    data["actors"][1]["colour_scheme"] = "red"
    problem = _only(_problems(tmp_path, data))
    assert problem.field == "actors[pyongyang].colour_scheme"
    assert "unknown field" in problem.message
    line = (tmp_path / "s.yaml").read_text().splitlines()[problem.line - 1]
    assert "colour_scheme" in line


def test_missing_field_is_named(tmp_path: Path) -> None:
    data = mini_scenario_data()
    del data["injects"][0]["title"]
    problem = _only(_problems(tmp_path, data))
    assert problem.field == "injects[INJ-1].title"
    assert problem.message == "required field is missing"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            lambda d: d["injects"][1].update(audience=["seoul", "tokyo"]),
            "injects[INJ-2].audience[1]",
            "unknown actor 'tokyo'",
        ),
        (
            lambda d: d["injects"][0]["sources"][0].update(events=["E99"]),
            "injects[INJ-1].sources[0].events[0]",
            "documents no event E99",
        ),
        (
            lambda d: d["injects"][1].update(id="INJ-1"),
            "injects[INJ-1].id",
            "duplicate inject id 'INJ-1'",
        ),
        (
            lambda d: d["actors"][0]["actions"][1]["on_success"]["indicators"][0].update(
                indicator="morale"
            ),
            "actors[seoul].actions[act_1].on_success.indicators[0].indicator",
            "unknown indicator 'morale'",
        ),
        (
            lambda d: d["injects"][3].update(trigger={"escalation": {"at_least": 9}}),
            "injects[INJ-4].trigger.escalation.at_least",
            "can never hold",
        ),
        (
            lambda d: d["injects"][3].update(trigger={"released": "INJ-4"}),
            "injects[INJ-4].trigger",
            "can never fire",
        ),
        (lambda d: d["injects"][0].update(turn=12), "injects[INJ-1].turn", "never comes"),
        (
            lambda d: d["actors"][2]["objectives"][0].update(
                condition={"relation": {"between": ["seoul", "seoul"], "at_least": 0}}
            ),
            "actors[washington].objectives[calm].condition.relation.between",
            "two different actors",
        ),
        (
            lambda d: d["actors"][0]["actions"][1].update(targets=["seoul"]),
            "actors[seoul].actions[act_1].targets[0]",
            "cannot aim an action at itself",
        ),
        (
            lambda d: d["injects"][0]["effects"].update(
                indicators=[{"actor": "target", "indicator": "support", "change": 1}]
            ),
            "injects[INJ-1].effects.indicators[0].actor",
            "unknown actor 'target'",
        ),
    ],
)
def test_cross_reference_problems_are_located(
    tmp_path: Path, change: Any, field: str, message: str
) -> None:
    data = copy.deepcopy(mini_scenario_data())
    change(data)
    problem = _only(_problems(tmp_path, data))
    assert problem.field == field
    assert message in problem.message
    assert str(problem).startswith(f"{tmp_path / 's.yaml'}:{problem.line}: {field}: ")


def test_yaml_syntax_error_points_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("id: x\ntitle: [unclosed\nturns: 3\n")
    problem = _only(read_scenario(path)[1])
    assert problem.line in (2, 3, 4)
    assert "not valid YAML" in problem.message


def test_duplicate_yaml_key_is_reported(tmp_path: Path) -> None:
    text = yaml.safe_dump(mini_scenario_data(), sort_keys=False)
    path = tmp_path / "dup.yaml"
    path.write_text(text.replace("turns: 4\n", "turns: 4\nturns: 5\n"))
    problems = read_scenario(path)[1]
    assert any(p.message == "this key appears twice" and p.field == "turns" for p in problems)


def test_load_scenario_raises_one_error_with_every_problem(tmp_path: Path) -> None:
    data = mini_scenario_data()
    data["injects"][1]["audience"] = ["tokyo"]
    data["injects"][2]["audience"] = ["osaka"]
    with pytest.raises(ScenarioError) as raised:
        load_scenario(write_yaml(tmp_path / "s.yaml", data))
    assert len(raised.value.problems) == 2


def test_a_missing_or_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    assert "no such file" in _only(read_scenario(tmp_path / "none.yaml")[1]).message
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert "cannot be read" in _only(read_scenario(binary)[1]).message


MINI_TEXT = yaml.safe_dump(mini_scenario_data(), sort_keys=False, allow_unicode=True)
MINI_LINES = MINI_TEXT.splitlines()
NOISE = st.sampled_from(
    [
        "",
        "-",
        ":",
        "x: [",
        "  - 1",
        "{",
        "'",
        "E99",
        "-5",
        "1e9",
        "tokyo",
        "null",
        "\t",
        "turn: 0",
        "audience: all",
        "id: INJ-1",
        "escalation: 99",
        "~",
        "&a",
        "*a",
        "!!python/none",
    ]
)


@st.composite
def mutated_scenarios(draw: st.DrawFn) -> str:
    lines = list(MINI_LINES)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(lines) - 1))
        kind = draw(
            st.sampled_from(
                ["delete", "duplicate", "replace", "insert", "value", "indent", "truncate"]
            )
        )
        if kind == "delete":
            del lines[where]
        elif kind == "duplicate":
            lines.insert(where, lines[where])
        elif kind == "replace":
            lines[where] = draw(NOISE)
        elif kind == "insert":
            lines.insert(where, draw(NOISE))
        elif kind == "value" and ":" in lines[where]:
            key = lines[where].split(":", 1)[0]
            lines[where] = f"{key}: {draw(NOISE | st.text(max_size=8))}"
        elif kind == "indent":
            lines[where] = " " * draw(st.integers(0, 6)) + lines[where].lstrip()
        elif kind == "truncate":
            lines = lines[:where]
        if not lines:
            break
    return "\n".join(lines) + "\n"


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=mutated_scenarios())
def test_mutated_scenario_files_get_clear_errors_only(tmp_path: Path, text: str) -> None:
    path = tmp_path / "mutated.yaml"
    path.write_text(text, encoding="utf-8")
    scenario, problems = read_scenario(path)
    assert (scenario is None) == bool(problems)
    line_count = max(1, len(text.splitlines()))
    for problem in problems:
        assert 1 <= problem.line <= line_count + 1
        assert problem.field and problem.message
        assert str(problem).startswith(f"{path}:{problem.line}: ")
        assert "Traceback" not in problem.message
