"""The command line: sides from spec directories, files, git revisions and pointers; exit codes;
errors; formats."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from spec_diff_support import FIXTURES, SPEC_DIR, git

from codegen import build as build_module
from codegen.diff import main, side
from codegen.diff.diffstat import _without_provenance, format_diffstat
from codegen.diff.model import Finding, Severity
from codegen.diff.report import Report, render_markdown, render_text
from codegen.ir import Package
from codegen.loader import Spec

#: The hand-kept join_conference verb file spec/ held before upstream's document and overlays
#: replaced it: a verb object schema of the old kind, which BASE HEAD mode still reads (wrapped
#: into a one-verb document for the generator).
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


def test_removing_an_enum_value_from_a_verb_file_is_breaking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = tmp_path / "join_conference.yaml"
    head.write_text(without_beep_value(SPEC.read_text(encoding="utf-8"), "onExit"))
    code, out, _ = run(capsys, str(SPEC), str(head), "--format", "json")
    assert code == 1
    (change,) = json.loads(out)["changes"]
    assert change["id"] == "enum-value-removed"
    assert change["path"] == "join_conference:beep"
    assert change["verbs"] == ["join_conference"]
    assert change["file"] == str(head)
    assert "Beep lost 'onExit' (Beep.ON_EXIT)" in change["message"]
    assert change["affects"] == ["Python callers", "TypeScript callers", "SWML payloads"]


def test_a_file_against_itself_is_no_changes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(SPEC), str(SPEC), "--format", "json")
    assert (code, json.loads(out)) == (0, {"breaking": False, "changes": []})


def test_git_revision_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "verbs").mkdir()
    spec = tmp_path / "verbs" / "join_conference.yaml"
    spec.write_text(SPEC.read_text(encoding="utf-8"))
    git(tmp_path, "add", "verbs")
    git(tmp_path, "commit", "-q", "-m", "spec")
    spec.write_text(without_beep_value(spec.read_text(encoding="utf-8"), "onEnter"))
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(
        capsys, "main:verbs/join_conference.yaml", "verbs/join_conference.yaml", "--format", "json"
    )
    assert code == 1
    assert [(c["id"], c["path"]) for c in json.loads(out)["changes"]] == [
        ("enum-value-removed", "join_conference:beep")
    ]


def test_two_spec_directories(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """BASE and HEAD may be spec directories: each read with its overlays, as data."""
    head = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, head)
    overlay = head / "overlays" / "join_conference.yaml"
    document = yaml.safe_load(overlay.read_text(encoding="utf-8"))
    for action in document["actions"]:
        if action["target"].endswith("/properties/status_callback"):
            action["update"]["x-url-schemes"] = ["https"]
    overlay.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    code, out, _ = run(capsys, str(SPEC_DIR), str(head), "--format", "json")
    assert code == 1
    (change,) = json.loads(out)["changes"]
    assert (change["id"], change["path"]) == (
        "url-schemes-narrowed",
        "join_conference:status_callback",
    )
    assert change["file"] == f"{head}/overlays/join_conference.yaml"


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (["missing.yaml", str(SPEC)], "is neither an existing file nor a git revision and path"),
        ([f"{SPEC}#/$defs/Nope", str(SPEC)], "JSON pointer #/$defs/Nope does not exist"),
        ([str(FIXTURES / "not-a-verb.yaml"), str(SPEC)], "nor a verb object schema"),
        (
            [str(FIXTURES / "circular-ref.yaml"), str(SPEC)],
            "the generator refuses " + str(FIXTURES / "circular-ref.yaml"),
        ),
        ([str(FIXTURES / "remote-ref.yaml"), str(SPEC)], "points outside this document"),
        (["no-such-rev-xyz:spec/SWMLObject.json", str(SPEC)], "at revision 'no-such-rev-xyz'"),
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


def _finding(severity: Severity, path: str, verb: str, file: str) -> Finding:
    return Finding(
        "x-rule",
        severity,
        path,
        f"`{path}` changed",
        verb=verb,
        verbs=(verb,),
        file=file,
        affects=("Python callers",),
        advice="say it in the release notes",
    )


def test_markdown_bullets_name_their_verb_and_file() -> None:
    report = Report(
        "a",
        "b",
        [
            _finding(Severity.BREAKING, "play:volume", "play", "spec/SWMLObject.json"),
            _finding(Severity.WARNING, "record_call:stereo", "record_call", "spec/SWMLObject.json"),
            _finding(Severity.INFO, "join_conference:trim", "join_conference", "spec/o.yaml"),
        ],
    )
    lines = render_markdown(report).splitlines()
    assert lines[0] == "❌ **Spec diff: breaking** (1 breaking, 1 warning, 1 info): `a` → `b`"
    assert lines[2] == (
        "Verbs: `play`, `record_call`, `join_conference`. Spec files: `spec/SWMLObject.json`, "
        "`spec/o.yaml`."
    )
    assert (
        "| `x-rule` | `play:volume`<br>spec/SWMLObject.json | `play:volume` changed | Python "
        "callers | say it in the release notes |"
    ) in lines
    assert (
        "- `record_call:stereo` (spec/SWMLObject.json): `record_call:stereo` changed; affects "
        "Python callers; say it in the release notes (`x-rule`)"
    ) in lines
    assert lines[-1] == "<!-- spec-diff-report -->"


def test_text_is_coloured_only_when_asked() -> None:
    finding = Finding("param-removed", Severity.BREAKING, "coach", "gone")
    report = Report("a", "b", [finding])
    assert "\033[1;31mbreaking" in render_text(report, color=True)
    assert "\033[" not in render_text(report, color=False)


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


def test_a_markdown_run_builds_each_side_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The findings and the diffstat read the package each side was built into: the IR is
    built once a side, not again to render the diffstat."""
    built: list[str] = []
    real = build_module.build

    def build_and_count(spec: Spec) -> Package:
        built.append(spec.file)
        return real(spec)

    monkeypatch.setattr(build_module, "build", build_and_count)
    monkeypatch.setattr(side, "_CACHE", {})  # sides other tests generated are not built again
    head = tmp_path / "join_conference.yaml"
    head.write_text(without_beep_value(SPEC.read_text(encoding="utf-8"), "onExit"))
    code, out, _ = run(capsys, str(SPEC), str(head), "--format", "markdown")
    assert code == 1
    assert "swml_verbs/enums.py" in out  # the diffstat was made
    assert built == [str(SPEC), str(head)]


