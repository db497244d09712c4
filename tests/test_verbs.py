"""Every verb of the spec through the generated SWML builder, against SignalWire's schema.

For each of the 43 verbs, arguments drawn from the upstream definition (``upstream_schema``)
go through ``SWML().<verb>(...)`` and must come out equal, in a document the upstream root schema
accepts; arguments the schema refuses must be refused with ``InvalidArgumentError`` and leave the
builder as it was. Where the builder is stricter than the schema on purpose (README, "Stricter
than the schema"), the refusal must name one of those parameters.
"""

from __future__ import annotations

import copy
import functools
import inspect
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from swml_verbs import SWML, FunctionResult, InvalidArgumentError

from codegen.build import build
from codegen.ir import ModelRef, Package, UnionType
from codegen.spec_package import load_package
from tests import upstream_schema

VERBS = upstream_schema.verbs()

#: Parameters where the spec's overlays ask for more than upstream's schema (x-url-schemes,
#: x-non-blank, x-separator); an upstream-valid value may be refused there, and only there.
STRICTER = {
    "join_conference": {
        "name",
        "wait_url",
        "status_callback",
        "recording_status_callback",
        "status_callback_event",
        "recording_status_callback_event",
        "stream",
    },
}


def is_stricter(error: InvalidArgumentError) -> bool:
    """Whether a refusal comes from one of the STRICTER parameters, at any depth."""
    steps = f"{error.method}.{error.parameter} {error.path}"
    return any(
        re.search(rf"\b{re.escape(verb)}\.{re.escape(name)}\b", steps)
        for verb, names in STRICTER.items()
        for name in names
    )


@functools.cache
def package() -> Package:
    return build(load_package())


def keyword_names(verb: str) -> dict[str, str] | None:
    """wire key -> keyword of the verb's method, or None when the method takes one value."""
    argument = package().verb(verb).argument
    models = [argument] if isinstance(argument, ModelRef) else []
    if isinstance(argument, UnionType):
        models = [v for v in argument.variants if isinstance(v, ModelRef)]
    if not models:
        return None
    names: dict[str, str] = {}
    for ref in models:
        for f in package().models[ref.name].fields:
            names.setdefault(f.names.wire, f.names.python)
    return names


def call(builder: SWML, verb: str, argument: Any) -> SWML:
    method = getattr(builder, package().verb(verb).names.python)
    names = keyword_names(verb)
    if names is not None and isinstance(argument, dict):
        if not inspect.signature(method).parameters.keys() - {"value"} and not argument:
            return method()  # type: ignore[no-any-return]
        return method(**{names.get(k, k): v for k, v in argument.items()})  # type: ignore[no-any-return]
    if names is not None and not any(
        p.kind is inspect.Parameter.POSITIONAL_ONLY
        for p in inspect.signature(method).parameters.values()
    ):
        # An object verb given a non-object: pass it as its first keyword (or as a value, to a
        # method that takes none), which the method must refuse.
        if not names:
            return method(argument)  # type: ignore[no-any-return]
        first = next(iter(names.values()))
        return method(**{first: argument})  # type: ignore[no-any-return]
    return method(argument)  # type: ignore[no-any-return]


def test_every_upstream_verb_has_a_method() -> None:
    for verb in VERBS:
        assert callable(getattr(SWML(), package().verb(verb).names.python)), verb
    # Upstream's 43, and the verbs our own schema file adds (spec/beyond.schema.json).
    ours = {"execute_rpc"}
    assert len(VERBS) == 43
    assert [v.names.wire for v in package().verbs] == [*VERBS, *ours]


