"""``python -m codegen sync``: the committed spec follows the newest upstream file, and a sync edits
only what upstream changed, keeping our x- annotations, per-value descriptions and comments."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from codegen.sync import DEFAULT_POINTER, main, synced_text

ROOT = Path(__file__).resolve().parents[1]
UPSTREAM_DIR = ROOT / ".." / "shared" / "upstream" / "swml"
SPEC = ROOT / "spec" / "join_conference.yaml"


def newest_upstream() -> Path:
    """The upstream file with the latest date in its name (SWMLObject-2026-08-18.json)."""
    dated = [
        (m.group(0), path)
        for path in UPSTREAM_DIR.glob("SWMLObject-*.json")
        if (m := re.search(r"\d{4}-\d{2}(?:-\d{2})?", path.name))
    ]
    if not dated:
        pytest.skip("../shared/upstream/swml is not present")
    return max(dated)[1]


def test_committed_spec_is_in_sync_with_the_newest_upstream(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = SPEC.read_bytes()
    code = main(["--from", str(newest_upstream()), "--spec", str(SPEC), "--check"])
    out = capsys.readouterr().out
    assert code == 0, f"spec/ is out of sync with {newest_upstream().name}:\n{out}"
    assert SPEC.read_bytes() == before


SPEC_TEXT = textwrap.dedent(
    """\
    # our header comment
    title: VerbObject
    x-verb: verb
    type: object
    properties:
      mode:
        anyOf:
          - type: string
            const: "on"
            description: our words for on
          - type: string
            const: "off"
        default: "off"
        description: Old words.
        x-enum-name: Mode
      url:
        type: string
        format: uri
        # why we narrow it
        x-url-schemes: [https]
        x-method-default: null
      gone:
        type: integer
        minimum: 1
    $defs:
      SWMLVar:
        type: string
        pattern: ^[\\$%]\\{.*\\}$
    """
)

UPSTREAM: dict[str, Any] = {
    "$defs": {
        "VerbObject": {
            "type": "object",
            "properties": {
                "region": {"anyOf": [{"type": "string", "const": "eu"}], "description": "New."},
                "mode": {
                    "anyOf": [
                        {"type": "string", "const": "on"},
                        {"type": "string", "const": "off"},
                        {"type": "string", "const": "auto"},
                    ],
                    "default": "off",
                    "description": "New words.",
                },
                "url": {"type": "string", "format": "uri"},
                "gone": {"anyOf": [{"type": "integer"}, {"$ref": "#/$defs/SWMLVar"}]},
                "stream": {"$ref": "#/$defs/Stream"},
            },
            "required": ["url"],
            "title": "VerbObject object",
        },
        "SWMLVar": {"type": "string", "pattern": "^[\\$%]\\{.*\\}$"},
        "Stream": {"type": "object", "properties": {"url": {"type": "string"}}},
    }
}


def synced(text: str = SPEC_TEXT) -> str:
    return synced_text(text, UPSTREAM, "/$defs/VerbObject")


def test_sync_takes_upstream_wire_facts_and_keeps_ours() -> None:
    import yaml

    text = synced()
    data = yaml.safe_load(text)
    props = data["properties"]
    # Existing properties keep their order; new ones are appended in upstream's order.
    assert list(props) == ["mode", "url", "gone", "region", "stream"]
    assert [b["const"] for b in props["mode"]["anyOf"]] == ["on", "off", "auto"]
    assert props["mode"]["anyOf"][0]["description"] == "our words for on"
    assert props["mode"]["description"] == "New words."
    assert props["mode"]["x-enum-name"] == "Mode"
    assert props["url"]["x-url-schemes"] == ["https"]
    assert props["gone"] == {"anyOf": [{"type": "integer"}, {"$ref": "#/$defs/SWMLVar"}]}
    assert data["required"] == ["url"]
    assert data["title"] == "VerbObject"  # our class name, not upstream's title
    assert data["$defs"]["Stream"] == UPSTREAM["$defs"]["Stream"]
    # Comments and untouched text survive byte for byte.
    assert text.startswith("# our header comment\ntitle: VerbObject\n")
    assert "    # why we narrow it\n    x-url-schemes: [https]\n" in text
    assert "x-method-default: null\n" in text
    assert 'const: "on"\n        description: our words for on\n' in text


def test_sync_twice_changes_nothing_the_second_time() -> None:
    once = synced()
    assert once != SPEC_TEXT
    assert synced(once) == once


def test_sync_of_an_unchanged_spec_returns_the_same_text() -> None:
    spec_text = SPEC.read_text(encoding="utf-8")
    upstream = json.loads(newest_upstream().read_text(encoding="utf-8"))
    assert synced_text(spec_text, upstream, DEFAULT_POINTER) is spec_text


def test_check_reports_and_writes_nothing_when_out_of_sync(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    upstream = json.loads(newest_upstream().read_text(encoding="utf-8"))
    verb = upstream["$defs"]["JoinConferenceObject"]
    verb["properties"]["muted"]["description"] = "Changed upstream."
    verb["properties"]["hold"] = {"type": "boolean", "description": "Hold on join."}
    source = tmp_path / "SWMLObject-next.json"
    source.write_text(json.dumps(upstream), encoding="utf-8")
    before = spec.read_bytes()

    assert main(["--from", str(source), "--spec", str(spec), "--check"]) == 1
    report = capsys.readouterr().out
    assert "new optional parameter `hold`" in report
    assert "`muted`: only its documentation changed" in report
    assert spec.read_bytes() == before

    assert main(["--from", f"{source}#{DEFAULT_POINTER}", "--spec", str(spec)]) == 0
    assert spec.read_bytes() != before
    text = spec.read_text(encoding="utf-8")
    # Appended after the last property (stream), before $defs.
    assert "  hold:\n    type: boolean\n    description: Hold on join.\n$defs:\n" in text
    assert main(["--from", str(source), "--spec", str(spec), "--check"]) == 0


def test_sync_command_line_reports_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "sync", "--from", "no-such-file.json", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "no-such-file.json" in done.stderr
