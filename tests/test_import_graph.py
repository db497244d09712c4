"""No import cycle in codegen/, counting every import the source writes: at the top, inside a
function, and under ``if TYPE_CHECKING:``.

A cycle hidden under TYPE_CHECKING or inside a function still ties two modules together (neither
can be understood, or typed, without the other); the kinds depend on the ``Builder`` protocol and
the diff's rules on ``codegen.diff.model`` and ``codegen.diff.context`` so that the dependencies
go one way. The graph is read from the source with ``ast``, nothing is imported.

An edge is an import the source writes: ``import a.b``, ``from a import b`` (to ``a.b`` when that
is a module, else to ``a``) and relative imports. The package ``__init__`` Python runs before a
submodule is not an edge: a package importing its own submodules is the usual layout; a submodule
that imports a name from its package's ``__init__`` (``from . import rule``) writes the edge and
is counted.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def modules(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package at ``root``."""
    found: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The modules of ``known`` that the source of module ``name`` imports, wherever it does."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*up, *([node.module] if node.module else [])])
            targets.extend(
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            )
    found: set[str] = set()
    for target in targets:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            found.add(target)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (``[a, b, a]``) through each strongly connected group of modules."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group: list[str] = []
            while not group or group[-1] != node:
                group.append(stack.pop())
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_path(graph, set(group), group[0]) for group in groups]


def _path(graph: dict[str, set[str]], group: set[str], start: str) -> list[str]:
    """A shortest way from ``start`` back to itself inside ``group``."""
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for nxt in sorted(graph[node] & group):
                if nxt == start:
                    return [*paths[node], start]
                if nxt not in paths:
                    paths[nxt] = [*paths[node], nxt]
                    following.append(nxt)
        frontier = following
    raise AssertionError(f"{start} is on no cycle of {sorted(group)}")


def graph_of(root: Path) -> dict[str, set[str]]:
    known = modules(root)
    return {name: imports(name, path, known) for name, path in known.items()}


def test_codegen_has_no_import_cycle() -> None:
    graph = graph_of(REPO / "codegen")
    assert "codegen.kinds._common" in graph["codegen.kinds.obj"]
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(" -> ".join(c) for c in found)


def test_a_cycle_under_type_checking_or_in_a_function_is_found(tmp_path: Path) -> None:
    """What the test above would have said before the kinds saw the builder through a
    protocol: the graph counts imports under TYPE_CHECKING, inside functions and relative ones."""
    package = tmp_path / "pkg"
    (package / "kinds").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "build.py").write_text("from pkg import kinds\n")
    (package / "kinds" / "__init__.py").write_text("from pkg.kinds import obj\n")
    (package / "kinds" / "obj.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.build import Builder\n"
    )
    (package / "loader.py").write_text("def validate():\n    from . import checks\n")
    (package / "checks.py").write_text("from pkg.loader import validate\n")
    assert cycles(graph_of(package)) == [
        ["pkg.build", "pkg.kinds", "pkg.kinds.obj", "pkg.build"],
        ["pkg.checks", "pkg.loader", "pkg.checks"],
    ]
