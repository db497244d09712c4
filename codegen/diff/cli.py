"""``python -m codegen diff [BASE HEAD]``: what a spec change does to callers; does it break them?

Both sides are generated in memory by the working tree's generator (``codegen/diff/side.py``) and
their intermediate models and generated APIs compared (``codegen/diff/engine.py``). A HEAD the
generator refuses is reported, one ``spec-refused`` finding per problem, and is breaking. Exit
status: 0 when nothing is breaking (or ``--allow-breaking``), 1 when something is, 2 when a side
cannot be read or the generator refuses BASE (there is nothing to compare HEAD with).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from codegen.errors import SpecError

from .diffstat import DiffstatUnavailable, package_diffstat
from .engine import compare, refused
from .load import LoadedSpec, LoadError, SpecRefused, load_side, load_spec_dir
from .model import Finding
from .report import FORMATS, Report, render
from .side import Side, make_side
from .spec_dir import SPEC_DIR, _renamed, find_merge_base, git, materialise

#: Computes the regenerated-files diffstat, or raises DiffstatUnavailable with why not.
Diffstat = Callable[[], str]
T = TypeVar("T")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m codegen diff",
        description=(
            "Generate both sides of a spec change in memory and report every difference of "
            "their intermediate models and generated APIs as breaking, warning or info. BASE "
            "and HEAD are each a spec directory, a file, or REV:PATH in git, optionally followed "
            "by a JSON pointer to one verb object (#/$defs/JoinConferenceObject). With neither, "
            "spec/ at the merge-base of HEAD and main is compared with the working tree; "
            "--base-spec and --head-spec compare two spec directories the same way."
        ),
    )
    parser.add_argument("base", nargs="?", metavar="BASE", help="the spec before the change")
    parser.add_argument("head", nargs="?", metavar="HEAD", help="the spec after the change")
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
        help="skip formatting both generated packages for the markdown diffstat",
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


def side_of(loaded: LoadedSpec, shown: str) -> Side:
    """Generate one side in memory; raises SpecRefused when the generator refuses it."""
    try:
        return make_side(shown, loaded.spec, loaded.inputs)
    except SpecError as exc:
        raise SpecRefused(shown, exc.problems) from None


def base_of(make: Callable[[], T]) -> T:
    """``make()``, which loads or generates the BASE side. A BASE the generator refuses is an
    error (exit 2), not a finding: with no package before the change there is no baseline, so no
    verdict on HEAD could be true (HEAD may be fine, or fix the very problem)."""
    try:
        return make()
    except SpecRefused as exc:
        raise LoadError(f"{exc}; there is nothing to compare HEAD with") from None


def head_of(make: Callable[[], Side]) -> Side | SpecRefused:
    """The HEAD side, or why the generator refuses it (reported as spec-refused findings)."""
    try:
        return make()
    except SpecRefused as exc:
        return exc


def _report(base_label: str, head_label: str, base: Side, head: Side | SpecRefused) -> Report:
    findings = compare(base, head) if isinstance(head, Side) else refused(base, head)
    return Report(base_label, head_label, findings)


def _diffstat(base: Side, head: Side | SpecRefused) -> Diffstat:
    def diffstat() -> str:
        if isinstance(head, SpecRefused):
            raise DiffstatUnavailable(f"the generator refuses {head.shown}: no package to compare")
        return package_diffstat(base, head)

    return diffstat


def _focused(report: Report, base: Side, head: Side | SpecRefused, focus: str | None) -> Report:
    """With a pointer to a verb object, the findings that reach that verb; all of them when the
    generator refuses HEAD (the refusal is the news, wherever it is)."""
    if focus is None or not isinstance(head, Side):
        return report
    verbs = set()
    for side in (base, head):
        for verb in side.package.verbs:
            target = getattr(verb.argument, "name", None)
            model = side.package.models.get(target) if isinstance(target, str) else None
            if verb.pointer == focus or (model is not None and model.pointer == focus):
                verbs.add(verb.wire_name)
    if not verbs:
        raise LoadError(f"no verb's argument is {focus} on either side")
    return replace(report, findings=[f for f in report.findings if verbs & set(f.verbs)])


def _sides_report(base_side: str, head_side: str) -> tuple[Report, Diffstat]:
    """BASE HEAD mode: two spec directories, documents or verb files."""
    try:
        head_loaded = load_side(head_side)
    except SpecRefused as refusal:
        base = base_of(lambda: side_of(load_side(base_side), base_side))
        return _report(base_side, head_side, base, refusal), _diffstat(base, refusal)
    # Both sides' inputs are named as HEAD's, so a change is blamed on the file the reader knows.
    shown = next(iter(head_loaded.inputs), head_side) if len(head_loaded.inputs) == 1 else None
    base_loaded = base_of(lambda: load_side(base_side, shown=shown))
    if shown is None and len(base_loaded.inputs) > 1:
        base_loaded = _renamed_inputs(base_loaded, head_loaded)
    base = base_of(lambda: side_of(base_loaded, base_side))
    head = head_of(lambda: side_of(head_loaded, head_side))
    report = _report(base_side, head_side, base, head)
    report = _focused(report, base, head, head_loaded.focus or base_loaded.focus)
    return report, _diffstat(base, head)


def _renamed_inputs(base: LoadedSpec, head: LoadedSpec) -> LoadedSpec:
    """Name a spec directory's files as HEAD's are named (``spec/overlays/x.yaml``)."""
    prefix_base = base.spec.file.rpartition("/")[0]
    prefix_head = head.spec.file.rpartition("/")[0]
    inputs = {
        prefix_head + name[len(prefix_base) :] if name.startswith(prefix_base) else name: value
        for name, value in base.inputs.items()
    }
    return replace(base, inputs=inputs)


def _spec_dirs_report(base_dir: str, head_dir: str) -> tuple[Report, Diffstat]:
    """--base-spec DIR --head-spec DIR: two spec directories, each read as spec/ is and named in
    the report as given; their files are named as in spec/ (``spec/overlays/x.yaml``)."""
    for given in (base_dir, head_dir):
        if not Path(given).is_dir():
            raise LoadError(f"{given} is not a directory")

    def generated(given: str) -> Side:
        return side_of(load_spec_dir(Path(given), given, given, SPEC_DIR), given)

    base = base_of(lambda: generated(base_dir))
    head = head_of(lambda: generated(head_dir))
    return _report(base_dir, head_dir, base, head), _diffstat(base, head)


def _spec_dir_report(base_rev: str | None) -> tuple[Report, Diffstat]:
    """spec/ at the merge-base of HEAD and the base branch, against the working tree."""
    root = Path(git("rev-parse", "--show-toplevel", cwd=Path.cwd()).decode().strip())
    merge_base = find_merge_base(root, base_rev)
    shown_base = f"{merge_base[:12]}:{SPEC_DIR}"
    with tempfile.TemporaryDirectory(prefix="spec-diff-base-") as scratch:
        directory = materialise(root, merge_base, Path(scratch))
        try:
            base = base_of(
                lambda: side_of(
                    load_spec_dir(directory, shown_base, shown_base, SPEC_DIR), shown_base
                )
            )
        except LoadError as exc:
            raise LoadError(_renamed(str(exc), directory, shown_base)) from None
    head = head_of(lambda: side_of(load_spec_dir(root / SPEC_DIR, SPEC_DIR, SPEC_DIR), SPEC_DIR))
    report = _report(f"merge-base {merge_base[:12]}", "working tree", base, head)
    return report, _diffstat(base, head)
