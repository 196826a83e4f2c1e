"""Reading scenario files: YAML in, a validated `Scenario` or a list of located problems out.

Every problem names the file, the line and the field, so an author can jump straight to it.
Nothing here raises for a bad file except `ScenarioError`, which carries all the problems.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from wargame.bundled import bundled
from wargame.errors import UserError
from wargame.scenario import Scenario
from wargame.scenario_checks import cross_reference_problems, scenario_warnings
from wargame.yaml_reading import duplicate_keys, read_yaml

MAX_FILE_BYTES = 2_000_000
"""The bundled scenario is about 100 kB; anything past this is not a scenario."""

BUNDLED_DIR = bundled("scenarios")
DEFAULT_SCENARIO = "korea-2025"

PathKey = tuple[str | int, ...]


Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        warning = "warning: " if self.severity == "warning" else ""
        return f"{self.file}:{self.line}: {warning}{self.field}: {self.message}"


class ScenarioError(UserError):
    """A scenario file that cannot be used; `problems` says every reason, with its place."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        listed = "\n".join(str(p) for p in problems)
        # The problems are for the scenario's author, in the checker's own words (English).
        super().__init__(listed, f"시나리오 파일에 문제가 있습니다.\n{listed}")


class _Located:
    """Line numbers and readable names for the nodes of a YAML document."""

    def __init__(self, root: yaml.Node | None) -> None:
        self.root = root
        # A mapping's keys are indexed on first use, so that locating every one of many
        # problems in a long mapping does not read the mapping again each time.
        self._keys: dict[int, dict[str, yaml.Node]] = {}

    def child(self, node: yaml.Node | None, step: str | int) -> yaml.Node | None:
        if isinstance(node, yaml.MappingNode) and isinstance(step, str):
            keys = self._keys.get(id(node))
            if keys is None:
                keys = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
                self._keys[id(node)] = keys
            return keys.get(step)
        if isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            return node.value[step] if 0 <= step < len(node.value) else None
        return None

    def locate(self, path: Iterable[str | int]) -> tuple[int, str]:
        """The line of the deepest node on `path`, and that path written for a reader.

        Steps that are not in the document (Pydantic's union tags, a missing field) are
        skipped for the line but a missing field's name is kept, so the reader sees it.
        """
        node = self.root
        line = node.start_mark.line + 1 if node is not None else 1
        shown = ""
        for step in path:
            found = self.child(node, step)
            if found is None:
                if isinstance(step, str) and not _is_union_tag(step):
                    shown = f"{shown}.{step}" if shown else step
                continue
            if isinstance(step, int):
                shown += f"[{self._item_name(found, step)}]"
            else:
                shown = f"{shown}.{step}" if shown else step
            node = found
            line = found.start_mark.line + 1
        return line, shown or "(top level)"

    def _item_name(self, node: yaml.Node, index: int) -> str:
        """A list item is named by its `id` where it has one: `actions[nato_task_force]`."""
        id_node = self.child(node, "id")
        if isinstance(id_node, yaml.ScalarNode) and id_node.value:
            return id_node.value
        return str(index)


def _is_union_tag(step: str) -> bool:
    return "[" in step or step.startswith(("literal", "function", "list", "dict", "tuple"))


def _message(error: ErrorDetails) -> str:
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        return "unknown field (check the spelling against the schema)"
    if error["type"] == "missing":
        return "required field is missing"
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    return message


def read_scenario(path: Path) -> tuple[Scenario | None, list[Problem]]:
    """Load and check one scenario file. The scenario is None when any error is found;
    warnings (a scenario that works, but perhaps not as meant) come with a scenario too."""
    name = str(path)
    text = _text_of(path, name)
    if isinstance(text, Problem):
        return None, [text]
    read = read_yaml(text)
    problems = [Problem(name, line, where, message) for line, where, message in read.problems]
    located = _Located(read.root)
    problems += [
        Problem(name, line, _field_of(located, path, key), "this key appears twice")
        for path, line, key in duplicate_keys(read.root)
    ]
    if problems:
        return None, _unique(problems)
    if not isinstance(read.data, dict):
        return None, [Problem(name, 1, "(top level)", "a scenario is a mapping of fields")]
    try:
        scenario = Scenario.model_validate(read.data)
    except ValidationError as error:
        for item in error.errors():
            line, field = located.locate(item["loc"])
            problems.append(Problem(name, line, field, _message(item)))
        return None, _unique(problems)
    for where, message in cross_reference_problems(scenario):
        line, field = located.locate(where)
        problems.append(Problem(name, line, field, message))
    for where, message in scenario_warnings(scenario):
        line, field = located.locate(where)
        problems.append(Problem(name, line, field, message, "warning"))
    errors = [p for p in problems if p.severity == "error"]
    return (None if errors else scenario), _unique(problems)


def _text_of(path: Path, name: str) -> str | Problem:
    """The file's text, or why it cannot be a scenario: missing, not a plain file (a pipe
    would wait for ever), too large, or not UTF-8."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return Problem(name, 1, "(file)", "cannot be read: it is a folder, pipe or device")
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return Problem(name, 1, "(file)", "no such file")
    except OSError as error:
        return Problem(name, 1, "(file)", f"cannot be read: {error.strerror or error}")
    if len(raw) > MAX_FILE_BYTES:
        return Problem(
            name,
            1,
            "(file)",
            f"the file is {max(size, len(raw)) / 1_000_000:.1f} MB, larger than "
            f"{MAX_FILE_BYTES // 1_000_000} MB; a scenario is far smaller, so this is not one",
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return Problem(name, line, "(file)", "cannot be read: it is not UTF-8 text")


def _field_of(located: _Located, path: PathKey, key: str) -> str:
    return f"{located.locate(path)[1]}.{key}" if path else key


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def resolve_scenario_path(name_or_path: str) -> Path:
    """A bundled scenario's name (`korea-2025`) or a path to a YAML file."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return candidate
    return BUNDLED_DIR / f"{name_or_path}.yaml"


def load_scenario(name_or_path: str | Path = DEFAULT_SCENARIO) -> Scenario:
    scenario, problems = read_scenario(resolve_scenario_path(str(name_or_path)))
    if scenario is None:
        raise ScenarioError(problems)
    return scenario


def bundled_scenarios() -> list[Path]:
    return sorted(BUNDLED_DIR.glob("*.yaml"))


def scenario_schema() -> str:
    """The JSON Schema of the scenario format, as kept in `scenarios/scenario.schema.json`."""
    schema = Scenario.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Peninsula scenario"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
