"""No module binds a top-level name twice: a second `_NEW_CLAUSE = ...` silently replaced the first for every
reader above it. Wrapping a pattern in place (`X = Anchored(X, ...)`) is the one rebinding allowed."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

_PACKAGE_FOLDERS = ("extract", "schemas", "eval", "src")


def rebound_names(source: str) -> list[str]:
    """Top-level names bound more than once, not counting `X = Anchored(X, ...)`."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            wraps = isinstance(node.value, ast.Call) and any(
                isinstance(a, ast.Name) and a.id in names for a in node.value.args)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names, wraps = [node.name], False
        else:
            continue
        for name in names:
            if name in seen and not wraps:
                twice.append(name)
            seen.add(name)
    return twice


def test_a_second_binding_of_a_pattern_is_found_and_a_wrapping_is_not() -> None:
    source = "import re\nA = re.compile('a')\nA = Anchored(A, words=['a'])\nB = re.compile('b')\nB = re.compile('c')\n"
    assert rebound_names(source) == ["B"]


def test_no_module_of_the_package_binds_a_top_level_name_twice() -> None:
    found = {str(path.relative_to(ROOT)): twice for folder in _PACKAGE_FOLDERS
             for path in sorted((ROOT / folder).rglob("*.py")) if (twice := rebound_names(path.read_text()))}
    assert found == {}
