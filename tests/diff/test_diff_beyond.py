"""The spec diff reviews spec/beyond.schema.json (our own definitions, codegen/beyond.py) like any
spec change: an edit to it is a classified finding that names the file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from spec_diff_support import SPEC_DIR, git

from codegen import beyond
from codegen.diff import main


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Today's spec/ committed on main, checked out on a feature branch (the working directory)."""
    git(tmp_path, "init", "-q", "-b", "main")
    shutil.copytree(SPEC_DIR, tmp_path / "spec")
    git(tmp_path, "add", "spec")
    git(tmp_path, "commit", "-q", "-m", "spec")
    git(tmp_path, "checkout", "-q", "-b", "feature")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_an_edit_of_our_file_is_a_classified_finding_naming_it(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo / "spec" / beyond.FILE
    ours: Any = json.loads(path.read_text(encoding="utf-8"))
    # A bound tightened on an action of ours.
    timeout = ours["$defs"]["EndOfSpeechTimeoutAction"]["properties"]["end_of_speech_timeout"]
    timeout["maximum"] = 5000
    path.write_text(json.dumps(ours, indent=2), encoding="utf-8")
    code = main(["--format", "json", "--no-diffstat"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    found = {(c["id"], c["severity"], c["file"]) for c in document["changes"]}
    assert ("bounds-tightened", "breaking", f"spec/{beyond.FILE}") in found
    assert all(c["id"] != "unclassified-change" for c in document["changes"]), document


def test_dropping_a_verb_of_ours_a_helper_uses_names_the_helper(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo / "spec" / beyond.FILE
    ours: Any = json.loads(path.read_text(encoding="utf-8"))
    # The execute_rpc verb dropped: the RPC helpers' declarations no longer build, and the
    # review says so at the first of them.
    ours["x-additions"].pop("/$defs/SWMLMethod")
    del ours["$defs"]["ExecuteRPC"]
    path.write_text(json.dumps(ours, indent=2), encoding="utf-8")
    code = main(["--format", "json", "--no-diffstat"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    found = {(c["id"], c["severity"], c["path"]) for c in document["changes"]}
    assert (
        "spec-refused",
        "breaking",
        "#/$defs/Output/x-helpers/execute_rpc/document/0",
    ) in found, found
