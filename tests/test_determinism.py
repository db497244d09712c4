"""Regeneration is reproducible: same bytes across runs and hash seeds, equal to what is
committed, free of timestamps and machine paths; and ``--check`` notices a stale package."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / "generated" / "swml_verbs"
SPEC = REPO / "spec"


def generate(*args: str, seed: str = "0") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "codegen", "generate", *args],
        cwd=REPO,
        env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    stdout, stderr = proc.communicate(timeout=120)
    return proc.returncode, stdout, stderr


def package_bytes(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(root.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two generations of the repository's spec under different hash seeds, run side by side."""
    first, second = tmp_path_factory.mktemp("seed0"), tmp_path_factory.mktemp("seed12345")
    procs = [generate("--out", str(first), seed="0"), generate("--out", str(second), seed="12345")]
    for proc in procs:
        code, _, stderr = finish(proc)
        assert code == 0, stderr
    return first / "swml_verbs", second / "swml_verbs"


def test_hash_seeds_give_identical_bytes(two_runs: tuple[Path, Path]) -> None:
    first, second = two_runs
    assert package_bytes(first) == package_bytes(second)


def test_regeneration_equals_the_committed_package(two_runs: tuple[Path, Path]) -> None:
    first, _ = two_runs
    committed = {n: b for n, b in package_bytes(COMMITTED).items() if not n.endswith(".pyc")}
    assert package_bytes(first) == committed


def test_no_timestamps_or_machine_paths(two_runs: tuple[Path, Path]) -> None:
    first, _ = two_runs
    machine = [str(REPO), str(first.parent), str(Path.home()), "/tmp/", "/home/", "/Users/"]
    timestamp = re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\b\d{2}:\d{2}:\d{2}\b")
    for name, data in package_bytes(first).items():
        text = data.decode("utf-8")
        assert not timestamp.search(text), name
        assert not [m for m in machine if m in text], name
        # The provenance header names the spec relative to the repository and hashes inputs.
        assert text.startswith("# Generated from spec by"), name
        assert re.search(
            r"^# Inputs \(spec and codegen/templates\): sha256:[0-9a-f]{16}$", text, re.M
        )


def test_check_passes_on_a_fresh_generation(two_runs: tuple[Path, Path]) -> None:
    first, _ = two_runs
    code, stdout, _ = finish(generate("--check", "--out", str(first.parent)))
    assert code == 0
    assert "is up to date" in stdout


def test_check_reports_an_edited_description_and_writes_nothing(
    two_runs: tuple[Path, Path], tmp_path: Path
) -> None:
    first, _ = two_runs
    before = package_bytes(first)
    edited = tmp_path / "spec"
    shutil.copytree(SPEC, edited)
    upstream = edited / "SWMLObject.json"
    original = upstream.read_text(encoding="utf-8")
    assert '"description": "Name of conference"' in original
    upstream.write_text(
        original.replace('"description": "Name of conference"', '"description": "Room to join"'),
        encoding="utf-8",
    )
    code, stdout, stderr = finish(
        generate("--check", "--spec", str(edited), "--out", str(first.parent))
    )
    assert code == 1
    assert "is stale" in stderr
    assert "--- a/swml_verbs/function_result.py" in stdout
    assert re.search(r"^-\s+name: Name of conference$", stdout, re.M)
    assert re.search(r"^\+\s+name: Room to join$", stdout, re.M)
    assert package_bytes(first) == before
