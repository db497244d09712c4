"""One golden package per schema construct, in the manner of datamodel-code-generator's
``tests/data/expected/``.

``specs/<construct>.json`` is a small, valid SWML document whose one or two verbs use exactly one
construct the generator supports; ``expected/`` holds every file
``python -m codegen generate --spec specs/<construct>.json`` writes, byte for byte but for the
header's spec path and inputs hash. A body that several constructs generate is stored once, in
``expected/_shared/``; ``expected/<construct>/`` holds the rest and ``shared.txt``, naming the
shared files it takes (``goldens.py`` describes the layout).

* ``test_golden`` regenerates each spec into a temporary directory with what
  ``python -m codegen generate --spec tests/generator/specs/<construct>.json --out <tmp>`` runs
  (``codegen.output.generate``, from the repository root, so headers name the spec as the CLI
  would; the CLI itself is exercised by ``test_generator_failures.py``) and compares every file
  and its bytes with the construct's whole golden package, shared files included.
* ``test_calls`` writes each whole golden package to a temporary directory, loads it in a fresh
  interpreter under the name ``swml_verbs`` (never the installed one) and runs the calls in
  ``cases.py``: what it accepts and emits, and what it refuses with ``InvalidArgumentError`` and
  the exact message, leaving the document as it was.

To rewrite the goldens after an intended change to the generator, run::

    SWML_GOLDEN_UPDATE=1 .venv/bin/pytest tests/generator/test_generator_goldens.py

then read the diff of ``tests/generator/expected/`` as the review of the change: the update lays
out all the goldens afresh, so a file that starts or stops being shared moves between
``_shared/`` and its construct. A spec the generator cannot generate keeps its package as it is.

Headers carry a hash of the spec and of the Python templates; the goldens hold a placeholder
instead, so a template edit changes only the goldens whose code it changes
(``test_headers_name_their_inputs`` checks the hashes themselves).

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
import re
from typing import Any

import pytest

from tests.generator import goldens
from tests.generator.cases import CASES
from tests.generator.harness import (
    EXPECTED,
    REPO,
    SPECS,
    Case,
    generate_in_process,
    parallel,
    run_cases,
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


@pytest.fixture(scope="module")
def expected(request: pytest.FixtureRequest) -> dict[str, goldens.Package]:
    """Every construct's whole golden package; with SWML_GOLDEN_UPDATE=1, rewritten first from
    the regenerated packages (a spec that fails to generate keeps the package it had)."""
    stored = goldens.unpack(goldens.read(EXPECTED))
    if UPDATE:
        regenerated = request.getfixturevalue("regenerated")
        fresh = {
            construct: goldens.normalise(construct, files)
            for construct, (failure, files) in regenerated.items()
            if failure is None
        }
        goldens.write(EXPECTED, goldens.pack({**stored, **fresh}))
        stored = goldens.unpack(goldens.read(EXPECTED))
    return stored


def test_every_construct_has_a_spec_goldens_and_calls(
    expected: dict[str, goldens.Package],
) -> None:
    assert sorted(expected) == CONSTRUCTS, "a spec without goldens, or goldens without a spec"
    assert sorted(CASES) == CONSTRUCTS, "a construct without calls in cases.py"
    assert set(KNOWN_BUGS) <= set(CONSTRUCTS)


def _diff(stored: str, name: str, old: bytes, new: bytes) -> str:
    lines = difflib.unified_diff(
        old.decode("utf-8", "replace").splitlines(keepends=True),
        new.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile=f"expected/{stored}",
        tofile=f"generated/{name}",
    )
    text = "".join(lines)
    return text if len(text) < 6000 else text[:6000] + "\n[diff cut]"


@pytest.mark.parametrize("construct", [_param(c) for c in CONSTRUCTS])
def test_golden(
    construct: str,
    regenerated: dict[str, tuple[str | None, dict[str, bytes]]],
    expected: dict[str, goldens.Package],
) -> None:
    failure, files = regenerated[construct]
    if failure is not None:
        raise GenerationFailed(failure)
    made = goldens.normalise(construct, files)
    golden = expected[construct]
    assert sorted(made) == sorted(golden), "the generator writes other files than the goldens"
    changed = [name for name in made if made[name] != golden[name]]
    stored = goldens.locate(goldens.read(EXPECTED))[construct] if changed else {}
    assert not changed, (
        f"regenerating specs/{construct}.json changes {', '.join(changed)}; if intended, rewrite "
        "with SWML_GOLDEN_UPDATE=1 (see the module docstring)\n"
        + "\n".join(_diff(stored[n], f"{construct}/{n}", golden[n], made[n]) for n in changed)
    )


#: The header's second line ends with the inputs hash.
_INPUTS = re.compile(rb"[^\n]*\n[^\n]* sha256:([0-9a-f]{16})\n")


def test_headers_name_their_inputs(
    regenerated: dict[str, tuple[str | None, dict[str, bytes]]],
) -> None:
    """What the goldens leave out of the comparison: every file of a package carries one hash,
    and specs that differ carry different ones."""
    hashes: dict[str, str] = {}
    for construct, (failure, files) in regenerated.items():
        if failure is not None:
            continue
        found = {name: _INPUTS.match(data) for name, data in files.items()}
        digests = {match.group(1) for match in found.values() if match is not None}
        assert None not in found.values() and len(digests) == 1, f"{construct}: {found}"
        hashes[construct] = digests.pop().decode()
    assert len(set(hashes.values())) == len(hashes), hashes


# -- the golden packages at work ---------------------------------------------------------------


@pytest.fixture(scope="module")
def outcomes(
    expected: dict[str, goldens.Package], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, list[dict[str, Any]] | BaseException]:
    """Every construct's calls, one fresh interpreter per golden package, several at a time."""
    root = tmp_path_factory.mktemp("goldens")

    def one(construct: str) -> list[dict[str, Any]] | BaseException:
        package = root / construct
        package.mkdir()
        for name, data in expected[construct].items():
            (package / name).write_bytes(data)
        try:
            return run_cases(package, CASES[construct])
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


def test_goldens_are_stored_as_the_update_writes_them() -> None:
    """Each body once: no construct holds a copy of a shared body, no shared body serves fewer
    than two constructs, and nothing lies elsewhere than where the update would put it."""
    tree = goldens.read(EXPECTED)
    assert goldens.pack(goldens.unpack(tree)) == tree
