"""The command line: sides from files, git revisions and pointers; exit codes; errors; formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from spec_diff_support import FIXTURES, REPO_ROOT, consts, diff, git, verb

from codegen.diff import main
from codegen.diff.diffstat import (
    DiffstatUnavailable,
    _without_provenance,
    format_diffstat,
    regenerated_diffstat,
)
from codegen.diff.load import load_side
from codegen.diff.report import Report, render_text
from codegen.diff.rules import Finding, Severity

#: The hand-kept join_conference verb file spec/ held before upstream's document and overlays
#: replaced it: a verb object schema of the old kind, which BASE HEAD mode still reads.
SPEC = FIXTURES / "join_conference.yaml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def without_beep_value(text: str, value: str) -> str:
    """The old spec with one value removed from ``beep``'s value set, as a pull request might."""
    spec = yaml.safe_load(text)
    branches = spec["properties"]["beep"]["anyOf"]
    spec["properties"]["beep"]["anyOf"] = [b for b in branches if b["const"] != value]
    return yaml.safe_dump(spec, sort_keys=False)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository on branch main whose spec/ holds the old kind of spec: one verb file (as
    revisions before SWMLObject.json did). tests/diff/test_diff_spec_dir.py has today's kind."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "join_conference.yaml").write_text(SPEC.read_text(encoding="utf-8"))
    git(tmp_path, "add", "spec")
    git(tmp_path, "commit", "-q", "-m", "spec")
    return tmp_path


def test_removing_an_enum_value_is_breaking_in_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = tmp_path / "join_conference.yaml"
    head.write_text(without_beep_value(SPEC.read_text(encoding="utf-8"), "onExit"))
    code, out, _ = run(capsys, str(SPEC), str(head), "--format", "markdown", "--no-diffstat")
    assert code == 1
    assert out.splitlines()[0].startswith("❌ **Spec diff: breaking** (2 breaking)")
    assert '| `enum-value-removed` | `beep` | `beep` no longer accepts "onExit" |' in out
    assert "| `py-enum-member-removed` | `beep` | enum Beep lost ON_EXIT" in out


def test_our_spec_against_itself(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(SPEC), str(SPEC), "--format", "json")
    assert (code, json.loads(out)) == (0, {"breaking": False, "changes": [], "skipped": []})


def test_git_revision_side(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = repo / "spec" / "join_conference.yaml"
    spec.write_text(without_beep_value(spec.read_text(encoding="utf-8"), "onEnter"))
    monkeypatch.chdir(repo)
    code, out, _ = run(
        capsys, "main:spec/join_conference.yaml", "spec/join_conference.yaml", "--format", "json"
    )
    ids = [(c["id"], c["path"]) for c in json.loads(out)["changes"]]
    assert code == 1
    assert ids == [("enum-value-removed", "beep"), ("py-enum-member-removed", "beep")]


def test_no_arguments_diffs_spec_dir_against_merge_base_with_main(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    git(repo, "checkout", "-q", "-b", "feature")
    spec = repo / "spec" / "join_conference.yaml"
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    document["properties"]["beep"]["default"] = "false"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    monkeypatch.chdir(repo)

    code, out, _ = run(capsys, "--format", "json")
    changes = json.loads(out)["changes"]
    assert code == 1
    # The wire default and the derived signature default both moved: two breaking findings, each
    # named by its verb (the file's x-verb).
    assert [(c["id"], c["path"]) for c in changes] == [
        ("default-changed", "join_conference:beep"),
        ("py-default-changed", "join_conference:beep"),
    ]
    assert 'now means "false"' in changes[0]["message"]


def test_no_arguments_reports_a_new_spec_file(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "spec" / "play.yaml").write_text(yaml.safe_dump(verb()))
    monkeypatch.chdir(repo)
    code, out, _ = run(capsys, "--format", "json")
    assert code == 0
    # A file without x-verb is named by its file name.
    assert json.loads(out)["changes"] == [
        {
            "id": "verb-added",
            "severity": "info",
            "path": "play:(verb)",
            "message": "the verb schema is new in this change",
        }
    ]


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (["missing.yaml", str(SPEC)], "is neither an existing file nor a git revision and path"),
        ([f"{SPEC}#/$defs/Nope", str(SPEC)], "JSON pointer #/$defs/Nope does not exist"),
        ([f"{SPEC}#/$defs/SWMLVar", str(SPEC)], "is not a verb object schema"),
        ([str(FIXTURES / "not-a-verb.yaml"), str(SPEC)], "is not a verb object schema"),
        ([str(FIXTURES / "circular-ref.yaml"), str(SPEC)], "circular $ref #/$defs/A -> #/$defs/B"),
        ([str(FIXTURES / "remote-ref.yaml"), str(SPEC)], "only local $refs"),
        (["no-such-rev-xyz:spec/join_conference.yaml", str(SPEC)], "at revision 'no-such-rev-xyz'"),
        ([str(SPEC)], "give both BASE and HEAD, or neither"),
    ],
)
def test_unreadable_input_exits_2_with_a_clear_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], complaint: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert complaint in err


