"""``swml-verbs check FILE...`` (``swml_verbs.cli``, from ``codegen/templates/cli.py.jinja``):
the output formats, exit statuses, standard input, the console script and the pre-commit hook.
Hostile input is in ``test_hostile_documents.py``."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
import yaml
from swml_verbs import cli

REPO = Path(__file__).resolve().parents[1]

VALID_JSON = '{"version": "1.0.0", "sections": {"main": [{"answer": {}}, {"hangup": {}}]}}\n'
INVALID_JSON = """{
  "version": "1.0.0",
  "sections": {
    "main": [
      {"answer": {}},
      {"play": {"url": "say:hi", "volume": "loud"}}
    ]
  }
}
"""
INVALID_YAML = """version: 1.0.0
sections:
  main:
    - answer: {}
    - connect:
        to: 5
"""


def run(
    args: list[str], capsys: pytest.CaptureFixture[str], stdin: str = ""
) -> tuple[int, str, str]:
    """``main(args)`` in this process: exit status, stdout, stderr."""
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode()))
    try:
        status = cli.main(args)
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    contents = {
        "valid.json": VALID_JSON,
        "invalid.json": INVALID_JSON,
        "invalid.yaml": INVALID_YAML,
        "broken.json": '{"sections": ',
    }
    paths = {}
    for name, text in contents.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths[name] = str(tmp_path / name)
    return paths


def test_valid_files_exit_0(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["check", files["valid.json"]], capsys)
    assert (status, out) == (0, "")
    assert err == "1 file checked: 1 valid\n"
    assert run(["check", "-q", files["valid.json"]], capsys) == (0, "", "")


def test_problems_exit_1_each_at_its_line_and_column(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        ["check", files["valid.json"], files["invalid.json"], files["invalid.yaml"]], capsys
    )
    assert status == 1
    assert out.splitlines() == [
        f"{files['invalid.json']}:6:44: sections.main[1].play.volume must be a number from -40 "
        "to 40 or a SWML variable such as '${name}'; got 'loud'",
        f"{files['invalid.yaml']}:6:13: sections.main[1].connect.to must be a string; got 5",
    ]
    assert err == "3 files checked: 1 valid, 2 with problems (2 shown)\n"


def test_unreadable_input_exits_2(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = files["valid.json"] + ".gone"
    status, out, _ = run(["check", files["invalid.json"], files["broken.json"], missing], capsys)
    assert status == 2
    lines = out.splitlines()
    assert lines[1] == f"{files['broken.json']}:1:14: invalid JSON: Expecting value"
    assert lines[2] == f"{missing}: cannot read: No such file or directory"


def test_json_format(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        [
            "check",
            "--format",
            "json",
            files["valid.json"],
            files["invalid.yaml"],
            files["broken.json"],
        ],
        capsys,
    )
    assert (status, err) == (2, "")
    assert json.loads(out) == {
        "files": [
            {"file": files["valid.json"], "status": "valid", "problems": []},
            {
                "file": files["invalid.yaml"],
                "status": "invalid",
                "problems": [
                    {
                        "line": 6,
                        "column": 13,
                        "path": "sections.main[1].connect.to",
                        "pointer": "/sections/main/1/connect/to",
                        "verb": "connect",
                        "message": "sections.main[1].connect.to must be a string; got 5",
                    }
                ],
            },
            {
                "file": files["broken.json"],
                "status": "unreadable",
                "problems": [
                    {
                        "line": 1,
                        "column": 14,
                        "path": None,
                        "pointer": None,
                        "verb": None,
                        "message": "invalid JSON: Expecting value",
                    }
                ],
            },
        ],
        "exit": 2,
    }


def test_github_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Workflow commands, escaped: % and newlines in the message; also : and , in properties."""
    path = tmp_path / "a,b:c.json"
    path.write_text('{"sections": {"main": [{"set": {"x": 1}}, {"play": {"url": "100%\\n"}}]}}')
    status, out, err = run(["check", "--format", "github", str(path)], capsys)
    assert (status, err) == (1, "")
    file = str(path).replace(":", "%3A").replace(",", "%2C")
    assert out.startswith(
        f"::error file={file},line=1,col=60,title=SWML invalid::sections.main[1].play.url must "
        "be a URL to play: "
    )
    assert out.rstrip("\n").endswith("; got '100%25\\n'")
    assert out.count("\n") == 1
    status, out, _ = run(["check", "--format", "github", str(tmp_path / "x.json")], capsys)
    assert out.startswith(
        f"::error file={str(tmp_path / 'x.json').replace(':', '%3A')},title=SWML unreadable::"
    )


