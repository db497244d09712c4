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
    assert out.splitlines() == [
        f"spec diff merge-base {git(repo, 'rev-parse', 'main')[:12]} -> working tree: no changes"
    ]
    code, document = report(capsys)
    assert (code, document) == (0, {"breaking": False, "changes": []})
    code, out, _ = run(capsys, "--format", "markdown", "--no-diffstat")
    assert out.splitlines()[0].startswith("✅ **Spec diff: no changes**: `merge-base ")
    assert "Both sides generate the same files, byte for byte." in out


def test_a_property_removed_upstream_is_breaking_for_its_verb(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_upstream(
        repo,
        lambda defs: defs["Answer"]["properties"]["answer"]["properties"].pop("max_duration"),
    )
    code, document = report(capsys)
    assert code == 1
    assert [(c["id"], c["severity"], c["path"], c["file"]) for c in document["changes"]] == [
        ("param-removed", "breaking", "answer:max_duration", "spec/SWMLObject.json"),
    ]
    # connect's confirm takes answer, but as a SWML method: its own API did not change.
    assert document["changes"][0]["verbs"] == ["answer"]


def test_a_property_a_helper_fills_removed_upstream_names_the_helper(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_upstream(
        repo,
        lambda defs: defs["RecordCall"]["properties"]["record_call"]["properties"].pop("stereo"),
    )
    code, document = report(capsys)
    assert code == 1
    # The helper's declaration can no longer be built: the review names it, not a verb.
    assert [(c["id"], c["severity"], c["path"]) for c in document["changes"]] == [
        ("spec-refused", "breaking", "#/$defs/Output/x-helpers/record_call/parameters/stereo/key"),
    ]


def test_an_overlay_edit_names_verb_file_and_effect(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_overlay_action(
        repo,
        "/$defs/JoinConferenceObject/properties/status_callback",
        **{"x-url-schemes": ["https"]},
    )
    code, document = report(capsys)
    assert code == 1
    (change,) = document["changes"]
    assert change == {
        "id": "url-schemes-narrowed",
        "severity": "breaking",
        "path": "join_conference:status_callback",
        "message": "`status_callback` takes https:// URLs now (was http:// or https:// URLs): "
        "status_callback='http://example.com' is refused",
        "verbs": ["join_conference"],
        "file": "spec/overlays/join_conference.yaml",
        "affects": ["Python callers", "TypeScript callers", "SWML payloads"],
        "advice": "release it in a major version",
    }


def test_an_enum_rename_that_keeps_the_old_name_is_not_breaking(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """x-enum-name on one of the three users of HttpMethod: HttpMethod is still exported."""
    edit_overlay_action(
        repo,
        "/$defs/JoinConferenceObject/properties/status_callback_method",
        **{"x-enum-name": "CallbackMethod"},
    )
    code, document = report(capsys)
    assert (code, document["breaking"]) == (0, False)
    ids = {(c["id"], c["path"]) for c in document["changes"]}
    assert ("enum-ref-changed", "join_conference:status_callback_method") in ids
    assert ("export-added", "join_conference:status_callback_method") in ids


def test_a_change_to_a_shared_model_lists_every_verb_it_reaches(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def change(defs: dict[str, Any]) -> None:
        # custom_parameters of join_conference's stream, connect's devices and stream's argument
        ref = defs["JoinConferenceStream"]["properties"]["custom_parameters"]["$ref"]
        defs[ref.rsplit("/", 1)[-1]]["unevaluatedProperties"]["maxLength"] = 64

    edit_upstream(repo, change)
    code, document = report(capsys)
    assert code == 1
    found = {(c["id"], c["path"]) for c in document["changes"]}
    assert ("map-values-narrowed", "join_conference:stream.custom_parameters") in found
    verbs = {verb for c in document["changes"] for verb in c["verbs"]}
    assert verbs >= {"join_conference", "connect", "stream"}


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
        ("export-added", "info", "wait:(verb)"),
        ("verb-added", "info", "wait:(verb)"),
    ]
    code, out, _ = run(capsys, "--format", "markdown", "--no-diffstat")
    assert (
        "- `wait:(verb)` (spec/SWMLObject.json): new verb `wait`: `SWML().wait(...)`; affects "
        "Python callers, TypeScript callers, SWML payloads; say it in the release notes "
        "(`verb-added`)"
    ) in out.splitlines()


def test_an_old_layout_at_the_merge_base_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A base from before SWMLObject.json (spec/ held join_conference.yaml alone): the generator
    cannot read it, so there is nothing to compare it with."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "spec").mkdir()
    shutil.copyfile(FIXTURES / "join_conference.yaml", tmp_path / "spec" / "join_conference.yaml")
    git(tmp_path, "add", "spec")
    git(tmp_path, "commit", "-q", "-m", "old spec")
    git(tmp_path, "rm", "-q", "spec/join_conference.yaml")
    shutil.copytree(SPEC_DIR, tmp_path / "spec", dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys)
    base = git(tmp_path, "rev-parse", "main")[:12]
    assert (code, out) == (2, "")
    assert f"{base}:spec has no SWMLObject.json" in err
    assert "spec-diff-base-" not in err


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
    assert f"the generator refuses {base}:spec: {base}:spec/overlays/zz.yaml" in err
    assert err.rstrip().endswith("there is nothing to compare HEAD with")
    assert "spec-diff-base-" not in err


def test_markdown_has_the_diffstat_of_the_whole_regenerated_package(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_upstream(
        repo,
        lambda defs: defs["Answer"]["properties"]["answer"]["properties"].pop("max_duration"),
    )
    code, out, _ = run(capsys, "--format", "markdown")
    assert code == 1
    section = out.split("### Regenerated files\n", 1)[1].splitlines()
    assert section[:2] == ["", "```text"]
    changed = [line.split("|")[0].strip() for line in section[2:] if "|" in line]
    assert "swml_verbs/swml.py" in changed
    assert "swml_verbs/enums.py" not in changed
    assert any(line.startswith(" ") and "files changed" in line for line in section)


def test_an_upstream_file_that_needs_an_overlay_fix_is_reported_as_breaking(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A pull request copying in an upstream release that renames a property our overlay
    annotates: the generator refuses the working tree, and the report says so, breaking, at the
    overlay action that no longer applies (it used to exit 2 with no report)."""

    def rename_wait_url(defs: dict[str, Any]) -> None:
        properties = defs["JoinConferenceObject"]["properties"]
        properties["hold_url"] = properties.pop("wait_url")

    edit_upstream(repo, rename_wait_url)
    code, document = report(capsys)
    assert code == 1 and document["breaking"]
    (change,) = document["changes"]
    assert (change["id"], change["severity"], change["verbs"]) == (
        "spec-refused",
        "breaking",
        ["join_conference"],
    )
    assert change["file"] == "spec/overlays/join_conference.yaml"
    assert change["path"].startswith("#/actions/")
    assert change["message"].startswith(
        "the generator refuses spec: target '/$defs/JoinConferenceObject/properties/wait_url' "
        "does not exist"
    )
    code, out, _ = run(capsys, "--format", "markdown")
    assert code == 1
    assert out.startswith("❌ **Spec diff: breaking** (1 breaking)")
    assert "diffstat skipped: the generator refuses spec: no package to compare" in out
