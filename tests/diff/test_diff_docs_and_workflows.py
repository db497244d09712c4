"""docs/spec-diff.md lists exactly the registered rules; the workflows are valid and fork-safe."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from spec_diff_support import REPO_ROOT, SPEC_DIR

from codegen.diff import main
from codegen.diff.rules import RULES

WORKFLOWS = REPO_ROOT / ".github" / "workflows"
DIFF_WORKFLOW = WORKFLOWS / "spec-diff.yml"
COMMENT_WORKFLOW = WORKFLOWS / "spec-diff-comment.yml"


def test_docs_table_matches_the_registry() -> None:
    text = (REPO_ROOT / "docs" / "spec-diff.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z-]+)` \| (breaking|warning|info) \|", text, re.MULTILINE)
    assert rows == [(rule.id, rule.severity.value) for rule in RULES.values()]


def test_workflows_pass_the_github_workflow_schema() -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(DIFF_WORKFLOW),
            str(COMMENT_WORKFLOW),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_diff_workflow_runs_pr_code_without_write_access_or_secrets() -> None:
    text = DIFF_WORKFLOW.read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    # PyYAML reads the bare key `on` as True.
    triggers = workflow[True]
    assert list(triggers) == ["pull_request"]
    assert triggers["pull_request"]["paths"] == ["spec/**", "codegen/**"]
    assert workflow["permissions"] == {"contents": "read"}
    assert "secrets" not in text.replace("no secrets", "")
    steps = workflow["jobs"]["spec-diff"]["steps"]
    runs = "\n".join(step.get("run", "") for step in steps)
    assert "python -m codegen generate --check" in runs
    assert "python -m codegen diff --base-rev" in runs
    # Event values reach the shell through env, never through ${{ }} inside a script.
    assert all("${{" not in step.get("run", "") for step in steps)


def test_comment_workflow_never_touches_pr_code() -> None:
    text = COMMENT_WORKFLOW.read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    assert list(workflow[True]) == ["workflow_run"]
    assert workflow[True]["workflow_run"]["workflows"] == ["spec-diff"]
    assert workflow["permissions"] == {"actions": "read", "pull-requests": "write"}
    uses = [step.get("uses", "") for step in workflow["jobs"]["comment"]["steps"]]
    assert not any(action.startswith("actions/checkout") for action in uses)
    assert "head_sha" in text  # the PR number from the artifact is checked against the run


@pytest.mark.parametrize("path", [DIFF_WORKFLOW, COMMENT_WORKFLOW])
def test_workflow_uses_pinned_major_versions(path: Path) -> None:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+", step["uses"]), step["uses"]


# -- the CLI option the verdict job uses ----------------------------------------------------------


def spec_copy(where: Path, *, drop_verb: str | None = None) -> Path:
    """A copy of spec/ under ``where``, optionally without one verb in $defs/SWMLMethod."""
    copy = where / "spec"
    shutil.copytree(SPEC_DIR, copy)
    if drop_verb is not None:
        document = copy / "SWMLObject.json"
        spec = json.loads(document.read_text(encoding="utf-8"))
        methods = spec["$defs"]["SWMLMethod"]["anyOf"]
        methods.remove({"$ref": f"#/$defs/{drop_verb}"})
        document.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    return copy


def test_spec_dirs_given_as_data_are_compared_verb_by_verb(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Relative paths, as the workflow gives them: the report names each side as given.
    monkeypatch.chdir(tmp_path)
    spec_copy(tmp_path / "base")
    spec_copy(tmp_path / "head", drop_verb="Sleep")
    argv = ["--base-spec", "base/spec", "--head-spec", "head/spec", "--no-diffstat"]
    code = main([*argv, "--format", "json"])
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert code == 1
    assert [(c["id"], c["severity"]) for c in changes] == [("verb-removed", "breaking")]
    assert main([*argv, "--format", "markdown"]) == 1
    assert "`base/spec` → `head/spec`" in capsys.readouterr().out.splitlines()[0]


def test_the_same_spec_dir_on_both_sides_has_no_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = spec_copy(tmp_path)
    code = main(["--base-spec", str(SPEC_DIR), "--head-spec", str(head), "--format", "json"])
    assert (code, json.loads(capsys.readouterr().out)["changes"]) == (0, [])


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (["--base-spec", "spec"], "give both --base-spec and --head-spec"),
        (["--head-spec", "spec"], "give both --base-spec and --head-spec"),
        (["--base-spec", "spec", "--head-spec", "spec", "a.json", "b.json"], "replace BASE HEAD"),
        (["--base-spec", "spec", "--head-spec", "spec", "--base-rev", "main"], "replace BASE"),
        (["--base-spec", "spec", "--head-spec", "no-such-dir"], "no-such-dir is not a directory"),
    ],
)
def test_spec_dir_options_refuse_other_sides(
    argv: list[str],
    complaint: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(REPO_ROOT)
    assert main(argv) == 2
    assert complaint in capsys.readouterr().err
