"""``python -m codegen diff [BASE HEAD]``: what a spec change does to callers; does it break them?

Exit status: 0 when nothing is breaking (or ``--allow-breaking``), 1 when something is, 2 when a
side cannot be read or normalised.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from .diffstat import DiffstatUnavailable, package_diffstat, regenerated_diffstat
from .load import LoadError, load_side
from .report import FORMATS, Report, render
from .rules import Finding, compare
from .schema_view import build_view
from .spec_dir import (
    SPEC_DIR,
    SpecTree,
    compare_trees,
    find_merge_base,
    git,
    materialise,
    read_tree,
)

#: Computes the regenerated-files diffstat, or raises DiffstatUnavailable with why not.
Diffstat = Callable[[], str]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m codegen diff",
        description=(
            "Compare two JSON Schemas of a verb object and classify every change as breaking, "
            "warning or info. BASE and HEAD are each a file, or REV:PATH in git, optionally "
            "followed by a JSON pointer (#/$defs/JoinConferenceObject). With neither, spec/ at "
            "the merge-base of HEAD and main is compared with the working tree verb by verb, "
            "each side read as the generator reads it (SWMLObject.json with its overlays). "
            "--base-spec and --head-spec compare two spec directories the same way."
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
    # Two spec directories given as data, neither of them read from git: CI's verdict runs the
    # base branch's code over a pull request's spec/ extracted as plain files, so that nothing of
    # the pull request is run (.github/workflows/spec-diff.yml).
    parser.add_argument(
        "--base-spec",
        metavar="DIR",
        help="with --head-spec, instead of BASE HEAD or --base-rev: a spec directory (as spec/ is) "
        "for the side before the change",
    )
    parser.add_argument(
        "--head-spec",
        metavar="DIR",
        help="with --base-spec: the spec directory after the change",
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
    spec_dirs = (args.base_spec, args.head_spec)
    if spec_dirs != (None, None):
        if None in spec_dirs:
            print("spec-diff: error: give both --base-spec and --head-spec", file=sys.stderr)
            return 2
        if args.base is not None or args.base_rev:
            print(
                "spec-diff: error: --base-spec and --head-spec replace BASE HEAD and --base-rev",
                file=sys.stderr,
            )
            return 2

    try:
        if args.base is not None:
            report, diffstat = _sides_report(args.base, args.head)
        elif args.base_spec is not None:
            report, diffstat = _spec_dirs_report(args.base_spec, args.head_spec)
        else:
            report, diffstat = _spec_dir_report(args.base_rev)
    except LoadError as exc:
        print(f"spec-diff: error: {exc}", file=sys.stderr)
        return 2

    if args.format == "markdown" and not args.no_diffstat:
        try:
            note = diffstat()
        except DiffstatUnavailable as exc:
            note = f"diffstat skipped: {exc}"
        report = replace(report, diffstat=note)
    color = args.format == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    sys.stdout.write(render(report, args.format, color=color))
    return 1 if report.breaking and not args.allow_breaking else 0


def diff_sides(base: str, head: str) -> list[Finding]:
    """The findings between two sides given as on the command line (for tests and scripts)."""
    return list(_sides_report(base, head)[0].findings)


def _sides_report(base_side: str, head_side: str) -> tuple[Report, Diffstat]:
    """BASE HEAD mode: one verb object on each side."""
    base, head = load_side(base_side), load_side(head_side)
    findings = compare(build_view(base), build_view(head))
    return Report(base_side, head_side, findings), lambda: regenerated_diffstat(base, head)


def _spec_dir_report(base_rev: str | None) -> tuple[Report, Diffstat]:
    """Every verb of spec/ at the merge-base of HEAD and the base branch, against the working
    tree: both read as the generator reads them (codegen/diff/spec_dir.py)."""
    root = Path(git("rev-parse", "--show-toplevel", cwd=Path.cwd()).decode().strip())
    merge_base = find_merge_base(root, base_rev)
    with tempfile.TemporaryDirectory(prefix="spec-diff-base-") as scratch:
        base = read_tree(
            materialise(root, merge_base, Path(scratch)), f"{merge_base[:12]}:{SPEC_DIR}"
        )
    head = read_tree(root / SPEC_DIR, SPEC_DIR)
    return _trees_report(base, head, f"merge-base {merge_base[:12]}", "working tree")


def _spec_dirs_report(base_dir: str, head_dir: str) -> tuple[Report, Diffstat]:
    """--base-spec DIR --head-spec DIR: two spec directories, each read as spec-dir mode reads
    spec/ and named in the report as given."""
    sides: list[SpecTree] = []
    for given in (base_dir, head_dir):
        if not Path(given).is_dir():
            raise LoadError(f"{given} is not a directory")
        sides.append(read_tree(Path(given), given))
    return _trees_report(sides[0], sides[1], base_dir, head_dir)


def _trees_report(
    base: SpecTree, head: SpecTree, base_label: str, head_label: str
) -> tuple[Report, Diffstat]:
    """Every verb of two spec trees, and their regenerated-files diffstat."""
    if not base.verbs and not head.verbs:
        raise LoadError(
            f"no spec under {SPEC_DIR}/ on either side (neither {SPEC_DIR}/SWMLObject.json nor "
            "verb schema files *.yaml, *.yml, *.json)"
        )
    findings, skipped = compare_trees(base, head)

    def diffstat() -> str:
        for side in (base, head):
            if side.package is None:
                raise DiffstatUnavailable(
                    f"{side.shown} has no SWMLObject.json; the generator only reads that layout"
                )
        assert base.package is not None and head.package is not None
        return package_diffstat(base.package, head.package)

    return Report(base_label, head_label, findings, skipped=skipped), diffstat
