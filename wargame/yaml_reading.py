"""Reading YAML safely: text in, plain data and located problems out, in time and memory that
grow with the size of the file.

PyYAML's own `safe_load` can be made to run for ever (aliases that expand exponentially), to
recurse until Python or libyaml gives up (deep nesting, an anchor that contains itself), or to
raise bare `ValueError`s for an impossible date. Here the flat event stream is measured first
(nesting and values, each alias counted as all it repeats), and only a document that passes is
composed to nodes and turned into data, one node at a time, every failure a problem at its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

MAX_DEPTH = 50
"""A scenario nests a few levels deep; conditions a few more. Far below PyYAML's limits."""
MAX_VALUES = 200_000
"""How many values a document may stand for once every alias is expanded."""

MERGE = "tag:yaml.org,2002:merge"
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
PathKey = tuple[str | int, ...]

# libyaml parses and composes about six times faster than PyYAML's Python code; composing
# recurses in C, which is safe only because `_measure` has bounded the nesting first.
_LOADER = yaml.CSafeLoader


@dataclass
class Read:
    """What a YAML text holds: its data (None when it could not be read) and the root node,
    for locating fields later, and the problems found, each `(line, field, message)`."""

    data: Any = None
    root: yaml.Node | None = None
    problems: list[tuple[int, str, str]] = field(default_factory=list)


def read_yaml(text: str) -> Read:
    read = Read()
    try:
        refused = _measure(text)
        if refused is None:
            read.root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        read.problems.append(
            (mark.line + 1 if mark else 1, "(yaml)", f"not valid YAML: {error.problem}")
        )
        return read
    except yaml.reader.ReaderError as error:
        # A character YAML refuses has no mark, only a position, which libyaml counts in bytes.
        before = text.encode("utf-8")[: error.position].decode("utf-8", "ignore")
        line = len(_LINE_BREAK.findall(before)) + 1
        what = f"the character U+{error.character:04X} is not allowed ({error.reason})"
        read.problems.append((line, "(yaml)", f"not valid YAML: {what}"))
        return read
    if refused is not None:
        read.problems.append((refused[0], "(yaml)", refused[1]))
        return read
    if read.root is None:
        return read
    builder = _Builder()
    read.data = builder.build(read.root)
    read.problems.extend(builder.problems)
    return read


@dataclass
class _Open:
    """A sequence or mapping whose end has not been reached yet."""

    anchor: str | None
    values_before: int
    deepest_child: int = 0


def _measure(text: str) -> tuple[int, str] | None:
    """The line and the reason a document is too deep or too big, with every alias counted as
    all it repeats; read from the flat event stream, so nothing here recurses, and each alias
    costs one look-up. Aliases that name no anchor, or their own, are refused here too."""
    anchors: dict[str, tuple[int, int]] = {}  # anchor -> (values, nesting) of its node
    named: set[str] = set()
    open_nodes: list[_Open] = []
    values = 0
    for event in yaml.parse(text, Loader=_LOADER):
        line = event.start_mark.line + 1 if event.start_mark else 1
        if isinstance(event, yaml.CollectionEndEvent):
            closed = open_nodes.pop()
            nesting = closed.deepest_child + 1
            if closed.anchor is not None:
                anchors[closed.anchor] = (values - closed.values_before, nesting)
        elif isinstance(event, yaml.NodeEvent):
            name = event.anchor
            alias = isinstance(event, yaml.AliasEvent)
            if alias:
                if any(node.anchor == name for node in open_nodes):
                    return line, f"*{name} is used inside &{name} itself, so it never ends"
                if name not in anchors:
                    return line, f"*{name} names no anchor above it"
                added, nesting = anchors[name]
            else:
                if name in named:
                    return line, f"the anchor &{name} is defined twice"
                if name is not None:
                    named.add(name)
                added, nesting = 1, 0
                if isinstance(event, yaml.CollectionStartEvent):
                    open_nodes.append(_Open(name, values))
                elif name is not None:
                    anchors[name] = (1, 0)
            values += added
            through = f" through *{name}" if alias else ""
            if len(open_nodes) + nesting > MAX_DEPTH:
                return line, f"nested more than {MAX_DEPTH} levels deep{through}; flatten it"
            if values > MAX_VALUES and alias:
                return line, (
                    f"its aliases expand to more than {MAX_VALUES:,} values "
                    f"(*{name} repeats {added:,}); {_FAR_FEWER}"
                )
            if values > MAX_VALUES:
                return line, f"it holds more than {MAX_VALUES:,} values; {_FAR_FEWER}"
            if isinstance(event, yaml.CollectionStartEvent):
                continue  # its nesting is known at its end
        else:
            continue  # the start and end of the stream and of the document
        if open_nodes:
            open_nodes[-1].deepest_child = max(open_nodes[-1].deepest_child, nesting)
    return None


