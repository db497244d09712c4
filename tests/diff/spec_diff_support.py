"""Helpers for the spec-diff tests: tiny verb schemas and a way to diff them in memory.

A uniquely named module rather than conftest.py, so ``from ... import`` cannot pick up another
directory's conftest when the whole suite runs.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from codegen.diff.load import LoadedSchema
from codegen.diff.rules import Finding, compare
from codegen.diff.schema_view import VerbView, build_view

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT / ".." / "shared"
UPSTREAM = SHARED / "upstream" / "swml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: Today's spec: upstream's document and our overlays (what load_package reads).
SPEC_DIR = REPO_ROOT / "spec"

SWML_VAR = {"$ref": "#/$defs/SWMLVar"}


def verb(
    properties: dict[str, Any] | None = None,
    *,
    required: tuple[str, ...] = ("name",),
    closed: bool = True,
    **extra: Any,
) -> dict[str, Any]:
    """A minimal verb object schema: ``name`` plus the given properties."""
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {"name": {"type": "string"}, **(properties or {})},
        "required": list(required),
        "$defs": {"SWMLVar": {"type": "string", "pattern": r"^[\$%]\{.*\}$"}},
        **extra,
    }
    if closed:
        schema["unevaluatedProperties"] = {"not": {}}
    return schema


def consts(*values: Any, **extra: Any) -> dict[str, Any]:
    """A value set written the way upstream writes it: anyOf of typed const branches."""
    return {"anyOf": [{"type": "string", "const": value} for value in values], **extra}


def view(schema: dict[str, Any] | None) -> VerbView | None:
    if schema is None:
        return None
    loaded = LoadedSchema("test", schema, schema, "", is_whole_document=True)
    return build_view(loaded)


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[Finding]:
    return compare(view(before), view(after))


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` with a fixed identity; its output, stripped."""
    identity = ["-c", "user.name=Spec Diff Test", "-c", "user.email=spec-diff@example.com"]
    completed = subprocess.run(
        ["git", *identity, *args], cwd=repo, check=True, capture_output=True, text=True
    )
    return completed.stdout.strip()
