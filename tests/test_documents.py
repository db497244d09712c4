"""Whole SWML documents read back: ``SWML.from_dict`` / ``from_json`` / ``from_yaml`` and
``to_yaml`` (generated from ``codegen/templates/swml.py.jinja`` and ``_documents.py.jinja``).

* Round trip: for every verb, arguments drawn from SignalWire's schema (``upstream_schema``) in a
  document of two sections: ``to_dict(from_dict(d)) == d``, and the same through JSON and YAML
  text. A refusal is allowed only where the package is stricter than the schema on purpose.
* Refusals: every invalid mutation of those arguments is refused with an ``InvalidDocumentError``
  whose path is inside the mutated verb, and whose line and column, read from JSON and YAML text,
  are where that value starts: checked against the value the JSON decoder reads there, and
  against the node PyYAML's composer puts there.
* The reader's rules, one by one, with their messages.
"""

from __future__ import annotations

import copy
import json
import pickle
import sys
import tracemalloc
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from swml_verbs import (
    SWML,
    DocumentReadError,
    InvalidArgumentError,
    InvalidDocumentError,
    Problem,
)
from swml_verbs._documents import MAX_DEPTH, _steps, dump_yaml, read_text
from swml_verbs._runtime import MISSING

from tests import upstream_schema
from tests.test_verbs import STRICTER

VERBS = upstream_schema.verbs()

