"""Spec-dir mode (no BASE and HEAD) on today's layout: spec/SWMLObject.json plus spec/overlays, read
as the generator reads them at the merge-base and in the working tree, and compared verb by verb."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_diff_support import FIXTURES, SPEC_DIR, git

from codegen.diff import main

UPSTREAM = "SWMLObject.json"
JOIN_CONFERENCE_OVERLAY = Path("spec") / "overlays" / "join_conference.yaml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository whose main branch holds a copy of today's spec/ (upstream's document and
    our overlays), checked out on a feature branch and the working directory of the test."""
    git(tmp_path, "init", "-q", "-b", "main")
    shutil.copytree(SPEC_DIR, tmp_path / "spec")
    git(tmp_path, "add", "spec")
    git(tmp_path, "commit", "-q", "-m", "spec")
    git(tmp_path, "checkout", "-q", "-b", "feature")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def edit_upstream(repo: Path, change: Any) -> None:
    """Apply ``change`` to the working tree's spec/SWMLObject.json (a parsed document)."""
    path = repo / "spec" / UPSTREAM
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document["$defs"])
    path.write_text(json.dumps(document, indent=4), encoding="utf-8")


def edit_overlay_action(repo: Path, target: str, **update: Any) -> None:
    """Merge ``update`` into the update of the join_conference overlay's action on ``target``."""
    path = repo / JOIN_CONFERENCE_OVERLAY
    overlay = yaml.safe_load(path.read_text(encoding="utf-8"))
    (action,) = [a for a in overlay["actions"] if a["target"] == target]
    action["update"].update(update)
    path.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")


