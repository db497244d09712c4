"""End to end on SignalWire's real schema history in ../shared/upstream/swml, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.diff import main

POINTER = "#/$defs/JoinConferenceObject"

# (id, severity, path) of every finding for join_conference from 2026-05-12 to 2026-08-18, in
# report order: region became a value set; the two event lists became free strings (their enums
# leave the package); the event types and stream are new, with their enums and model.
MAY_TO_AUGUST = [
    ("export-removed", "breaking", "join_conference:recording_status_callback_event"),
    ("value-set-introduced", "breaking", "join_conference:region"),
    ("export-removed", "breaking", "join_conference:status_callback_event"),
    ("definition-moved", "info", "connect:status_url_method"),
    ("description-changed", "info", "join_conference:recording_status_callback_event"),
    ("value-set-dropped", "info", "join_conference:recording_status_callback_event"),
    ("export-added", "info", "join_conference:recording_status_callback_event_type"),
    ("param-added", "info", "join_conference:recording_status_callback_event_type"),
    ("export-added", "info", "join_conference:region"),
    ("description-changed", "info", "join_conference:status_callback_event"),
    ("value-set-dropped", "info", "join_conference:status_callback_event"),
    ("export-added", "info", "join_conference:status_callback_event_type"),
    ("param-added", "info", "join_conference:status_callback_event_type"),
    ("export-added", "info", "join_conference:stream"),
    ("param-added", "info", "join_conference:stream"),
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def side(upstream: Path, version: str, pointer: str = "") -> str:
    return f"{upstream / f'SWMLObject-{version}.json'}{pointer}"


def test_may_to_august_for_join_conference(
    upstream: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = side(upstream, "2026-08-18", POINTER)
    code, out, _ = run(capsys, side(upstream, "2026-05-12", POINTER), head, "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert [(c["id"], c["severity"], c["path"]) for c in report["changes"]] == MAY_TO_AUGUST
    messages = {(c["id"], c["path"]): c["message"] for c in report["changes"]}
    assert messages["value-set-introduced", "join_conference:region"] == (
        "`region` narrowed from any string to a value of Region: other strings are refused"
    )
    assert messages["export-removed", "join_conference:status_callback_event"] == (
        "`from swml_verbs import StatusCallbackEvent` raises ImportError: StatusCallbackEvent "
        "is no longer generated"
    )
    assert all(c["file"] == str(upstream / "SWMLObject-2026-08-18.json") for c in report["changes"])


def test_may_to_august_whole_document_markdown(
    upstream: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        side(upstream, "2026-05-12"),
        side(upstream, "2026-08-18"),
        "--format",
        "markdown",
        "--no-diffstat",
    )
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith("❌ **Spec diff: breaking** (")
    assert lines[2].startswith("Verbs: `")
    # Five verbs are new in August (live_transcribe, ...), one finding each.
    assert sum(1 for line in lines if "(`verb-added`)" in line) == 5
    headings = [line for line in lines if line.startswith("### ")]
    assert headings == ["### Breaking changes", "### Warnings", "### Info"]
    assert lines[-1] == "<!-- spec-diff-report -->"


def test_may_to_august_text_and_allow_breaking(
    upstream: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [side(upstream, "2026-05-12", POINTER), side(upstream, "2026-08-18", POINTER)]
    code, out, _ = run(capsys, *argv)
    lines = out.splitlines()
    assert code == 1
    assert "\033[" not in out  # captured output is no TTY, so no colour
    found = [(line.split()[0], line.split()[1]) for line in lines[:-1]]
    assert found == [(severity, path) for _, severity, path in MAY_TO_AUGUST]
    assert lines[-1].endswith(": breaking (3 breaking, 12 info)")
    code, out, _ = run(capsys, *argv, "--allow-breaking")
    assert code == 0
    assert "breaking" in out.splitlines()[-1]


def test_the_sdk_copy_is_refused_by_the_generator(
    upstream: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The schema signalwire-sdk 3.7.5 shipped uses keywords the generator refuses, so there is
    no package to compare it with: exit 2, naming the keywords."""
    sdk = side(upstream, "2026-03-sdk-3.7.5")
    code, out, err = run(capsys, sdk, side(upstream, "2026-05-12"))
    assert (code, out) == (2, "")
    assert f"the generator refuses {sdk}" in err
    assert "keyword 'uniqueItems' is not supported on an array" in err


@pytest.mark.parametrize("fmt", ["json", "markdown", "text"])
@pytest.mark.parametrize("version", ["2026-05-12", "2026-08-18"])
def test_a_schema_against_itself_reports_nothing(
    upstream: Path, capsys: pytest.CaptureFixture[str], version: str, fmt: str
) -> None:
    code, out, _ = run(
        capsys, side(upstream, version), side(upstream, version), "--format", fmt, "--no-diffstat"
    )
    assert code == 0
    if fmt == "json":
        assert json.loads(out) == {"breaking": False, "changes": []}
    else:
        assert "no changes" in out.splitlines()[0] or "no changes" in out.splitlines()[-1]
