"""``python -m codegen generate|diff|sync|ir``."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from codegen.errors import GenerationError, SpecError

DEFAULT_SPEC = "spec"
DEFAULT_OUT = "generated"
#: Subcommands with a module of their own (and their own argument parsing).
SUBCOMMANDS = {
    "diff": "codegen.diff",
    "sync": "codegen.sync",
    "ir": "codegen.plan.show",
    "release": "codegen.release_cli",
}
#: The repository's changelog, written from the default spec's release record.
DEFAULT_CHANGELOG = "CHANGELOG.md"


def _generate(args: argparse.Namespace) -> int:
    from codegen.changelog import changelog_of
    from codegen.output import TARGETS, generate

    try:
        # The repository's spec makes the repository's changelog; another spec makes one only
        # where --changelog says.
        path = args.changelog or (DEFAULT_CHANGELOG if args.spec == DEFAULT_SPEC else None)
        text = None if path is None else changelog_of(Path(args.spec))
        changed, diff = generate(
            args.spec,
            Path(args.out),
            check=args.check,
            languages=args.language or TARGETS,
            changelog=None if path is None or text is None else (Path(path), text),
        )
    except SpecError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) in the spec; nothing was written.", file=sys.stderr)
        return 2
    except GenerationError as exc:
        print(f"error: {exc}\nnothing was written.", file=sys.stderr)
        return 2
    if args.check:
        if changed:
            sys.stdout.write(diff)
            print(
                f"\n{args.out}/ (or the changelog) is stale: run `nox -s generate` (or "
                "`python -m codegen generate`) and commit the result.",
                file=sys.stderr,
            )
            return 1
        print(f"{args.out}/ is up to date with {args.spec}.")
        return 0
    print(f"{'regenerated' if changed else 'unchanged'}: {args.out}/ from {args.spec}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] and argv[0] in SUBCOMMANDS:
        # Each subcommand owns its own argument parsing and help.
        module = importlib.import_module(SUBCOMMANDS[argv[0]])
        return int(module.main(argv[1:]))
    parser = argparse.ArgumentParser(prog="python -m codegen")
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser(
        "generate", help="write generated/swml_verbs, generated/ts and generated/docs from the spec"
    )
    gen.add_argument(
        "--spec",
        default=DEFAULT_SPEC,
        help="spec file, optionally with a JSON pointer: FILE#/$defs/JoinConferenceObject",
    )
    gen.add_argument(
        "--out", default=DEFAULT_OUT, help="directory to write swml_verbs/ and ts/ into"
    )
    gen.add_argument(
        "--language",
        action="append",
        choices=["python", "typescript", "docs"],
        help="only this package, or the reference pages (repeatable); default: all three"
        " (typescript needs node and npm)",
    )
    gen.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 with a diff if out of date"
    )
    gen.add_argument(
        "--changelog",
        metavar="FILE",
        help=f"where the changelog goes when the spec directory has a release record "
        f"(default: {DEFAULT_CHANGELOG} for --spec {DEFAULT_SPEC}, none for another spec)",
    )
    commands.add_parser("diff", help="spec-diff report (see `python -m codegen diff --help`)")
    commands.add_parser(
        "sync", help="update the spec from upstream (`python -m codegen sync --help`)"
    )
    commands.add_parser(
        "release",
        help="record a release, check a release tag, build the artifacts "
        "(`python -m codegen release --help`)",
    )
    commands.add_parser(
        "ir", help="print a verb's IR and plan (`python -m codegen ir join_conference`)"
    )
    args = parser.parse_args(argv)
    return _generate(args)
