"""Time ours against the reference in groups, interleaved, and report medians and ratios.

The machine may be shared (two cores, other test runs): rounds alternate ours and the reference,
swapping which goes first, and each figure is the median over rounds, so that a burst of load
slows both sides alike instead of skewing one of them.

Groups, each figure as ours / reference:

1. generation: ``python -m codegen generate --check`` (all 43 verbs) against
   datamodel-code-generator alone on the same upstream file, each a fresh process (wall time);
2. import: ``import swml_verbs`` in a fresh interpreter against the reference's imports, and
   whether pydantic was imported;
3. builder calls per verb over a seeded sample of upstream-valid arguments (``bench.verbs``);
4. a refused call per verb;
5. ``FunctionResult.join_conference`` cases (``bench.cases``) against the reference unchecked
   and the reference followed by a jsonschema-rs check of its output;
6. ``joinConference`` of the generated TypeScript package in node against a hand-written,
   unchecked build of the same payload (``bench.node``);
7. every FunctionResult helper the reference also has, over the calls the tests draw, against
   the reference unchecked and the reference followed by a jsonschema-rs check of its output
   (``bench.helpers``);
8. whole SWML documents, valid and refused, checked by ours and by jsonschema-rs
   (``bench.documents``).
"""

from __future__ import annotations

import argparse
import functools
import importlib.metadata
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from signalwire.core.function_result import FunctionResult as ReferenceFR
from swml_verbs import FunctionResult as OursFR

from bench import documents as bench_documents
from bench import helpers as bench_helpers
from bench import node as bench_node
from bench import verbs as bench_verbs
from bench.cases import CASES, DEFAULT_FORM, check_same_output, drawn, every_option

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "docs" / "benchmarks.md"
#: The newest upstream SWML schema, as found from the repository (the file spec/ follows).
UPSTREAM = REPO / ".." / "shared" / "upstream" / "swml" / "SWMLObject-2026-08-18.json"

OUR_IMPORT = "import swml_verbs"
REFERENCE_IMPORT = "from signalwire.core.function_result import FunctionResult"
#: (row name, ours, reference, target) for the import group; the first is the one the existing
#: suite has always compared.
IMPORTS: tuple[tuple[str, str, str, float | None], ...] = (
    (f"`{OUR_IMPORT}` vs `{REFERENCE_IMPORT}`", OUR_IMPORT, REFERENCE_IMPORT, 0.5),
    (f"`{OUR_IMPORT}` vs `import signalwire`", OUR_IMPORT, "import signalwire", 0.5),
    (
        "`from swml_verbs import SWML` vs `from signalwire.core.swml_builder import SWMLBuilder`",
        "from swml_verbs import SWML",
        "from signalwire.core.swml_builder import SWMLBuilder",
        None,
    ),
    (
        "first document: import + one `play` verb",
        "from swml_verbs import SWML\nSWML().play(url='say:Hello')",
        "from signalwire.core.swml_service import SWMLService\n"
        "SWMLService(name='bench').add_verb('play', {'url': 'say:Hello'})",
        None,
    ),
)

DCG_ARGS = (
    "--input-file-type",
    "jsonschema",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.10",
    # datamodel-code-generator's current default, named so that it does not warn.
    "--formatters",
    "black",
    "isort",
)

#: The generated package the FINDINGS were written against (its files' ``Inputs`` hash). A run
#: of another version prints them with a warning that line numbers may have moved.
FINDINGS_INPUTS = "06202a5bed6c7a23"
FINDINGS = """\
The misses are checks the reference does not make, and one cost of CPython's calling convention;
each was measured on its own (the table "what each option adds" has them one by one). Functions
are named rather than lines, which move.

- **Regex checks in the call.** A URL option (`_URL_HTTP_HTTPS.match`), a SWML variable
  (`SWML_VAR.search`) and a space-joined event list (`_J_<Enum>.match`) each add about 0.3 µs
  inside `join_conference`, where the reference stores the value unchecked (about 0.05 µs an
  option). A pre-check with string methods (`startswith`, then `isprintable` with the regex only
  as fallback) saved about 0.06 µs a URL and was not kept; the three-URL, the
  variables and the event-list cases are these lines.
- **`result`.** `_JoinConference_result` checks and copies every nested SWML method (`Switch` ->
  its case map -> each list -> `check_method` -> the verb's checker), some twenty Python calls
  for the benchmark's switch; the reference passes `result` through. A deep check cannot cost
  what no check costs, so "result: switch", "result: cond" and "every option at once" stay
  above 1.0 while `result` is validated. Item paths are now built only for a refused item (a
  list is checked with its own path and again with indexes when something fails), which took
  about a sixth off these cases.
- **`connect`.** The builder's `connect` has 30 keyword-only parameters; CPython fills each
  missing keyword-only default with a dict lookup, about 0.2 µs a call (a 30-parameter function:
  0.31 µs keyword-only against 0.13 µs positional-or-keyword). They stay keyword-only so that
  `connect("+15551234567")` cannot silently fill `from`. Per destination,
  `check_ConnectDestination` takes about 0.22 µs for `{"to": ...}` (0.43 µs before the checkers
  read required keys first and skip the optional ones when no more keys are given) and
  0.65-0.9 µs with two optional keys, against about 0.24 µs per destination for jsonschema-rs.
- **FunctionResult.join_conference** takes the reference's options by position too
  (`x-positional`), which also spares it keyword-only binding: about 0.13 µs a call.
- **Union verbs** (`play`, `send_sms`, ...) read their variant table from a module constant
  (`_VARIANTS_<n>`); building its frozensets on every `pick_variant` call had put `send_sms` at
  0.87 (0.65-0.70 since).
- **The drawn rows** time the whole domain of the shared options: without `result` the median
  set is about at the reference's time and the slow tail is the regex-checked options; with
  `result` the deep check dominates, as above.
"""


# What an earlier profile of join_conference showed and what changed because of it.
PROFILE_NOTES = """\
## Earlier profile-driven changes (join_conference)

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
-0.02 µs. (The templates have since been rewritten for all 43 verbs; the figures above are
this run's, the history is kept for the reasoning.)
"""


