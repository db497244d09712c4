"""Time every case on both sides, interleaved, and report medians and ratios.

The machine may be shared (two cores, other test runs): rounds alternate ours and the reference,
swapping which goes first, and each figure is the median over rounds, so that a burst of load
slows both sides alike instead of skewing one of them.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.cases import CASES, check_same_output

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "docs" / "benchmarks.md"

OUR_IMPORT = "import swml_verbs"
REFERENCE_IMPORT = "from signalwire.core.function_result import FunctionResult"

# What the profile showed and what changed because of it: written into the report each run.
PROFILE_NOTES = """\
## Profile-driven changes

The generated `join_conference` already checked each option inline against precomputed dicts,
tested an option only when it differs from its default, and imported pydantic only for
`result`/`stream`, so the import row needed no work. The first run of this suite still had the
object form at 1.18-1.28x and the rejected call at 1.07-1.09x. cProfile of 200,000 calls showed
why: in the object form, `join_values` (the event-list helper) was a quarter of the time for a
single `"join"`; in the rejected call, `InvalidArgumentError.__init__` (a Python frame calling
`super().__init__` and setting four attributes) was a third. Micro-timings of the remaining
checks showed `isinstance(x, str)` before each enum `dict.get` and `isinstance(x, bool)` for the
booleans as the next costs. The templates now: give `InvalidArgumentError` no run-time
`__init__` (BaseException stores the arguments in C; `method`, `parameter`, `value` and
`expected` are properties over `args`; the typed signature stays for mypy); look a
single-valued event list up in its dict inline, calling `join_values` only for iterables or
space-joined strings; check enums with `dict.get` alone, catching `TypeError` for unhashable
values; and, past the default guard (`muted is not False`), test a boolean by identity
(`muted is True`). Every value is still checked exactly as before and the test suite passes
unchanged. That left the object form at 0.99-1.01x. Timing variants of the generated module
in the full call (not in isolation, where the regex costs 0.17 µs) showed the callback-URL
regex, a check the reference does not make, costing about 0.36 µs there; perf showed why: each
`re` match in CPython 3.11 mallocs a data stack above pymalloc's size limit (glibc
`malloc_consolidate` alone was 3.5% of the loop). Every other check cost 0.01-0.03 µs. Str-method
rewrites of the URL check (partition, isprintable) were no faster in the full call, and a cache
of accepted URLs was rejected as tuned to the benchmark's one repeated URL. What is kept: the
pattern `https?://[^\\s/?#]\\S*\\Z` (no alternation, one host character class instead of two;
the same set of strings, as is the pydantic pattern derived from it), -0.03 to -0.05 µs; and
`match` inside `try/except TypeError` instead of `isinstance(x, str) and ...` (bytes and other
non-str values still raise the same error; str subclasses are matched as before), -0.01 to
-0.02 µs.
"""


@dataclass(frozen=True)
class Row:
    name: str
    ours: float
    reference: float | None
    unit: str

    @property
    def ratio(self) -> float | None:
        return None if self.reference is None else self.ours / self.reference


def interleaved(
    ours: Callable[[], float], reference: Callable[[], float], rounds: int
) -> tuple[float, float]:
    """Median of ``rounds`` measurements of each side, alternating which side goes first."""
    ours_times: list[float] = []
    reference_times: list[float] = []
    for i in range(rounds):
        if i % 2:
            reference_times.append(reference())
            ours_times.append(ours())
        else:
            ours_times.append(ours())
            reference_times.append(reference())
    return statistics.median(ours_times), statistics.median(reference_times)


def per_call(fn: Callable[[], object], number: int) -> Callable[[], float]:
    timer = timeit.Timer(fn)
    return lambda: timer.timeit(number) / number


def calls_per_round(fn: Callable[[], object], budget: float) -> int:
    """How many calls fill about ``budget`` seconds, so that timer overhead does not count."""
    number, elapsed = timeit.Timer(fn).autorange()
    return max(1, int(number * budget / elapsed))


def time_calls(rounds: int, budget: float) -> list[Row]:
    rows = []
    for case in CASES:
        # Warm both sides (caches, first-use imports) before anything is timed.
        case.ours()
        case.reference()
        number = calls_per_round(case.reference, budget)
        ours, reference = interleaved(
            per_call(case.ours, number), per_call(case.reference, number), rounds
        )
        rows.append(Row(case.name, ours * 1e6, reference * 1e6, "µs"))
    return rows


def import_seconds(statement: str) -> float:
    """Time ``statement`` in a fresh interpreter, measured inside it.

    Timing inside the child leaves out interpreter start-up and shutdown exactly, instead of
    subtracting a separately measured (and separately noisy) bare start. ``-I`` keeps the
    working directory and PYTHONPATH out of ``sys.path``: the installed packages are imported.
    """
    code = f"import time; _t = time.perf_counter()\n{statement}\nprint(time.perf_counter() - _t)"
    out = subprocess.run(
        [sys.executable, "-I", "-c", code], check=True, capture_output=True, text=True
    )
    return float(out.stdout)


def time_imports(rounds: int) -> Row:
    # Once each first, so that byte-compiling is not timed.
    import_seconds(OUR_IMPORT)
    import_seconds(REFERENCE_IMPORT)
    ours, reference = interleaved(
        lambda: import_seconds(OUR_IMPORT), lambda: import_seconds(REFERENCE_IMPORT), rounds
    )
    return Row("import (fresh interpreter)", ours * 1e3, reference * 1e3, "ms")


# Runs the generator in a child and reports that child's peak resident set, in kilobytes on
# Linux (ru_maxrss's unit; macOS reports bytes). The child's own children (ruff, the import
# probe) are separate processes and not part of this figure.
_GENERATE = """\
import resource, sys
from codegen.cli import main
status = main(["generate", "--out", sys.argv[1]])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(status)
"""


def time_generation(rounds: int) -> list[Row]:
    seconds = []
    peaks = []
    for _ in range(rounds):
        # A fresh directory each round: every run generates from scratch, never "unchanged".
        with tempfile.TemporaryDirectory(prefix="bench-generate-") as out:
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", _GENERATE, out],
                cwd=REPO,
                check=True,
                capture_output=True,
                text=True,
            )
            seconds.append(time.perf_counter() - start)
            peaks.append(int(done.stdout.split()[-1]))
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024
    return [
        Row("`python -m codegen generate` (wall)", statistics.median(seconds), None, "s"),
        Row("generation peak memory (RSS)", max(peaks) * scale, None, "MiB"),
    ]


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def table(rows: Sequence[Row]) -> str:
    lines = [
        "| benchmark | ours | reference | ratio (ours / reference) |",
        "|---|---:|---:|---:|",
    ]
    for row in rows:
        reference = "—" if row.reference is None else f"{row.reference:.3g} {row.unit}"
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}"
        lines.append(f"| {row.name} | {row.ours:.3g} {row.unit} | {reference} | {ratio} |")
    return "\n".join(lines)


def report(rows: Sequence[Row], rounds: int, quick: bool) -> str:
    machine = (
        f"{platform.system()} {platform.release()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs, {platform.python_implementation()} {platform.python_version()}"
    )
    versions = ", ".join(
        f"{name} {_version(name)}" for name in ("swml-verbs", "signalwire-sdk", "pydantic")
    )
    mode = "quick smoke run (few rounds; figures are rough)" if quick else "full run"
    return f"""\
