"""Smoke test of the benchmark suite: ``python -m bench --quick`` runs and writes a full table.

Only the shape is checked, never the speed: timings on a shared CI machine are too noisy for
thresholds, and speed goals belong in the benchmark report, not in pass/fail tests.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

COMPARED_ROWS = (
    "short form",
    "object form (8 options)",
    "10 chained calls + to_dict()",
    "rejected call (invalid beep)",
    "import (fresh interpreter)",
)
OURS_ONLY_ROWS = ("`python -m codegen generate` (wall)", "generation peak memory (RSS)")
NUMBER = r"[0-9][0-9.e+-]*"


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

    rows = {
        cells[0]: cells[1:]
        for line in report.splitlines()
        if line.startswith("| ")
        for cells in [[cell.strip() for cell in line.strip("|").split("|")]]
    }
    for name in COMPARED_ROWS:
        ours, reference, ratio = rows[name]
        assert re.fullmatch(rf"{NUMBER} (µs|ms)", ours), (name, ours)
        assert re.fullmatch(rf"{NUMBER} (µs|ms)", reference), (name, reference)
        assert float(ratio) > 0, (name, ratio)
    for name in OURS_ONLY_ROWS:
        ours, reference, ratio = rows[name]
        assert float(ours.split()[0]) > 0, (name, ours)
        assert (reference, ratio) == ("—", "—")

    # The report names the machine and the versions, and nothing of this checkout's location.
    assert "signalwire-sdk 3.7.5" in report
    assert "pydantic " in report
    assert str(REPO) not in report
