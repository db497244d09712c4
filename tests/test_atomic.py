"""A generation that fails at any stage leaves the out dir exactly as it was; one that succeeds
leaves exactly the files the spec produces (a stray file in the package is gone)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen import build, output, render
from codegen.errors import GenerationError, SpecError, SpecProblem

REPO = Path(__file__).resolve().parents[1]
SPEC = "spec"


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An out dir holding the committed package (which ``--check`` keeps equal to a generation)."""
    monkeypatch.chdir(REPO)  # headers name the spec relative to the working directory
    target = tmp_path / "out"
    shutil.copytree(
        REPO / "generated" / "swml_verbs",
        target / "swml_verbs",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return target


def failing(error: Exception) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise error

    return fail


def broken_package(extra: dict[str, str]) -> Callable[..., dict[str, str]]:
    """``render`` as it is, with some files replaced, to reach the later stages with bad code."""
    real = output.render

    def render_then_break(*args: Any, **kwargs: Any) -> dict[str, str]:
        return {**real(*args, **kwargs), **extra}

    return render_then_break


def test_a_bad_spec_writes_nothing(out: Path, tmp_path: Path) -> None:
    before = snapshot(out)
    spec = tmp_path / "bad.yaml"
    spec.write_text("type: object\nproperties: {name: {type: strin}}\n", encoding="utf-8")
    with pytest.raises(SpecError):
        output.generate(str(spec), out)
    assert snapshot(out) == before


def test_a_failing_model_build_writes_nothing(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(out)
    problem = SpecProblem(SPEC, "#/properties/name", "injected")
    monkeypatch.setattr(build, "build", failing(SpecError([problem])))
    with pytest.raises(SpecError, match="injected"):
        output.generate(SPEC, out)
    assert snapshot(out) == before


def test_a_raising_template_writes_nothing(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(out)
    # environment() looks the filter up when it builds the environment, so this reaches |lit.
    monkeypatch.setattr(render, "py_literal", failing(RuntimeError("template exploded")))
    with pytest.raises(RuntimeError, match="template exploded"):
        output.generate(SPEC, out)
    assert snapshot(out) == before


def test_a_failing_formatter_writes_nothing(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(out)
    # A real ruff failure: it refuses to run with a rule selector that does not exist.
    monkeypatch.setattr(output, "RUFF_RULES", "NOTARULE")
    with pytest.raises(GenerationError, match="ruff check"):
        output.generate(SPEC, out)
    assert snapshot(out) == before


def test_code_that_does_not_compile_writes_nothing(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(out)
    monkeypatch.setattr(output, "render", broken_package({"enums.py": "def broken(:\n"}))
    monkeypatch.setattr(output, "_run", lambda args, cwd: None)  # let the syntax error through
    with pytest.raises(GenerationError, match="does not compile"):
        output.generate(SPEC, out)
    assert snapshot(out) == before


def test_a_failing_import_probe_writes_nothing(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(out)
    failing_init = 'raise ImportError("probe must catch this")\n'
    monkeypatch.setattr(output, "render", broken_package({"__init__.py": failing_init}))
    with pytest.raises(GenerationError, match="does not import"):
        output.generate(SPEC, out)
    assert snapshot(out) == before


def test_check_writes_nothing_even_when_stale(out: Path) -> None:
    package = out / "swml_verbs"
    (package / "enums.py").write_text("# edited by hand\n", encoding="utf-8")
    before = snapshot(out)
    changed, diff = output.generate(SPEC, out, check=True)
    assert changed
    assert "-# edited by hand" in diff
    assert snapshot(out) == before


def test_files_the_spec_no_longer_produces_are_removed(out: Path) -> None:
    package = out / "swml_verbs"
    expected = snapshot(out)
    (package / "stray.py").write_text("# a module from an older spec\n", encoding="utf-8")
    changed, _ = output.generate(SPEC, out)
    assert changed
    assert snapshot(out) == expected
    # The swap leaves no staging or backup directories behind.
    assert sorted(p.name for p in out.iterdir()) == ["swml_verbs"]