_draws = settings(
    max_examples=4,
    deadline=None,
    # Shrinking a verb list of the AI verbs can take minutes; the drawn example is reported as is.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def document(verb: str, argument: Any) -> dict[str, Any]:
    """A document holding ``{verb: argument}`` in two sections (one object in both places, which
    YAML must not write as an anchor and an alias), the second named with a dot."""
    method = {verb: argument}
    return {
        "version": "1.0.0",
        "sections": {"main": [{"answer": {}}, method], "after.main": [method]},
    }


def is_stricter(path: str) -> bool:
    return any(
        f".{verb}.{name}" in f".{path}" for verb, names in STRICTER.items() for name in names
    )


# -- round trip ------------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", VERBS)
@_draws
@given(data=st.data())
def test_every_valid_document_round_trips(verb: str, data: st.DataObject) -> None:
    doc = document(verb, data.draw(upstream_schema.argument_strategy(verb)))
    assert upstream_schema.validator().is_valid(doc)
    given = copy.deepcopy(doc)
    try:
        loaded = SWML.from_dict(doc)
    except InvalidDocumentError as error:
        assert is_stricter(error.path), str(error)
        return
    assert doc == given  # the document is not changed
    assert loaded.to_dict() == doc
    assert SWML.from_json(json.dumps(doc)).to_dict() == doc
    assert SWML.from_json(loaded.to_json(indent=2).encode()).to_dict() == doc
    text = loaded.to_yaml()
    assert SWML.from_yaml(text).to_dict() == doc
    assert yaml.safe_load(text) == doc  # what PyYAML itself reads


def test_round_trip_keeps_what_the_document_has() -> None:
    without_version = {"sections": {"other": [{"hangup": {}}], "main": [{"answer": {}}]}}
    loaded = SWML.from_dict(without_version)
    assert loaded.to_dict() == without_version
    assert list(loaded.to_dict()) == ["sections"]
    assert list(loaded.sections) == ["other", "main"]  # the document's order, not main first
    # Verbs added afterwards go to main, then where section() says.
    assert loaded.hangup().section("other").answer().to_dict()["sections"] == {
        "other": [{"hangup": {}}, {"answer": {}}],
        "main": [{"answer": {}}, {"hangup": {}}],
    }
    assert without_version["sections"]["main"] == [{"answer": {}}]  # the input is not shared


def test_a_model_is_taken_as_its_json() -> None:
    from swml_verbs import SWMLObject

    doc = {"version": "1.0.0", "sections": {"main": [{"play": {"url": "say:hi"}}]}}
    assert SWML.from_dict(SWMLObject.model_validate(doc)).to_dict() == doc  # type: ignore[arg-type]


# -- refusals, and where they are -----------------------------------------------------------------


def _located(verb: str, mutated: Any, what: str) -> None:
    doc = document(verb, mutated)
    with pytest.raises(InvalidDocumentError) as caught:
        SWML.from_dict(doc)
    problem = caught.value.problems[0]
    assert problem.path.startswith(("sections.main[1]", "sections.after.main[0]")), (what, problem)
    assert problem.line is None

    text = json.dumps(doc, indent=2)
    with pytest.raises(InvalidDocumentError) as caught:
        SWML.from_json(text)
    located = caught.value.problems[0]
    assert located[:3] == problem[:3]
    assert located.line is not None and located.column is not None
    lines = text.split("\n")
    index = sum(len(line) + 1 for line in lines[: located.line - 1]) + located.column - 1
    found, _ = json.JSONDecoder().raw_decode(text, index)
    if problem.value is MISSING:
        assert isinstance(found, dict), (what, problem)
    else:
        assert found == problem.value, (what, problem, found)

    text = dump_yaml(doc)
    with pytest.raises(InvalidDocumentError) as caught:
        SWML.from_yaml(text)
    in_yaml = caught.value.problems[0]
    assert in_yaml[:3] == problem[:3]
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    for step in _steps(problem.path, doc):
        if isinstance(step, int):
            node = node.value[step]
        else:
            node = next(v for k, v in node.value if k.value == step)
    assert (in_yaml.line, in_yaml.column) == (node.start_mark.line + 1, node.start_mark.column + 1)


@pytest.mark.parametrize("verb", VERBS)
@settings(_draws, max_examples=2)
@given(data=st.data())
def test_a_refused_value_is_found_in_the_text(verb: str, data: st.DataObject) -> None:
    argument = data.draw(upstream_schema.argument_strategy(verb))
    for what, mutated in upstream_schema.invalid_mutations(verb, argument):
        # A JSON null where the schema refuses one is refused too (only the chaining methods
        # read None as "not given").
        _located(verb, mutated, what)


def test_paths_through_keys_with_dots_and_brackets() -> None:
    doc = {
        "sections": {
            "main": [{"answer": {}}],
            "a": [{"hangup": {}}],
            "a.b[0]": [{"hangup": {}}, {"play": {"url": 5}}],
        }
    }
    with pytest.raises(InvalidDocumentError) as caught:
        SWML.from_json(json.dumps(doc, indent=1))
    problem = caught.value.problems[0]
    assert problem.path == "sections.a.b[0][1].play.url"
    assert (problem.line, problem.column) == (19, 13)  # `     "url": 5`
    assert _steps(problem.path, doc) == ("sections", "a.b[0]", 1, "play", "url")


MESSAGES = [
    ([1, 2], "the document must be a SWMLObject object; got [1, 2]"),
    ({"sections": {}}, "sections.main is missing; it must be a list of SWML methods"),
    (
        {"sections": {"main": []}, "extra": 1},
        "extra: no such key here (allowed: sections, version)",
    ),
    ({"version": "2", "sections": {"main": []}}, "version must be '1.0.0'; got '2'"),
    (
        {"sections": {"main": [{"hangup": {"reason": "gone"}}]}},
        "sections.main[0].hangup.reason must be one of 'hangup', 'busy', 'decline' (or a Reason "
        "member); got 'gone'",
    ),
    (
        {"sections": {"main": [{"hang_up": {}}]}},
        "sections.main[0].hang_up must be a verb; got {}; 'hang_up' is not one here",
    ),
]


@pytest.mark.parametrize(("doc", "message"), MESSAGES)
def test_refusal_messages(doc: Any, message: str) -> None:
    with pytest.raises(InvalidDocumentError) as caught:
        SWML.from_dict(doc)
    assert str(caught.value).startswith(message)


def test_invalid_document_error() -> None:
    with pytest.raises(InvalidDocumentError) as caught:
        SWML.from_json('{"sections": {"main": [\n  {"sleep": "soon"}]}}')
    error = caught.value
    assert isinstance(error, InvalidArgumentError) and isinstance(error, ValueError)
    assert (error.method, error.parameter) == ("from_dict", "document")
    assert (error.path, error.value) == ("sections.main[0].sleep", "soon")
    assert error.problems == (
        Problem(
            "sections.main[0].sleep",
            "soon",
            error.expected,
            2,
            13,
            "/sections/main/0/sleep",
            "sleep",
        ),
    )
    assert str(error).startswith("line 2, column 13: sections.main[0].sleep must be ")
    assert "; got 'soon'" in str(error)
    assert pickle.loads(pickle.dumps(error)).problems == error.problems
    assert copy.copy(error).problems == error.problems


def test_nested_deeper_than_python_can_check() -> None:
    inner: Any = [{"hangup": {}}]
    for _ in range(2000):
        inner = [{"cond": [{"when": "true", "then": inner}]}]
    with pytest.raises(InvalidDocumentError) as caught:
        SWML.from_dict({"sections": {"main": inner}})
    assert str(caught.value) == (
        "the document: nested too deeply to check within Python's recursion limit"
    )


def test_as_deep_as_the_reader_allows_is_checked() -> None:
    """A document nested as deep as MAX_DEPTH allows stays inside the checkers' recursion limit."""

    def nested(levels: int) -> str:
        inner: Any = [{"hangup": {}}]
        for _ in range(levels):
            inner = [{"cond": [{"when": "true", "then": inner}]}]
        return json.dumps({"sections": {"main": inner}})

    # 5 levels of JSON ({ sections { main [ { hangup {) and 4 for each cond.
    deepest = (MAX_DEPTH - 5) // 4
    assert SWML.from_json(nested(deepest)).to_dict() == json.loads(nested(deepest))
    with pytest.raises(DocumentReadError, match=f"nested more than {MAX_DEPTH} deep"):
        SWML.from_json(nested(deepest + 1))


# -- the readers' rules ----------------------------------------------------------------------------

JSON_REFUSED = [
    ('{"sections": {"main": []', "line 1, column 25: invalid JSON: Expecting ',' delimiter"),
    (
        '{"sections": {"main": []},\n "sections": {}}',
        "line 2, column 2: duplicate key 'sections' in one object (first at line 1, column 2)",
    ),
    (
        '{"sections": {"main": [{"play": {"url": "say:x", "volume": NaN}}]}}',
        "line 1, column 60: NaN is not JSON (numbers are finite)",
    ),
    ('{"a": [-Infinity]}', "line 1, column 8: -Infinity is not JSON (numbers are finite)"),
    ("", "the document is empty"),
    (" \n", "the document is empty"),
    (b'{"a": "\xff"}', "line 1, column 8: invalid UTF-8 (byte ff)"),
    (b'{"a":\n "\xc3\xa9\xc3"}', "line 2, column 4: invalid UTF-8 (byte c3)"),
    ("[" * 600 + "]" * 600, f"line 1, column {MAX_DEPTH + 1}: nested more than {MAX_DEPTH} deep"),
    ('{"a": "[[[[' + "[" * 600 + '"}', None),  # brackets inside a string are not nesting
    ("1" * 5000, "invalid JSON: an integer of more than 4300 digits (Python's limit)"),
]


@pytest.mark.parametrize(("text", "message"), JSON_REFUSED)
def test_json_reader(text: str | bytes, message: str | None) -> None:
    if message is None:
        read_text(text, "json")
        return
    with pytest.raises(DocumentReadError) as caught:
        read_text(text, "json")
    assert str(caught.value).startswith(message)


def test_json_reader_takes_a_bom_and_bytes() -> None:
    doc = {"sections": {"main": [{"play": {"url": "say:é"}}]}}
    raw = b"\xef\xbb\xbf" + json.dumps(doc, ensure_ascii=False).encode()
    assert SWML.from_json(raw).to_dict() == doc
    assert read_text(raw, "json").data == doc


YAML_REFUSED = [
    ("a: &x [1]\nb: *x\n", "line 2, column 4: YAML aliases (*x) are not read"),
    ("a: 1\na: 2\n", "line 2, column 1: duplicate key 'a' in one mapping (first at line 1, column"),
    ("yes: 1\n", "line 1, column 1: the key yes is read as True, not a string"),
    ("1: 1\n", "line 1, column 1: the key 1 is read as 1, not a string"),
    ("? [a]\n: 1\n", "line 1, column 3: a key is a collection"),
    ("a: 1\n---\nb: 2\n", "line 2, column 1: more than one YAML document"),
    ("a: !!binary aGk=\n", "line 1, column 4: the tag tag:yaml.org,2002:binary is not a JSON type"),
    ("a: !!python/object:os.system {}\n", "line 1, column 4: the tag tag:yaml.org,2002:python/"),
    ("a: !!set {x}\n", "line 1, column 4: the tag tag:yaml.org,2002:set is not a JSON type"),
    ("a: !!int x\n", "line 1, column 4: 'x' is not a YAML int"),
    ("a: [\n", "line 2, column 1: invalid YAML:"),
    ("# only a comment\n", "the document is empty"),
    ("a: b\x00\n", "invalid YAML:"),
    (b"a: \xff\n", "line 1, column 4: invalid UTF-8 (byte ff)"),
    ("- " * 600 + "x", f"line 1, column {2 * MAX_DEPTH + 1}: nested more than {MAX_DEPTH} deep"),
]


@pytest.mark.parametrize(("text", "message"), YAML_REFUSED)
def test_yaml_reader(text: str | bytes, message: str) -> None:
    with pytest.raises(DocumentReadError) as caught:
        read_text(text, "yaml")
    assert str(caught.value).startswith(message)


def test_yaml_reads_json_data() -> None:
    text = (
        "sections:\n"
        "  main:\n"
        "    - set: {when: 2024-01-01, n: 1_000, f: 1.5e+3, 'on': 'yes', x: ~, t: true, s: '5'}\n"
        "    - play: !!map {url: !!str say:hi}\n"
    )
    data = read_text(text, "yaml").data
    assert data["sections"]["main"] == [
        {
            "set": {
                "when": "2024-01-01",
                "n": 1000,
                "f": 1500.0,
                "on": "yes",
                "x": None,
                "t": True,
                "s": "5",
            }
        },
        {"play": {"url": "say:hi"}},
    ]
    assert SWML.from_yaml(text).to_dict() == data


def test_yaml_without_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyYAML's pure-Python parser, where libyaml is not installed: the same answers."""
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    for text, message in YAML_REFUSED:
        with pytest.raises(DocumentReadError) as caught:
            read_text(text, "yaml")
        assert str(caught.value).startswith(message.replace(", but found", "")), text
    doc = document("play", {"url": "say:hi"})
    assert SWML.from_yaml(SWML.from_dict(doc).to_yaml()).to_dict() == doc


def test_to_yaml_writes_no_alias() -> None:
    shared = {"url": "say:hi"}
    doc = SWML().play(**shared).play(**shared).section("x").answer()
    doc.sections["x"] = doc.sections["main"]  # one list object in two sections
    text = doc.to_yaml()
    assert "&" not in text and "*" not in text
    assert SWML.from_yaml(text).to_dict() == doc.to_dict()


def test_yaml_needs_pyyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)
    for call in (lambda: SWML().to_yaml(), lambda: SWML.from_yaml("sections: {main: []}")):
        with pytest.raises(ModuleNotFoundError, match=r"pip install 'swml-verbs\[yaml\]'"):
            call()
    assert SWML.from_json('{"sections": {"main": []}}').to_dict() == {"sections": {"main": []}}


def test_an_alias_bomb_costs_nothing() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    tracemalloc.start()
    try:
        with pytest.raises(DocumentReadError, match="YAML aliases"):
            SWML.from_yaml("\n".join(lines))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000
