"""The static types under the checkers: a corpus of typed calls made from the spec
(tests/typed_corpus.py), written out as one Python file and one TypeScript file, one call a
line, and run once each under mypy --strict, pyright (strict, the version
tests/typecheck/package-lock.json pins) and tsc --strict. A valid call a checker flags fails, and
so does a mistake a checker passes where it is meant to catch that kind; the figures are
printed as the issue's table (``pytest -s``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from codegen.build import build
from codegen.plan import make_plan
from codegen.spec_package import load_package
from tests.test_typescript import NODE, REQUIRED, TS, node, require_compiler
from tests.typed_corpus import KINDS, OPEN_KIND, VARIABLE_KIND, Case, make_corpus

REPO = Path(__file__).resolve().parents[1]
PINS = REPO / "tests" / "typecheck"

pytestmark = pytest.mark.skipif(
    NODE is None, reason="node is not installed: pyright and tsc run in node"
)

#: What each checker is meant to catch: every kind, and in TypeScript also a string where a
#: SWML variable is allowed (Python's types have no string patterns) and a mistake inside an
#: object that allows other keys (Python's types take any mapping there: README, "Static types").
CATCHES = {
    "mypy": set(KINDS),
    "pyright": set(KINDS),
    "tsc": {*KINDS, VARIABLE_KIND, OPEN_KIND},
}


def python_source(cases: list[Case]) -> str:
    """The corpus as Python: one import line, then one call a line."""
    models = sorted({m for c in cases for m in c.models.values()})
    names = ["SWML", "FunctionResult", *models]
    return f"from swml_verbs import {', '.join(names)}\n" + "".join(
        c.python() + "\n" for c in cases
    )


TS_HEAD = 'import { SWML, FunctionResult } from "swml-verbs";\n'


def pyright() -> Path:
    """The pinned pyright (``npm ci`` of tests/typecheck/ into the cache once)."""
    from codegen.errors import GenerationError
    from codegen.typescript.render import node_modules_cache

    files = {
        n: (PINS / n).read_text(encoding="utf-8") for n in ("package.json", "package-lock.json")
    }
    try:
        modules = node_modules_cache(files, package="pyright") / "node_modules"
    except GenerationError as error:
        if REQUIRED:
            pytest.fail(f"npm could not install the pinned pyright: {error}")
        pytest.skip(f"npm could not install the pinned pyright: {error}")
    return modules / "pyright" / "index.js"


def flagged_lines(output: str, pattern: str) -> set[int]:
    return {int(m) for m in re.findall(pattern, output, re.MULTILINE)}


def run_mypy(sources: list[Path], tmp: Path) -> dict[str, set[int]]:
    """The lines mypy --strict flags, by file name: one run over every file."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            "",
            "--cache-dir",
            str(tmp / ".mypy_cache"),
            "--python-version",
            "3.10",
            "--no-error-summary",
            "--hide-error-context",
            *(s.name for s in sources),
        ],
        cwd=tmp,
        env={"MYPYPATH": str(REPO / "generated"), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    found: dict[str, set[int]] = {s.name: set() for s in sources}
    for name, line in re.findall(r"^([\w.]+):(\d+): error", proc.stdout, re.MULTILINE):
        found[name].add(int(line))
    return found


def run_pyright(sources: list[Path], tmp: Path) -> dict[str, set[int]]:
    """The lines pyright (strict) flags, by file name: one run over every file."""
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.10",
        "extraPaths": [str(REPO / "generated")],
        "include": [s.name for s in sources],
    }
    (tmp / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    proc = subprocess.run(
        [
            str(NODE),
            str(pyright()),
            "--pythonpath",
            sys.executable,
            "--outputjson",
            "-p",
            str(tmp / "pyrightconfig.json"),
        ],
        cwd=tmp,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stdout[-3000:] + proc.stderr[-3000:]
    found: dict[str, set[int]] = {s.name: set() for s in sources}
    for d in json.loads(proc.stdout)["generalDiagnostics"]:
        if d["severity"] == "error":
            found[Path(d["file"]).name].add(d["range"]["start"]["line"] + 1)
    return found


def run_tsc(source: Path, tmp: Path) -> set[int]:
    tsc = require_compiler()
    modules = tmp / "node_modules"
    modules.mkdir(exist_ok=True)
    (modules / "swml-verbs").symlink_to(TS, target_is_directory=True)
    options = {
        "strict": True,
        "noEmit": True,
        "target": "ES2022",
        "lib": ["ES2022"],
        "module": "NodeNext",
        "moduleResolution": "NodeNext",
        "types": [],
    }
    config = tmp / "tsconfig.json"
    config.write_text(json.dumps({"compilerOptions": options, "files": [source.name]}))
    proc = node(str(tsc), "-p", str(config), timeout=300)
    # tsc names the file relative to the directory it runs in (the repository).
    return flagged_lines(proc.stdout, rf"(?:^|/){re.escape(source.name)}\((\d+),\d+\): error")


@pytest.fixture(scope="module")
def corpus() -> list[Case]:
    plan = make_plan(build(load_package(REPO / "spec")))
    made = make_corpus(plan)
    return [*made.valid, *made.mistakes]


def readme_examples() -> list[str]:
    """README's Python examples that run as they stand (the others show a refusal, or read a
    file they do not define)."""
    runnable = []
    for block in re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text("utf-8"), re.S):
        try:
            exec(compile(block, "README.md", "exec"), {})
        except Exception:
            continue
        runnable.append(block)
    return runnable


@pytest.fixture(scope="module")
def checked(
    corpus: list[Case], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, set[int]]]:
    """Per checker, the lines it flags in each file: the corpus (``corpus.py``,
    ``corpus.ts``) and README's runnable Python examples (``readme_N.py``)."""
    cases = corpus
    tmp = tmp_path_factory.mktemp("typecheck")
    py = tmp / "corpus.py"
    py.write_text(python_source(cases), encoding="utf-8")
    readme = []
    for i, block in enumerate(readme_examples()):
        readme.append(tmp / f"readme_{i}.py")
        readme[-1].write_text(block, encoding="utf-8")
    ts = tmp / "corpus.ts"
    ts.write_text(TS_HEAD + "".join(c.typescript() + "\n" for c in cases), encoding="utf-8")
    return {
        "mypy": run_mypy([py, *readme], tmp),
        "pyright": run_pyright([py, *readme], tmp),
        "tsc": {ts.name: run_tsc(ts, tmp)},
    }


