"""Units of the generator: naming, text escaping, the loader and the builder."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codegen import naming
from codegen.build import build
from codegen.errors import SpecError
from codegen.loader import load, parse
from codegen.properties import (
    BooleanProperty,
    EnumListProperty,
    EnumProperty,
    IntegerProperty,
    ModelProperty,
    StringProperty,
)
from codegen.text import docstring, py_literal
from tests.strategies import REPO, UPSTREAM

# -- naming ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("start_on_enter", "start_on_enter"),
        ("onEnter", "on_enter"),
        ("do-not-record", "do_not_record"),
        ("HTTPMethod", "http_method"),
        ("from", "from_"),
        ("class", "class_"),
        ("2fa", "_2_fa"),
        ("", "_"),
    ],
)
def test_snake(name: str, expected: str) -> None:
    assert naming.snake(name) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("onEnter", "ON_ENTER"),
        ("in-progress", "IN_PROGRESS"),
        ("trim-silence", "TRIM_SILENCE"),
        ("GET", "GET"),
        ("true", "TRUE"),
        ("8k", "_8_K"),
        ("", "EMPTY"),
    ],
)
def test_upper_snake(value: str, expected: str) -> None:
    assert naming.upper_snake(value) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("status_callback_event", "StatusCallbackEvent"),
        ("beep", "Beep"),
        ("HTTPMethod", "HttpMethod"),
        ("join-conference", "JoinConference"),
        ("", "Unnamed"),
    ],
)
def test_pascal(name: str, expected: str) -> None:
    assert naming.pascal(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("start_on_enter", "startOnEnter"),
        ("recording_status_callback_event", "recordingStatusCallbackEvent"),
        ("muted", "muted"),
        ("onEnter", "onEnter"),
    ],
)
def test_camel(name: str, expected: str) -> None:
    assert naming.camel(name) == expected


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCXYZ_-0123456789", max_size=20))
def test_snake_is_always_a_usable_identifier(name: str) -> None:
    result = naming.snake(name)
    assert result.isidentifier()
    assert not __import__("keyword").iskeyword(result)


# -- text ------------------------------------------------------------------------------------------

HOSTILE = [
    'it\'s "quoted"',
    'ends with quotes"""',
    "'''",
    'a """ b',
    "back\\slash\\",
    "\\n is not a newline",
    "line one\nline two\r\nthree",
    "{{ jinja }} {% if %} ${var}",
    "non-ASCII: é ü 中文 \u2028 \U0001f600",
    "tab\tand\x00nul\x1b[31m",
    "\\",
    '"',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_py_literal_round_trips_hostile_strings(text: str) -> None:
    assert ast.literal_eval(py_literal(text)) == text


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=10,
    )
)
def test_py_literal_round_trips_json_values(value: object) -> None:
    assert ast.literal_eval(py_literal(value)) == value


def test_py_literal_refuses_non_json() -> None:
    with pytest.raises(TypeError):
        py_literal(object())


def _visible(text: str) -> list[str]:
    """The words a reader sees, which any escaping must keep."""
    return [w for w in text.replace("\\", " ").split() if w.isprintable()]


def _docstring_value(text: str) -> str:
    source = f'def f():\n    """{docstring(text, "    ")}"""\n'
    compile(source, "<docstring>", "exec")  # a stray quote or escape would fail here
    tree = ast.parse(source)
    value = ast.get_docstring(tree.body[0], clean=False)  # type: ignore[arg-type]
    assert isinstance(value, str)
    # Exactly one statement: nothing of the text escaped into code.
    assert len(tree.body[0].body) == 1  # type: ignore[attr-defined]
    return value


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_is_inert_and_keeps_the_text(text: str) -> None:
    value = _docstring_value(text)
    for word in _visible(text):
        assert word.strip('"') in value


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40))
def test_docstring_never_breaks_out(text: str) -> None:
    value = _docstring_value(text)
    for word in _visible(text):
        assert word.strip('"') in value


# -- loader ----------------------------------------------------------------------------------------


def test_yaml_syntax_error_has_line_and_column() -> None:
    with pytest.raises(SpecError) as caught:
        parse("spec.yaml", b"type: object\nproperties:\n  a: [1, 2\n  b: 3\n")
    (problem,) = caught.value.problems
    assert problem.file == "spec.yaml"
    assert problem.location.startswith("line ")
    assert ", column " in problem.location
    assert problem.message.startswith("invalid YAML")