@dataclass(frozen=True)
class Row:
    name: str
    ours: float | str
    reference: float | str | None
    unit: str = ""
    #: The ratio must be at most this (or below it, ``strict``); None: no target was set.
    limit: float | None = None
    strict: bool = False
    notes: str = ""
    #: For a row without a ratio (a yes/no fact): whether its target is met.
    fact_met: bool | None = None
    fact_target: str = ""
    #: The reference without its check, for a row whose ``reference`` is the reference plus a
    #: check of its output (the helpers group); its table has a column for it and its ratio.
    unchecked: float | None = None
    #: The ratio to the unchecked reference must be at most this too (a default form).
    unchecked_limit: float | None = None

    @property
    def unchecked_ratio(self) -> float | None:
        if isinstance(self.ours, str) or self.unchecked is None:
            return None
        return self.ours / self.unchecked

    @property
    def ratio(self) -> float | None:
        if isinstance(self.ours, str) or not isinstance(self.reference, float | int):
            return None
        return self.ours / self.reference

    @property
    def target(self) -> str:
        if self.fact_target:
            return self.fact_target
        if self.limit is None:
            return "—"
        target = f"{'<' if self.strict else '≤'} {self.limit:g}"
        if self.unchecked_limit is not None:
            target += f", unchecked ≤ {self.unchecked_limit:g}"
        return target

    @property
    def met(self) -> bool | None:
        if self.fact_met is not None:
            return self.fact_met
        if self.limit is None or self.ratio is None:
            return None
        if self.unchecked_limit is not None:
            unchecked = self.unchecked_ratio
            if unchecked is None or unchecked > self.unchecked_limit:
                return False
        return self.ratio < self.limit if self.strict else self.ratio <= self.limit


@dataclass(frozen=True)
class Group:
    title: str
    rows: list[Row]
    how: str


def interleaved(
    ours: Callable[[], float], reference: Callable[[], float], rounds: int
) -> tuple[float, float]:
    """Median of ``rounds`` measurements of each side, alternating which side goes first."""
    ours_times, reference_times = interleaved_all(ours, reference, rounds)
    return statistics.median(ours_times), statistics.median(reference_times)


def interleaved_all(
    ours: Callable[[], float], reference: Callable[[], float], rounds: int, offset: int = 0
) -> tuple[list[float], list[float]]:
    ours_times: list[float] = []
    reference_times: list[float] = []
    for i in range(offset, offset + rounds):
        if i % 2:
            reference_times.append(reference())
            ours_times.append(ours())
        else:
            ours_times.append(ours())
            reference_times.append(reference())
    return ours_times, reference_times


