"""Helpers for the spec-diff tests: today's spec edited in memory, both sides generated, and the
generated packages imported so a test can call them.

A uniquely named module rather than conftest.py, so ``from ... import`` cannot pick up another
directory's conftest when the whole suite runs.

The base side (today's ``spec/``) is generated once per test session (``base_side``); a head side
is today's spec with an edit applied to the parsed upstream document and overlays in memory
(``Edit``), generated without touching the disk. ``package`` imports a side's generated Python
under a name of its own, so the base and any head can be called side by side.
"""

from __future__ import annotations

import copy
import functools
import importlib
import itertools
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from codegen import beyond
from codegen.diff.engine import compare
from codegen.diff.load import load_spec_dir
from codegen.diff.model import Finding
from codegen.diff.side import Side, make_side
from codegen.loader import OVERLAY_DIR, UPSTREAM_FILE, Spec, parse
from codegen.overlay import Overlay, apply, check_overlay

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT / ".." / "shared"
UPSTREAM = SHARED / "upstream" / "swml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: Today's spec: upstream's document and our overlays (what load_package reads).
SPEC_DIR = REPO_ROOT / "spec"
JC = "/$defs/JoinConferenceObject/properties/"


@functools.cache
def base_side() -> Side:
    """Today's spec, generated once."""
    loaded = load_spec_dir(SPEC_DIR, "spec", "spec")
    return make_side("spec", loaded.spec, loaded.inputs)


@functools.cache
def _pristine() -> tuple[Any, Any, dict[str, Any]]:
    upstream = json.loads((SPEC_DIR / UPSTREAM_FILE).read_text(encoding="utf-8"))
    ours = json.loads((SPEC_DIR / beyond.FILE).read_text(encoding="utf-8"))
    overlays = {
        path.name: parse(path.name, path.read_bytes())
        for path in sorted((SPEC_DIR / OVERLAY_DIR).glob("*.yaml"))
    }
    return upstream, ours, overlays


@dataclass
class Edit:
    """Today's spec, parsed, to be edited: ``defs`` is upstream's ``$defs``, ``ours`` our own
    schema file (spec/beyond.schema.json)."""

    upstream: Any = field(default_factory=lambda: copy.deepcopy(_pristine()[0]))
    ours: Any = field(default_factory=lambda: copy.deepcopy(_pristine()[1]))
    overlays: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(_pristine()[2]))

    @property
    def defs(self) -> dict[str, Any]:
        defs: dict[str, Any] = self.upstream["$defs"]
        return defs

    def update(self, target: str, file: str = "join_conference.yaml") -> dict[str, Any]:
        """The ``update`` of the overlay action on ``target`` (a new action if there is none)."""
        actions = self.overlays[file]["actions"]
        for action in actions:
            if action["target"] == target:
                update: dict[str, Any] = action.setdefault("update", {})
                return update
        actions.append({"target": target, "update": {}})
        new: dict[str, Any] = actions[-1]["update"]
        return new

    def spec(self) -> tuple[Spec, dict[str, Any]]:
        overlays = []
        for name, document in sorted(self.overlays.items()):
            actions, problems = check_overlay(f"spec/{OVERLAY_DIR}/{name}", document)
            assert not problems, problems
            overlays.append(Overlay(name, json.dumps(document).encode(), tuple(actions)))
        merged = beyond.merge(self.upstream, self.ours, f"spec/{beyond.FILE}")
        assert not merged.problems, merged.problems
        applied = apply(merged.document, overlays, f"spec/{UPSTREAM_FILE}")
        assert not applied.problems, applied.problems
        raw = json.dumps([self.upstream, self.ours, self.overlays], sort_keys=True).encode()
        inputs = {f"spec/{UPSTREAM_FILE}": self.upstream, f"spec/{beyond.FILE}": self.ours}
        inputs.update({f"spec/{OVERLAY_DIR}/{n}": d for n, d in self.overlays.items()})
        return Spec(f"spec/{UPSTREAM_FILE}", applied.document, "", raw), inputs

    def side(self) -> Side:
        spec, inputs = self.spec()
        return make_side("head", spec, copy.deepcopy(inputs))


def head_side(change: Callable[[Edit], object]) -> Side:
    edit = Edit()
    change(edit)
    return edit.side()


def diff(change: Callable[[Edit], object]) -> list[Finding]:
    """The findings between today's spec and today's spec with ``change`` applied."""
    return compare(base_side(), head_side(change))


_numbers = itertools.count()


def package(side: Side, where: Path) -> ModuleType:
    """Import ``side``'s generated Python as a package of its own name under ``where``."""
    name = f"swml_verbs_{next(_numbers)}"
    root = where / name
    root.mkdir(parents=True)
    for file, text in side.python.items():
        (root / file).write_text(text.replace("swml_verbs", name), encoding="utf-8")
    if str(where) not in sys.path:
        sys.path.insert(0, str(where))
    importlib.invalidate_caches()
    return importlib.import_module(name)


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` with a fixed identity; its output, stripped."""
    identity = ["-c", "user.name=Spec Diff Test", "-c", "user.email=spec-diff@example.com"]
    completed = subprocess.run(
        ["git", *identity, *args], cwd=repo, check=True, capture_output=True, text=True
    )
    return completed.stdout.strip()
