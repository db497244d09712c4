"""Smoke test of the benchmark suite: ``python -m bench --quick`` runs and writes a full report.

Only the shape is checked, never the speed: timings on a shared CI machine are too noisy for
thresholds, and speed goals belong in the benchmark report, not in pass/fail tests.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bench import documents as bench_documents
from bench import helpers as bench_helpers
from bench.cases import CASES, DEFAULT_FORM
from bench.verbs import INVALID, VERBS

REPO = Path(__file__).resolve().parents[1]

GENERATION = (
    "`python -m codegen generate --check --language python` (43 verbs) vs datamodel-code-generator"
)
COMPARED_ROWS = (
    GENERATION,
    "`python -m codegen generate --check` (both packages) vs datamodel-code-generator",
    "peak memory (RSS, largest process in the tree)",
    "`import swml_verbs` vs `from signalwire.core.function_result import FunctionResult`",
    "`import swml_verbs` vs `import signalwire`",
    "`from swml_verbs import SWML` vs `from signalwire.core.swml_builder import SWMLBuilder`",
    "first document: import + one `play` verb",
    *(f"`{verb}`" for verb in VERBS),
    *(f"`{verb}` refused: {description}" for verb, (description, _) in INVALID.items()),
)
#: Rows with a target: the report says whether each is met (never asserted here).
TARGETED_ROWS = (
    GENERATION,
    "`import swml_verbs` vs `from signalwire.core.function_result import FunctionResult`",
    *(f"`{verb}`" for verb in VERBS),
    *(f"`{verb}` refused: {description}" for verb, (description, _) in INVALID.items()),
)
PYDANTIC_ROW = "`import swml_verbs` imports pydantic"
#: join_conference: ours, the reference unchecked and checked, each row with the issue's target.
JOIN_GROUP = (
    "## FunctionResult.join_conference (equal work: the reference plus a check of its output)"
)
JOIN_ROWS = (
    *(case.name for case in CASES),
    *(f"option sets drawn from the domain, {w} `result`" for w in ("without", "with")),
)
#: The FunctionResult helpers group: a row per helper the reference also has, then the sum.
HELPER_GROUP = "## FunctionResult helpers (equal work: the reference plus a check of its output)"
HELPER_ROWS = bench_helpers.row_names()
DEFAULT_GROUP = "## FunctionResult helpers, default form (ours vs the reference unchecked)"
#: The documents group: every row compares; these have the issue's targets.
DOCUMENT_GROUP = "## Checking whole SWML documents (ours against jsonschema-rs)"
DOCUMENT_ROWS = bench_documents.row_names()
DOCUMENT_TARGETED = [
    f"{name}, {label}"
    for name in (bench_documents.DRAWN, bench_documents.LARGE)
    for label, _, _, limit, _ in (*bench_documents.VALID_ROWS, *bench_documents.REFUSED_ROWS)
    if limit is not None
]
NUMBER = r"[0-9][0-9.e+-]*"
UNIT = r"(µs|ms|s|MiB)"


def _rows(text: str) -> dict[str, list[str]]:
    """The table rows of ``text``: name -> the other cells."""
    return {
        cells[0]: cells[1:]
        for line in text.splitlines()
        if line.startswith("| ") and not line.startswith("| benchmark ")
        for cells in [[cell.strip() for cell in line.strip("|").split("|")]]
    }


def test_quick_run_writes_every_row_with_numeric_ratios(tmp_path: Path) -> None:
    output = tmp_path / "benchmarks.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--output", str(output)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = output.read_text(encoding="utf-8")

    # The helpers' default forms repeat the helper rows' names: their table is read apart.
    assert DEFAULT_GROUP in report
    head, rest = report.split(DEFAULT_GROUP, 1)
    defaults, tail = rest.split("\n## ", 1)
    rows = _rows(head + "\n## " + tail)
    for name in COMPARED_ROWS:
        ours, reference, ratio, target, met, _notes = rows[name]
        assert re.fullmatch(rf"{NUMBER} {UNIT}", ours), (name, ours)
        assert re.fullmatch(rf"{NUMBER} {UNIT}", reference), (name, reference)
        assert float(ratio) > 0, (name, ratio)
        assert met in ("yes", "**MISSED**", "—"), (name, met)
    for name in TARGETED_ROWS:
        _, _, _, target, met, _ = rows[name]
        assert re.fullmatch(rf"[<≤] {NUMBER}", target), (name, target)
        assert met in ("yes", "**MISSED**"), (name, met)
    ours, _, ratio, target, met, _ = rows[PYDANTIC_ROW]
    assert (ours, ratio, target) == ("no", "—", "no")

    # join_conference: three sides, both ratios, the equal-work target in every row and the
    # unchecked one beside it for the default form.
    assert JOIN_GROUP in report
    for name in JOIN_ROWS:
        ours, unchecked, checked, ratio, unchecked_ratio, target, met, _ = rows[name]
        for figure in (ours, unchecked, checked):
            assert re.fullmatch(rf"{NUMBER} µs", figure), (name, figure)
        assert float(ratio) > 0 and float(unchecked_ratio) > 0, (name, ratio, unchecked_ratio)
        wanted = "≤ 1, unchecked ≤ 1" if name == DEFAULT_FORM else "≤ 1"
        assert (target, met in ("yes", "**MISSED**")) == (wanted, True), (name, target, met)

    # FunctionResult helpers: ours, the reference unchecked and checked, both ratios; a helper
    # none of whose few quick draws both sides emit alike says so.
    assert HELPER_GROUP in report
    timed = 0
    for name in HELPER_ROWS:
        ours, unchecked, checked, ratio, unchecked_ratio, target, met, notes = rows[name]
        assert re.match(r"n=\d+ of \d+ drawn", notes), (name, notes)
        if ours == "no call kept":
            assert (unchecked, checked, ratio) == ("—", "—", "—"), name
            continue
        timed += 1
        for figure in (ours, unchecked, checked):
            assert re.fullmatch(rf"{NUMBER} µs", figure), (name, figure)
        assert float(ratio) > 0 and float(unchecked_ratio) > 0, (name, ratio, unchecked_ratio)
        assert (target, met in ("yes", "**MISSED**")) == ("≤ 1", True), (name, target, met)
    assert timed >= len(HELPER_ROWS) // 2, timed
    # Each helper's default form against the unchecked reference, with the target.
    default_rows = _rows(defaults)
    assert list(default_rows) == list(HELPER_ROWS)
    for name, (ours, reference, ratio, target, met, notes) in default_rows.items():
        if ours.startswith("no "):
            assert (reference, ratio, target, met) == ("—", "—", "—", "—"), name
            continue
        assert re.fullmatch(rf"{NUMBER} µs", ours) and re.fullmatch(rf"{NUMBER} µs", reference)
        assert float(ratio) > 0 and target == "≤ 1" and met in ("yes", "**MISSED**"), name
        assert re.fullmatch(r"n=\d+ of \d+ kept", notes), (name, notes)
    (summary,) = [row for row in rows if re.fullmatch(r"all \d+ helpers compared, .*", row)]
    ours, unchecked, checked, ratio, unchecked_ratio, *_ = rows[summary]
    assert summary == bench_helpers.SUMMARY.format(count=timed)
    assert float(ratio) > 0 and float(unchecked_ratio) > 0

    # Whole documents against jsonschema-rs: valid and refused, drawn and large.
    assert DOCUMENT_GROUP in report
    for name in DOCUMENT_ROWS:
        ours, reference, ratio, target, met, _ = rows[name]
        assert re.fullmatch(rf"{NUMBER} {UNIT}", ours), (name, ours)
        assert re.fullmatch(rf"{NUMBER} {UNIT}", reference), (name, reference)
        assert float(ratio) > 0, (name, ratio)
        if name in DOCUMENT_TARGETED:
            assert re.fullmatch(rf"[<≤] {NUMBER}", target), (name, target)
            assert met in ("yes", "**MISSED**"), (name, met)
        else:
            assert (target, met) == ("—", "—"), name

    # The report says how it measured: machine, versions, rounds; and names no checkout path.
    assert "## How measured" in report
    assert re.search(r"\d+ CPUs, CPython \d+\.\d+", report)
    assert re.search(r"median of \d+ (interleaved )?rounds", report)
    assert re.search(r"Targets: \d+ of \d+ met", report)
    assert "signalwire-sdk 3.7.5" in report
    assert "datamodel-code-generator 0.89.0" in report
    assert "pydantic " in report
    assert str(REPO) not in report