# Benchmarks

Written by `nox -s bench` (`python -m bench`); do not edit by hand.

- Machine: {machine}
- Versions: {versions}
- Mode: {mode}, median of {rounds} interleaved rounds per side

{table(rows)}

Calls are timed per call from `FunctionResult("ok")` to `to_dict()` (the rejected call: to
catching the `ValueError`), ours and the reference alternating round by round. The object form
passes the same eight options to both, `status_callback_event="join"` as a string (ours would
also take `["join"]`; the reference takes only a string). Import time is measured inside a fresh
interpreter per round: `{OUR_IMPORT}` against `{REFERENCE_IMPORT}`. Generation runs the whole
pipeline (ruff, compile, import probe) into a temporary `--out` directory; its peak memory is
the generator process's `ru_maxrss`.

{PROFILE_NOTES}"""


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="CI smoke mode: few rounds, writes only to --output"
    )
    parser.add_argument("--output", type=Path, help=f"report file (default: {DEFAULT_OUTPUT.name})")
    args = parser.parse_args(argv)

    check_same_output()
    if args.quick:
        rounds, budget, import_rounds, generate_rounds = 3, 0.01, 3, 1
    else:
        rounds, budget, import_rounds, generate_rounds = 15, 0.2, 25, 3
    rows = time_calls(rounds, budget)
    rows.append(time_imports(import_rounds))
    rows.extend(time_generation(generate_rounds))

    text = report(rows, rounds, args.quick)
    print(table(rows))
    output = args.output if args.output is not None or args.quick else DEFAULT_OUTPUT
    if output is not None:
        output.write_text(text, encoding="utf-8")
        print(f"\nwritten to {output}")
    return 0
