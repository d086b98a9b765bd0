"""The shape of the package: what modules may take from each other."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "quotes"
MODULES = sorted(PACKAGE.glob("*.py"))


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(source: str) -> list[str]:
    """Every private name (`_x`) ``source`` takes from another module of the package: `from
    quotes.m import _x`, or `m._x` where `m` is a module of the package it imported."""
    tree = ast.parse(source)
    modules: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("quotes", ""):
            for alias in node.names:
                if _private(alias.name):
                    found.append(f"from {node.module} import {alias.name} (line {node.lineno})")
                elif (PACKAGE / f"{alias.name}.py").exists():
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("quotes."):
                    modules.add(alias.asname or alias.name.split(".")[-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id in modules:
                found.append(f"{owner.id}.{node.attr} (line {node.lineno})")
            elif isinstance(owner, ast.Attribute) and isinstance(owner.value, ast.Name):
                if owner.value.id == "quotes":  # `quotes.spans._pair`
                    found.append(f"quotes.{owner.attr}.{node.attr} (line {node.lineno})")
    return found


def test_the_check_sees_private_imports() -> None:
    assert private_uses("from quotes.spans import _pair, paragraph_bounds\n") == [
        "from quotes.spans import _pair (line 1)"
    ]
    assert private_uses("from quotes import spans\nspans._pair(1)\n") == ["spans._pair (line 2)"]
    assert private_uses("import quotes.spans\nquotes.spans._pair(1)\n") == ["quotes.spans._pair (line 2)"]
    assert private_uses("from quotes.spans import paragraph_bounds\nx = 1\n") == []
    assert private_uses("self._cache = {}\n") == []


def test_no_module_takes_another_modules_private_names() -> None:
    found = {path.name: private_uses(path.read_text(encoding="utf-8")) for path in MODULES}
    assert {name: uses for name, uses in found.items() if uses} == {}
