"""``python -m codegen sync``: spec/SWMLObject.json is the newest upstream release byte for byte;
a sync copies a release verbatim once it checks out and every overlay still applies, reports the
verbs added and removed and the definitions changed per verb, and writes nothing otherwise."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from codegen.sync import compare, main, reachable, render, verbs

ROOT = Path(__file__).resolve().parents[1]
#: ../shared next to the repository (the tests run with the repository root as cwd).
UPSTREAM_DIR = ROOT / ".." / "shared" / "upstream" / "swml"
SPEC_DIR = ROOT / "spec"

NEWEST = "SWMLObject-2026-08-18.json"
MAY = "SWMLObject-2026-05-12.json"
SDK = "SWMLObject-2026-03-sdk-3.7.5.json"

#: Verbs the August release has and the SDK's March copy lacks.
STREAMING = ["stop_stream", "stream", "transcribe", "transcribe_stop"]


def upstream(name: str) -> Path:
    path = UPSTREAM_DIR / name
    if not path.exists():
        pytest.skip("../shared/upstream/swml is not present")
    return path


def newest_upstream() -> Path:
    """The upstream file with the latest date in its name."""
    dated = [
        (m.group(0), path)
        for path in UPSTREAM_DIR.glob("SWMLObject-*.json")
        if (m := re.search(r"\d{4}-\d{2}(?:-\d{2})?", path.name))
    ]
    if not dated:
        pytest.skip("../shared/upstream/swml is not present")
    return max(dated)[1]


def test_committed_spec_is_the_newest_upstream_release_byte_for_byte(
    capsys: pytest.CaptureFixture[str],
) -> None:
    newest = newest_upstream()
    assert (SPEC_DIR / "SWMLObject.json").read_bytes() == newest.read_bytes(), (
        f"spec/SWMLObject.json is not {newest.name}: run `python -m codegen sync --from "
        f"../shared/upstream/swml/{newest.name}`, review, regenerate and commit"
    )
    # And the committed overlays apply to it: a check run changes nothing.
    assert main(["--from", str(newest), "--spec-dir", str(SPEC_DIR), "--check"]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_verb_counts_of_the_upstream_releases() -> None:
    counts = {
        name: len(verbs(json.loads(upstream(name).read_bytes()))) for name in (SDK, MAY, NEWEST)
    }
    # May's docs release lacks ai_sidecar, which the SDK's March copy and August have.
    assert counts == {SDK: 39, MAY: 38, NEWEST: 43}


# -- a spec directory of our own -----------------------------------------------------------------

#: Annotations on nodes every release has, so the round trip below can visit old releases.
STABLE_OVERLAY = """\
overlay: 1.0.0
info: {title: stable, version: 1.0.0}
actions:
  - target: /$defs/JoinConferenceObject/properties/beep
    update: {x-enum-name: Beep}
  - target: /$defs/JoinConferenceObject/properties/beep/anyOf/2
    update: {description: beep only when a participant joins}
"""


@pytest.fixture
def spec_dir(tmp_path: Path) -> Path:
    """A copy of spec/SWMLObject.json with STABLE_OVERLAY as its only overlay."""
    directory = tmp_path / "spec"
    (directory / "overlays").mkdir(parents=True)
    shutil.copyfile(SPEC_DIR / "SWMLObject.json", directory / "SWMLObject.json")
    (directory / "overlays" / "stable.yaml").write_text(STABLE_OVERLAY, encoding="utf-8")
    return directory


def sync(source: Path, spec_dir: Path, *more: str) -> int:
    return main(["--from", str(source), "--spec-dir", str(spec_dir), *more])


def report_lines(out: str) -> dict[str, str]:
    """The report's ``key: value`` lines (verbs, added, removed, each changed verb)."""
    return dict(line.strip().split(": ", 1) for line in out.splitlines() if ": " in line)


