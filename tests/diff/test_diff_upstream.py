"""End to end on SignalWire's real schema history in ../shared/upstream/swml, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.diff import main

POINTER = "#/$defs/JoinConferenceObject"

# (id, severity, path) of every finding from 2026-05-12 to 2026-08-18, in report order.
MAY_TO_AUGUST = [
    ("value-set-introduced", "breaking", "region"),
    ("py-enum-removed", "warning", "recording_status_callback_event"),
    ("py-enum-removed", "warning", "status_callback_event"),
    ("value-set-dropped", "info", "recording_status_callback_event"),
    ("param-added", "info", "recording_status_callback_event_type"),
    ("py-keyword-added", "info", "recording_status_callback_event_type"),
    ("py-enum-added", "info", "region"),
    ("value-set-dropped", "info", "status_callback_event"),
    ("param-added", "info", "status_callback_event_type"),
    ("py-keyword-added", "info", "status_callback_event_type"),
    ("param-added", "info", "stream"),
    ("py-keyword-added", "info", "stream"),
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def side(upstream: Path, version: str, pointer: str = "") -> str:
    return f"{upstream / f'SWMLObject-{version}.json'}{pointer}"


def test_may_to_august_json(upstream: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(
        capsys,
        side(upstream, "2026-05-12", POINTER),
        side(upstream, "2026-08-18", POINTER),
        "--format",
        "json",
    )
    report = json.loads(out)
    assert code == 1
    assert report["breaking"] is True
    assert [(c["id"], c["severity"], c["path"]) for c in report["changes"]] == MAY_TO_AUGUST
    messages = {(c["id"], c["path"]): c["message"] for c in report["changes"]}
    assert messages["value-set-introduced", "region"] == (
        '`region` narrowed to a value set: only "global", "us", "eu", "ch" are accepted '
        "(was any string)"
    )
    assert messages["value-set-dropped", "status_callback_event"].endswith("to any string")
    assert messages["value-set-dropped", "recording_status_callback_event"] == (
        '`recording_status_callback_event` widened from a value set ("in-progress", '
        '"completed", "absent") to any string'
    )
    # Nothing but region is breaking: the widening and the additions are not.
    breaking = [c["path"] for c in report["changes"] if c["severity"] == "breaking"]
    assert breaking == ["region"]


def test_may_to_august_markdown(upstream: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(
        capsys,
        side(upstream, "2026-05-12"),  # no pointer: found in $defs of a whole SWML document
        side(upstream, "2026-08-18"),
        "--format",
        "markdown",
        "--no-diffstat",
    )
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith("❌ **Spec diff: breaking** (1 breaking, 2 warnings, 9 info)")
    table_rows = [line for line in lines if line.startswith("| `")]
    assert table_rows == [
        '| `value-set-introduced` | `region` | `region` narrowed to a value set: only "global", '
        '"us", "eu", "ch" are accepted (was any string) |'
    ]
    # Breaking first, then warnings, then info.
    headings = [line for line in lines if line.startswith("### ")]
    assert headings == ["### Breaking changes", "### Warnings", "### Info"]
    bullets = [line for line in lines if line.startswith("- ")]
    assert [b.rsplit("(`", 1)[1].rstrip("`)") for b in bullets] == [
        rule for rule, _, _ in MAY_TO_AUGUST[1:]
    ]
    assert lines[-1] == "<!-- spec-diff-report -->"


def test_may_to_august_text(upstream: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, side(upstream, "2026-05-12"), side(upstream, "2026-08-18"))
    lines = out.splitlines()
    assert code == 1
    assert "\033[" not in out  # captured output is no TTY, so no colour
    found = [
        (line.split()[0], line.split()[1], line.rsplit("[", 1)[1].rstrip("]"))
        for line in lines[:-1]
    ]
    assert found == [(severity, path, rule) for rule, severity, path in MAY_TO_AUGUST]
    assert lines[-1].endswith(": breaking (1 breaking, 2 warnings, 9 info)")


def test_may_to_august_allow_breaking(upstream: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(
        capsys, side(upstream, "2026-05-12"), side(upstream, "2026-08-18"), "--allow-breaking"
    )
    assert code == 0
    assert "breaking" in out.splitlines()[-1]


@pytest.mark.parametrize("fmt", ["json", "markdown", "text"])
def test_sdk_copy_to_may_is_one_description_change(
    upstream: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    argv = [side(upstream, "2026-03-sdk-3.7.5"), side(upstream, "2026-05-12"), "--format", fmt]
    code, out = run(capsys, *argv, "--no-diffstat")
    assert code == 0
    message = "`result`: only its documentation changed (description)"
    if fmt == "json":
        assert json.loads(out) == {
            "breaking": False,
            "changes": [
                {"id": "description-only", "severity": "info", "path": "result", "message": message}
            ],
            "skipped": [],
        }
    elif fmt == "markdown":
        assert out.splitlines()[0].startswith("✅ **Spec diff: not breaking** (1 info)")
        assert f"- {message} (`description-only`)" in out.splitlines()
        assert "| rule |" not in out
    else:
        assert out.splitlines()[0].split() == [
            "info",
            "result",
            *message.split(),
            "[description-only]",
        ]


@pytest.mark.parametrize("fmt", ["json", "markdown", "text"])
@pytest.mark.parametrize("version", ["2026-03-sdk-3.7.5", "2026-05-12", "2026-08-18"])
def test_a_schema_against_itself_reports_nothing(
    upstream: Path, capsys: pytest.CaptureFixture[str], version: str, fmt: str
) -> None:
    code, out = run(capsys, side(upstream, version), side(upstream, version), "--format", fmt)
    assert code == 0
    if fmt == "json":
        assert json.loads(out) == {"breaking": False, "changes": [], "skipped": []}
    else:
        assert "no changes" in out.splitlines()[0]
