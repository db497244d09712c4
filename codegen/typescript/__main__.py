"""``python -m codegen.typescript [--check] [--spec spec] [--out generated/ts]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.errors import GenerationError, SpecError
from codegen.output import unified_diff
from codegen.typescript.generate import current, render_all, replace


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.typescript")
    parser.add_argument("--spec", default="spec", help="the spec directory (default: spec)")
    parser.add_argument("--out", default="generated/ts", help="default: generated/ts")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    out = Path(args.out)
    try:
        files = render_all(Path(args.spec), Path(args.spec).as_posix())
    except SpecError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    except GenerationError as exc:
        print(f"error: {exc}\nnothing was written.", file=sys.stderr)
        return 2
    old = current(out)
    if old == files:
        print(f"{args.out}/ is up to date with {args.spec}.")
        return 0
    if args.check:
        sys.stdout.write(unified_diff(old, files, out.as_posix()))
        print(f"\n{args.out}/ is stale: run `python -m codegen.typescript`.", file=sys.stderr)
        return 1
    replace(out, files)
    print(f"regenerated: {args.out}/ from {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
