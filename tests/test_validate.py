"""``swml_verbs.validate``: every fault of a document at once, against jsonschema.

Documents are drawn from SignalWire's schema (hypothesis-jsonschema) with several mutated
verbs in them; jsonschema refuses each mutation. validate must give at least one problem in
every verb jsonschema refuses, and each of its problems must be where jsonschema also finds a
fault (or where README's "Stricter than the schema, on purpose" says we refuse more).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from jsonschema.exceptions import ValidationError
from swml_verbs import SWML, InvalidDocumentError, validate
from swml_verbs._runtime import MISSING

from tests import upstream_schema
from tests.test_documents import is_stricter

VERBS = upstream_schema.verbs()


def fault_places(errors: list[ValidationError]) -> set[tuple[str | int, ...]]:
    """Every place jsonschema finds a fault, its errors under anyOf / oneOf included."""
    found: set[tuple[str | int, ...]] = set()
    for error in errors:
        found.add(tuple(error.absolute_path))
        found |= fault_places(list(error.context or ()))
    return found


def steps(pointer: str) -> tuple[str | int, ...]:
    out: list[str | int] = []
    for part in pointer.split("/")[1:]:
        text = part.replace("~1", "/").replace("~0", "~")
        out.append(int(text) if text.isdigit() else text)
    return tuple(out)


def near(ours: tuple[str | int, ...], theirs: tuple[str | int, ...]) -> bool:
    """jsonschema's fault is at our place; or at the object one of whose keys we name (a key
    missing or unknown: jsonschema's required / additionalProperties is the object's); or at an
    object around ours inside the same verb's argument, where jsonschema reports a fault without
    going further in (a map of verb lists is refused as a whole)."""
    mine, its = [str(s) for s in ours], [str(s) for s in theirs]
    if mine[: len(its)] != its:
        return False
    # ("sections", name, index, verb, ...): below the verb, any enclosing place is the verb's.
    return len(mine) - len(its) <= 1 or len(its) >= 4


@pytest.mark.parametrize("verb", VERBS)
@settings(
    max_examples=1,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_every_fault_jsonschema_finds_is_found(verb: str, data: st.DataObject) -> None:
    argument = data.draw(upstream_schema.argument_strategy(verb))
    mutated = [m for _, m in upstream_schema.invalid_mutations(verb, argument)]
    main: list[Any] = [{"answer": {}}, *({verb: m} for m in mutated), {"hangup": {}}]
    doc = {"version": "1.0.0", "sections": {"main": main}}
    errors = list(upstream_schema.validator().iter_errors(doc))
    problems = validate(doc)
    if not mutated:
        assert not errors
        return
    assert errors
    assert problems, "jsonschema refuses the document, validate finds nothing"
    places = fault_places(errors)
    for problem in problems:
        ours = steps(problem.pointer)
        assert ours[:2] == ("sections", "main") and problem.path.startswith("sections.main[")
        # The innermost verb: one in the argument's verb lists, or the verb itself.
        assert problem.verb == verb or problem.verb in ours[4:], problem
        if is_stricter(problem.path):
            continue
        assert any(near(ours, place) for place in places), (problem, sorted(places, key=str))
    # Every mutated verb jsonschema refuses has a problem of its own.
    for index in range(1, len(main) - 1):
        if upstream_schema.is_valid_method(verb, main[index][verb]):
            continue
        assert any(p.pointer.startswith(f"/sections/main/{index}/") for p in problems), index
    # from_dict and from_json report the same problems, the latter with lines.
    with pytest.raises(InvalidDocumentError) as caught:
        SWML.from_dict(doc)
    assert list(caught.value.problems) == problems
    with pytest.raises(InvalidDocumentError) as caught:
        SWML.from_json(json.dumps(doc, indent=1))
    assert [p[:3] for p in caught.value.problems] == [p[:3] for p in problems]
    assert all(p.line is not None for p in caught.value.problems)


def test_a_valid_document_has_no_problems() -> None:
    assert validate({"sections": {"main": [{"answer": {}}, {"hangup": {}}]}}) == []


SEVERAL = {
    "sections": {
        "main": [
            {"play": {"url": "say:hi", "volume": "loud"}},
            {"join_room": {"name": "r", "nme": 1, "bar": 2}},
            {"nope": 1},
            {"connect": {"from": "+1555"}},
        ],
        "a/b": [{"ai": {"prompt": {"text": "x", "temprature": 1}}}],
    }
}


def test_every_problem_with_its_pointer_verb_value_and_what_is_allowed() -> None:
    found = [(p.pointer, p.verb, p.value, p.expected) for p in validate(SEVERAL)]
    assert found[:3] == [
        (
            "/sections/main/0/play/volume",
            "play",
            "loud",
            "a number from -40 to 40 or a SWML variable such as '${name}'",
        ),
        ("/sections/main/1/join_room/bar", "join_room", 2, "no such key here (allowed: name)"),
        (
            "/sections/main/1/join_room/nme",
            "join_room",
            1,
            "no such key here, did you mean name? (allowed: name)",
        ),
    ]
    assert found[3][:3] == ("/sections/main/2/nope", "", 1)
    assert found[4][:3] == ("/sections/main/3/connect", "connect", {"from": "+1555"})
    assert found[5][:2] == ("/sections/a~1b/0/ai/prompt", "ai")
    assert "did you mean temperature?" in found[5][3]
    assert len(found) == 6


def test_a_missing_key_is_pointed_at_by_its_own_name() -> None:
    (problem,) = validate({"sections": {"main": [{"join_room": {}}]}})
    assert (problem.pointer, problem.value, problem.expected) == (
        "/sections/main/0/join_room/name",
        MISSING,
        "a string",
    )


def test_a_document_that_is_no_object() -> None:
    (problem,) = validate([1])
    assert (problem.path, problem.pointer, problem.verb) == ("", "", "")


def test_typescript_validate_finds_the_same_problems(tmp_path: Path) -> None:
    """TypeScript's ``validate`` on this file's documents: the same problems, in TypeScript's
    words (``tests/test_documents_cross.py`` compares the two on drawn documents)."""
    from tests.cross_language import run_python
    from tests.test_documents_cross import differences
    from tests.test_typescript import NODE, node

    if NODE is None:
        pytest.skip("node is not installed")
    documents = [SEVERAL, {"sections": {"main": [{"join_room": {}}]}}, [1], {"sections": {}}]
    entries = [{"kind": "validate", "document": d} for d in documents]
    path = tmp_path / "validate.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    proc = node("tests/ts/run_corpus.mjs", str(path))
    assert proc.returncode == 0, proc.stderr[-4000:]
    for py, ts in zip(run_python(entries), json.loads(proc.stdout), strict=True):
        assert len(py["problems"]) == len(ts["problems"]), (py, ts)
        for p, t in zip(py["problems"], ts["problems"], strict=True):
            assert not differences(p, t), differences(p, t)
