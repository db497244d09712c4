"""The generator refuses formatter and model-generator versions other than the pinned ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codegen import output
from codegen.errors import GenerationError

REPO = Path(__file__).resolve().parents[1]


def test_pinned_tools_match_pyproject() -> None:
    # tomllib is 3.11+, and the suite runs on 3.10 too; the pins are one-line strings.
    pins = dict(re.findall(r'"([A-Za-z0-9_.-]+)==([^"]+)"', (REPO / "pyproject.toml").read_text()))
    for name, version in output.PINNED_TOOLS.items():
        assert pins[name] == version


def test_another_formatter_version_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(output.PINNED_TOOLS, "ruff", "0.0.1")
    with pytest.raises(GenerationError, match=r"ruff 0\.17\.6 cannot be used.*ruff==0\.0\.1"):
        output.generate((REPO / "spec" / "join_conference.yaml").as_posix(), tmp_path)
    assert not any(tmp_path.iterdir())
