"""Every message a user can meet is written in English and in Korean where it is raised: the
Korean interface and a Korean seat page show the Korean, the command line and the logs the
English."""

from __future__ import annotations

import ast
import importlib
import pickle
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import wargame
import web
from wargame.errors import RuleError, StoreError, UserError

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("wargame", "web", "ui")
HANGUL = re.compile("[\uac00-\ud7a3]")


def _parsed() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
    ]


MODULES = _parsed()


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _family() -> dict[str, ast.ClassDef]:
    """Every class of the family by name, as the source defines it: `UserError` and whatever
    derives from it, however deep."""
    defined = [n for _, m in MODULES for n in ast.walk(m) if isinstance(n, ast.ClassDef)]
    family = {c.name: c for c in defined if c.name == "UserError"}
    while True:
        grown = family | {c.name: c for c in defined if {_name(b) for b in c.bases} & set(family)}
        if grown.keys() == family.keys():
            return family
        family = grown


def _aliases(module: ast.Module) -> dict[str, str]:
    """The names a module imports under another name (`from X import Y as Z`)."""
    return {
        alias.asname: alias.name.rpartition(".")[2]
        for node in ast.walk(module)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
        if alias.asname
    }


def _calls(root: ast.AST) -> Iterator[ast.Call]:
    return (node for node in ast.walk(root) if isinstance(node, ast.Call))


def _messages() -> Iterator[tuple[str, ast.Call | None]]:
    """Every message given to an error of the family, with its place: each call of one of its
    classes, and for a class that makes its own message, its call of `super().__init__`."""
    family = _family()
    making_own = {
        name: c
        for name, c in family.items()
        if name != "UserError"
        and any(isinstance(n, ast.FunctionDef) and n.name == "__init__" for n in c.body)
    }
    for path, module in MODULES:
        aliases = _aliases(module)
        for call in _calls(module):
            called = _name(call.func) or ""
            called = aliases.get(called, called)
            if called in family and called not in making_own:
                yield f"{path.relative_to(ROOT)}:{call.lineno}", call
        for cls in (n for n in ast.walk(module) if n in making_own.values()):
            given = [call for call in _calls(cls) if _name(call.func) == "__init__"]
            for call in given or [None]:  # None: a class that gives UserError no message
                yield f"{path.relative_to(ROOT)}:{(call or cls).lineno}", call


def _korean(call: ast.Call | None) -> ast.expr | None:
    if call is None:
        return None
    given = {k.arg: k.value for k in call.keywords}
    return call.args[1] if len(call.args) > 1 else given.get("ko")


def _written_in_korean(text: ast.expr | None) -> bool:
    """A string or f-string written at the call, whose own words are Korean."""
    if isinstance(text, ast.Constant):
        return isinstance(text.value, str) and bool(HANGUL.search(text.value))
    if isinstance(text, ast.JoinedStr):
        return any(_written_in_korean(part) for part in text.values)
    return False


def test_every_user_error_is_raised_with_its_korean() -> None:
    messages = list(_messages())
    assert len(messages) > 80  # the scan finds the raise sites: it is not looking elsewhere
    missing = [where for where, call in messages if not _written_in_korean(_korean(call))]
    assert missing == [], "give each its Korean: UserError(english, korean)"


def test_the_scan_knows_every_kind_of_user_error() -> None:
    """A kind of error the scan did not find in the source would go unchecked."""
    for package in (wargame, web):
        for found in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if ".migrations" not in found.name:  # Alembic's scripts run only under Alembic
                importlib.import_module(found.name)
    kinds, queue = set(), [UserError]
    while queue:
        kind = queue.pop()
        kinds.add(kind.__name__)
        queue += kind.__subclasses__()
    assert kinds <= set(_family())
    assert {"RuleError", "StoreError", "Refused", "ScenarioError", "Cancelled"} <= kinds


def test_the_english_is_the_errors_text_and_the_korean_is_there_for_a_korean_screen() -> None:
    error = RuleError("The exercise has ended.", "연습이 끝났습니다.")
    assert str(error) == "The exercise has ended." == error.text("en")
    assert error.text("ko") == "연습이 끝났습니다."
    copied = pickle.loads(pickle.dumps(StoreError("g.wargame is damaged.", "손상되었습니다.")))
    assert copied.text("ko") == "손상되었습니다." and str(copied) == "g.wargame is damaged."
    with pytest.raises(TypeError):
        UserError("English alone")  # type: ignore[call-arg]
