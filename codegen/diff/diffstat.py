"""The regenerated files' diffstat: run the generator on each side's spec and compare the packages.

Context for the reviewer, in the markdown report only: each side's package, as the diff already
built it, rendered and formatted as ``python -m codegen generate`` writes it
(``codegen.output.render`` and ``finish``, in process, a few seconds a side), so the counts match
the pull request's diff of generated/. Every failure becomes a one-line note instead of an error:
the findings are the point.
"""

from __future__ import annotations

import difflib
import re
import tempfile
from pathlib import Path

from codegen.errors import GenerationError

from .side import Side

#: The generator stamps each file with its input path and hash; they differ whenever the spec
#: does, so counting them would list every file as changed and hide the real changes.
_PROVENANCE = re.compile(r"^#.*(Generated from|sha256:)")
_HEADER_LINES = 5

NO_CHANGES = "no generated file changes"


class DiffstatUnavailable(Exception):
    """Why no diffstat could be computed; shown to the reviewer as a one-line note."""


def package_diffstat(base: Side, head: Side) -> str:
    """``git diff --stat``-style lines for the Python packages of two sides."""
    if base.spec.raw == head.spec.raw:
        return f"{NO_CHANGES} (the spec is the same on both sides)"
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as scratch:
        root = Path(scratch)
        before = _generate(base, root / "base")
        after = _generate(head, root / "head")
    return format_diffstat(before, after)


def _generate(side: Side, where: Path) -> dict[str, list[str]]:
    # Imported here: the generator's output stage is only needed for the markdown diffstat, and
    # the findings must not depend on it importing at all.
    from codegen.output import PACKAGE, finish, render

    spec = side.spec
    where.mkdir()
    try:
        files = finish(render(side.package, spec.file, spec.raw), where)
    except GenerationError as exc:
        last = (str(exc).strip().splitlines() or ["no details"])[-1]
        raise DiffstatUnavailable(f"the generator failed for {spec.file}: {last}") from exc
    except Exception as exc:  # a generator bug must not cost the reviewer the findings
        raise DiffstatUnavailable(
            f"the generator failed for {spec.file}: {type(exc).__name__}: {exc}"
        ) from exc
    return {
        f"{PACKAGE}/{name}": _without_provenance(text.splitlines())
        for name, text in sorted(files.items())
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
        return NO_CHANGES
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