@pytest.mark.parametrize("verb", VERBS)
@settings(
    max_examples=12,
    deadline=None,
    # Shrinking a verb list of the AI verbs can take minutes; the drawn example is reported as is.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_valid_arguments_round_trip(verb: str, data: st.DataObject) -> None:
    argument = data.draw(upstream_schema.argument_strategy(verb))
    builder = SWML().answer()
    try:
        call(builder, verb, argument)
    except InvalidArgumentError as error:
        assert is_stricter(error), (verb, argument, str(error))
        return
    document = builder.to_dict()
    assert document["sections"]["main"][1] == {verb: argument}
    assert upstream_schema.validator().is_valid(document), document


@pytest.mark.parametrize("verb", VERBS)
@settings(
    max_examples=4,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_invalid_arguments_are_refused_and_change_nothing(verb: str, data: st.DataObject) -> None:
    argument = data.draw(upstream_schema.argument_strategy(verb))
    for what, mutated in upstream_schema.invalid_mutations(verb, argument):
        builder = SWML().answer()
        before = copy.deepcopy(builder.to_dict())
        try:
            call(builder, verb, mutated)
        except (InvalidArgumentError, TypeError) as error:
            if isinstance(error, InvalidArgumentError):
                assert error.method == verb, what
            assert builder.to_dict() == before, what
            continue
        # Accepted: only a keyword set to None, which the Python API reads as "not given"
        # (JSON null cannot be sent where the schema refuses it); what is emitted is valid.
        assert isinstance(mutated, dict), what
        assert [k for k, v in mutated.items() if v is None], what
        assert upstream_schema.validator().is_valid(builder.to_dict()), what


# -- the defects the one-verb generator had, each fixed by the one IR ----------------------------


def test_model_and_method_agree_on_joined_event_lists() -> None:
    from swml_verbs import JoinConference

    with pytest.raises(ValueError, match="bogus events"):
        JoinConference(name="r", status_callback_event="bogus events")
    with pytest.raises(InvalidArgumentError):
        FunctionResult().join_conference("r", status_callback_event="bogus events")


def _outcome(cls: Any, data: dict[str, Any], *, keywords: bool) -> object:
    """The wire object of the model built from ``data`` (as keywords or validated), or the
    refusal's message."""
    try:
        built = cls(**data) if keywords else cls.model_validate(data)
        return built.model_dump(by_alias=True, exclude_unset=True)
    except ValueError as error:
        return str(error).splitlines()[1].split(" [type=")[0]


def test_models_take_attribute_names_as_their_wire_names() -> None:
    """Every field whose attribute is not its wire name (``from_``, ``swaig``): a model built by
    attribute name is the one built from the wire key, accepted or refused alike."""
    from swml_verbs import models

    renamed = 0
    for model in package().models.values():
        cls = getattr(models, model.name)
        for attribute, wire in cls.__wire_names__.items():
            renamed += 1
            by_wire = _outcome(cls, {wire: "x"}, keywords=False)
            by_name = _outcome(cls, {attribute: "x"}, keywords=True)
            assert by_name == by_wire, (model.name, attribute)
            with pytest.raises(ValueError, match="are one field"):
                cls(**{attribute: "x", wire: "x"})
    assert renamed >= 10


def test_verb_lists_inside_result_are_swml_methods() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        FunctionResult().join_conference("r", result=[{"when": "x", "then": [{"foo": 1}]}])
    assert caught.value.path == "join_conference.result[0].then[0].foo"
    ok = FunctionResult().join_conference(
        "r", result=[{"when": "x", "then": [{"hangup": {}}, {"play": {"url": "say:hi"}}]}]
    )
    assert ok.action[0]["SWML"]["sections"]["main"][0]["join_conference"]["result"] == [
        {"when": "x", "then": [{"hangup": {}}, {"play": {"url": "say:hi"}}]}
    ]


def test_an_explicit_null_inside_an_object_is_refused() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        FunctionResult().join_conference("r", stream={"url": "wss://x", "name": None})
    assert caught.value.path == "join_conference.stream.name"


def test_python_aliases_are_not_wire_keys() -> None:
    with pytest.raises(InvalidArgumentError):
        FunctionResult().join_conference("r", result=[{"else_": []}])


@pytest.mark.parametrize("value", ["${\r}", "${\u2028}", "${\u2029}", "${a}\n", "${\n}"])
def test_swml_variables_follow_the_ecma_pattern(value: str) -> None:
    with pytest.raises(InvalidArgumentError):
        FunctionResult().join_conference("r", muted=value)
    assert upstream_schema.method_errors("join_conference", {"name": "r", "muted": value})


def test_object_or_variable_takes_a_variable() -> None:
    # sleep is "integer or {duration} or a SWML variable"
    assert SWML().sleep("${pause}").to_dict()["sections"]["main"] == [{"sleep": "${pause}"}]


def test_open_objects_keep_their_keys() -> None:
    doc = SWML().set({"a": 1, "b": {"c": [1, 2]}}).user_event(event={"x": "y"}).to_dict()
    assert doc["sections"]["main"] == [
        {"set": {"a": 1, "b": {"c": [1, 2]}}},
        {"user_event": {"event": {"x": "y"}}},
    ]


def test_mixing_the_keywords_of_two_variants_names_both() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        SWML().play(url="say:hi", urls=["say:there"])
    assert "PlayWithURL" in str(caught.value)
    assert "PlayWithURLS" in str(caught.value)


def test_scalar_forms_and_keywords() -> None:
    doc = (
        SWML()
        .sleep(5000)
        .sleep(duration=10)
        .label("start")
        .goto("start", max=3)
        .unset(["a", "b"])
        .return_({"ok": True})
        .denoise()
        .hangup(reason="busy")
        .section("other")
        .transfer("main")
        .to_dict()
    )
    assert doc == {
        "version": "1.0.0",
        "sections": {
            "main": [
                {"sleep": 5000},
                {"sleep": {"duration": 10}},
                {"label": "start"},
                {"goto": {"label": "start", "max": 3}},
                {"unset": ["a", "b"]},
                {"return": {"ok": True}},
                {"denoise": {}},
                {"hangup": {"reason": "busy"}},
            ],
            "other": [{"transfer": {"dest": "main"}}],
        },
    }
    assert upstream_schema.validator().is_valid(doc)
    result = FunctionResult().execute_swml(SWML().hangup()).to_dict()
    assert result["action"] == [
        {"SWML": {"version": "1.0.0", "sections": {"main": [{"hangup": {}}]}}}
    ]


def test_connect_error_path() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        SWML().connect(serial=[{"to": "sip:a@b"}, {"to": 5}])
    assert caught.value.path == "connect.serial[1].to"


def test_a_shared_value_set_keeps_each_users_meanings() -> None:
    """HttpMethod serves three properties; the overlay gives its values a meaning at two, and
    they differ. Each user keeps its own; the enum's members claim none of them."""
    http = package().enums["HttpMethod"]
    base = "#/$defs/JoinConferenceObject/properties/"
    status = http.meanings_at(base + "status_callback_method")
    recording = http.meanings_at(base + "recording_status_callback_method")
    assert status == (
        "send status callbacks as GET requests",
        "send status callbacks as POST requests",
    )
    assert recording[0] == "send recording status callbacks as GET requests"
    assert all(not m.description for m in http.members)
    # A set with one user keeps its meanings on the members as well.
    beep = package().enums["Beep"]
    assert beep.members[2].description == "beep only when a participant joins"
