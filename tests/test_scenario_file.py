"""Scenario files: located problems for every kind of mistake, never a traceback."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import mini_scenario_data, write_yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wargame.scenario import Scenario
from wargame.scenario_checks import scenario_warnings
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
    bundled = sorted(BUNDLED_DIR.glob("*.yaml"))
    assert BUNDLED_DIR / "korea-2025.yaml" in bundled
    for path in bundled:
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
            lambda d: d["injects"][2].update(exercise_objectives=["signal"]),
            "injects[INJ-3].exercise_objectives[0]",
            "unknown exercise objective 'signal'; expected one of signals",
        ),
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
BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def _read_text(tmp_path: Path, text: str | bytes) -> tuple[Any, list[Problem]]:
    path = tmp_path / "s.yaml"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return read_scenario(path)


def test_an_alias_bomb_is_refused_at_once_with_its_line(tmp_path: Path) -> None:
    assert len(BILLION_LAUGHS) < 500
    scenario, problems = _read_text(tmp_path, BILLION_LAUGHS)
    problem = _only(problems)
    assert scenario is None and "aliases expand to more than" in problem.message
    assert 2 <= problem.line <= 9


def test_a_huge_file_is_refused_by_its_size(tmp_path: Path) -> None:
    big = "items:\n" + "  - x\n" * 500_000  # about 3 MB
    problem = _only(_read_text(tmp_path, big)[1])
    assert "the file is 3.0 MB, larger than 2 MB" in problem.message and problem.line == 1


def test_a_file_of_too_many_values_is_refused_where_it_passes_the_limit(tmp_path: Path) -> None:
    many = "items:\n" + "- 1\n" * 250_000  # under the size cap, with no alias at all
    problem = _only(_read_text(tmp_path, many)[1])
    assert problem.message.startswith("it holds more than 200,000 values")
    assert "alias" not in problem.message
    assert problem.line == 199_999  # the mapping, its key and the list are three values more


def test_nesting_through_aliases_is_refused_at_the_alias(tmp_path: Path) -> None:
    # Each anchor nests ten levels more than the one before; no line nests more than eleven.
    chain = ["a0: &a0 " + "[" * 10 + "x" + "]" * 10]
    chain += [f"a{n}: &a{n} " + "[" * 10 + f"*a{n - 1}" + "]" * 10 for n in range(1, 8)]
    problem = _only(_read_text(tmp_path, "\n".join(chain) + "\n")[1])
    assert problem.message == "nested more than 50 levels deep through *a3; flatten it"
    assert problem.line == 5


def test_deep_nesting_is_refused_with_its_line(tmp_path: Path) -> None:
    deep = "a: " + "[" * 400 + "]" * 400 + "\n"
    problem = _only(_read_text(tmp_path, deep)[1])
    assert "nested more than" in problem.message and problem.line == 1


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-02-30", "cannot read the value '2025-02-30'"),
        ("!!int 12abc", "cannot read the value '12abc'"),
        ("!!timestamp 2024-13-45", "cannot read the value '2024-13-45'"),
        ("!!python/name:os.system", "cannot read the value"),
        ("!!binary 'not base64 !'", "cannot read the value"),
        ("!!bool maybe", "cannot read the value 'maybe' as yes/no"),
        ("&loop [*loop]", "*loop is used inside &loop itself"),
        ("[*nowhere]", "*nowhere names no anchor above it"),
        ("[&twice a, &twice b]", "the anchor &twice is defined twice"),
    ],
)
def test_an_unreadable_value_is_a_problem_at_its_line(
    tmp_path: Path, value: str, message: str
) -> None:
    lines = list(MINI_LINES)
    where = next(n for n, line in enumerate(lines) if line.startswith("start_date:"))
    lines[where] = f"start_date: {value}"
    problem = _only(_read_text(tmp_path, "\n".join(lines) + "\n")[1])
    assert message in problem.message
    assert problem.line == where + 1


def test_a_character_yaml_refuses_is_a_problem_at_its_line(tmp_path: Path) -> None:
    lines = list(MINI_LINES)
    lines[2] += "\x0b"  # a vertical tab, as pasted from a word processor
    problem = _only(_read_text(tmp_path, "\r\n".join(lines) + "\r\n")[1])
    assert problem.line == 3
    assert "the character U+000B is not allowed" in problem.message


@pytest.mark.parametrize(
    ("key", "read_as"),
    [("yes", "yes/no"), ("1", "a number"), ("~", "nothing (null)"), ("2024-01-01", "a date")],
)
def test_a_key_that_reads_as_no_name_is_a_problem_at_its_line(
    tmp_path: Path, key: str, read_as: str
) -> None:
    lines = list(MINI_LINES)
    where = lines.index("    support: 50")  # the first actor's starting indicators
    lines.insert(where, f"    {key}: 50")
    problem = _only(_read_text(tmp_path, "\n".join(lines) + "\n")[1])
    assert problem.message.startswith(f"the key '{key}' is read as {read_as}, not as a name")
    assert problem.line == where + 1


def test_a_key_that_cannot_be_read_is_one_problem(tmp_path: Path) -> None:
    problem = _only(_read_text(tmp_path, MINI_TEXT + "!!int 12abc: x\n")[1])
    assert problem.message == "cannot read the value '12abc' as a whole number"
    assert problem.line == len(MINI_LINES) + 1


@pytest.mark.parametrize("key", ["? [a, b]\n: c", "? {a: 1}\n: c", "[1, 2]: c", "? - x\n: y"])
def test_a_key_that_is_not_a_plain_name_is_a_problem(tmp_path: Path, key: str) -> None:
    problems = _read_text(tmp_path, MINI_TEXT + key + "\n")[1]
    assert any("plain name" in p.message for p in problems), problems
    assert all(p.line > len(MINI_LINES) - 1 for p in problems)


def test_merge_keys_still_work(tmp_path: Path) -> None:
    # The scenario's title comes only from the merged anchor: without the merge, a required
    # field would be missing besides the unknown one that holds the anchor.
    assert MINI_TEXT.count("\ntitle: Mini\n") == 1
    text = MINI_TEXT.replace("\ntitle: Mini\n", "\n<<: *d\n", 1)
    text = "defaults: &d {title: Mini}\n" + text
    problem = _only(_read_text(tmp_path, text)[1])
    assert problem.field == "defaults" and "unknown field" in problem.message


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(days_per_turn=1_000_000_000), "days_per_turn"),
        (lambda d: d.update(start_date="9999-12-31"), "start_date"),
        (lambda d: d["injects"][0].update(date="9999-12-31"), "injects[INJ-1].date"),
        (lambda d: d["injects"][0].update(turn=10**12), "injects[INJ-1].turn"),
        (
            lambda d: d["injects"][0]["effects"].update(escalation=10**9),
            "injects[INJ-1].effects.escalation",
        ),
        (lambda d: d.update(title="x" * 301), "title"),
        (
            lambda d: d["endings"][0].update(condition={"escalation": {"at_least": float("nan")}}),
            "endings[spiral].condition.escalation.at_least",
        ),
    ],
)
def test_out_of_range_values_are_located(tmp_path: Path, change: Any, field: str) -> None:
    data = copy.deepcopy(mini_scenario_data())
    change(data)
    problems = _problems(tmp_path, data)
    assert field in [p.field for p in problems], problems


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start=st.dates(date(1850, 1, 1), date(2200, 12, 31)) | st.dates(),
    days=st.integers(-10, 10**6),
    turns=st.integers(-5, 500),
)
def test_every_turn_of_a_valid_scenario_has_a_date(
    tmp_path: Path, start: date, days: int, turns: int
) -> None:
    """A calendar that would run off the end of the dates is refused at the field that makes
    it so; any other has a date for every turn and for the day after the last."""
    data = copy.deepcopy(mini_scenario_data())
    data.update(start_date=start.isoformat(), days_per_turn=days, turns=turns)
    for inject in data["injects"]:
        inject.pop("turn", None)
        inject["trigger"] = inject.get("trigger") or {"turn": {"at_least": 1}}
    scenario, problems = read_scenario(write_yaml(tmp_path / "s.yaml", data))
    out_of_range = {
        "start_date": not date(1900, 1, 1) <= start <= date(2150, 12, 31),
        "days_per_turn": not 1 <= days <= 366,
        "turns": not 1 <= turns <= 50,
    }
    refused = {field for field, out in out_of_range.items() if out}
    assert {p.field for p in problems if p.severity == "error"} == refused, problems
    assert (scenario is None) == bool(refused)
    if scenario is not None:
        dates = [scenario.date_of_turn(turn) for turn in range(1, turns + 2)]
        assert dates[0] == start and dates[-1] == start + timedelta(days=days * turns)


def test_injects_waiting_for_each_other_are_a_warning_not_an_error(tmp_path: Path) -> None:
    data = copy.deepcopy(mini_scenario_data())
    data["injects"][2].pop("turn")
    data["injects"][2]["trigger"] = {"all": [{"released": "INJ-4"}, {"turn": {"at_least": 2}}]}
    data["injects"][3]["trigger"] = {"released": "INJ-3"}
    path = write_yaml(tmp_path / "s.yaml", data)
    scenario, problems = read_scenario(path)
    assert scenario is not None
    warning = _only(problems)
    assert warning.severity == "warning" and "INJ-3 → INJ-4 → INJ-3" in warning.message
    assert str(warning).startswith(f"{path}:{warning.line}: warning: injects[INJ-3].trigger")


def _waiting_injects(triggers: dict[str, Any]) -> dict[str, Any]:
    """The small scenario with its MSEL replaced by injects released by these triggers."""
    data = mini_scenario_data()
    template = {k: v for k, v in data["injects"][0].items() if k != "turn"}
    data["injects"] = [{**template, "id": i, "trigger": t} for i, t in triggers.items()]
    return data


def test_an_inject_waiting_on_a_loop_of_waits_is_a_warning_too(tmp_path: Path) -> None:
    data = _waiting_injects(
        {
            "CALL": {"released": "TALKS"},
            "TALKS": {"released": "SUMMIT"},
            "SUMMIT": {"all": [{"released": "TALKS"}, {"turn": {"at_least": 2}}]},
            "LATER": {"any": [{"released": "CALL"}, {"turn": {"at_least": 3}}]},
        }
    )
    scenario, problems = read_scenario(write_yaml(tmp_path / "s.yaml", data))
    assert scenario is not None
    assert {p.severity for p in problems} == {"warning"}
    assert [(p.field, p.message) for p in problems] == [
        (
            "injects[CALL].trigger",
            "waits for the release of TALKS, which no trigger ever gives, "
            "so this trigger never fires either",
        ),
        (
            "injects[TALKS].trigger",
            "these injects wait for each other's release, so their triggers never fire: "
            "TALKS → SUMMIT → TALKS",
        ),
    ]


def test_a_loop_of_five_hundred_waiting_injects_is_found() -> None:
    count = 500
    triggers = {f"C{n}": {"released": f"C{(n + 1) % count}"} for n in range(count)}
    warnings = scenario_warnings(Scenario.model_validate(_waiting_injects(triggers)))
    [(path, message)] = warnings
    assert path == ("injects", 0, "trigger")
    assert message.endswith(": " + " → ".join(f"C{n}" for n in [*range(count), 0]))


def test_injects_each_waiting_for_many_are_each_looked_at_once() -> None:
    # 49 layers of ten injects, each waiting for all ten of the layer below, and the bottom
    # layer for a loop: 10**48 ways down, one look at each inject.
    triggers: dict[str, Any] = {"LOOP_A": {"released": "LOOP_B"}, "LOOP_B": {"released": "LOOP_A"}}
    for layer in range(49):
        below = [f"L{layer + 1}_{k}" for k in range(10)] if layer < 48 else ["LOOP_A"]
        for k in range(10):
            triggers[f"L{layer}_{k}"] = {"all": [{"released": b} for b in below]}
    warnings = scenario_warnings(Scenario.model_validate(_waiting_injects(triggers)))
    assert len(warnings) == 491
    assert sum("wait for each other" in message for _, message in warnings) == 1


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
TOKENS = st.sampled_from(
    [
        "2025-02-30",
        "!!int 12abc",
        "!!timestamp 2024-13-45",
        "!!float nan",
        ".inf",
        "-.inf",
        ".nan",
        "!!binary aGVsbG8=",
        "!!str",
        "!!map {}",
        "!!set {a, b}",
        "&x [*x]",
        "&y {k: *y}",
        "*nowhere",
        "[[[[[[[[[[",
        "[" * 60 + "]" * 60,
        "{a: " * 400,
        "&w [&v [x, x], *v, *v]",
        "[*w, *w, *w, *w]",
        "!!bool maybe",
        "{yes: 1, 2024-01-01: 2, ~: 3}",
        "[&twice a, &twice b]",
        "x\x0b",
        "\x85",
        "\u2028",
        "9" * 400,
        "0x" + "f" * 40,
        "1_000_000_000_000_000_000",
        "'\u202e reversed'",
        '"\\ud800"',
        "\ufeff",
        "{? [a]: b}",
        "? [a, b]",
        "[1, 2]: 3",
        "!custom thing",
        "<<: *nowhere",
        "<<: [1, 2]",
        "yes",
        "0o777",
        "9999-12-31",
        "-0",
        "1e309",
    ]
)
LINE_ENDINGS = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def mutated_scenarios(draw: st.DrawFn) -> str:
    """The small scenario with mistakes of lines (deleted, repeated, shifted) and of tokens
    (a value swapped for a typed tag, a bad date, an alias, deep brackets, odd characters)."""
    lines = list(MINI_LINES)
    for _ in range(draw(st.integers(1, 5))):
        where = draw(st.integers(0, len(lines) - 1))
        kind = draw(
            st.sampled_from(
                ["delete", "duplicate", "replace", "insert", "value", "token", "key", "indent",
                 "truncate", "tab"]
            )
        )  # fmt: skip
        line = lines[where]
        if kind == "delete":
            del lines[where]
        elif kind == "duplicate":
            lines.insert(where, line)
        elif kind == "replace":
            lines[where] = draw(NOISE)
        elif kind == "insert":
            lines.insert(where, draw(NOISE | TOKENS))
        elif kind in ("value", "token") and ":" in line:
            key = line.split(":", 1)[0]
            value = draw(TOKENS) if kind == "token" else draw(NOISE | st.text(max_size=8))
            lines[where] = f"{key}: {value}"
        elif kind == "key" and ":" in line:
            indent = line[: len(line) - len(line.lstrip())]
            lines.insert(where, f"{indent}{draw(TOKENS)}: x")
        elif kind == "indent":
            lines[where] = " " * draw(st.integers(0, 6)) + line.lstrip()
        elif kind == "tab":
            lines[where] = "\t" + line
        elif kind == "truncate":
            lines = lines[:where]
        if not lines:
            break
    text = draw(LINE_ENDINGS).join(lines) + "\n"
    return ("\ufeff" if draw(st.booleans()) else "") + text


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=mutated_scenarios())
def test_mutated_scenario_files_get_clear_errors_only(tmp_path: Path, text: str) -> None:
    path = tmp_path / "mutated.yaml"
    path.write_text(text, encoding="utf-8", newline="")
    scenario, problems = read_scenario(path)
    errors = [p for p in problems if p.severity == "error"]
    assert (scenario is None) == bool(errors)
    line_count = max(1, len(text.splitlines()))
    for problem in problems:
        assert 1 <= problem.line <= line_count + 1
        assert problem.field and problem.message
        assert str(problem).startswith(f"{path}:{problem.line}: ")
        assert "Traceback" not in problem.message


def _warnings(tmp_path: Path, data: dict[str, Any]) -> list[Problem]:
    scenario, problems = read_scenario(write_yaml(tmp_path / "s.yaml", data))
    assert scenario is not None, problems
    assert {p.severity for p in problems} <= {"warning"}
    return problems


def _dated(published: str | None, **inject: Any) -> dict[str, Any]:
    """The small scenario with its seed published then, and its first inject (reported, on
    2024-10-14, citing that seed) changed so."""
    data = mini_scenario_data()
    data["seeds"][0]["published"] = published
    data["injects"][0].update(inject)
    return data


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (
            _dated("2024-09", date_estimated=True),
            "injects[INJ-1].date_estimated",
            "marked estimated, but 000_37083db0633f7edd.txt is dated 2024-09, before 2024-10-14: "
            "an inject dated after the source it reports or analyses is moved, not estimated; "
            "mark it date_moved and say so in the notes",
        ),
        (
            _dated("2024-10-14", date_estimated=True),
            "injects[INJ-1].date_estimated",
            "marked estimated, but 2024-10-14 is the day 000_37083db0633f7edd.txt is dated, so "
            "it is known: drop date_estimated",
        ),
        (
            _dated(None, date_moved=True),
            "injects[INJ-1].date_moved",
            "marked moved, but none of its seeds is dated: mark it date_estimated",
        ),
    ],
)
def test_a_date_that_claims_what_its_seed_does_not_give_is_a_warning(
    tmp_path: Path, data: dict[str, Any], field: str, message: str
) -> None:
    warning = _only(_warnings(tmp_path, data))
    assert (warning.field, warning.message) == (field, message)
    line = (tmp_path / "s.yaml").read_text().splitlines()[warning.line - 1]
    assert field.rsplit(".", 1)[1] in line


@pytest.mark.parametrize(
    "data",
    [
        _dated("2024-10", date_estimated=True),  # a day guessed within the seed's month
        _dated("2024-10-20", date_estimated=True),  # before the article that reports it
        _dated("2024-09", date_moved=True),
        _dated("2024-10-14"),  # the article's own day, given as such
        _dated(None, date_estimated=True),
        _dated("2024-09", date_estimated=True, basis="projection"),  # beyond its seed by nature
    ],
)
def test_a_date_its_seed_allows_is_no_warning(tmp_path: Path, data: dict[str, Any]) -> None:
    assert _warnings(tmp_path, data) == []


def test_a_date_both_estimated_and_moved_is_an_error(tmp_path: Path) -> None:
    problem = _only(_problems(tmp_path, _dated("2024-09", date_estimated=True, date_moved=True)))
    assert problem.field == "injects[INJ-1]"
    assert problem.message == "a date is either estimated or moved, not both"


@pytest.mark.parametrize("published", ["2024-13", "2024-02-30", "October 2024", "1850-01"])
def test_a_seed_published_on_no_day_or_month_is_one_located_problem(
    tmp_path: Path, published: str
) -> None:
    problem = _only(_problems(tmp_path, _dated(published)))
    assert problem.field == "seeds[0].published"
    assert problem.message.startswith("give the day the article appeared (2025-11-05)")


@pytest.mark.parametrize(
    ("inject", "basis", "field", "text", "word"),
    [
        (0, "reported", "body", "The launch was likely a test.", "'likely'"),
        (0, "reported", "title", "Launch Seems A Test", "'seems'"),
        (0, "reported", "body_ko", "시험 발사였을 가능성이 높습니다.", "'가능성이 높'"),
        (1, "analysis", "body", "Reports suggest the talks will stall.", "'reports suggest'"),
        (1, "analysis", "title_ko", "보도에 따르면 회담이 멈춥니다", "'보도에 따르면'"),
    ],
)
def test_wording_that_tells_against_the_basis_is_a_warning(
    tmp_path: Path, inject: int, basis: str, field: str, text: str, word: str
) -> None:
    data = mini_scenario_data()
    data["injects"][inject].update({"basis": basis, field: text})
    warning = _only(_warnings(tmp_path, data))
    inject_id = data["injects"][inject]["id"]
    assert warning.field == f"injects[{inject_id}].{field}"
    assert warning.message.startswith(f"{word} ")
    assert f"the basis to {'analysis' if basis == 'reported' else 'reported'}" in warning.message
    line = (tmp_path / "s.yaml").read_text(encoding="utf-8").splitlines()[warning.line - 1]
    assert line.lstrip().startswith(f"{field}:")


@pytest.mark.parametrize(
    ("basis", "text"),
    [
        ("reported", "The visit is expected to reaffirm the alliance."),  # a reported expectation
        ("analysis", "The partnership is likely to deepen."),
        ("projection", "Reports suggest that envoys have met."),  # news of a projected world
        ("exercise_device", "Reports suggest the drills will be larger."),
    ],
)
def test_wording_its_basis_allows_is_no_warning(tmp_path: Path, basis: str, text: str) -> None:
    data = mini_scenario_data()
    data["injects"][0].update(basis=basis, body=text)
    assert _warnings(tmp_path, data) == []