def time_sides(
    sides: Mapping[str, Callable[[], object]], rounds: int, budget: float, offset: int = 0
) -> dict[str, float]:
    """Median seconds of one run of each side over ``rounds``. Each round runs every side as
    many times as fill about ``budget`` seconds (sides can differ a hundredfold: each has its own
    count), the first side of a round rotating and the order reversing every other cycle, so
    that no side keeps one place."""
    for fn in sides.values():  # warm: caches, first-use imports
        fn()
    timers = {name: per_call(fn, quick_calls_per_round(fn, budget)) for name, fn in sides.items()}
    names = list(sides)
    times: dict[str, list[float]] = {name: [] for name in names}
    for r in range(offset, offset + rounds):
        k = r % len(names)
        order = names[k:] + names[:k]
        if (r // len(names)) % 2:
            order.reverse()
        for name in order:
            times[name].append(timers[name]())
    return {name: statistics.median(t) for name, t in times.items()}


def per_call(fn: Callable[[], object], number: int) -> Callable[[], float]:
    timer = timeit.Timer(fn)
    return lambda: timer.timeit(number) / number


def calls_per_round(fn: Callable[[], object], budget: float) -> int:
    """How many calls fill about ``budget`` seconds, so that timer overhead does not count."""
    number, elapsed = timeit.Timer(fn).autorange()
    return max(1, int(number * budget / elapsed))


def quick_calls_per_round(fn: Callable[[], object], budget: float) -> int:
    """As ``calls_per_round``, estimated from a few calls (for many short-lived cases)."""
    timer = timeit.Timer(fn)
    timer.timeit(3)
    elapsed = timer.timeit(20) / 20
    return max(1, int(budget / max(elapsed, 1e-9)))


# -- 1. generation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float
    status: int
    peak_kib: int
    output: str


def run_measured(args: Sequence[str], cwd: Path) -> Run:
    """Run ``args`` in a fresh process: wall time, exit status, and peak RSS of the largest
    process in its tree (``wait4``'s ``ru_maxrss``: the child or a waited-for descendant)."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(list(args), cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", errors="replace")
    peak = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss // 1024
    return Run(seconds, proc.returncode, peak, text)


def time_generation(rounds: int) -> Group:
    ours_runs: list[Run] = []
    dcg_runs: list[Run] = []
    models_lines: list[int] = []

    both_runs: list[Run] = []

    def generate(*languages: str) -> Run:
        args = [sys.executable, "-m", "codegen", "generate", "--check"]
        for language in languages:
            args += ["--language", language]
        run = run_measured(args, REPO)
        # 1 is "generated/ is stale" (others may be editing codegen/ or generated/): the whole
        # pipeline still ran. 2 is a failure, and no figure.
        if run.status not in (0, 1):
            raise RuntimeError(f"codegen generate --check failed:\n{run.output}")
        return run

    def ours() -> float:
        # The Python package alone: datamodel-code-generator makes Python models only.
        run = generate("python")
        ours_runs.append(run)
        # Both packages, as `nox -s generate` makes them, timed in the same round.
        both_runs.append(generate())
        return run.seconds

    def dcg() -> float:
        with tempfile.TemporaryDirectory(prefix="bench-dcg-") as tmp:
            # The file refers to itself by its $id, "SWMLObject.json" (the AI verbs' SWML action
            # is the whole document), which datamodel-code-generator resolves as a file next to
            # the input: the input gets that name. Copied before the clock starts.
            source = Path(tmp) / "SWMLObject.json"
            shutil.copyfile(UPSTREAM, source)
            models = Path(tmp) / "models.py"
            run = run_measured(
                [
                    sys.executable,
                    "-m",
                    "datamodel_code_generator",
                    "--input",
                    str(source),
                    *DCG_ARGS,
                    "--output",
                    str(models),
                ],
                Path(tmp),
            )
            if run.status != 0 or not models.exists():
                raise RuntimeError(f"datamodel-code-generator failed:\n{run.output}")
            models_lines.append(len(models.read_text(encoding="utf-8").splitlines()))
        dcg_runs.append(run)
        return run.seconds

    ours_s, dcg_s = interleaved(ours, dcg, rounds)
    statuses = sorted({run.status for run in ours_runs})
    status_note = ", ".join(
        "exit 0 (up to date)" if s == 0 else "exit 1 (generated/ stale, diff printed)"
        for s in statuses
    )
    mib = 1 / 1024
    return Group(
        "Generation (fresh process, wall time)",
        [
            Row(
                "`python -m codegen generate --check --language python` (43 verbs) vs "
                "datamodel-code-generator",
                ours_s,
                dcg_s,
                "s",
                limit=1.0,
                strict=True,
                notes=f"ours: {status_note}; dcg wrote {max(models_lines)} lines of models",
            ),
            Row(
                "`python -m codegen generate --check` (both packages) vs datamodel-code-generator",
                statistics.median(run.seconds for run in both_runs),
                dcg_s,
                "s",
                notes="Python and TypeScript, as `nox -s generate` makes them",
            ),
            Row(
                "peak memory (RSS, largest process in the tree)",
                max(run.peak_kib for run in ours_runs) * mib,
                max(run.peak_kib for run in dcg_runs) * mib,
                "MiB",
            ),
        ],
        f"""\
Ours: `{Path(sys.executable).name} -m codegen generate --check --language python` in the
repository (load spec/ and the overlays, build the IR for all 43 verbs, render, ruff check --fix
and format, compile, import probe in a fresh interpreter, compare with generated/), the same
product as datamodel-code-generator's: Python. The second row adds the TypeScript package
(rendered from the same IR, formatted by the pinned prettier and compiled by the pinned tsc
unless their content-keyed caches hold the output for exactly these inputs, compared with
generated/ts/), timed in the same rounds. The
reference column is datamodel-code-generator {_version("datamodel-code-generator")} alone,
`python -m datamodel_code_generator --input SWMLObject.json {" ".join(DCG_ARGS)} --output
models.py`, on the same upstream file (`../shared/upstream/swml/{UPSTREAM.name}`, copied under
its `$id` into a temporary directory, because it refers to itself by that name). Each round
starts both as fresh processes, alternating which goes first; wall time from spawn to exit,
median of {rounds} rounds. Peak memory is `ru_maxrss` from `wait4` (the largest single process,
ours including ruff and the import probe).""",
    )


# -- 2. import -------------------------------------------------------------------------------------


def import_run(statement: str, cache: Path) -> tuple[float, bool]:
    """Time ``statement`` in a fresh interpreter, measured inside it; and whether pydantic was
    imported by then.

    Timing inside the child leaves out interpreter start-up and shutdown exactly, instead of
    subtracting a separately measured (and separately noisy) bare start. ``-I`` keeps the
    working directory and PYTHONPATH out of ``sys.path`` (the installed packages are imported)
    and ignores PYTHONDONTWRITEBYTECODE; ``-X pycache_prefix`` keeps both sides' bytecode in one
    temporary cache, written by a first untimed run, so neither side is timed compiling and
    nothing is written into the checkout or site-packages.
    """
    code = (
        "import sys, time\n_t = time.perf_counter()\n"
        f"{statement}\n"
        "_e = time.perf_counter() - _t\n"
        "print('\\nBENCH', _e, 'pydantic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-X", f"pycache_prefix={cache}", "-c", code],
        check=True,
        capture_output=True,
        text=True,
    )
    line = next(line for line in reversed(out.stdout.splitlines()) if line.startswith("BENCH "))
    _, seconds, pydantic = line.split()
    return float(seconds), pydantic == "True"


def time_imports(rounds: int) -> Group:
    rows: list[Row] = []
    pydantic_after: dict[str, bool] = {}
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache_dir:
        cache = Path(cache_dir)
        for index, (name, ours_statement, reference_statement, limit) in enumerate(IMPORTS):
            flags: dict[str, set[bool]] = {ours_statement: set(), reference_statement: set()}

            def timed(statement: str, flags: dict[str, set[bool]] = flags) -> float:
                seconds, pydantic = import_run(statement, cache)
                flags[statement].add(pydantic)
                return seconds

            # Once each first, so that byte-compiling is not timed.
            timed(ours_statement)
            timed(reference_statement)
            ours_times, reference_times = interleaved_all(
                functools.partial(timed, ours_statement),
                functools.partial(timed, reference_statement),
                rounds,
                offset=index,
            )
            for statement, seen in flags.items():
                pydantic_after[statement] = True in seen
            rows.append(
                Row(
                    name,
                    statistics.median(ours_times) * 1e3,
                    statistics.median(reference_times) * 1e3,
                    "ms",
                    limit=limit,
                    notes="pydantic imported: "
                    f"ours {_yes(pydantic_after[ours_statement])}, "
                    f"reference {_yes(pydantic_after[reference_statement])}",
                )
            )
    ours_pydantic = pydantic_after[OUR_IMPORT]
    rows.append(
        Row(
            f"`{OUR_IMPORT}` imports pydantic",
            _yes(ours_pydantic),
            _yes(pydantic_after[REFERENCE_IMPORT]),
            fact_met=not ours_pydantic,
            fact_target="no",
            notes="`'pydantic' in sys.modules` in the child after the statement "
            f"(reference column: after `{REFERENCE_IMPORT}`)",
        )
    )
    statements = "; ".join(f"`{ours}` / `{ref}`" for _, ours, ref, _ in IMPORTS).replace("\n", "; ")
    return Group(
        "Import (fresh interpreter)",
        rows,
        f"""\
Each statement runs in a new `python -I` child and is timed inside it (no interpreter start-up
or shutdown), ours and the reference alternating, median of {rounds} rounds after one untimed
run of each that writes the bytecode cache (`-X pycache_prefix`, one temporary directory for both
sides). The child also reports whether `pydantic` is in `sys.modules` afterwards. Statements
(ours / reference): {statements}. The last row builds the reference's `SWMLService` (schema
load and jsonschema-rs compile), the set-up its builder needs before a first verb.""",
    )


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


# -- 3. builder calls over a sample ----------------------------------------------------------------


@dataclass(frozen=True)
class SampleTimes:
    ours: list[float]
    reference: list[float]
    #: A third side's, when one was timed (the reference plus a check of its output).
    checked: list[float] | None = None


def time_sample(
    calls: Sequence[Sequence[Callable[[], object]]], rounds: int, budget: float
) -> SampleTimes:
    """Per argument, the median per-call time of each side (ours, the reference, and a third
    when given) over ``rounds``; every round visits every argument, the first side rotating."""
    timers = []
    for sides in calls:
        for side in sides:
            side()
        number = quick_calls_per_round(sides[1], budget)
        timers.append([per_call(side, number) for side in sides])
    width = len(timers[0]) if timers else 2
    times: list[list[list[float]]] = [[[] for _ in range(width)] for _ in calls]
    for r in range(rounds):
        for i, side_timers in enumerate(timers):
            first = (r + i) % width
            for k in (*range(first, width), *range(first)):
                times[i][k].append(side_timers[k]())
    medians = [[statistics.median(t[k]) for t in times] for k in range(width)]
    return SampleTimes(medians[0], medians[1], medians[2] if width > 2 else None)


def time_builder(
    count: int, rounds: int, budget: float
) -> tuple[Group, dict[str, Callable[[], None]]]:
    rows = []
    loops: dict[str, Callable[[], None]] = {}
    for verb in bench_verbs.VERBS:
        sample = bench_verbs.sample(verb, count)
        if not sample.calls:
            rows.append(Row(f"`{verb}`", "no argument kept", None, notes=_sample_note(sample)))
            continue
        times = time_sample(sample.calls, rounds, budget)
        ratios = sorted(o / r for o, r in zip(times.ours, times.reference, strict=True))
        rows.append(
            Row(
                f"`{verb}`",
                statistics.median(times.ours) * 1e6,
                statistics.median(times.reference) * 1e6,
                "µs",
                # The target: each builder call at most the reference's.
                limit=1.0,
                notes=f"{_sample_note(sample)}; per-argument ratio "
                f"{ratios[0]:.2f}-{ratios[-1]:.2f}, median {statistics.median(ratios):.2f}",
            )
        )
        ours_calls = [ours for ours, _ in sample.calls]

        def loop(calls: list[Callable[[], object]] = ours_calls) -> None:
            for call in calls:
                call()

        loops[f"`{verb}`"] = loop
    return (
        Group(
            "Builder calls per verb (median per call over a sample of arguments)",
            rows,
            f"""\