def test_a_head_the_generator_refuses_is_a_breaking_finding_per_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each problem is quoted at its JSON pointer and in its file; the exit status is a
    breaking change's."""
    head = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, head)
    document = json.loads((head / "SWMLObject.json").read_text(encoding="utf-8"))
    properties = document["$defs"]["JoinConferenceObject"]["properties"]
    properties["room"] = {"type": "string", "minLength": "x"}
    properties["trim"]["uniqueItems"] = True
    (head / "SWMLObject.json").write_text(json.dumps(document, indent=4), encoding="utf-8")
    code, out, err = run(
        capsys, "--base-spec", str(SPEC_DIR), "--head-spec", str(head), "--format", "json"
    )
    assert (code, err) == (1, "")
    where = "#/$defs/JoinConferenceObject/properties/"
    found = json.loads(out)
    assert found["breaking"]
    assert [(c["id"], c["path"], c["file"], c["verbs"]) for c in found["changes"]] == [
        ("spec-refused", where + "room/minLength", "spec/SWMLObject.json", ["join_conference"]),
        ("spec-refused", where + "trim/uniqueItems", "spec/SWMLObject.json", ["join_conference"]),
    ]
    assert found["changes"][0]["message"] == (
        f"the generator refuses {head}: not valid JSON Schema 2020-12: 'x' is not of type "
        "integer; expected an integer"
    )
    assert "keyword 'uniqueItems' beside anyOf is not supported" in found["changes"][1]["message"]
    assert (
        run(capsys, "--base-spec", str(SPEC_DIR), "--head-spec", str(head), "--allow-breaking")[0]
        == 0
    )


def test_a_head_file_that_does_not_parse_is_refused_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("type: object\nproperties: [unclosed\n")
    code, out, err = run(capsys, str(SPEC), str(broken))
    assert (code, err) == (1, "")
    assert out.splitlines()[0].startswith(
        f"breaking  line 3, column 1  the generator refuses {broken}: invalid YAML: "
    )
    assert f"[spec-refused] ({broken})" in out


def test_a_base_the_generator_refuses_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No package before the change, so nothing to judge HEAD against: exit 2, not a verdict."""
    base = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, base)
    document = json.loads((base / "SWMLObject.json").read_text(encoding="utf-8"))
    document["$defs"]["JoinConferenceObject"]["properties"]["trim"]["uniqueItems"] = True
    (base / "SWMLObject.json").write_text(json.dumps(document, indent=4), encoding="utf-8")
    code, out, err = run(capsys, "--base-spec", str(base), "--head-spec", str(SPEC_DIR))
    assert (code, out) == (2, "")
    assert err.startswith(f"spec-diff: error: the generator refuses {base}: spec/SWMLObject.json: ")
    assert err.rstrip().endswith("; there is nothing to compare HEAD with")