def test_json_syntax_error_has_line_and_column() -> None:
    with pytest.raises(SpecError) as caught:
        # A missing comma: every supported Python places it the same (a trailing comma does not).
        parse("spec.json", b'{\n  "a": 1\n  "b": 2\n}')
    (problem,) = caught.value.problems
    assert problem.location == "line 3, column 3"


def test_duplicate_key_is_rejected() -> None:
    with pytest.raises(SpecError) as caught:
        parse("spec.yaml", b"a: 1\nb: 2\na: 3\n")
    (problem,) = caught.value.problems
    assert problem.location == "line 3, column 1"
    assert "duplicate key 'a' (first at line 1)" in problem.message


def test_pointer_into_an_upstream_file() -> None:
    spec = load(f"{UPSTREAM / 'SWMLObject-2026-08-18.json'}#/$defs/JoinConferenceObject")
    assert spec.pointer == "/$defs/JoinConferenceObject"
    assert spec.root["properties"]["name"] == {
        "type": "string",
        "examples": ["my-conference-room"],
        "description": "Name of conference",
    }


def test_missing_pointer_is_a_spec_error() -> None:
    ref = f"{UPSTREAM / 'SWMLObject-2026-08-18.json'}#/$defs/NoSuchObject"
    with pytest.raises(SpecError) as caught:
        load(ref)
    (problem,) = caught.value.problems
    assert problem.location == "#/$defs/NoSuchObject"
    assert "does not exist" in problem.message
    assert "'NoSuchObject'" in problem.message


def test_missing_file_is_a_spec_error() -> None:
    with pytest.raises(SpecError, match="cannot read"):
        load("no/such/spec.yaml")


# -- build -----------------------------------------------------------------------------------------

#: (wire name, kind, method default) of every parameter, in spec order.
EXPECTED_PARAMS = [
    ("name", StringProperty, None),
    ("muted", BooleanProperty, False),
    ("beep", EnumProperty, "true"),
    ("start_on_enter", BooleanProperty, True),
    ("end_on_exit", BooleanProperty, False),
    ("wait_url", StringProperty, None),
    ("max_participants", IntegerProperty, None),
    ("record", EnumProperty, "do-not-record"),
    ("region", EnumProperty, None),
    ("trim", EnumProperty, "trim-silence"),
    ("coach", StringProperty, None),
    ("status_callback_event", EnumListProperty, None),
    ("status_callback", StringProperty, None),
    ("status_callback_method", EnumProperty, "POST"),
    ("recording_status_callback", StringProperty, None),
    ("recording_status_callback_method", EnumProperty, "POST"),
    ("recording_status_callback_event", EnumListProperty, "completed"),
    ("result", ModelProperty, None),
    ("status_callback_event_type", EnumProperty, None),
    ("recording_status_callback_event_type", EnumProperty, None),
    ("stream", ModelProperty, None),
]


def test_the_committed_spec_builds_every_parameter_in_order() -> None:
    verb = build(load(str(REPO / "spec" / "join_conference.yaml")))
    assert verb.method_name == "join_conference"
    assert [(p.wire_name, type(p.prop), p.method_default) for p in verb.params] == EXPECTED_PARAMS
    # The first 18 are the reference's parameters; only name is required.
    assert [p.wire_name for p in verb.required] == ["name"]
    accepts_var = {p.wire_name for p in verb.params if p.accepts_var}
    assert accepts_var == {"muted", "start_on_enter", "end_on_exit", "wait_url", "max_participants"}
    http_methods = next(e for e in verb.enums if e.name == "HttpMethod")
    assert http_methods.values == ("GET", "POST")


@pytest.mark.parametrize(
    "file", ["SWMLObject-2026-03-sdk-3.7.5.json", "SWMLObject-2026-08-18.json"]
)
def test_an_upstream_file_builds_via_pointer(file: str) -> None:
    verb = build(load(f"{UPSTREAM / file}#/$defs/JoinConferenceObject"))
    assert verb.method_name == "join_conference"
    names = [p.wire_name for p in verb.params]
    assert names[:3] == ["name", "muted", "beep"]
    assert "result" in names
    assert [p.wire_name for p in verb.required] == ["name"]