def test_malformed_yaml_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("type: object\nproperties: [unclosed\n")
    code, _, err = run(capsys, str(broken), str(SPEC))
    assert code == 2
    assert f"{broken}: line 3, column 1: invalid YAML" in err


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(SPEC), str(SPEC), "--format", "html")
    assert code == 2
    assert "invalid choice: 'html'" in err


def test_recursive_schema_is_walked_once() -> None:
    loaded = load_side(str(FIXTURES / "recursive.yaml"))
    changed = yaml.safe_load((FIXTURES / "recursive.yaml").read_text())
    changed["$defs"]["Menu"]["required"] = ["label"]
    findings = diff(loaded.verb, changed)
    # Menu is reached twice (menu, menu.submenu) but only walked where it is first entered.
    assert [(f.id, f.path) for f in findings] == [("became-required", "menu.label")]


def test_nested_fields_are_compared_and_fields_of_new_objects_are_not_listed() -> None:
    stream = {"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]}
    wider = {**stream, "properties": {**stream["properties"], "codec": consts("PCMU", "PCMA")}}
    assert [(f.id, f.path) for f in diff(verb({"stream": stream}), verb({"stream": wider}))] == [
        ("param-added", "stream.codec")
    ]
    assert [(f.id, f.path) for f in diff(verb(), verb({"stream": wider}))] == [
        ("param-added", "stream"),
        ("py-keyword-added", "stream"),
    ]


def test_value_set_spellings_are_equivalent() -> None:
    spellings = [
        {"type": "string", "enum": ["GET", "POST"]},
        consts("GET", "POST"),
        {"oneOf": [{"const": "GET", "description": "get"}, {"const": "POST"}]},
    ]
    for before in spellings:
        for after in spellings:
            found = diff(verb({"method": before}), verb({"method": after}))
            assert {f.id for f in found} <= {"description-only"}, (before, after)


def test_findings_are_ordered_by_severity_then_path_then_id() -> None:
    before = verb({"a": {"type": "string"}, "b": consts("x", "y"), "c": {"type": "string"}})
    after = verb({"a": {"type": "string", "description": "doc"}, "b": consts("x"), "d": {}})
    assert [(f.severity.value, f.path, f.id) for f in diff(before, after)] == [
        ("breaking", "b", "enum-value-removed"),
        ("breaking", "b", "py-enum-member-removed"),
        ("breaking", "c", "param-removed"),
        ("breaking", "c", "py-keyword-removed"),
        ("info", "a", "description-only"),
        ("info", "d", "param-added"),
        ("info", "d", "py-keyword-added"),
    ]


def test_text_is_coloured_only_when_asked() -> None:
    finding = Finding("param-removed", Severity.BREAKING, "coach", "gone")
    report = Report("a", "b", [finding])
    assert "\033[1;31mbreaking" in render_text(report, color=True)
    assert "\033[" not in render_text(report, color=False)


def test_diffstat_is_skipped_for_schemas_the_generator_cannot_read() -> None:
    for fixture in (FIXTURES / "recursive.yaml", SPEC):
        side = load_side(str(fixture))
        with pytest.raises(DiffstatUnavailable, match="is not a whole SWML document"):
            regenerated_diffstat(side, side)


def test_diffstat_of_one_swml_document_on_both_sides_regenerates_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = REPO_ROOT / "spec" / "SWMLObject.json"
    side = load_side(str(document))
    assert regenerated_diffstat(side, side) == (
        "no generated file changes (the spec is the same on both sides)"
    )
    code, out, _ = run(capsys, str(document), f"{document}#/$defs/JoinConferenceObject")
    assert (code, out.splitlines()[-1]) == (
        0,
        f"spec diff {document} -> {document}#/$defs/JoinConferenceObject: no changes",
    )


def test_diffstat_counts_changed_lines_per_file() -> None:
    before = {"pkg/a.py": ["x = 1", "y = 2"], "pkg/gone.py": ["z"]}
    after = {"pkg/a.py": ["x = 1", "y = 3", "w = 4"], "pkg/new.py": []}
    assert format_diffstat(before, after).splitlines() == [
        " pkg/a.py    |    3 ++-",
        " pkg/gone.py |    1 -",
        " pkg/new.py  |    0 ",
        " 3 files changed, 2 insertions(+), 2 deletions(-)",
    ]
    assert format_diffstat(before, before) == "no generated file changes"


def test_diffstat_ignores_the_generated_provenance_header() -> None:
    header = [
        "# Generated from spec.yaml by `python -m codegen generate` — do not edit.",
        "# Inputs (spec and codegen/templates): sha256:c5e72d645b42b205",
    ]
    # Only the first lines are a header: a matching comment further down is content.
    body = ["x = 1", "y = 2", "z = 3", "# sha256: mentioned in the body"]
    assert _without_provenance([*header, *body]) == body
