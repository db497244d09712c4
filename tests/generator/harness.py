"""What the generator tests share: running ``python -m codegen generate`` and loading a generated
package in a fresh interpreter.

Everything runs in subprocesses, with the repository as the working directory (so messages and
file headers name ``tests/generator/...``), and several at a time: the generator formats and
import-probes every package it writes, which is what costs time, and it waits on child processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
EXPECTED = HERE / "expected"
FAILURES = HERE / "failures"

#: No bytecode next to the goldens, and no user site or hash seed to vary the output.
ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"}

T = TypeVar("T")
R = TypeVar("R")


def parallel(function: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """``map`` over a few threads: each item waits on subprocesses, not on the GIL."""
    with ThreadPoolExecutor(max_workers=max(2, min(8, os.cpu_count() or 2))) as pool:
        return list(pool.map(function, items))


@dataclass(frozen=True)
class Run:
    """One ``python -m codegen generate`` run."""

    returncode: int
    stdout: str
    stderr: str


def generate(spec: Path, out: Path) -> Run:
    """``python -m codegen generate --spec <spec relative to the repo> --out <out>``."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "codegen",
            "generate",
            "--spec",
            spec.relative_to(REPO).as_posix(),
            "--out",
            str(out),
        ],
        cwd=REPO,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def generate_in_process(spec: Path, out: Path) -> tuple[str | None, dict[str, bytes]]:
    """What ``python -m codegen generate --spec <spec> --out <out>`` does, called in this process
    (the CLI is a thin wrapper; its messages are tested with the failure cases): (None, the
    files written) or (why it failed, {}). The working directory must be the repository, as for
    the CLI, so headers name the spec relative to it."""
    from codegen import output
    from codegen.errors import GenerationError, SpecError

    try:
        output.generate(spec.relative_to(REPO).as_posix(), out)
    except (SpecError, GenerationError) as error:
        return f"{type(error).__name__}: {error}", {}
    except Exception as error:  # a crash is a failure to generate too; the test reports it
        return f"crashed: {type(error).__name__}: {error}", {}
    return None, snapshot(out / "swml_verbs")


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (relative path -> bytes), to prove nothing was written."""
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


# -- running calls against a generated package ----------------------------------------------------

#: Runs in a fresh interpreter: loads the package in argv[1] under the name ``swml_verbs`` (so it
#: cannot meet the installed one), evaluates each case read from stdin, prints the outcomes as JSON.
_RUNNER = r"""
import importlib.util, json, sys

sys.dont_write_bytecode = True
package = sys.argv[1]
spec = importlib.util.spec_from_file_location(
    "swml_verbs", package + "/__init__.py", submodule_search_locations=[package]
)
module = importlib.util.module_from_spec(spec)
sys.modules["swml_verbs"] = module
spec.loader.exec_module(module)

from swml_verbs import SWML, FunctionResult, InvalidArgumentError, _checks, enums

names = {"SWML": SWML, "FunctionResult": FunctionResult, "_checks": _checks}
names.update((name, getattr(enums, name)) for name in enums.__all__)


def plain(value):
    if isinstance(value, SWML):
        return value.to_dict()["sections"]["main"]
    if isinstance(value, FunctionResult):
        return value.to_dict()
    if hasattr(value, "model_dump"):
        dump = value.model_dump(by_alias=True, exclude_unset=True)
        return {"model": type(value).__name__, "dump": dump}
    return value


outcomes = []
for case in json.load(sys.stdin):
    target = {"SWML": SWML, "FunctionResult": FunctionResult}.get(case["target"])
    doc = target() if target is not None else None
    before = plain(doc)
    try:
        if case["imports"]:
            exec(case["imports"], names)
        value = eval(case["expr"], dict(names, doc=doc))
    except Exception as error:
        outcomes.append(
            {
                "raised": type(error).__name__,
                "message": str(error),
                "unchanged": plain(doc) == before,
            }
        )
    else:
        outcomes.append({"value": plain(value)})
print(json.dumps(outcomes, default=repr))
"""


@dataclass(frozen=True)
class Case:
    """One call against a generated package and what it must give.

    ``expr`` is evaluated with ``doc`` bound to a fresh ``SWML()`` (``target="SWML"``), a fresh
    ``FunctionResult()`` (``target="FunctionResult"``) or None; the enums, ``SWML``,
    ``FunctionResult`` and ``_checks`` are in scope, and ``imports`` runs first. A ``SWML``
    result is compared as its ``main`` section, a ``FunctionResult`` as ``to_dict()``.
    ``raises`` names the exception type expected instead of a value, ``message`` its exact text
    (or ``contains``, a part of it, where the right wording is not settled). ``bug`` marks a case
    the generated code gets wrong today: it is run as a strict xfail with that reason.
    """

    expr: str
    value: Any = None
    raises: str | None = None
    message: str | None = None
    target: str | None = "SWML"
    imports: str = ""
    contains: str | None = None
    bug: str | None = None

    @property
    def id(self) -> str:
        return self.expr if len(self.expr) <= 60 else self.expr[:57] + "..."


def accepts(call: str, main: Any, *, imports: str = "") -> Case:
    """``SWML().<call>`` succeeds and its ``main`` section is ``main``."""
    return Case("doc." + call, main, imports=imports)


def refuses(
    call: str,
    message: str | None,
    *,
    imports: str = "",
    contains: str | None = None,
    bug: str | None = None,
) -> Case:
    """``SWML().<call>`` raises InvalidArgumentError with exactly ``message``, and leaves the
    document as it was."""
    return Case(
        "doc." + call,
        raises="InvalidArgumentError",
        message=message,
        imports=imports,
        contains=contains,
        bug=bug,
    )


def run_cases(package: Path, cases: list[Case]) -> list[dict[str, Any]]:
    """The outcome of every case, in one fresh interpreter with ``package`` as ``swml_verbs``."""
    payload = [
        {"expr": c.expr, "target": c.target, "imports": c.imports}
        for c in cases  # keep the order: outcomes come back by position
    ]
    proc = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(package)],
        input=json.dumps(payload),
        cwd=REPO,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if proc.returncode != 0:
        raise AssertionError(f"the package in {package} did not load:\n{proc.stderr}")
    outcomes: list[dict[str, Any]] = json.loads(proc.stdout)
    return outcomes
