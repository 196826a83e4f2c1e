"""Reading YAML safely: text in, plain data and located problems out, in time and memory that
grow with the size of the file.

PyYAML's own `safe_load` can be made to run for ever (aliases that expand exponentially), to
recurse until Python gives up (deep nesting, an anchor that contains itself), or to raise bare
`ValueError`s for an impossible date. Here the document is checked for depth on the flat event
stream first, composed to nodes, measured with each shared node counted once, and only then
turned into data, one node at a time, every failure becoming a problem at its line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

MAX_DEPTH = 50
"""A scenario nests a few levels deep; conditions a few more. Far below PyYAML's limits."""
MAX_VALUES = 200_000
"""How many values a document may stand for once every alias is expanded."""

MERGE = "tag:yaml.org,2002:merge"
PathKey = tuple[str | int, ...]


@dataclass
class Read:
    """What a YAML text holds: its data (None when it could not be read) and the root node,
    for locating fields later, and the problems found, each `(line, field, message)`."""

    data: Any = None
    root: yaml.Node | None = None
    problems: list[tuple[int, str, str]] = field(default_factory=list)


def read_yaml(text: str) -> Read:
    read = Read()
    deepest = _too_deep(text)
    if deepest is not None:
        read.problems.append(
            (deepest, "(yaml)", f"nested more than {MAX_DEPTH} levels deep; flatten the document")
        )
        return read
    try:
        read.root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        read.problems.append(
            (mark.line + 1 if mark else 1, "(yaml)", f"not valid YAML: {error.problem}")
        )
        return read
    except yaml.YAMLError as error:
        read.problems.append((1, "(yaml)", f"not valid YAML: {error}"))
        return read
    if read.root is None:
        return read
    sizes: dict[int, int] = {}
    if _size(read.root, sizes, set()) > MAX_VALUES:
        line = _where_it_explodes(read.root, sizes)
        read.problems.append(
            (
                line,
                "(yaml)",
                f"its aliases expand to more than {MAX_VALUES:,} values; "
                "a scenario never needs that many",
            )
        )
        return read
    builder = _Builder()
    read.data = builder.build(read.root)
    read.problems.extend(builder.problems)
    return read


def _too_deep(text: str) -> int | None:
    """The line where nesting first passes `MAX_DEPTH`, read from the flat event stream (which,
    unlike composing, does not recurse)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark.line + 1 if event.start_mark else 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None  # composing will say what is wrong, and where
    return None


def _children(node: yaml.Node) -> Iterable[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


def _size(node: yaml.Node, sizes: dict[int, int], open_nodes: set[int]) -> int:
    """How many values `node` stands for with every alias expanded; each node is measured once,
    and a node that contains itself counts once (the builder reports it)."""
    key = id(node)
    if key in sizes:
        return sizes[key]
    if key in open_nodes:
        return 1
    open_nodes.add(key)
    total = 1
    for child in _children(node):
        total += _size(child, sizes, open_nodes)
        if total > MAX_VALUES:
            break
    open_nodes.discard(key)
    sizes[key] = total
    return total


def _where_it_explodes(root: yaml.Node, sizes: dict[int, int]) -> int:
    """The line of the value whose aliases make the document too big: from the root, follow
    the first oversized child until the next one would be an alias of something earlier."""
    first_seen: dict[int, int] = {}
    order = [root]
    while order:
        node = order.pop()
        if id(node) not in first_seen:
            first_seen[id(node)] = len(first_seen)
            order.extend(reversed(list(_children(node))))
    node = root
    while True:
        oversized = next((c for c in _children(node) if sizes.get(id(c), 0) > MAX_VALUES), None)
        if oversized is None or first_seen[id(oversized)] < first_seen[id(node)]:
            return node.start_mark.line + 1
        node = oversized


class _Builder:
    """Plain data from nodes, one node at a time: a value that cannot be read, a key that is
    not a plain value, or an anchor that contains itself becomes a problem at its line."""

    def __init__(self) -> None:
        self.problems: list[tuple[int, str, str]] = []
        self._built: dict[int, Any] = {}
        self._building: set[int] = set()
        self._scalars = SafeConstructor()

    def _problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append((node.start_mark.line + 1, "(yaml)", message))

    def build(self, node: yaml.Node) -> Any:
        key = id(node)
        if key in self._built:
            return self._built[key]
        if key in self._building:
            self._problem(node, "an anchor is used inside itself, so it never ends")
            return None
        self._building.add(key)
        if isinstance(node, yaml.MappingNode):
            value: Any = self._mapping(node)
        elif isinstance(node, yaml.SequenceNode):
            value = [self.build(item) for item in node.value]
        else:
            value = self._scalar(node)
        self._building.discard(key)
        self._built[key] = value
        return value

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            return self._scalars.construct_object(node, deep=True)
        except (ConstructorError, ValueError, TypeError, OverflowError) as error:
            problem = getattr(error, "problem", None) or str(error)
            self._problem(node, f"cannot read the value {node.value!r}: {problem}")
            return None

    def _mapping(self, node: yaml.MappingNode) -> dict[Any, Any]:
        mapping: dict[Any, Any] = {}
        merged: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == MERGE:
                merged.update(self._merge(value_node))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(key_node, "a key must be a plain name, not a list or a mapping")
                continue
            key = self._scalar(key_node)
            try:
                hash(key)
            except TypeError:
                self._problem(key_node, f"{key_node.value!r} cannot be used as a key")
                continue
            mapping[key] = self.build(value_node)
        return {**merged, **mapping}

    def _merge(self, node: yaml.Node) -> dict[Any, Any]:
        """`<<: *defaults` or `<<: [*a, *b]`: the keys of those mappings, earlier ones first."""
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        merged: dict[Any, Any] = {}
        for source in reversed(sources):
            value = self.build(source)
            if isinstance(value, dict):
                merged.update(value)
            else:
                self._problem(source, "'<<' merges mappings only")
        return merged


def child(node: yaml.Node | None, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(step, str):
        return next((v for k, v in node.value if k.value == step), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int):
        return node.value[step] if 0 <= step < len(node.value) else None
    return None


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
