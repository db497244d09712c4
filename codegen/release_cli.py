"""``python -m codegen release record|check-tag|build``: add a release to the record, check that a
tag is the version the generated packages carry, build and check what a release publishes.

The record and the tag check are ``codegen/release.py``'s, the build ``codegen/distribution.py``'s.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from codegen.distribution import build_and_check
from codegen.errors import SpecError
from codegen.release import EXPECTED_VERSION, record_release, tag_problems


def main(argv: Sequence[str]) -> int:
    """``python -m codegen release record|check-tag|build ...``."""
    parser = argparse.ArgumentParser(
        prog="python -m codegen release",
        description="Record a release, check a release tag, or build the release artifacts.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    record = commands.add_parser(
        "record", help="add VERSION, made from schema release SCHEMA, with a copy of spec/"
    )
    record.add_argument("version", help=EXPECTED_VERSION)
    record.add_argument("schema", help="the schema release's date, YYYY-MM-DD")
    record.add_argument("--spec-dir", default="spec")
    tag = commands.add_parser(
        "check-tag", help="exit 1 unless TAG is v + the version the generated packages carry"
    )
    tag.add_argument("tag")
    build = commands.add_parser(
        "build", help="build and check the wheel, the sdist and the npm tarball into OUT"
    )
    build.add_argument("out")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    try:
        if args.command == "record":
            release = record_release(Path(args.spec_dir), args.version, args.schema)
            print(f"recorded {release.version} (schema {release.schema}); now regenerate")
            return 0
        if args.command == "check-tag":
            refusals = tag_problems(Path.cwd(), args.tag)
            for refusal in refusals:
                print(f"error: {refusal}", file=sys.stderr)
            if not refusals:
                print(f"{args.tag}: the generated packages are version {args.tag[1:]}")
            return 1 if refusals else 0
    except SpecError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    return build_and_check(Path.cwd(), Path(args.out))