_FAR_FEWER = "a scenario never needs that many"
_TAG_KINDS = {
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:bool": "yes/no",
    "tag:yaml.org,2002:timestamp": "a date",
}


def _shown(node: yaml.Node) -> str:
    """A scalar as written, cut short if it is long."""
    text = str(node.value)
    return repr(text if len(text) <= 40 else text[:40] + "…")


def _kind(value: Any) -> str:
    """What a YAML value that is not text was read as, in a reader's words."""
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, date):
        return "a date"
    if value is None:
        return "nothing (null)"
    return "binary data"


class _Builder:
    """Plain data from nodes, one node at a time: a value that cannot be read, or a key that is
    not a plain name, becomes a problem at its line. Each node is built once, however many
    aliases point at it (`_measure` has made sure none contains itself)."""

    def __init__(self) -> None:
        self.problems: list[tuple[int, str, str]] = []
        self._built: dict[int, Any] = {}
        self._scalars = SafeConstructor()

    def _problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append((node.start_mark.line + 1, "(yaml)", message))

    def build(self, node: yaml.Node) -> Any:
        key = id(node)
        if key in self._built:
            return self._built[key]
        if isinstance(node, yaml.MappingNode):
            value: Any = self._mapping(node)
        elif isinstance(node, yaml.SequenceNode):
            value = [self.build(item) for item in node.value]
        else:
            value = self._scalar(node)
        self._built[key] = value
        return value

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            return self._scalars.construct_object(node, deep=True)
        except ConstructorError as error:  # an unknown tag, bad base64
            self._problem(node, f"cannot read the value {_shown(node)}: {error.problem}")
        except Exception as error:
            # Whatever else a scalar's constructor raises (ValueError for 2025-02-30, KeyError
            # for `!!bool maybe`) is about the author's text, not a bug.
            kind = _TAG_KINDS.get(node.tag, "the type its tag asks for")
            reason = f" ({error})" if isinstance(error, ValueError) and kind == "a date" else ""
            self._problem(node, f"cannot read the value {_shown(node)} as {kind}{reason}")
        return None

    def _mapping(self, node: yaml.MappingNode) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
        merged: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == MERGE:
                merged.update(self._merge(value_node))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(key_node, "a key must be a plain name, not a list or a mapping")
                continue
            problems_before = len(self.problems)
            key = self._scalar(key_node)
            if len(self.problems) > problems_before:
                continue  # a key that cannot be read at all is one problem, said already
            if not isinstance(key, str):
                self._problem(
                    key_node,
                    f"the key {_shown(key_node)} is read as {_kind(key)}, not as a name; "
                    "put it in quotes if it is meant as one",
                )
                continue
            mapping[key] = self.build(value_node)
        return {**merged, **mapping}

    def _merge(self, node: yaml.Node) -> dict[str, Any]:
        """`<<: *defaults` or `<<: [*a, *b]`: the keys of those mappings, earlier ones first."""
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        merged: dict[str, Any] = {}
        for source in reversed(sources):
            value = self.build(source)
            if isinstance(value, dict):
                merged.update(value)
            else:
                self._problem(source, "'<<' merges mappings only")
        return merged


def duplicate_keys(root: yaml.Node | None) -> list[tuple[PathKey, int, str]]:
    """Keys given twice in one mapping, with the path of the mapping: each node is visited once,
    however many aliases point at it."""
    found: list[tuple[PathKey, int, str]] = []
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, PathKey]] = [(root, ())] if root is not None else []
    while stack:
        node, path = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            names: set[str] = set()
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode):
                    continue
                if key.value in names:
                    found.append((path, key.start_mark.line + 1, key.value))
                names.add(key.value)
                stack.append((value, (*path, key.value)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*path, index)) for index, item in enumerate(node.value))
    return sorted(found, key=lambda item: item[1])
