"""One golden package per schema construct, in the manner of datamodel-code-generator's
``tests/data/expected/``.

``specs/<construct>.json`` is a small, valid SWML document whose one or two verbs use exactly one
construct the generator supports; ``expected/<construct>/`` holds every file
``python -m codegen generate --spec specs/<construct>.json`` writes, byte for byte.

* ``test_golden`` regenerates each spec into a temporary directory with what
  ``python -m codegen generate --spec tests/generator/specs/<construct>.json --out <tmp>`` runs
  (``codegen.output.generate``, from the repository root, so headers name the spec as the CLI
  would; the CLI itself is exercised by ``test_generator_failures.py``) and compares the files and
  their bytes with ``expected/<construct>/``.
* ``test_calls`` loads each golden package in a fresh interpreter under the name ``swml_verbs``
  (never the installed one) and runs the calls in ``cases.py``: what it accepts and emits, and
  what it refuses with ``InvalidArgumentError`` and the exact message, leaving the document as it
  was.

To rewrite the goldens after an intended change to the generator, run::

    SWML_GOLDEN_UPDATE=1 .venv/bin/pytest tests/generator/test_generator_goldens.py

then read the diff of ``tests/generator/expected/`` as the review of the change. A spec the
generator cannot generate keeps its goldens as they are.

Every header carries a hash of the spec *and of codegen/templates*, so any template edit changes
every golden (by at least that line); that is deliberate: the goldens show what an edit did.

``KNOWN_BUGS`` lists the specs of valid constructs the generator fails to generate (a strict
xfail each, raised as ``GenerationFailed``, with the bug as its reason); their goldens stay as
they were, so the calls still run against them. It is empty today. Once the generator is fixed,
the spec generates and its xfail passes, which fails the run: rewrite the goldens as above, read
the diff, and remove the entry. A call the generated code gets wrong is a ``bug=`` case in
``cases.py`` instead.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.generator.cases import CASES
from tests.generator.harness import (
    EXPECTED,
    REPO,
    SPECS,
    Case,
    generate_in_process,
    parallel,
    run_cases,
    snapshot,
)

UPDATE = os.environ.get("SWML_GOLDEN_UPDATE") == "1"
CONSTRUCTS = sorted(p.stem for p in SPECS.glob("*.json"))


class GenerationFailed(Exception):
    """``python -m codegen generate`` refused or crashed on a spec that is valid."""


#: Generator bugs that stop a valid spec from generating (reported, not fixed here: codegen/ is
#: not ours to edit): construct -> the bug.
KNOWN_BUGS: dict[str, str] = {}


def _param(construct: str) -> Any:
    reason = KNOWN_BUGS.get(construct)
    if reason is None:
        return construct
    return pytest.param(
        construct, marks=pytest.mark.xfail(raises=GenerationFailed, strict=True, reason=reason)
    )


@pytest.fixture(scope="module")
def regenerated(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[str | None, dict[str, bytes]]]:
    """Every spec generated afresh, several at a time (each mostly waits on ruff and on the
    generator's import probe): why it failed, or None and the files it wrote."""
    root = tmp_path_factory.mktemp("regenerated")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)  # headers name the spec relative to the working directory
        found = parallel(
            lambda construct: generate_in_process(SPECS / f"{construct}.json", root / construct),
            CONSTRUCTS,
        )
    return dict(zip(CONSTRUCTS, found, strict=True))


def test_every_construct_has_a_spec_goldens_and_calls() -> None:
    goldens = sorted(p.name for p in EXPECTED.iterdir() if p.is_dir() and p.name[0] != ".")
    assert goldens == CONSTRUCTS, "a spec without goldens, or goldens without a spec"
    assert sorted(CASES) == CONSTRUCTS, "a construct without calls in cases.py"
    assert set(KNOWN_BUGS) <= set(CONSTRUCTS)


def _diff(name: str, old: bytes, new: bytes) -> str:
    lines = difflib.unified_diff(
        old.decode("utf-8", "replace").splitlines(keepends=True),
        new.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile=f"expected/{name}",
        tofile=f"generated/{name}",
    )
    text = "".join(lines)
    return text if len(text) < 6000 else text[:6000] + "\n[diff cut]"


@pytest.mark.parametrize("construct", [_param(c) for c in CONSTRUCTS])
def test_golden(
    construct: str, regenerated: dict[str, tuple[str | None, dict[str, bytes]]]
) -> None:
    failure, files = regenerated[construct]
    if failure is not None:
        raise GenerationFailed(failure)
    golden = EXPECTED / construct
    if UPDATE:
        shutil.rmtree(golden, ignore_errors=True)
        golden.mkdir(parents=True)
        for name, data in files.items():
            (golden / name).write_bytes(data)
        return
    expected = snapshot(golden)
    assert sorted(files) == sorted(expected), "the generator writes other files than the goldens"
    changed = [name for name in files if files[name] != expected[name]]
    assert not changed, (
        f"regenerating specs/{construct}.json changes {', '.join(changed)}; if intended, rewrite "
        "with SWML_GOLDEN_UPDATE=1 (see the module docstring)\n"
        + "\n".join(_diff(f"{construct}/{n}", expected[n], files[n]) for n in changed)
    )


# -- the golden packages at work ---------------------------------------------------------------


@pytest.fixture(scope="module")
def outcomes() -> dict[str, list[dict[str, Any]] | BaseException]:
    """Every construct's calls, one fresh interpreter per golden package, several at a time."""

    def one(construct: str) -> list[dict[str, Any]] | BaseException:
        try:
            return run_cases(EXPECTED / construct, CASES[construct])
        except AssertionError as error:
            return error

    return dict(zip(CONSTRUCTS, parallel(one, CONSTRUCTS), strict=True))


CALLS = [
    pytest.param(
        construct,
        index,
        id=f"{construct}: {case.id}",
        marks=[pytest.mark.xfail(strict=True, reason=case.bug)] if case.bug else [],
    )
    for construct in CONSTRUCTS
    for index, case in enumerate(CASES.get(construct, []))
]


@pytest.mark.parametrize(("construct", "index"), CALLS)
def test_calls(
    construct: str, index: int, outcomes: dict[str, list[dict[str, Any]] | BaseException]
) -> None:
    found = outcomes[construct]
    if isinstance(found, BaseException):
        raise found
    case: Case = CASES[construct][index]
    outcome = found[index]
    if case.raises is None:
        assert "raised" not in outcome, f"{case.expr} raised {outcome}"
        assert outcome["value"] == case.value
        return
    assert outcome.get("raised") == case.raises, f"{case.expr} gave {outcome}"
    if case.message is not None:
        assert outcome["message"] == case.message
    if case.contains is not None:
        assert case.contains in outcome["message"]
    if case.target is not None:
        assert outcome["unchanged"], f"{case.expr} changed the {case.target} it refused"


def test_goldens_are_stored_files_only() -> None:
    """No bytecode or stray directories among the goldens (the calls above must not write any)."""
    for golden in (EXPECTED / c for c in CONSTRUCTS):
        assert all(p.is_file() for p in golden.iterdir()), golden
        assert all(Path(p).suffix in {".py", ".typed"} for p in golden.iterdir()), golden