def report(capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code, out, err = run(capsys, "--format", "json")
    assert err == ""
    return code, json.loads(out)


def test_no_change_says_no_changes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 0
    summary = [line for line in out.splitlines() if line.startswith("spec diff ")]
    assert summary == [
        f"spec diff merge-base {git(repo, 'rev-parse', 'main')[:12]} -> working tree: no changes"
    ]

    code, document = report(capsys)
    assert (code, document["breaking"], document["changes"]) == (0, False, [])
    # Verbs the rules cannot read are listed, each unchanged; every object verb was compared.
    skipped = {entry["verb"]: entry for entry in document["skipped"]}
    assert "sleep" in skipped and "play" in skipped and "join_conference" not in skipped
    assert skipped["label"] == {
        "verb": "label",
        "reason": "not-an-object",
        "base": "string",
        "head": "string",
        "changed": False,
    }
    assert skipped["play"]["base"] == "oneOf: PlayWithURL | PlayWithURLS"
    assert not any(entry["changed"] for entry in skipped.values())

    code, out, _ = run(capsys, "--format", "markdown", "--no-diffstat")
    assert out.splitlines()[0].startswith("✅ **Spec diff: no changes**: `merge-base ")
    assert "- unchanged, and not compared (the argument is not an object schema): " in out


def test_a_property_removed_upstream_is_breaking_for_its_verb(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_upstream(
        repo,
        lambda defs: defs["RecordCall"]["properties"]["record_call"]["properties"].pop("stereo"),
    )
    code, document = report(capsys)
    assert code == 1
    assert [(c["id"], c["severity"], c["path"]) for c in document["changes"]] == [
        ("param-removed", "breaking", "record_call:stereo"),
        ("py-keyword-removed", "breaking", "record_call:stereo"),
    ]
    # connect's confirm takes a list of methods, record_call among them: connect changed too, and
    # its argument (a oneOf of devices) is one the rules cannot read.
    assert [entry["verb"] for entry in document["skipped"] if entry["changed"]] == ["connect"]

    code, out, _ = run(capsys, "--format", "markdown", "--no-diffstat")
    assert code == 1
    assert out.splitlines()[0].startswith(
        "❌ **Spec diff: breaking** (2 breaking, 1 changed verb not compared): "
    )
    assert (
        "| `param-removed` | `record_call:stereo` | parameter `stereo` was removed: payloads "
        "that set it are now refused |"
    ) in out.splitlines()


def test_an_overlay_edit_the_rules_read_names_verb_and_finding(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_overlay_action(
        repo, "/$defs/JoinConferenceObject/properties/beep", **{"x-enum-name": "Bip"}
    )
    code, document = report(capsys)
    assert code == 1
    assert document["changes"] == [
        {
            "id": "py-enum-renamed",
            "severity": "breaking",
            "path": "join_conference:beep",
            "message": "enum class for `beep=` renamed from Beep to Bip: imports of Beep break",
        }
    ]


def test_an_overlay_edit_no_rule_covers_asks_for_review(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_overlay_action(
        repo, "/$defs/JoinConferenceObject/properties/wait_url", **{"x-url-schemes": ["https"]}
    )
    code, document = report(capsys)
    assert (code, document["breaking"], document["changes"]) == (0, False, [])
    changed = [entry for entry in document["skipped"] if entry["changed"]]
    assert changed == [
        {
            "verb": "join_conference",
            "reason": "no-rule",
            "base": "object",
            "head": "object",
            "changed": True,
        }
    ]

    code, out, _ = run(capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].endswith(": review by hand (1 changed verb not compared)")
    assert lines[1] == (
        "changed, review by hand: join_conference: no rule covers what changed (an x- hint such "
        "as x-url-schemes, allOf, ...)"
    )
    code, out, _ = run(capsys, "--format", "markdown", "--no-diffstat")
    assert out.startswith("⚠️ **Spec diff: review by hand** (1 changed verb not compared): ")
    assert "- `join_conference`: **changed**, review by hand; no rule covers" in out


def test_a_verb_the_rules_cannot_read_is_listed_when_it_changed(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def change(defs: dict[str, Any]) -> None:
        defs["PlayWithURL"]["properties"]["volume"]["maximum"] = 20

    edit_upstream(repo, change)
    code, document = report(capsys)
    assert (code, document["changes"]) == (0, [])
    changed = {entry["verb"] for entry in document["skipped"] if entry["changed"]}
    # connect reaches PlayWithURL too (its ringback), so it changed as much as play did.
    assert changed == {"play", "connect"}
    code, out, _ = run(capsys)
    assert (
        "changed, review by hand: play: the rules compare object arguments only, and this one is "
        "oneOf: PlayWithURL | PlayWithURLS"
    ) in out.splitlines()


def test_verbs_added_and_removed(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def change(defs: dict[str, Any]) -> None:
        methods = defs["SWMLMethod"]["anyOf"]
        methods.remove({"$ref": "#/$defs/Label"})
        methods.append({"$ref": "#/$defs/Wait"})
        defs["Wait"] = {
            "type": "object",
            "properties": {"wait": {"type": "object", "properties": {"ms": {"type": "integer"}}}},
            "required": ["wait"],
            "unevaluatedProperties": {"not": {}},
        }

    edit_upstream(repo, change)
    code, document = report(capsys)
    assert code == 1
    assert [(c["id"], c["severity"], c["path"]) for c in document["changes"]] == [
        ("verb-removed", "breaking", "label:(verb)"),
        ("verb-added", "info", "wait:(verb)"),
    ]
    assert "label" not in {entry["verb"] for entry in document["skipped"]}
    code, out, _ = run(capsys, "--format", "markdown", "--no-diffstat")
    assert "- `wait`: the verb schema is new in this change (`verb-added`)" in out.splitlines()


def test_an_old_layout_at_the_merge_base_is_read_as_verb_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A base from before SWMLObject.json (spec/ held join_conference.yaml alone), against today."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "spec").mkdir()
    shutil.copyfile(FIXTURES / "join_conference.yaml", tmp_path / "spec" / "join_conference.yaml")
    git(tmp_path, "add", "spec")
    git(tmp_path, "commit", "-q", "-m", "old spec")
    git(tmp_path, "rm", "-q", "spec/join_conference.yaml")
    shutil.copytree(SPEC_DIR, tmp_path / "spec", dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)

    code, document = report(capsys)
    assert code == 0
    ids = {(c["id"], c["path"].partition(":")[0]) for c in document["changes"]}
    assert ("verb-added", "play") in ids and ("verb-added", "record_call") in ids
    # The overlays say everything the old file said: no rule finds a difference, but the verb's
    # schema is not the same document, so it is left to a reviewer.
    assert not any(c["path"].startswith("join_conference:") for c in document["changes"])
    assert [e["verb"] for e in document["skipped"] if e["changed"]] == ["join_conference"]

    code, out, _ = run(capsys, "--format", "markdown")
    base = git(tmp_path, "rev-parse", "main")[:12]
    assert (
        f"diffstat skipped: {base}:spec has no SWMLObject.json; the generator only reads that "
        "layout"
    ) in out.splitlines()


def test_a_verb_file_beside_swmlobject_is_not_read(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the generator does not: moving the old verb file out of spec/ changes nothing."""
    shutil.copyfile(FIXTURES / "join_conference.yaml", repo / "spec" / "join_conference.yaml")
    git(repo, "add", "spec")
    git(repo, "commit", "-q", "-m", "the old file beside the new layout")
    git(repo, "rm", "-q", "spec/join_conference.yaml")
    code, document = report(capsys)
    assert (code, document["changes"]) == (0, [])


def test_an_unreadable_base_names_the_revision_not_a_temporary_copy(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo, "checkout", "-q", "main")
    broken = repo / "spec" / "overlays" / "zz.yaml"
    broken.write_text("overlay: 1.0.0\ninfo: {title: t, version: 1}\nactions: [{target: /nope}]\n")
    git(repo, "add", "spec")
    git(repo, "commit", "-q", "-m", "broken overlay")
    git(repo, "checkout", "-q", "feature")
    git(repo, "merge", "-q", "main")
    broken.unlink()  # fixed in the working tree
    base = git(repo, "rev-parse", "main")[:12]
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert f"cannot read {base}:spec: {base}:spec/overlays/zz.yaml" in err
    assert "spec-diff-base-" not in err


def test_markdown_has_the_diffstat_of_the_whole_regenerated_package(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_upstream(
        repo,
        lambda defs: defs["RecordCall"]["properties"]["record_call"]["properties"].pop("stereo"),
    )
    code, out, _ = run(capsys, "--format", "markdown")
    assert code == 1
    section = out.split("### Regenerated files\n", 1)[1].splitlines()
    assert section[:2] == ["", "```text"]
    changed = [line.split("|")[0].strip() for line in section[2:] if "|" in line]
    assert "swml_verbs/swml.py" in changed
    assert "swml_verbs/enums.py" not in changed
    assert any(line.startswith(" ") and "files changed" in line for line in section)
