"""FunctionResult's helpers (``x-helpers`` in spec/overlays/function_result_helpers.yaml): each
a drop-in for signalwire-sdk 3.7.5's method of the same name.

Arguments are drawn from the schema of the action each helper emits (hypothesis-jsonschema over
upstream's document), so every value a helper takes is tried across its domain: the helper must
accept it, emit what the reference emits for the same call, and emit only what the published
schema accepts. Where the reference emits what the schema refuses, the helper follows the
schema; each such case is listed in ``DIFFERENCES`` and in README's differences table.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from signalwire.core.function_result import FunctionResult as Reference
from swml_verbs import FunctionResult, InvalidArgumentError

from codegen.build import validate
from codegen.ir import MISSING, BooleanType, Helper, Package, UnionType
from codegen.spec_package import load_package
from tests import upstream_schema
from tests.strategies import REPO

DRAWS = 30

#: Helper -> why its output differs from the reference's for some calls (README's table).
DIFFERENCES = {
    "play_background_file": "the reference sends a bare file name when wait is false; the "
    "schema's playback_bg is an object, so the name goes in file",
    "switch_context": "the schema requires system_prompt and takes an object only; the reference "
    "sends {} without it, and the bare prompt when it is the only option given",
}


def as_reference_coerces(helper: Helper, emitted: Any) -> Any:
    """``emitted`` as the reference would have sent it, where both are valid: it turns a boolean
    parameter given as a SWML variable (``"${flag}"``) into ``true``, and leaves out an empty
    string given where its default is None (it tests truthiness)."""
    flags = {
        p.key
        for p in helper.params
        if p.key and isinstance(p.type, UnionType) and BooleanType() in p.type.variants
    }
    optional = {p.key for p in helper.params if p.key and p.default is None}
    value = emitted[helper.action]
    if not isinstance(value, dict):
        return emitted
    fixed = {
        k: (True if k in flags and isinstance(v, str) else v)
        for k, v in value.items()
        if not (k in optional and v == "")
    }
    return {helper.action: fixed}


@functools.cache
def package() -> Package:
    return validate(load_package(REPO / "spec"))


def helpers() -> list[Helper]:
    return list(package().helpers)


def upstream_helpers() -> list[Helper]:
    """The helpers whose action upstream's schema defines (tests/test_beyond.py tests those of
    our own schema file against the effective document)."""
    return [h for h in helpers() if h.model in upstream_schema.document()["$defs"]]


def action_draws(helper: Helper) -> list[Any]:
    """Action values drawn from the action's upstream schema, the same ones every run."""
    schema = upstream_schema.definition_schema(helper.model)
    out: list[Any] = []

    @settings(
        max_examples=DRAWS,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def draw(data: st.DataObject) -> None:
        out.append(data.draw(from_schema(schema))[helper.action])

    draw()
    return out


def arguments(helper: Helper, value: Any) -> dict[str, Any] | None:
    """The helper's keyword arguments that should emit ``{action: value}`` (None: no call
    does, such as a key the helper has no parameter for)."""
    if helper.value is not MISSING:
        return {}
    whole = [p for p in helper.params if not p.key]
    if whole:
        return {whole[0].names.python: value}
    if not isinstance(value, dict) or set(value) - {p.key for p in helper.params}:
        return None
    given = {}
    for p in helper.params:
        if p.key in value:
            given[p.names.python] = value[p.key]
        elif p.required:
            return None
    return given


def action(result: Any) -> Any:
    (only,) = result.to_dict()["action"]
    return only


@pytest.mark.parametrize("helper", upstream_helpers(), ids=lambda h: h.names.python)
def test_a_helper_takes_its_actions_domain_and_emits_what_the_reference_does(
    helper: Helper,
) -> None:
    compared = differed = 0
    for value in action_draws(helper):
        kwargs = arguments(helper, value)
        if kwargs is None:
            continue
        ours = action(getattr(FunctionResult(), helper.names.python)(**kwargs))
        assert upstream_schema.is_valid_at("#/$defs/Action", ours), (helper.names.python, ours)
        reference = action(getattr(Reference(), helper.names.python)(**kwargs))
        compared += 1
        if ours != reference and as_reference_coerces(helper, ours) != reference:
            # Only where the reference's own output is one the schema refuses.
            assert helper.names.python in DIFFERENCES, (kwargs, ours, reference)
            assert not upstream_schema.is_valid_at("#/$defs/Action", reference), reference
            differed += 1
    assert compared >= (1 if helper.value is not MISSING else DRAWS // 3), compared
    assert differed < compared or helper.names.python in DIFFERENCES


@pytest.mark.parametrize("helper", [h for h in helpers() if h.params], ids=lambda h: h.names.python)
def test_a_refused_value_names_its_parameter_and_records_nothing(helper: Helper) -> None:
    result = FunctionResult("kept").say("before")
    first = helper.params[0]
    # No action value of the spec is a set: it is refused wherever it goes.
    with pytest.raises(InvalidArgumentError) as caught:
        getattr(result, helper.names.python)(**{first.names.python: {1, 2}})
    assert caught.value.parameter == first.names.python
    assert caught.value.method == helper.names.python
    assert result.to_dict() == {"response": "kept", "action": [{"say": "before"}]}


def test_the_documented_differences() -> None:
    assert action(FunctionResult().play_background_file("a.mp3")) == {
        "playback_bg": {"file": "a.mp3"}
    }
    assert action(Reference().play_background_file("a.mp3")) == {"playback_bg": "a.mp3"}
    with pytest.raises(InvalidArgumentError) as caught:
        FunctionResult().switch_context(consolidate=True)
    assert caught.value.parameter == "system_prompt"
    assert action(Reference().switch_context(consolidate=True)) == {
        "context_switch": {"consolidate": True}
    }


def test_every_reference_helper_declared_has_the_references_signature() -> None:
    import inspect

    for helper in helpers():
        ours = inspect.signature(getattr(FunctionResult, helper.names.python))
        theirs = inspect.signature(getattr(Reference, helper.names.python))
        assert list(ours.parameters) == list(theirs.parameters), helper.names.python
        for name, parameter in ours.parameters.items():
            assert parameter.default == theirs.parameters[name].default, (helper.names.python, name)
            assert parameter.kind == theirs.parameters[name].kind, (helper.names.python, name)


def test_results_with_every_helper_validate_against_the_output_schema() -> None:
    result = (
        FunctionResult("done", post_process=True)
        .say("hi")
        .hangup()
        .stop()
        .swml_change_context("sales")
        .swml_change_step("confirm")
        .simulate_user_input("yes")
        .update_global_data({"a": 1})
        .set_metadata({"b": [1, "x"]})
        .remove_global_data("a")
        .remove_metadata("b")
        .toggle_functions([{"function": "lookup", "active": False}])
        .play_background_file("https://example.com/a.mp3", wait=True)
        .stop_background_file()
        .switch_context("You are billing.", "Help me", True)
    )
    document = result.to_dict()
    assert upstream_schema.is_valid_at("#/$defs/Output", document), document
    assert len(document["action"]) == len(upstream_helpers())


def test_a_declaration_the_spec_cannot_back_is_refused_with_its_pointer() -> None:
    import copy
    import dataclasses

    from codegen.errors import SpecError

    spec = load_package(REPO / "spec")
    document = copy.deepcopy(spec.document)
    declared = document["$defs"]["Output"]["x-helpers"]
    declared["shout"] = {"action": "shout", "parameters": {"text": {}}}
    declared["switch_context"]["parameters"]["fast_reset"] = {"key": "fast_reset", "default": False}
    declared["play_background_file"]["parameters"] = {
        "wait": {"key": "wait", "default": False},
        "filename": {"key": "file"},
    }
    with pytest.raises(SpecError) as caught:
        validate(dataclasses.replace(spec, document=document))
    found = {(p.location.split("x-helpers/")[-1], p.message) for p in caught.value.problems}
    assert ("shout/action", "no action 'shout'") in found
    assert (
        "switch_context/parameters/fast_reset/key",
        "no key 'fast_reset' in the action's value",
    ) in found
    assert (
        "play_background_file/parameters",
        "required parameters after optional ones: filename",
    ) in found