Arguments: up to {count} distinct values per verb drawn from the upstream schema by
`tests/upstream_schema.argument_strategy(verb)` (hypothesis {_version("hypothesis")},
`@seed({bench_verbs.SEED})`, database off: the same sample every run), kept only if both sides
accept them and produce the same document. Ours: `SWML().<verb>(**kwargs)` (wire names as
keywords, `from` as `from_`; a scalar such as `sleep(5000)` positionally). Reference: one
`SWMLService(name="bench")` built beforehand, then per call `reset_document()` +
`add_verb(verb, argument)`, the call every `SWMLBuilder` method ends in (it validates the
document with jsonschema-rs); the builder's own wrapper is left out, which favours the
reference. Each round times every argument on both sides (about {budget * 1e3:g} ms of calls
each, alternating which side goes first); an argument's figure is its median over {rounds}
rounds, and the row gives the median over the sample of those figures. Target (the issue's):
each verb at most the reference's time.""",
        ),
        loops,
    )


def _sample_note(sample: bench_verbs.Sample) -> str:
    dropped = []
    if sample.refused_by_reference:
        dropped.append(f"{sample.refused_by_reference} refused by the reference")
    if sample.refused_by_ours:
        dropped.append(f"{sample.refused_by_ours} refused by ours")
    if sample.different_output:
        dropped.append(f"{sample.different_output} with different output")
    detail = f" ({', '.join(dropped)})" if dropped else ""
    return f"n={len(sample.calls)} of {sample.drawn} drawn{detail}"


# -- 4. refused calls and 5. join_conference -------------------------------------------------------


def time_pairs(
    pairs: Sequence[tuple[str, Callable[[], object], Callable[[], object]]],
    rounds: int,
    budget: float,
) -> list[tuple[str, float, float]]:
    out = []
    for name, ours_fn, reference_fn in pairs:
        # Warm both sides (caches, first-use imports) before anything is timed.
        ours_fn()
        reference_fn()
        number = calls_per_round(reference_fn, budget)
        ours, reference = interleaved(
            per_call(ours_fn, number), per_call(reference_fn, number), rounds
        )
        out.append((name, ours, reference))
    return out


def time_refused(rounds: int, budget: float) -> tuple[Group, dict[str, Callable[[], None]]]:
    cases = bench_verbs.refused_cases()
    timed = time_pairs([(c.verb, c.ours, c.reference) for c in cases], rounds, budget)
    rows = [
        Row(
            f"`{case.verb}` refused: {case.description}",
            ours * 1e6,
            reference * 1e6,
            "µs",
            limit=0.1,
        )
        for case, (_, ours, reference) in zip(cases, timed, strict=True)
    ]
    loops = {row.name: _looped(case.ours) for row, case in zip(rows, cases, strict=True)}
    return (
        Group(
            "Refused calls (one invalid argument per verb)",
            rows,
            f"""\
One wrong-typed value per verb, the rest valid; each is checked to be refused by the upstream
schema, by ours (`InvalidArgumentError`) and by the reference (`SchemaValidationError`) before
it is timed. Ours: `SWML().<verb>(**kwargs)` to catching the error; reference:
`reset_document()` + `add_verb(verb, argument)` to catching the error. An unknown key is not
compared: ours takes keywords, so Python refuses one with a `TypeError` before any generated
check runs. Median of {rounds} interleaved rounds of about {budget * 1e3:g} ms of the
reference's calls each.""",
        ),
        loops,
    )


def _looped(fn: Callable[[], object]) -> Callable[[], None]:
    def loop() -> None:
        fn()

    return loop


def _checked(
    reference: Callable[[], object], is_valid: Callable[[object], bool]
) -> Callable[[], object]:
    """``reference`` followed by a jsonschema-rs check of what it returns (a refusal, returned
    as the exception it raised, has nothing to check). The answer is not asserted: the short
    form both sides emit with every option at its default is one the schema refuses (README),
    and it is checked all the same."""

    def run() -> object:
        out = reference()
        if not isinstance(out, Exception):
            is_valid(out)
        return out

    return run


def time_join_conference(
    rounds: int, budget: float, count: int, sample_rounds: int, sample_budget: float
) -> tuple[Group, dict[str, Callable[[], None]]]:
    is_valid = bench_helpers.validator("Output").is_valid
    rows = []
    for index, case in enumerate(CASES):
        sides = {
            "ours": case.ours,
            "reference": case.reference,
            "checked": _checked(case.reference, is_valid),
        }
        seconds = time_sides(sides, rounds, budget, offset=index)
        rows.append(
            Row(
                case.name,
                seconds["ours"] * 1e6,
                seconds["checked"] * 1e6,
                "µs",
                limit=1.0,
                unchecked=seconds["reference"] * 1e6,
                # The issue's: the default form at most the unchecked reference too.
                unchecked_limit=1.0 if case.name == DEFAULT_FORM else None,
            )
        )
    loops = {case.name: _looped(case.ours) for case in CASES}
    for result in (False, True):
        pairs = drawn(count, result=result)
        triples = [(ours, reference, _checked(reference, is_valid)) for ours, reference in pairs]
        times = time_sample(triples, sample_rounds, sample_budget)
        assert times.checked is not None
        ratios = sorted(o / c for o, c in zip(times.ours, times.checked, strict=True))
        name = f"option sets drawn from the domain, {'with' if result else 'without'} `result`"
        rows.append(
            Row(
                name,
                statistics.median(times.ours) * 1e6,
                statistics.median(times.checked) * 1e6,
                "µs",
                limit=1.0,
                unchecked=statistics.median(times.reference) * 1e6,
                notes=f"n={len(pairs)} of {count} drawn; per-set ratio "
                f"{ratios[0]:.2f}-{ratios[-1]:.2f}, median {statistics.median(ratios):.2f}",
            )
        )
        ours_calls = [ours for ours, _ in pairs]

        def loop(calls: list[Callable[[], object]] = ours_calls) -> None:
            for call in calls:
                call()

        loops[name] = loop
    return (
        Group(
            "FunctionResult.join_conference (equal work: the reference plus a check of its output)",
            rows,
            f"""\
Each call from `FunctionResult("ok")` to `to_dict()` (the rejected call: to catching the
`ValueError`), three sides in rotating order: ours; the reference unchecked; the reference then
`is_valid` of its `to_dict()` by a jsonschema-rs {_version("jsonschema-rs")} validator of
`$defs/Output` (the helpers' below; the rejected call: the reference's own refusal, nothing to
check; the short form `{{join_conference: name}}`, which the schema does not admit though both
sides emit it as README says, is checked all the same). Median of {rounds} rounds of about
{budget * 1e3:g} ms of calls each; the outputs are checked equal before timing. The target
(issue 16): ours at most the reference plus the check in every row, and the short form (the
default) at most the unchecked reference too. The first four cases are hand-written: the
object form passes eight options, `status_callback_event="join"` as a string (the reference
takes only a string). The rest are derived from the spec
(`bench/cases.py`): every option the reference also takes, each set away from its default to a
value the spec names (non-default `const`s, `examples`, every event of a list joined by its
`x-separator`), with and without a `result`; the three callback URLs; multi-value event lists;
SWML variables; a switch and a cond `result`. `status_callback_event_type`,
`recording_status_callback_event_type` and `stream` are ours only and cannot be compared.
The last two rows cover the domain rather than points: up to {count} option sets each, drawn
by hypothesis (`@seed({bench_verbs.SEED})`, database off) from `tests/strategies.py` (any subset
of the shared options, each value from its whole domain: members or strings, event lists as
lists or joined strings, URLs and SWML variables; a conference name drawn too), kept when both
sides give the same output, and timed as the builder calls are (median over {sample_rounds}
rounds per set, then the median over the sets; the per-set ratio is ours / the reference plus
the check).""",
        ),
        loops,
    )


