"""The mutation corpus (tests/diff/corpus.py): each change's report has the expected verdict and
rules, names its verbs, and its witness shows the class on both generated packages.

"No changes" is checked against the bytes: for every mutation, the report has no finding exactly
when both sides generate the same files.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from corpus import MUTATIONS, NO_CHANGES, Mutation
from spec_diff_support import base_side, head_side, package

from codegen.diff.engine import compare
from codegen.diff.report import Report, verdict
from codegen.diff.side import Side

#: What a refused call raises: a checked value, a missing keyword or positional form, a missing
#: method or name.
REFUSALS = (ValueError, TypeError, AttributeError, ImportError)


@pytest.fixture(scope="module")
def base_package(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return package(base_side(), tmp_path_factory.mktemp("base"))


def test_the_corpus_is_big_and_covers_several_verbs() -> None:
    assert len(MUTATIONS) >= 40
    assert len({m.id for m in MUTATIONS}) == len(MUTATIONS)
    assert len({verb for m in MUTATIONS for verb in m.verbs}) >= 10


def _outcome(call: Any, module: ModuleType) -> tuple[bool, Any]:
    try:
        return True, call(module)
    except REFUSALS as exc:
        return False, exc


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.id for m in MUTATIONS])
def test_mutation(mutation: Mutation, base_package: ModuleType, tmp_path: Path) -> None:
    base = base_side()
    head: Side = head_side(mutation.edit)
    findings = compare(base, head)
    report = Report("base", "head", findings)

    # The class, and exactly the rules that say it.
    assert (verdict(report), {f.id for f in findings}) == (mutation.verdict, mutation.rules), [
        (f.id, f.path, f.message) for f in findings
    ]
    # "No changes" means the same bytes; different bytes always have a finding (the same bytes
    # may still have one: a format the checks do not read changes the IR, not the files).
    if mutation.verdict == NO_CHANGES:
        assert base.generated == head.generated
    if base.generated != head.generated:
        assert findings
    # Every finding names a verb the mutation touches, and the file it was made in.
    for finding in findings:
        assert set(finding.verbs) & set(mutation.verbs), (finding.path, finding.verbs)
        assert finding.file.startswith("spec/"), finding
        assert finding.affects and finding.advice, finding

    witness = mutation.witness
    if witness.kind == "identical":
        return
    head_package = package(head, tmp_path)
    if witness.kind == "import":
        assert hasattr(base_package, witness.name)
        assert not hasattr(head_package, witness.name)
        return
    assert witness.call is not None
    before = _outcome(witness.call, base_package)
    after = _outcome(witness.call, head_package)
    if witness.kind == "refused":
        assert before[0] and not after[0], (before, after)
    elif witness.kind == "accepted":
        assert not before[0] and after[0], (before, after)
    elif witness.kind == "emits":
        assert before[0] and after[0] and before[1] != after[1], (before, after)
    else:
        assert witness.kind == "same"
        assert before[0] and after[0] and before[1] == after[1], (before, after)
