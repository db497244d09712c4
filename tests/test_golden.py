"""The committed package is exactly what the committed spec generates, byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from codegen import output
from codegen.build import validate
from codegen.release import load_record
from tests.strategies import REPO

SPEC = "spec"
PACKAGE = REPO / "generated" / "swml_verbs"


def test_rendering_the_spec_gives_the_committed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)  # file headers name the spec relative to the working directory
    spec = output.load_spec(SPEC)
    record = load_record(REPO / SPEC)
    assert record is not None
    files = output.finish(
        output.render(validate(spec), SPEC, spec.raw, record.newest.version), tmp_path
    )
    committed = {p.name: p.read_bytes() for p in sorted(PACKAGE.iterdir()) if p.is_file()}
    assert sorted(files) == sorted(committed)
    for name, text in files.items():
        assert text.encode("utf-8") == committed[name], name


def test_generate_check_passes_on_the_committed_tree() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "codegen", "generate", "--check"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "up to date" in proc.stdout