def package_snapshot() -> dict[str, str]:
    """The generated package's files as imported (name -> text), to date the figures and to
    notice when another process regenerates it mid-run."""
    import swml_verbs

    package = Path(swml_verbs.__file__ or "").parent
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(package.glob("*.py"))}


_SNAPSHOT: dict[str, str] = {}


def _inputs_hashes(files: Mapping[str, str]) -> str:
    """The ``Inputs ... sha256:`` of each file's header, as the generator wrote it."""
    found = set()
    for text in files.values():
        match = re.search(r"sha256:([0-9a-f]+)", text[:400])
        if match:
            found.add(match.group(1))
    return ", ".join(sorted(found)) or "unknown"


def _check_lines() -> dict[str, int]:
    """Option -> line of its ``if <option> ...`` block in the generated join_conference, in the
    file as it was when the run started."""
    text = _SNAPSHOT.get("function_result.py") or package_snapshot()["function_result.py"]
    source = text.splitlines()
    start = next(i for i, line in enumerate(source) if "def join_conference(" in line)
    lines: dict[str, int] = {}
    for number, line in enumerate(source[start:], start + 1):
        match = re.match(r"\s{8}if (\w+) (?:is not|!=) ", line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def time_option_costs(rounds: int, budget: float) -> Group:
    """What each option adds to a join_conference call on each side.

    Each option is timed added to a one-option object form (``muted=True``; for ``muted``
    itself, ``end_on_exit=True``), and in the same round, next to it, that base: the figure is
    the median over rounds of the difference, on each side, so that load that changes between
    rounds cancels out.
    """
    options = every_option(result=True)
    lines = _check_lines()
    rows = []
    for index, (option, value) in enumerate(options.items()):
        base = {"end_on_exit": True} if option == "muted" else {"muted": True}
        combined = {**base, option: value}
        sides = []
        for cls in (OursFR, ReferenceFR):
            with_option, without = _join(cls, combined), _join(cls, base)
            with_option()
            without()
            number = quick_calls_per_round(with_option, budget)
            sides.append((per_call(with_option, number), per_call(without, number)))
        differences: tuple[list[float], list[float]] = ([], [])
        for r in range(index, index + rounds):
            # Rotate which side and which of the pair goes first.
            order = [0, 1] if r % 2 else [1, 0]
            for side in order:
                with_timer, base_timer = sides[side]
                if (r // 2) % 2:
                    base_time = base_timer()
                    differences[side].append(with_timer() - base_time)
                else:
                    with_time = with_timer()
                    differences[side].append(with_time - base_timer())
        ours, reference = (statistics.median(d) * 1e6 for d in differences)
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
        rows.append(
            Row(
                f"`{option}={shown}`",
                f"{ours:+.2f} µs",
                f"{reference:+.2f} µs",
                notes=f"ours {ours - reference:+.2f} µs; check at "
                f"`function_result.py:{lines.get(option, '?')}`",
            )
        )
    return Group(
        "join_conference: what each option adds",
        rows,
        f"""\
Diagnostic, no target: each option of the "every option at once" case added to a one-option
object form (`muted=True`; for `muted`, `end_on_exit=True`), minus that base timed next to it in
the same round, on each side; the median over {rounds} rounds of about {budget * 1e3:g} ms of
calls each (differences of about 0.05 µs are noise). The note gives ours minus the reference
and the line of the generated `join_conference` that checks the option.""",
    )


def _join(cls: type, options: Mapping[str, object]) -> Callable[[], object]:
    def run() -> object:
        return cls("ok").join_conference("room", **options).to_dict()

    return run


# -- 7. FunctionResult helpers on equal work -------------------------------------------------------


def _geometric_mean(values: Sequence[float]) -> float:
    return math.exp(statistics.fmean(math.log(v) for v in values))


def time_helpers(
    draws: int, rounds: int, budget: float
) -> tuple[list[Group], dict[str, Callable[[], None]]]:
    """The helpers on equal work, then each helper's default form against the unchecked
    reference."""
    rows = []
    default_rows = []
    loops: dict[str, Callable[[], None]] = {}
    samples = bench_helpers.samples(draws)
    totals = {"ours": 0.0, "reference": 0.0, "checked": 0.0}
    ratios: list[float] = []
    unchecked_ratios: list[float] = []
    for index, sample in enumerate(samples):
        name = bench_helpers.row_name(sample.name, sample.static)
        note = bench_helpers.sample_note(sample)
        if not sample.kept:
            rows.append(Row(name, "no call kept", None, notes=note))
            default_rows.append(Row(name, "no call kept", None))
            continue
        sides = sample.sides()
        seconds = time_sides(sides, rounds, budget, offset=index)
        count = len(sample.kept)
        ours, reference, checked = (
            seconds[side] / count * 1e6 for side in ("ours", "reference", "checked")
        )
        for side, value in (("ours", ours), ("reference", reference), ("checked", checked)):
            totals[side] += value
        ratios.append(ours / checked)
        unchecked_ratios.append(ours / reference)
        # The target: each helper at most the reference plus the check.
        rows.append(Row(name, ours, checked, "µs", limit=1.0, unchecked=reference, notes=note))
        loops[name] = _looped(sides["ours"])
        # The other target: the default form at most the unchecked reference.
        default_form = sample.default_form
        if not default_form:
            default_rows.append(Row(name, "no default-form call kept", None))
            continue
        default_sides = sample.sides(default_form)
        del default_sides["checked"]
        seconds = time_sides(default_sides, rounds, budget, offset=index)
        default_rows.append(
            Row(
                name,
                seconds["ours"] / len(default_form) * 1e6,
                seconds["reference"] / len(default_form) * 1e6,
                "µs",
                limit=1.0,
                notes=f"n={len(default_form)} of {count} kept",
            )
        )
    compared = len(ratios)
    rows.append(
        Row(
            bench_helpers.SUMMARY.format(count=compared),
            totals["ours"],
            totals["checked"],
            "µs",
            unchecked=totals["reference"],
            notes=f"geometric mean of the {compared} per-helper ratios: "
            f"{_geometric_mean(ratios):.2f} (ours / reference + jsonschema-rs), "
            f"{_geometric_mean(unchecked_ratios):.2f} (ours / unchecked); "
            f"{len(samples) - compared} helpers with no call kept",
        )
    )
    equal = Group(
        "FunctionResult helpers (equal work: the reference plus a check of its output)",
        rows,
        f"""\
One row per helper of ours that signalwire-sdk's `FunctionResult` also has ({len(samples)}; the
`x-helpers` of the spec, as `tests/helper_calls.helpers()` lists them). Calls: those
tests/test_helpers.py draws (`tests/helper_calls.calls(helper, {draws})`: the helper's required
parameters alone, then {_plural(draws, "call")} whose values are drawn from the schema where each
parameter lands; hypothesis derandomized, database off, so every run times the same calls),
the distinct ones both sides accept with the same output (equal, or equal once spelled alike by
`as_reference_coerces`, as the tests compare them: the reference sends some defaults
explicitly) and whose output the schema takes. The note says how many were kept and why the
others were dropped (a reference output the schema refuses is a documented difference, README).
Ours: `FunctionResult().<helper>(**kwargs).to_dict()`, every value checked. Reference
unchecked: the same call on the reference's `FunctionResult`. Reference + jsonschema-rs: that,
then `is_valid` of the `to_dict()` by a jsonschema-rs {_version("jsonschema-rs")} validator of
`$defs/Output` in the effective document (upstream's schema with `spec/beyond.schema.json`
merged, as the generator reads it: what `tests/test_beyond.effective()` returns and the tests
check helper output against),
compiled once beforehand. The three payment builders are static and return a value: both sides
call `FunctionResult.<builder>(**kwargs)`, checked against the definition the builder returns.
One round: each side runs the helper's whole sample over and over for about
{budget * 1e3:g} ms, the three sides in rotating order; the figure is the median over
{rounds} rounds, per call (mean over the sample). Ratio: ours / (reference + jsonschema-rs), and
beside it ours / unchecked reference. The target (issue 16): each helper at most the reference
plus the check; its default form at most the unchecked reference (the next table). The
last row adds one call of each compared helper. Timed with the garbage collector off
(`timeit`'s default), on both sides.""",
    )
    defaults = Group(
        "FunctionResult helpers, default form (ours vs the reference unchecked)",
        default_rows,
        f"""\
Each helper's default form: the kept calls above that give its required parameters alone (every
option at its default), ours against the reference unchecked, two sides timed as above (median
over {rounds} rounds, per call). The target (issue 16): at most 1.0. A helper none of whose
kept calls is a default form says so.""",
    )
    return [equal, defaults], loops


# -- 8. whole documents ------------------------------------------------------------------------


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _scaled(*seconds: float) -> tuple[str, float]:
    """A unit for figures of about these many seconds, and its factor."""
    return ("ms", 1e3) if max(seconds) >= 1e-3 else ("µs", 1e6)


def time_documents(
    verbs: Sequence[str] | None,
    per_verb: int,
    sizes: Sequence[bench_documents.Size],
    rounds: int,
    budget: float,
) -> tuple[Group, dict[str, Callable[[], None]]]:
    drawn_verbs = list(verbs) if verbs is not None else bench_documents.all_verbs()
    sample = bench_documents.drawn(drawn_verbs, per_verb)
    large = bench_documents.large(sizes)

    # The drawn documents as one set a side; each large document a set of its own, so that
    # the row can give each size's ratio (the row's figure: the mean over the sizes).
    def per_document(
        sides: Mapping[str, Callable[[], object]], count: int, offset: int
    ) -> dict[str, float]:
        return {k: v / count for k, v in time_sides(sides, rounds, budget, offset).items()}

    drawn_sides = (
        bench_documents.valid_sides(sample.valid),
        bench_documents.refused_sides(sample.refused),
    )
    drawn_times = (
        per_document(drawn_sides[0], len(sample.valid), 0),
        per_document(drawn_sides[1], len(sample.refused), 1),
    )
    large_sides = (
        bench_documents.valid_sides([item.valid for item in large]),
        bench_documents.refused_sides([item.refused for item in large]),
    )
    large_each: tuple[list[dict[str, float]], list[dict[str, float]]] = ([], [])
    for index, item in enumerate(large):
        large_each[0].append(per_document(bench_documents.valid_sides([item.valid]), 1, index))
        large_each[1].append(per_document(bench_documents.refused_sides([item.refused]), 1, index))
    large_times = tuple(
        {side: statistics.fmean(t[side] for t in each) for side in each[0]} for each in large_each
    )
    counted = (
        bench_documents.problems(sample.refused),
        bench_documents.problems([item.refused for item in large]),
    )

    rows: list[Row] = []
    loops: dict[str, Callable[[], None]] = {}
    for which, (set_name, sides, times, counts) in enumerate(
        (
            (bench_documents.DRAWN, drawn_sides, drawn_times, counted[0]),
            (bench_documents.LARGE, large_sides, large_times, counted[1]),
        )
    ):
        for refused, specs in enumerate((bench_documents.VALID_ROWS, bench_documents.REFUSED_ROWS)):
            for label, ours_side, reference_side, limit, strict in specs:
                if which == 0:
                    count = len(sample.refused if refused else sample.valid)
                    notes = f"n={_plural(count, 'document')}"
                else:
                    notes = f"n={_plural(len(large), 'document')}; per size " + ", ".join(
                        f"{item.size.functions} functions ({item.kib:.0f} KiB): "
                        f"{t[ours_side] / t[reference_side]:.2f}"
                        for item, t in zip(large, large_each[refused], strict=True)
                    )
                if ours_side == "validate" and refused:
                    notes += (
                        f"; {_plural(counts[0], 'problem')} listed by ours, "
                        f"{_plural(counts[1], 'error')} by jsonschema-rs"
                    )
                name = f"{set_name}, {label}"
                ours, reference = times[refused][ours_side], times[refused][reference_side]
                unit, factor = _scaled(ours, reference)
                rows.append(
                    Row(
                        name,
                        ours * factor,
                        reference * factor,
                        unit,
                        limit=limit,
                        strict=strict,
                        notes=notes,
                    )
                )
                loops[name] = _looped(sides[refused][ours_side])
    kinds = ", ".join(f"{count} {kind}" for kind, count in sample.kinds.most_common())
    dropped = []
    if sample.refused_by_ours:
        dropped.append(f"{sample.refused_by_ours} refused by ours, stricter there on purpose")
    if sample.refused_by_ours_elsewhere:
        dropped.append(
            f"{sample.refused_by_ours_elsewhere} refused by ours where it is not said to be "
            "stricter"
        )
    if sample.refused_by_jsonschema_rs:
        dropped.append(f"{sample.refused_by_jsonschema_rs} refused by jsonschema-rs")
    if sample.unmutated:
        dropped.append(f"{sample.unmutated} without a mutation both refuse")
    dropped_text = f" ({'; '.join(dropped)})" if dropped else ""
    which_verbs = (
        f"all {len(drawn_verbs)} verbs"
        if verbs is None
        else "the verbs " + ", ".join(f"`{v}`" for v in verbs)
    )
    sizes_text = "; ".join(
        f"{item.size.name} ({item.kib:.0f} KiB of JSON), refused by {item.mutation}"
        for item in large
    )
    return (
        Group(
            "Checking whole SWML documents (ours against jsonschema-rs)",
            rows,
            f"""\
Ours: `SWML.from_dict(doc)` (every verb checked all the way down into the builder's checked
copy; a refused document raises `InvalidDocumentError` as soon as the check meets its first
fault, and its problems, the first one's words included, are found when the error is first read,
which these rows do not do: reading it costs `validate`'s walk, the `validate` rows) and
`swml_verbs.validate(doc)`, the public check
without a builder: for a valid document the one pass of `check_SWMLObject` that `from_dict`
makes (swml_verbs has no cheaper public yes/no check), for a refused one that pass and the walk
listing every problem. jsonschema-rs {_version("jsonschema-rs")}: one validator of the upstream
schema the tests use (`../shared/upstream/swml/{bench_documents.schema_file()}`), compiled
once, as the reference SDK does; `is_valid`, `validate` (raises the first error, its message
made) and `list(iter_errors(doc))`. Drawn documents: for {which_verbs}, up to
{_plural(per_verb, "distinct argument")} each, drawn from the upstream schema
(`tests/upstream_schema.argument_strategy`, `@seed({bench_verbs.SEED})`, database off), each
in tests/test_documents.py's document (the verb in two sections after an `answer`):
{sample.drawn} drawn, {len(sample.valid)} accepted by both{dropped_text}. Refused documents:
each of those with one mutation of its verb's argument from
`tests/upstream_schema.invalid_mutations`, taken in turn so that the kinds mix, kept when both
refuse it ({kinds}). Large `ai` documents, made from the spec's `examples` (the AI object and
its `params`, a prompt text repeated to size with text contexts and steps, SWAIG functions with
four string parameters each; `bench/documents.py`): {sizes_text}. One round: each side checks
every document of a set over and over for about {budget * 1e3:g} ms (at least once; each large
document is a set of its own), the sides in rotating order; figures are per document, the
median over {rounds} rounds (the large rows: the mean over the sizes). Targets (the issue's): a
valid document at most 2x jsonschema-rs `is_valid`, a refused one at most 2x (against
`is_valid`; the row against `validate` has none), `validate` faster than `iter_errors`. The
garbage collector is off while timing (`timeit`'s default), on both sides.""",
        ),
        loops,
    )


# -- where our time goes ---------------------------------------------------------------------------


def hot_spots(loop: Callable[[], None], seconds: float, top: int = 6) -> list[tuple[str, float]]:
    """The functions with the most self time while ``loop`` runs (pyinstrument), as
    ``function (file:line of its def)`` and a share of the total."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0001)
    profiler.start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        for _ in range(50):
            loop()
            if time.perf_counter() >= end:  # a loop of slow calls (a large document)
                break
    session = profiler.stop()
    totals: dict[str, float] = {}
    stack = [session.root_frame()] if session.root_frame() else []
    while stack:
        frame = stack.pop()
        if frame is None:
            continue
        stack.extend(frame.children)
        if frame.is_synthetic:
            continue
        self_time = frame.total_self_time
        if self_time <= 0:
            continue
        path = (frame.file_path or "").replace(str(REPO) + os.sep, "")
        if "site-packages" in path:
            path = path.split("site-packages" + os.sep, 1)[1]
        key = f"{frame.function} ({path}:{frame.line_no})"
        totals[key] = totals.get(key, 0.0) + self_time
    whole = sum(totals.values()) or 1.0
    ranked = sorted(totals.items(), key=lambda item: -item[1])[:top]
    return [(key, value / whole) for key, value in ranked]


def profile_misses(
    groups: Sequence[Group], loops: dict[str, Callable[[], None]], seconds: float
) -> str:
    """A section naming, for every call row that misses its target or is slower than the
    reference, where ours spends its time: by function and by generated line."""
    parts = []
    for group in groups:
        for row in group.rows:
            ratio = row.ratio
            if ratio is None or row.name not in loops or not (row.met is False or ratio > 1):
                continue
            functions = hot_spots(loops[row.name], seconds)
            verdict = "misses its target" if row.met is False else "is slower than the reference"
            parts.append(
                f"- {row.name} ({verdict}, {_ratio(ratio)}):\n"
                + "\n".join(f"  - {share:5.1%} {where}" for where, share in functions)
            )
    if not parts:
        return ""
    return (
        "## Where our time goes (rows that miss their target or are slower)\n\n"
        f"pyinstrument (0.1 ms interval) over about {seconds:g} s of ours looping on the row's "
        "calls: the functions with the most self time, each shown by its `def` line, with its "
        "share of all self time (the benchmark loop included).\n\n" + "\n".join(parts) + "\n"
    )


# -- report ----------------------------------------------------------------------------------------


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _cell(value: float | str | None, unit: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return f"{value:.3g} {unit}".strip()


def _ratio(value: float) -> str:
    return f"{value:.2f}" if value >= 0.1 else f"{value:.2g}"


def table(rows: Sequence[Row]) -> str:
    # A group whose reference is the reference plus a check of its output (the helpers) has the
    # unchecked reference and its ratio as two more columns.
    wide = any(row.unchecked is not None for row in rows)
    if wide:
        lines = [
            "| benchmark | ours | reference unchecked | reference + jsonschema-rs "
            "| ratio (ours / reference + jsonschema-rs) | ratio (ours / unchecked) "
            "| target | met | notes |",
            "|---|---:|---:|---:|---:|---:|---:|:---:|---|",
        ]
    else:
        lines = [
            "| benchmark | ours | reference | ratio (ours / reference) | target | met | notes |",
            "|---|---:|---:|---:|---:|:---:|---|",
        ]
    for row in rows:
        ratio = "—" if row.ratio is None else _ratio(row.ratio)
        met = "—" if row.met is None else ("yes" if row.met else "**MISSED**")
        ours = _cell(row.ours, row.unit)
        if wide:
            unchecked = _cell(row.unchecked, row.unit)
            unchecked_ratio = "—" if row.unchecked_ratio is None else _ratio(row.unchecked_ratio)
            lines.append(
                f"| {row.name} | {ours} | {unchecked} | {_cell(row.reference, row.unit)} "
                f"| {ratio} | {unchecked_ratio} | {row.target} | {met} | {row.notes} |"
            )
        else:
            lines.append(
                f"| {row.name} | {ours} | {_cell(row.reference, row.unit)} "
                f"| {ratio} | {row.target} | {met} | {row.notes} |"
            )
    return "\n".join(lines)


def summary(groups: Sequence[Group]) -> str:
    targeted = [(group, row) for group in groups for row in group.rows if row.met is not None]
    missed = [row.name for _, row in targeted if not row.met]
    met = len(targeted) - len(missed)
    text = f"Targets: {met} of {len(targeted)} met."
    if missed:
        text += " Missed: " + "; ".join(missed) + "."
    return text


def report(
    groups: Sequence[Group],
    quick: bool,
    load: tuple[str, str],
    profile: str,
    elapsed: float,
    provenance: str,
) -> str:
    machine = (
        f"{platform.system()} {platform.release()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs, {platform.python_implementation()} {platform.python_version()}"
    )
    versions = ", ".join(
        f"{name} {_version(name)}"
        for name in (
            "swml-verbs",
            "signalwire-sdk",
            "pydantic",
            "datamodel-code-generator",
            "ruff",
            "hypothesis",
            "jsonschema-rs",
        )
    )
    mode = "quick smoke run (few rounds, small sample; figures are rough)" if quick else "full run"
    sections = "\n\n".join(
        f"## {group.title}\n\n{table(group.rows)}\n\n{group.how}" for group in groups
    )
    return f"""\
# Benchmarks

Written by `nox -s bench` (`python -m bench`); do not edit by hand.

{summary(groups)}

## How measured

- Machine: {machine}; load average {load[0]} at the start, {load[1]} at the end (the machine
  is shared: hence interleaved rounds and medians)
- Versions: {versions}; swml_verbs as {provenance}
- Mode: {mode}; {elapsed:.0f} s in all
- Method: ours and the reference alternate round by round, swapping which goes first, and each
  figure is a median over rounds; ratio is ours / reference (below 1: ours is faster). Each
  group says what one round is and how many there were.

{sections}

{findings(provenance)}
{profile}
{PROFILE_NOTES}"""


def findings(provenance: str) -> str:
    head = f"## Findings (written for generated inputs sha256:{FINDINGS_INPUTS})\n\n"
    if FINDINGS_INPUTS not in provenance:
        head += (
            "**This run is of another version of the generated package: the line numbers and "
            "figures below may have moved; re-profile before relying on them.**\n\n"
        )
    return head + FINDINGS


def _load() -> str:
    try:
        return "/".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "n/a"


@dataclass(frozen=True)
class Settings:
    generate_rounds: int
    import_rounds: int
    sample_count: int
    sample_rounds: int
    sample_budget: float
    rounds: int
    budget: float
    profile_seconds: float
    #: Rounds of the per-option costs of join_conference (0: not measured).
    option_rounds: int
    #: FunctionResult helpers: calls drawn per helper, rounds, seconds of a side's calls a round.
    helper_draws: int
    helper_rounds: int
    helper_budget: float
    #: Documents: verbs drawn (None: all 43) and arguments per verb; the large ai documents;
    #: rounds and seconds of jsonschema-rs ``is_valid`` a round.
    document_verbs: tuple[str, ...] | None
    document_draws: int
    document_sizes: tuple[bench_documents.Size, ...]
    document_rounds: int
    document_budget: float


SIZES = (
    bench_documents.Size(functions=10, contexts=2, steps=3, prompt_kib=2),
    bench_documents.Size(functions=50, contexts=5, steps=5, prompt_kib=10),
    bench_documents.Size(functions=200, contexts=10, steps=10, prompt_kib=50),
)
FULL = Settings(3, 21, 50, 7, 0.01, 15, 0.2, 2.0, 15, 30, 7, 0.02, None, 3, SIZES, 7, 0.05)
QUICK = Settings(
    1, 3, 8, 3, 0.002, 3, 0.01, 0.0, 0, 1, 3, 0.002, bench_verbs.VERBS, 1, SIZES[:1], 3, 0.005
)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="CI smoke mode: few rounds, writes only to --output"
    )
    parser.add_argument("--output", type=Path, help=f"report file (default: {DEFAULT_OUTPUT.name})")
    args = parser.parse_args(argv)
    config = QUICK if args.quick else FULL
    started = time.perf_counter()
    _SNAPSHOT.update(package_snapshot())
    load_start = _load()

    check_same_output()
    groups = []
    loops: dict[str, Callable[[], None]] = {}
    groups.append(time_generation(config.generate_rounds))
    groups.append(time_imports(config.import_rounds))
    builder, builder_loops = time_builder(
        config.sample_count, config.sample_rounds, config.sample_budget
    )
    groups.append(builder)
    refused, refused_loops = time_refused(config.rounds, config.budget)
    groups.append(refused)
    join, join_loops = time_join_conference(
        config.rounds,
        config.budget,
        config.sample_count,
        config.sample_rounds,
        config.sample_budget,
    )
    groups.append(join)
    if config.option_rounds:
        groups.append(time_option_costs(config.option_rounds, 0.03))
    groups.append(bench_node.group(config.rounds, config.budget / 4))
    helper_groups, helper_loops = time_helpers(
        config.helper_draws, config.helper_rounds, config.helper_budget
    )
    groups += helper_groups
    document_group, document_loops = time_documents(
        config.document_verbs,
        config.document_draws,
        config.document_sizes,
        config.document_rounds,
        config.document_budget,
    )
    groups.append(document_group)
    loops.update(helper_loops)
    loops.update(document_loops)
    loops.update(builder_loops)
    loops.update(refused_loops)
    loops.update(join_loops)
    profile = (
        profile_misses(groups, loops, config.profile_seconds) if config.profile_seconds else ""
    )

    now = package_snapshot()
    changed = sorted({n for n in now if _SNAPSHOT.get(n) != now[n]} | (set(_SNAPSHOT) - set(now)))
    provenance = f"generated inputs sha256:{_inputs_hashes(_SNAPSHOT)}"
    if changed:
        provenance += (
            f"; **generated/ changed during this run** ({', '.join(changed)}): the call figures "
            "are of the package as it was at the start, the fresh-process ones may mix versions"
        )
        print(f"warning: the generated package changed during the run: {changed}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    text = report(groups, args.quick, (load_start, _load()), profile, elapsed, provenance)
    for group in groups:
        print(f"\n{group.title}\n{table(group.rows)}")
    print(f"\n{summary(groups)}")
    output = args.output if args.output is not None or args.quick else DEFAULT_OUTPUT
    if output is not None:
        output.write_text(text, encoding="utf-8")
        print(f"\nwritten to {output}")
    return 0
