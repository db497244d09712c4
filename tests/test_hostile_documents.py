"""Hostile input to ``swml-verbs check``: each case is a clear error naming the file and what is
wrong, exit 2, no traceback, within a bounded time and peak memory of the process.

Each case runs the command in its own interpreter, which reports its peak resident memory; the
limits are generous for a shared machine but far below what the unguarded readers would take (an
alias bomb expands to 10^9 strings, json.loads and yaml.compose recurse once a level, and reading
a 100 MB file whole holds it twice).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.strategies import UPSTREAM

#: Peak resident memory of the process, kB: the interpreter and the package are about 20 MB.
SMALL = 60_000
#: Reading the limit (64 MB) from a pipe, before refusing the rest.
LIMIT_READ = 64 * 1024 + SMALL
SECONDS = 20

# VmHWM is the peak of this process's own memory (ru_maxrss would count the forking pytest's).
RUNNER = """
import re, sys
from swml_verbs.cli import main
status = main()
peak = re.search(r"VmHWM:\\s*(\\d+) kB", open("/proc/self/status").read())[1]
sys.stderr.write(f"maxrss={peak}\\n")
sys.exit(status)
"""
NO_LIBYAML = "import yaml; del yaml.CSafeLoader\n"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the peak is read from /proc")


def check(
    name: str,
    *,
    stdin: Path | None = None,
    pipe: bytes | None = None,
    runner: str = RUNNER,
    memory: int = SMALL,
) -> str:
    """Run ``swml-verbs check NAME``; assert exit 2, no traceback, the time and memory bounds;
    the output."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", runner, "check", name],
        stdin=stdin.open("rb") if stdin else None,
        input=pipe,
        capture_output=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 2, (out, err)
    assert "Traceback" not in err and "Traceback" not in out, err
    assert err.splitlines()[0] == "1 file checked: 0 valid, 1 unreadable", err
    maxrss = int(err.split("maxrss=")[1])
    assert maxrss < memory, f"{maxrss} kB"
    assert elapsed < SECONDS, f"{elapsed:.1f} s"
    assert out.count("\n") == 1, out
    return out


def bomb() -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("runner", [RUNNER, NO_LIBYAML + RUNNER], ids=["libyaml", "pure"])
def test_a_yaml_alias_bomb(tmp_path: Path, runner: str) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(bomb())
    assert check(str(path), runner=runner) == (
        f"{path}:2:10: YAML aliases (*a0) are not read: a SWML document does not need them, "
        "and they can expand without bound\n"
    )


DEEP = 100_000


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("lists.json", "[" * DEEP + "]" * DEEP, "1:513: nested more than 512 deep"),
        ("objects.json", '{"a":' * DEEP + "1" + "}" * DEEP, "1:2561: nested more than 512 deep"),
        (
            "sections.json",
            '{"sections": {"main": '
            + '[{"cond": [{"when": "x", "then": ' * DEEP
            + "[]"
            + "}]}]" * DEEP
            + "}}",
            "1:4224: nested more than 512 deep",
        ),
        ("block.yaml", "- " * DEEP + "x\n", "1:1025: nested more than 512 deep"),
        ("indented.yaml", "".join(f"{' ' * i}- \n" for i in range(600)) + " " * 600 + "x\n", None),
    ],
)
def test_100000_deep(tmp_path: Path, name: str, text: str, message: str | None) -> None:
    path = tmp_path / name
    path.write_text(text)
    out = check(str(path))
    assert out.startswith(f"{path}:")
    assert "nested more than 512 deep" in out
    if message:
        assert out == f"{path}:{message}\n"


@pytest.mark.parametrize("runner", [RUNNER, NO_LIBYAML + RUNNER], ids=["libyaml", "pure"])
def test_100000_deep_yaml_flow(tmp_path: Path, runner: str) -> None:
    """libyaml refuses flow nesting past 1000 while scanning ahead; PyYAML's own parser reaches
    the reader's limit first."""
    path = tmp_path / "flow.yaml"
    path.write_text("[" * DEEP + "]" * DEEP)
    out = check(str(path), runner=runner)
    assert out in (
        f"{path}:1:513: nested more than 512 deep\n",
        f"{path}:1:1001: invalid YAML: while increasing flow level exceeded maximum nesting "
        "depth\n",
    )


def test_a_100_mb_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: the size is known without writing it
    assert check(str(path)) == (
        f"{path}: the document is 100.0 MB, larger than the limit of 64 MB\n"
    )
    # As standard input, from the file: the same, from its size.
    assert check("-", stdin=path) == (
        "<stdin>: the document is 100.0 MB, larger than the limit of 64 MB\n"
    )


def test_100_mb_through_a_pipe_is_read_up_to_the_limit_only() -> None:
    data = b'{"sections": {"main": [' + b'{"answer": {}}, ' * (100 * 1024 * 1024 // 16) + b"]}}"
    assert check("-", pipe=data, memory=LIMIT_READ) == (
        "<stdin>: the document is larger than the limit of 64 MB\n"
    )


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "dup.json",
            '{"sections": {\n  "main": [],\n  "main": [{"hangup": {}}]\n}}',
            "3:3: duplicate key 'main' in one object (first at line 2, column 3)",
        ),
        (
            "dup.yaml",
            "sections:\n  main: []\n  other: []\n  main:\n    - hangup: {}\n",
            "4:3: duplicate key 'main' in one mapping (first at line 2, column 3)",
        ),
    ],
)
def test_duplicate_keys(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    assert check(str(path)) == f"{path}:{message}\n"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("latin1.json", '{"sections": {"main": [{"play": {"url": "say:café"}}]}}', "1:49"),
        ("latin1.yaml", "sections:\n  main:\n    - play:\n        url: say:café\n", "4:21"),
        ("truncated.json", '{"a": "é"}', "1:8"),
    ],
)
def test_invalid_utf8(tmp_path: Path, name: str, data: str, message: str) -> None:
    path = tmp_path / name
    raw = data.encode("latin-1") if "latin1" in name else data.encode()[:-3] + b'"}'
    path.write_bytes(raw)
    out = check(str(path))
    byte = "e9" if "latin1" in name else "c3"
    assert out == f"{path}:{message}: invalid UTF-8 (byte {byte})\n"


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("[1, 2, 3]", "a list"),
        ('"sections"', "a string"),
        ("42", "a number"),
        ("null", "null"),
        ("true", "a boolean"),
        ('{"name": "room", "steps": []}', "an object without 'sections'"),
    ],
)
def test_json_that_is_not_swml(tmp_path: Path, text: str, what: str) -> None:
    path = tmp_path / "other.json"
    path.write_text(text)
    assert check(str(path)) == (
        f"{path}:1:1: not a SWML document: the JSON value is {what}; a SWML document is an "
        "object with 'sections' (and 'version')\n"
    )


def test_the_schema_is_not_a_swml_document() -> None:
    schema = UPSTREAM / "SWMLObject-2026-08-18.json"
    assert "sections" in json.loads(schema.read_text())["properties"]
    assert "not a SWML document" in check(str(schema))
