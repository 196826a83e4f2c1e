"""Reading scenario files: YAML in, a validated `Scenario` or a list of located problems out.

Every problem names the file, the line and the field, so an author can jump straight to it.
Nothing here raises for a bad file except `ScenarioError`, which carries all the problems.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from wargame.errors import UserError
from wargame.scenario import Scenario
from wargame.scenario_checks import cross_reference_problems

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "scenarios"
DEFAULT_SCENARIO = "korea-2025"

PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class ScenarioError(UserError):
    """A scenario file that cannot be used; `problems` says every reason, with its place."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class _Located:
    """Line numbers and readable names for every node of a YAML document."""

    def __init__(self, root: yaml.Node | None) -> None:
        self.root = root
        self.duplicate_keys: list[tuple[PathKey, int, str]] = []
        if root is not None:
            self._find_duplicates(root, ())

    def _find_duplicates(self, node: yaml.Node, path: PathKey) -> None:
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if key.value in seen:
                    self.duplicate_keys.append((path, key.start_mark.line + 1, key.value))
                seen.add(key.value)
                self._find_duplicates(value, (*path, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._find_duplicates(item, (*path, index))

    def locate(self, path: Iterable[str | int]) -> tuple[int, str]:
        """The line of the deepest node on `path`, and that path written for a reader.

        Steps that are not in the document (Pydantic's union tags, a missing field) are
        skipped for the line but a missing field's name is kept, so the reader sees it.
        """
        node = self.root
        line = node.start_mark.line + 1 if node is not None else 1
        shown = ""
        for step in path:
            child = _child(node, step)
            if child is None:
                if isinstance(step, str) and not _is_union_tag(step):
                    shown = f"{shown}.{step}" if shown else step
                continue
            if isinstance(step, int):
                shown += f"[{_item_name(child, step)}]"
            else:
                shown = f"{shown}.{step}" if shown else step
            node = child
            line = child.start_mark.line + 1
        return line, shown or "(top level)"


def _child(node: yaml.Node | None, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(step, str):
        return next((v for k, v in node.value if k.value == step), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int):
        return node.value[step] if 0 <= step < len(node.value) else None
    return None


def _item_name(node: yaml.Node, index: int) -> str:
    """A list item is named by its `id` where it has one: `actions[nato_task_force]`."""
    id_node = _child(node, "id")
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
    """Load and check one scenario file; the scenario is None when any problem is found."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Problem(name, 1, "(file)", "no such file")]
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(name, 1, "(file)", f"cannot be read: {error}")]
    try:
        located = _Located(yaml.compose(text, Loader=yaml.SafeLoader))
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        return None, [Problem(name, line, "(yaml)", f"not valid YAML: {error.problem}")]
    except yaml.YAMLError as error:
        return None, [Problem(name, 1, "(yaml)", f"not valid YAML: {error}")]

    problems = [
        Problem(name, line, _field_of(located, path, key), "this key appears twice")
        for path, line, key in located.duplicate_keys
    ]
    if not isinstance(data, dict):
        problems.append(Problem(name, 1, "(top level)", "a scenario is a mapping of fields"))
        return None, problems
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as error:
        for item in error.errors():
            line, field = located.locate(item["loc"])
            problems.append(Problem(name, line, field, _message(item)))
        return None, _unique(problems)
    for where, message in cross_reference_problems(scenario):
        line, field = located.locate(where)
        problems.append(Problem(name, line, field, message))
    return (None if problems else scenario), _unique(problems)


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