@pytest.fixture(scope="module")
def flagged(corpus: list[Case], checked: dict[str, dict[str, set[int]]]) -> dict[str, list[bool]]:
    """Per checker, whether it flagged each case (the case's line)."""
    cases = corpus
    files = {"mypy": "corpus.py", "pyright": "corpus.py", "tsc": "corpus.ts"}
    return {
        name: [i + 2 in checked[name][files[name]] for i in range(len(cases))] for name in files
    }


def test_the_readme_examples_type_check(checked: dict[str, dict[str, set[int]]]) -> None:
    """README's Python examples that run pass mypy and pyright (its TypeScript ones are
    compiled by tests/test_typescript.py)."""
    examples = [name for name in checked["mypy"] if name.startswith("readme_")]
    assert len(examples) >= 3
    for checker in ("mypy", "pyright"):
        flagged = {name: sorted(checked[checker][name]) for name in examples}
        assert not any(flagged.values()), (checker, flagged)


def test_the_corpus_has_every_kind(corpus: list[Case]) -> None:
    counts = Counter(c.kind for c in corpus)
    assert counts["valid"] >= 30, counts
    for kind in (*KINDS, VARIABLE_KIND, OPEN_KIND):
        assert counts[kind] >= 3, (kind, counts)


def test_the_corpus_covers_function_result(corpus: list[Case]) -> None:
    """FunctionResult's methods are in it: a valid call of every helper that takes an object,
    and mistakes inside those objects (a nested key misspelt or left out, a nested value of
    the wrong type)."""
    from tests.test_docstrings import SITES

    objects = {s.method for s in SITES if s.owner == "FunctionResult"}
    calls = {c.target.python for c in corpus if c.target.owner == "FunctionResult"}
    valid = {c.target.python for c in corpus if c.kind == "valid"}
    assert objects <= calls and objects <= valid, objects - (calls & valid)
    counts = Counter(c.kind for c in corpus if c.target.owner == "FunctionResult")
    for kind in KINDS:
        assert counts[kind] >= 2, (kind, counts)


def test_every_line_does_at_run_time_what_its_kind_says(corpus: list[Case]) -> None:
    """The lines the checkers read, run: a valid call passes, a mistake is refused."""
    import swml_verbs
    from swml_verbs import InvalidArgumentError

    cases = corpus
    owners = ["SWML", "FunctionResult"]
    names = {n: getattr(swml_verbs, n) for c in cases for n in [*owners, *c.models.values()]}
    for case in cases:
        if case.kind == "valid":
            exec(case.python(), dict(names))
        else:
            with pytest.raises((InvalidArgumentError, TypeError)):
                exec(case.python(), dict(names))


def test_the_checkers_flag_mistakes_and_only_them(
    corpus: list[Case], flagged: dict[str, list[bool]]
) -> None:
    cases = corpus
    table = _table(cases, flagged)
    print("\n" + table)
    print("\nFunctionResult only:\n" + _table(cases, flagged, "FunctionResult"))
    problems = []
    for checker, marks in flagged.items():
        for case, mark in zip(cases, marks, strict=True):
            if case.kind == "valid" and mark:
                problems.append(f"{checker} flags a valid call: {case.python()}")
            elif case.kind in CATCHES[checker] and not mark:
                line = case.typescript() if checker == "tsc" else case.python()
                problems.append(f"{checker} passes a {case.kind}: {line}")
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)\n{table}"


def _table(cases: list[Case], flagged: dict[str, list[bool]], owner: str = "") -> str:
    """The issue's table, of the calls of ``owner``'s methods only when one is named."""
    if owner:
        keep = [i for i, c in enumerate(cases) if c.target.owner == owner]
        cases = [cases[i] for i in keep]
        flagged = {n: [marks[i] for i in keep] for n, marks in flagged.items()}
    names = list(flagged)
    rows = [
        "| mistake | " + " | ".join(names) + " |",
        "| --- |" + " --- |" * len(names),
    ]
    for kind in (*KINDS, VARIABLE_KIND, OPEN_KIND):
        idx = [i for i, c in enumerate(cases) if c.kind == kind]
        cells = [f"{sum(flagged[n][i] for i in idx)}/{len(idx)}" for n in names]
        rows.append(f"| {kind} | " + " | ".join(cells) + " |")
    valid = [i for i, c in enumerate(cases) if c.kind == "valid"]
    mistakes = [i for i, c in enumerate(cases) if c.kind != "valid"]
    cells = [
        f"{sum(flagged[n][i] for i in mistakes)}/{len(mistakes)} "
        f"({sum(flagged[n][i] for i in valid)} of {len(valid)} valid)"
        for n in names
    ]
    rows.append("| all (false positives on valid calls) | " + " | ".join(cells) + " |")
    return "\n".join(rows)