@pytest.mark.parametrize(
    ("text", "args", "expected"),
    [
        (VALID_JSON, [], ""),
        (INVALID_YAML, [], "<stdin>:6:13: sections.main[1].connect.to"),
        (INVALID_JSON, ["--input-format", "yaml"], "<stdin>:6:44: sections.main[1].play.volume"),
        ("  [1]", [], "<stdin>:1:3: not a SWML document: the JSON value is a list"),
        ("just: text", [], "<stdin>:1:1: not a SWML document: the YAML value is an object without"),
    ],
)
def test_standard_input(
    text: str, args: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(["check", *args, "-"], capsys, stdin=text)
    assert out.startswith(expected)
    assert bool(out) == bool(expected)


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["check"], [], ["check", "--format", "xml", "a.json"], ["lint", "a.json"]):
        with pytest.raises(SystemExit) as caught:
            cli.main(args)
        assert caught.value.code == 2
    capsys.readouterr()


def test_python_dash_m_and_the_console_script(files: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "swml_verbs", "check", files["invalid.yaml"]],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stdout.startswith(f"{files['invalid.yaml']}:6:13: ")
    (script,) = metadata.entry_points(group="console_scripts", name="swml-verbs")
    assert script.value == "swml_verbs.cli:main"
    assert script.load() is cli.main


def test_the_wheel_needs_only_pydantic_and_yaml_comes_with_an_extra() -> None:
    """As installed (pip install -e '.[dev]' reads pyproject.toml)."""
    requires = metadata.requires("swml-verbs") or []
    assert [re.split(r"[<>=;]", r)[0] for r in requires if ";" not in r] == ["pydantic"]
    assert [r.split(";")[0] for r in requires if re.search(r"extra == .yaml.$", r)] == ["pyyaml>=6"]


def test_a_yaml_file_without_pyyaml_says_how_to_get_it(files: dict[str, str]) -> None:
    code = (
        "import sys; sys.modules['yaml'] = None; from swml_verbs.cli import main; sys.exit(main())"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "check", files["invalid.yaml"], files["valid.json"]],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == (
        f"{files['invalid.yaml']}: reading YAML needs PyYAML: pip install 'swml-verbs[yaml]'\n"
    )


def test_the_command_imports_no_pydantic(files: dict[str, str]) -> None:
    code = (
        "import sys; from swml_verbs.cli import main; status = main(); "
        "assert 'pydantic' not in sys.modules, 'pydantic imported'; sys.exit(status)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "check", "-q", files["invalid.json"]],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (proc.returncode, proc.stderr) == (1, "")


def test_pre_commit_hook_manifest() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    (hook,) = hooks
    assert hook["id"] == "swml-check"
    assert hook["entry"] == "swml-verbs check"
    assert hook["language"] == "python"
    assert [re.split(r"[<>=]", d)[0] for d in hook["additional_dependencies"]] == ["pyyaml"]
    files = re.compile(hook["files"])
    for name in ("ivr.swml.json", "flows/main.swml.yaml", "a.swml.yml"):
        assert files.search(name), name
    for name in ("package.json", "swml.json", ".pre-commit-config.yaml"):
        assert not files.search(name), name


def test_the_readme_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """README's `swml-verbs check` session, run on the files it names (written here): the
    problems on stdout, then the summary on stderr, and the exit status."""
    flows = tmp_path / "flows"
    flows.mkdir()
    (flows / "ivr.swml.yaml").write_text(
        "version: 1.0.0\nsections:\n  main:\n    - answer: {}\n    - play:\n"
        "        url: say:Welcome\n        volume: loud\n    - transfer: support\n"
        "  support:\n    - connect:\n        to: '+15551234567'\n        timeout: 30\n"
    )
    (flows / "queue.swml.json").write_text(
        '{\n  "version": "1.0.0",\n  "sections": {\n'
        '    "main": [{"answer": {}}, {"hangup": {"reason": "gone"}}],\n'
        '    "main": []\n  }\n}\n'
    )
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    session = re.search(
        r"```console\n\$ swml-verbs check (.*?)\n(.*?)\$ echo \$\?\n(\d)\n```", readme, re.DOTALL
    )
    assert session is not None
    monkeypatch.chdir(tmp_path)
    status, out, err = run(["check", *session.group(1).split()], capsys)
    assert (status, out + err) == (int(session.group(3)), session.group(2))