def test_sync_to_older_releases_and_back(
    spec_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = spec_dir / "SWMLObject.json"

    assert sync(upstream(MAY), spec_dir) == 0
    lines = report_lines(capsys.readouterr().out)
    assert target.read_bytes() == upstream(MAY).read_bytes()
    assert lines["verbs"] == "43 -> 38"
    assert lines["added"] == "none"
    assert lines["removed"] == "ai_sidecar, stop_stream, stream, transcribe, transcribe_stop"
    assert lines["join_conference"] == "JoinConferenceObject, JoinConferenceStream (gone), " + (
        "RecordString (gone)"
    )

    assert sync(upstream(SDK), spec_dir) == 0
    lines = report_lines(capsys.readouterr().out)
    assert target.read_bytes() == upstream(SDK).read_bytes()
    assert lines["verbs"] == "38 -> 39"
    assert lines["added"] == "ai_sidecar"
    assert lines["removed"] == "none"

    assert sync(upstream(NEWEST), spec_dir, "--check") == 1
    assert target.read_bytes() == upstream(SDK).read_bytes()
    capsys.readouterr()
    assert sync(upstream(NEWEST), spec_dir) == 0
    out = capsys.readouterr().out
    lines = report_lines(out)
    assert target.read_bytes() == upstream(NEWEST).read_bytes()
    assert lines["verbs"] == "39 -> 43"
    assert lines["added"] == ", ".join(STREAMING)
    assert lines["removed"] == "none"
    assert lines["join_conference"] == (
        "JoinConference, JoinConferenceObject, SWMLVar, JoinConferenceStream (new), CondReg, "
        "CondElse, RecordString (new)"
    )
    assert "overlays: 2 action(s) in 1 file(s) re-applied cleanly" in out


def test_sync_is_idempotent_and_check_reports_no_change(
    spec_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = spec_dir / "SWMLObject.json"
    stat = target.stat()
    assert sync(upstream(NEWEST), spec_dir) == 0
    assert sync(upstream(NEWEST), spec_dir, "--check") == 0
    out = capsys.readouterr().out
    assert out.count("nothing to do") == 2
    assert target.stat().st_mtime_ns == stat.st_mtime_ns  # not even rewritten


def test_check_writes_nothing_and_exits_1_when_spec_would_change(
    spec_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(upstream(NEWEST).read_bytes())
    document["$defs"]["JoinConferenceStream"]["properties"]["codec"]["description"] = "Changed."
    source = tmp_path / "SWMLObject-next.json"
    source.write_text(json.dumps(document, indent=2), encoding="utf-8")
    before = (spec_dir / "SWMLObject.json").read_bytes()

    assert sync(source, spec_dir, "--check") == 1
    captured = capsys.readouterr()
    assert "  join_conference: JoinConferenceStream\n" in captured.out
    assert "verbs: 43 -> 43" in captured.out
    assert "would change" in captured.err
    assert (spec_dir / "SWMLObject.json").read_bytes() == before

    assert sync(source, spec_dir) == 0
    assert (spec_dir / "SWMLObject.json").read_bytes() == source.read_bytes()
    assert sync(source, spec_dir, "--check") == 0


def test_sync_lists_annotated_nodes_that_upstream_changed(
    spec_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An annotation addressed by position (a const branch) may no longer fit its node."""
    document = json.loads(upstream(NEWEST).read_bytes())
    beep = document["$defs"]["JoinConferenceObject"]["properties"]["beep"]
    beep["anyOf"].insert(0, beep["anyOf"].pop(2))  # onEnter moves first
    source = tmp_path / "SWMLObject-next.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert sync(source, spec_dir) == 0
    out = capsys.readouterr().out
    overlay = spec_dir / "overlays" / "stable.yaml"
    assert out.endswith(
        "annotated nodes upstream changed (check the annotation still fits):\n"
        f"  {overlay}#/actions/0: /$defs/JoinConferenceObject/properties/beep\n"
        f"  {overlay}#/actions/1: /$defs/JoinConferenceObject/properties/beep/anyOf/2\n"
        f"updated {spec_dir / 'SWMLObject.json'}; run `python -m codegen generate` and commit.\n"
    )


def test_sync_into_an_empty_spec_directory_adds_every_verb(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sync(upstream(NEWEST), tmp_path / "spec") == 0
    lines = report_lines(capsys.readouterr().out)
    assert lines["verbs"] == "0 -> 43"
    assert len(lines["added"].split(", ")) == 43
    assert (tmp_path / "spec" / "SWMLObject.json").read_bytes() == upstream(NEWEST).read_bytes()


# -- refusals ------------------------------------------------------------------------------------


def test_sync_refuses_when_an_overlay_target_vanishes_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The committed join_conference overlay targets August additions the May release lacks."""
    directory = tmp_path / "spec"
    (directory / "overlays").mkdir(parents=True)
    shutil.copyfile(
        SPEC_DIR / "overlays" / "join_conference.yaml",
        directory / "overlays" / "join_conference.yaml",
    )
    shutil.copyfile(SPEC_DIR / "SWMLObject.json", directory / "SWMLObject.json")
    before = (directory / "SWMLObject.json").read_bytes()

    assert sync(upstream(MAY), directory) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    overlay = directory / "overlays" / "join_conference.yaml"
    expected = f"expected a JSON pointer to an existing object in {upstream(MAY)}"
    assert captured.err.splitlines() == [
        f"error: {overlay}: #/actions/31/target: target "
        "'/$defs/JoinConferenceObject/properties/status_callback_event_type' does not exist: "
        "'/$defs/JoinConferenceObject/properties' has no 'status_callback_event_type' (did you "
        f"mean 'status_callback_event'?); {expected}",
        f"error: {overlay}: #/actions/32/target: target "
        "'/$defs/JoinConferenceObject/properties/recording_status_callback_event_type' does not "
        "exist: '/$defs/JoinConferenceObject/properties' has no "
        "'recording_status_callback_event_type' (did you mean 'recording_status_callback_event'?)"
        f"; {expected}",
        f"error: {overlay}: #/actions/34/target: target '/$defs/JoinConferenceStream/properties/"
        "url' does not exist: '/$defs' has no 'JoinConferenceStream' (did you mean "
        f"'JoinConference'?); {expected}",
        f"error: {overlay}: #/actions/35/target: target '/$defs/JoinConferenceStream/properties/"
        "status_url_method' does not exist: '/$defs' has no 'JoinConferenceStream' (did you mean "
        f"'JoinConference'?); {expected}",
        f"4 problem(s); {directory}/ was not changed.",
    ]
    assert (directory / "SWMLObject.json").read_bytes() == before
    assert sorted(p.name for p in directory.iterdir()) == ["SWMLObject.json", "overlays"]


def test_sync_refuses_a_release_an_overlay_no_longer_fits(
    spec_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(upstream(NEWEST).read_bytes())
    del document["$defs"]["JoinConferenceObject"]["properties"]["beep"]
    source = tmp_path / "SWMLObject-next.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    (spec_dir / "overlays" / "more.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: more, version: 1.0.0}\nactions:\n"
        "  - target: /$defs/JoinConferenceObject/properties/muted\n"
        "    update: {x-enum-name: not a class name}\n",
        encoding="utf-8",
    )
    before = (spec_dir / "SWMLObject.json").read_bytes()
    assert sync(source, spec_dir) == 2
    err = capsys.readouterr().err
    overlays = spec_dir / "overlays"
    assert err.splitlines()[:3] == [
        f"error: {overlays / 'stable.yaml'}: #/actions/0/target: target "
        "'/$defs/JoinConferenceObject/properties/beep' does not exist: "
        "'/$defs/JoinConferenceObject/properties' has no 'beep'; expected a JSON pointer to an "
        f"existing object in {source}",
        f"error: {overlays / 'stable.yaml'}: #/actions/1/target: target "
        "'/$defs/JoinConferenceObject/properties/beep/anyOf/2' does not exist: "
        "'/$defs/JoinConferenceObject/properties' has no 'beep'; expected a JSON pointer to an "
        f"existing object in {source}",
        # The effective document's x- checks run too, blamed on the overlay that set the value.
        f"error: {overlays / 'more.yaml'}: #/actions/0/update/x-enum-name: invalid x-enum-name: "
        "'not a class name' does not match '^[A-Z][A-Za-z0-9]*$'; expected the Python enum class "
        "name for this value set; parameters with the same value set may share one",
    ]
    assert (spec_dir / "SWMLObject.json").read_bytes() == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"$schema": "http://json-schema.org/draft-07/schema#"},
            "#/$schema: $schema is 'http://json-schema.org/draft-07/schema#'; expected "
            "https://json-schema.org/draft/2020-12/schema (JSON Schema 2020-12, what the "
            "generator reads)",
        ),
        (
            {"$id": "https://example.com/Other.json"},
            "#/$id: $id is 'https://example.com/Other.json'; expected an $id naming "
            "SWMLObject.json, which upstream's relative $refs to the root document rely on",
        ),
        (
            {"$defs": {"SWMLMethod": {"type": "object"}}},
            "#/$defs/SWMLMethod: no $defs/SWMLMethod anyOf; expected $defs/SWMLMethod as an anyOf "
            "of $refs to $defs entries, one per verb",
        ),
        (
            {"$defs": {"SWMLMethod": {"anyOf": [{"$ref": "#/$defs/Nope"}, {"type": "object"}]}}},
            "#/$defs/SWMLMethod/anyOf/0: $ref '#/$defs/Nope' names no $defs entry; expected "
            "$defs/SWMLMethod as an anyOf of $refs to $defs entries, one per verb",
        ),
    ],
)
def test_sync_refuses_what_is_not_an_swml_schema(
    change: dict[str, Any],
    message: str,
    spec_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = json.loads(upstream(NEWEST).read_bytes())
    for key, value in change.items():
        if key == "$defs":
            document["$defs"].update(value)
        else:
            document[key] = value
    source = tmp_path / "SWMLObject-bad.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    before = (spec_dir / "SWMLObject.json").read_bytes()
    assert sync(source, spec_dir) == 2
    assert capsys.readouterr().err.splitlines()[0] == f"error: {source}: {message}"
    assert (spec_dir / "SWMLObject.json").read_bytes() == before


def test_sync_reports_invalid_json_with_line_and_column(
    spec_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "SWMLObject-bad.json"
    source.write_text('{\n  "$schema": ,\n}', encoding="utf-8")
    assert sync(source, spec_dir) == 2
    assert capsys.readouterr().err.splitlines()[0] == (
        f"error: {source}: line 2, column 14: invalid JSON: Expecting value"
    )


def test_sync_command_line_reports_a_missing_file() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "sync", "--from", "no-such-file.json", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "error: no-such-file.json: file: cannot read: No such file or directory\n"
        "1 problem(s); spec/ was not changed.\n"
    )


# -- what a verb reaches --------------------------------------------------------------------------

SMALL: dict[str, Any] = {
    "$defs": {
        "SWMLMethod": {"anyOf": [{"$ref": "#/$defs/Play"}, {"$ref": "#/$defs/AI"}]},
        "Play": {"type": "object", "properties": {"play": {"$ref": "#/$defs/PlayObject"}}},
        "PlayObject": {"properties": {"url": {"$ref": "#/$defs/Url"}}},
        "Url": {"type": "string"},
        "AI": {"type": "object", "properties": {"ai": {"$ref": "#/$defs/AIObject"}}},
        "AIObject": {
            "properties": {
                "swml": {"$ref": "SWMLObject.json"},
                "then": {"items": {"$ref": "#/$defs/SWMLMethod"}},
                "url": {"$ref": "SWMLObject.json#/$defs/Url"},
            }
        },
        "Unused": {"type": "string"},
    }
}


def test_reachable_follows_refs_but_not_into_any_swml_method_or_the_root() -> None:
    assert reachable(SMALL, "Play") == ["Play", "PlayObject", "Url"]
    assert reachable(SMALL, "AI") == ["AI", "AIObject", "Url"]
    assert verbs(SMALL) == {"play": "Play", "ai": "AI"}


def test_compare_lists_changed_definitions_per_verb_once_each() -> None:
    new = json.loads(json.dumps(SMALL))
    new["$defs"]["Url"]["format"] = "uri"
    new["$defs"]["Unused"]["format"] = "uri"
    report = compare(SMALL, new, [], "new.json", "spec/SWMLObject.json")
    assert render(report) == textwrap.dedent(
        """\
        sync new.json -> spec/SWMLObject.json
        verbs: 2 -> 2
          added: none
          removed: none
        changed definitions, by verb:
          ai: Url
          play: Url
        changed definitions no verb reaches: Unused
        overlays: 0 action(s) in 0 file(s) re-applied cleanly
        """
    )
