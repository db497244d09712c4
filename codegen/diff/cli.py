"""``python -m codegen diff [BASE HEAD]``: what a spec change does to callers; does it break them?

Exit status: 0 when nothing is breaking (or ``--allow-breaking``), 1 when something is, 2 when a
side cannot be read or normalised.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .diffstat import DiffstatUnavailable, regenerated_diffstat
from .load import LoadedSchema, LoadError, load_side
from .report import FORMATS, Report, render
from .rules import Finding, compare
from .schema_view import build_view

SPEC_DIR = "spec"
SPEC_SUFFIXES = (".yaml", ".yml", ".json")
DEFAULT_BASE_REVISIONS = ("main", "origin/main")


@dataclass(frozen=True)
class SidePair:
    """One verb schema on both sides; a side is None where the file does not exist."""

    name: str
    base: LoadedSchema | None
    head: LoadedSchema | None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m codegen diff",
        description=(
            "Compare two JSON Schemas of a verb object and classify every change as breaking, "
            "warning or info. BASE and HEAD are each a file, or REV:PATH in git, optionally "
            "followed by a JSON pointer (#/$defs/JoinConferenceObject). With neither, every "
            "file under spec/ at the merge-base of HEAD and main is compared with the working tree."
        ),
    )
    parser.add_argument("base", nargs="?", metavar="BASE", help="the schema before the change")
    parser.add_argument("head", nargs="?", metavar="HEAD", help="the schema after the change")
    parser.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    parser.add_argument(
        "--allow-breaking",
        action="store_true",
        help="exit 0 even when a change is breaking (the report still says so)",
    )
    parser.add_argument(
        "--base-rev",
        metavar="REV",
        help="without BASE and HEAD: compare against the merge-base of HEAD and REV "
        "(default: main, else origin/main)",
    )
    parser.add_argument(
        "--no-diffstat",
        action="store_true",
        help="skip regenerating both sides for the markdown diffstat",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``python -m codegen diff``; ``argv`` excludes the word ``diff``."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse already explained
        return exc.code if isinstance(exc.code, int) else 2
    if (args.base is None) != (args.head is None):
        parser.print_usage(sys.stderr)
        print("spec-diff: error: give both BASE and HEAD, or neither", file=sys.stderr)
        return 2
    if args.base_rev and args.base is not None:
        print("spec-diff: error: --base-rev only applies without BASE and HEAD", file=sys.stderr)
        return 2

    try:
        if args.base is not None:
            pairs = [SidePair("", load_side(args.base), load_side(args.head))]
            base_label, head_label = args.base, args.head
        else:
            pairs, base_label = _spec_dir_pairs(args.base_rev)
            head_label = "working tree"
        findings = _findings(pairs)
    except LoadError as exc:
        print(f"spec-diff: error: {exc}", file=sys.stderr)
        return 2

    diffstat = None
    if args.format == "markdown" and not args.no_diffstat:
        diffstat = _diffstats(pairs)
    report = Report(base_label, head_label, findings, diffstat)
    color = args.format == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    sys.stdout.write(render(report, args.format, color=color))
    return 1 if report.breaking and not args.allow_breaking else 0


def diff_sides(base: str, head: str) -> list[Finding]:
    """The findings between two sides given as on the command line (for tests and scripts)."""
    return _findings([SidePair("", load_side(base), load_side(head))])


def _findings(pairs: Sequence[SidePair]) -> list[Finding]:
    findings: list[Finding] = []
    for pair in pairs:
        before = build_view(pair.base) if pair.base else None
        after = build_view(pair.head) if pair.head else None
        found = compare(before, after)
        if len(pairs) > 1:
            # Several spec files: say which one each finding is about.
            found = [replace(f, path=f"{pair.name}:{f.path}") for f in found]
        findings.extend(found)
    return sorted(findings, key=Finding.sort_key)


def _diffstats(pairs: Sequence[SidePair]) -> str:
    parts = []
    for pair in pairs:
        if pair.base is None or pair.head is None:
            parts.append(f"{pair.name}: diffstat skipped (the file exists on one side only)")
            continue
        try:
            stat = regenerated_diffstat(pair.base, pair.head)
        except DiffstatUnavailable as exc:
            stat = f"diffstat skipped: {exc}"
        parts.append(f"{pair.name}:\n{stat}" if len(pairs) > 1 else stat)
    return "\n".join(parts)


def _spec_dir_pairs(base_rev: str | None) -> tuple[list[SidePair], str]:
    """Every spec file at the merge-base of HEAD and the base branch, against the working tree."""
    root = Path(_git("rev-parse", "--show-toplevel", cwd=Path.cwd()))
    candidates = (base_rev,) if base_rev else DEFAULT_BASE_REVISIONS
    merge_base = None
    for candidate in candidates:
        try:
            merge_base = _git("merge-base", "HEAD", candidate, cwd=root)
            break
        except LoadError:
            continue
    if merge_base is None:
        raise LoadError(
            f"no merge-base of HEAD with {' or '.join(candidates)}; pass BASE and HEAD "
            "explicitly, or --base-rev REV"
        )

    listed = _git("ls-tree", "-r", "--name-only", merge_base, "--", SPEC_DIR, cwd=root)
    base_files = {name for name in listed.splitlines() if name.endswith(SPEC_SUFFIXES)}
    spec_dir = root / SPEC_DIR
    head_files = {
        path.relative_to(root).as_posix()
        for path in spec_dir.rglob("*")
        if path.is_file() and path.name.endswith(SPEC_SUFFIXES)
    }
    pairs = [
        SidePair(
            name,
            load_side(f"{merge_base}:{name}", cwd=root) if name in base_files else None,
            load_side(name, cwd=root) if name in head_files else None,
        )
        for name in sorted(base_files | head_files)
    ]
    if not pairs:
        raise LoadError(f"no spec files (*.yaml, *.yml, *.json) under {SPEC_DIR}/ on either side")
    return pairs, f"merge-base {merge_base[:12]}"


def _git(*args: str, cwd: Path) -> str:
    try:
        completed = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, check=False
        )
    except OSError as exc:
        raise LoadError(f"cannot run git: {exc}") from exc
    if completed.returncode != 0:
        detail = completed.stderr.strip() or f"exit {completed.returncode}"
        raise LoadError(f"git {' '.join(args)} failed: {detail}")
    return completed.stdout.strip()
