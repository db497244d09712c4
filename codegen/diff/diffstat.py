"""The regenerated files' diffstat: run the generator on each side's spec and compare the trees.

Optional by design. It needs the generator CLI (``python -m codegen generate --spec --out``) and
only makes sense for our own spec files, so every failure becomes a one-line note in the report
instead of an error: the findings are the point, the diffstat is context for the reviewer.
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from .load import LoadedSchema

REPO_ROOT = Path(__file__).resolve().parents[2]
GENERATE_TIMEOUT_SECONDS = 180

#: The generator stamps each file with its input path and hash; they differ whenever the spec
#: does, so counting them would list every file as changed and hide the real changes.
_PROVENANCE = re.compile(r"^#.*(Generated from|sha256:)")
_HEADER_LINES = 5


class DiffstatUnavailable(Exception):
    """Why no diffstat could be computed; shown to the reviewer as a one-line note."""


def regenerated_diffstat(base: LoadedSchema, head: LoadedSchema) -> str:
    """``git diff --stat``-style lines for the files the generator writes from each side."""
    for side in (base, head):
        if not side.is_whole_document or "x-verb" not in side.verb:
            raise DiffstatUnavailable(
                f"{side.label} is not one of our spec files (no x-verb), so there is nothing "
                "to regenerate"
            )
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as scratch:
        root = Path(scratch)
        before = _generate(base, root / "base")
        after = _generate(head, root / "head")
        return format_diffstat(before, after)


def _generate(side: LoadedSchema, where: Path) -> dict[str, list[str]]:
    where.mkdir()
    spec = where / "spec.yaml"
    spec.write_text(side.text, encoding="utf-8")
    out = where / "out"
    command = [sys.executable, "-m", "codegen", "generate", "--spec", str(spec), "--out", str(out)]
    try:
        completed = subprocess.run(
            command,
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=GENERATE_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DiffstatUnavailable(f"the generator could not run for {side.label}: {exc}") from exc
    if completed.returncode != 0:
        last = (completed.stderr.strip().splitlines() or ["no error output"])[-1]
        raise DiffstatUnavailable(
            f"the generator failed for {side.label} (exit {completed.returncode}): {last}"
        )
    return {
        path.relative_to(out).as_posix(): _without_provenance(
            path.read_text(encoding="utf-8", errors="replace").splitlines()
        )
        for path in sorted(out.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def _without_provenance(lines: list[str]) -> list[str]:
    header = [line for line in lines[:_HEADER_LINES] if not _PROVENANCE.match(line)]
    return header + lines[_HEADER_LINES:]


def format_diffstat(before: dict[str, list[str]], after: dict[str, list[str]]) -> str:
    """One line per changed file with its insertions and deletions, then a total."""
    rows: list[tuple[str, int, int]] = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, []), after.get(name, [])
        if old == new and (name in before) == (name in after):
            continue
        added = removed = 0
        for line in difflib.unified_diff(old, new, lineterm="", n=0):
            if line.startswith("+") and not line.startswith("+++"):
                added += 1
            elif line.startswith("-") and not line.startswith("---"):
                removed += 1
        rows.append((name, added, removed))
    if not rows:
        return "no generated file changes"
    width = max(len(name) for name, _, _ in rows)
    lines = [
        f" {name:<{width}} | {a + r:>4} {'+' * min(a, 40)}{'-' * min(r, 40)}" for name, a, r in rows
    ]
    insertions = sum(a for _, a, _ in rows)
    deletions = sum(r for _, _, r in rows)
    files = "file" if len(rows) == 1 else "files"
    lines.append(
        f" {len(rows)} {files} changed, {insertions} insertions(+), {deletions} deletions(-)"
    )
    return "\n".join(lines)
