"""FunctionResult's helpers (``x-helpers`` in spec/overlays/function_result_helpers.yaml): each
a drop-in for signalwire-sdk 3.7.5's method of the same name.

Arguments are drawn from the schema of the action each helper emits (hypothesis-jsonschema over
upstream's document), so every value a helper takes is tried across its domain: the helper must
accept it, emit what the reference emits for the same call, and emit only what the published
schema accepts. Where the reference emits what the schema refuses, the helper follows the
schema; each such case is listed in ``DIFFERENCES`` and in README's differences table.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from signalwire.core.function_result import FunctionResult as Reference
from swml_verbs import FunctionResult, InvalidArgumentError

from codegen.build import validate
from codegen.ir import AnyType, Helper
from codegen.spec_package import load_package
from tests import upstream_schema
from tests.helper_calls import (
    DIFFERENCES,
    DRAWS,
    NOT_OFFERED,
    as_reference_coerces,
    calls,
    containers,
    helpers,
    upstream_helpers,
)
from tests.strategies import REPO


def _accepted(method: Any, kwargs: dict[str, Any]) -> bool:
    try:
        method(**kwargs)
    except InvalidArgumentError:
        return False
    return True


def action(result: Any) -> Any:
    (only,) = result.to_dict()["action"]
    return only


def emitted(cls: Any, helper: Helper, kwargs: dict[str, Any]) -> Any:
    """What a call emits: the action it records, or what a static builder returns."""
    if helper.returns:
        return getattr(cls, helper.names.python)(**kwargs)
    return action(getattr(cls(), helper.names.python)(**kwargs))


def valid(helper: Helper, value: Any) -> bool:
    """Whether the schema takes ``value`` where the helper's output goes."""
    if helper.returns:
        return any(upstream_schema.is_valid_at(f"#/$defs/{m}", value) for m in helper.returns)
    return upstream_schema.is_valid_at("#/$defs/Action", value)


def reference_action(helper: Helper, kwargs: dict[str, Any]) -> Any:
    """The reference's output for the call, or the exception it raised."""
    try:
        return emitted(Reference, helper, kwargs)
    except (TypeError, ValueError) as error:
        return error


@pytest.mark.parametrize("helper", upstream_helpers(), ids=lambda h: h.names.python)
def test_a_helper_takes_its_actions_domain_and_emits_what_the_reference_does(
    helper: Helper,
) -> None:
    compared = differed = 0
    for kwargs in calls(helper):
        try:
            ours = emitted(FunctionResult, helper, kwargs)
        except InvalidArgumentError:
            # Refused only where the spec refuses: the draw's required filler or a value the
            # schema does not take where the parameter lands.
            reference = reference_action(helper, kwargs)
            assert isinstance(reference, Exception) or not valid(helper, reference), (
                kwargs,
                reference,
            )
            continue
        assert valid(helper, ours), (helper.names.python, ours)
        reference = reference_action(helper, kwargs)
        compared += 1
        if isinstance(reference, Exception) or as_reference_coerces(
            helper, ours
        ) != as_reference_coerces(helper, reference):
            # Only where the reference's own output is one the schema refuses, or it raises.
            assert helper.names.python in DIFFERENCES, (kwargs, ours, reference)
            assert isinstance(reference, Exception) or not valid(helper, reference), reference
            differed += 1
    drawn = containers(helper) or any(isinstance(p.type, AnyType) for p in helper.params)
    assert compared >= (DRAWS // 3 if drawn else 1), compared
    assert differed < compared or helper.names.python in DIFFERENCES


@pytest.mark.parametrize("helper", [h for h in helpers() if h.params], ids=lambda h: h.names.python)
def test_a_refused_value_names_its_parameter_and_records_nothing(helper: Helper) -> None:
    result = FunctionResult("kept").say("before")
    first = helper.params[0]
    method = getattr(FunctionResult if helper.returns else FunctionResult(), helper.names.python)
    others = next(c for c in calls(helper) if _accepted(method, c))
    others.pop(first.names.python, None)
    # No action value of the spec is a set: it is refused wherever it goes.
    with pytest.raises(InvalidArgumentError) as caught:
        getattr(result, helper.names.python)(**{first.names.python: {1, 2}}, **others)
    assert caught.value.parameter == first.names.python
    assert caught.value.method == helper.names.python
    # Parameter first, as the reference SDKs word refusals, and no pattern left raw.
    expected = caught.value.expected
    assert str(caught.value) == (
        f"{helper.names.python}(): {first.names.python} must be {expected}; got {{1, 2}}"
    )
    assert " matching " not in expected, expected
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
        left = NOT_OFFERED.get(helper.names.python, ([], ""))[0]
        assert list(ours.parameters) == [p for p in theirs.parameters if p not in left], (
            helper.names.python
        )
        for name, parameter in ours.parameters.items():
            assert parameter.default == theirs.parameters[name].default, (helper.names.python, name)
            if not left:
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
        .set_semantic_state({"order": "confirmed"})
        .connect("+15551234567", final=False, from_addr="+15559876543")
        .swml_transfer("https://example.com/swml", "Welcome back")
        .swml_user_event({"type": "cards_dealt"})
        .send_sms("+15551230000", "+15559870000", body="Your code is 1234", tags=["otp"])
        .pay("https://example.com/pay", timeout=10, security_code=False, postal_code="94107")
        .record_call("rec1", stereo=True, format="mp3", max_length=600.0)
        .stop_record_call("rec1")
        .join_room("team-standup")
        .sip_refer("sip:alice@example.com")
        .tap("wss://example.com/tap", rtp_ptime=30)
        .stop_tap()
        .hold(60)
    )
    document = result.to_dict()
    assert upstream_schema.is_valid_at("#/$defs/Output", document), document
    assert len(document["action"]) == len([h for h in upstream_helpers() if not h.returns])


def test_a_declaration_the_spec_cannot_back_is_refused_with_its_pointer() -> None:
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
        "no key 'fast_reset' where this parameter lands",
    ) in found
    assert (
        "play_background_file/parameters",
        "required parameters after optional ones: filename",
    ) in found


#: The reference's recorded calls of its execute_rpc helpers (docs/function-result-reference.md),
#: each emitting one action our own schema file's execute_rpc verb takes.
RPC_CALLS = [
    ("execute_rpc", ("ai_unhold",), {}),
    ("execute_rpc", ("dial", {"x": 1}, "call-1", "node-1"), {}),
    ("rpc_dial", ("+15551234567", "+15559876543", "https://example.com/agent"), {}),
    ("rpc_dial", ("+15551234567", "+15559876543", "https://example.com/agent", "sip"), {}),
    ("rpc_ai_message", ("call-1", "No one is available."), {}),
    ("rpc_ai_message", ("call-1", "Hi"), {"global_data": {"k": 1}}),
    ("rpc_ai_message", ("call-1", ""), {}),
    ("rpc_ai_global_data", ("call-1", {}), {}),
    ("rpc_ai_global_data", ("call-1", {"decline": "busy"}), {}),
    ("rpc_ai_unhold", ("call-1",), {}),
]


@pytest.mark.parametrize(("name", "args", "kwargs"), RPC_CALLS)
def test_the_rpc_helpers_emit_what_the_reference_does(
    name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    from tests.test_beyond import valid as valid_in_effective

    ours = action(getattr(FunctionResult(), name)(*args, **kwargs))
    assert ours == action(getattr(Reference(), name)(*args, **kwargs))
    assert valid_in_effective("#/$defs/Action", ours), ours


def test_an_empty_rpc_params_is_sent_as_given() -> None:
    # As the TypeScript reference does; the Python reference drops it (it tests truthiness).
    ours = action(FunctionResult().execute_rpc("ai_unhold", {}, "call-1"))
    assert ours["SWML"]["sections"]["main"][0]["execute_rpc"]["params"] == {}


def test_rpc_ai_message_sends_its_role_with_global_data_alone() -> None:
    # The one documented difference: the reference sends role only beside message_text, and
    # raises when neither is given; the role's default is sent here whenever it applies.
    ours = action(FunctionResult().rpc_ai_message("call-1", global_data={"decline": "busy"}))
    params = ours["SWML"]["sections"]["main"][0]["execute_rpc"]["params"]
    assert params == {"role": "system", "global_data": {"decline": "busy"}}


@pytest.mark.parametrize("timeout", [-5, 0, 120, 900, 1000, 10**6])
def test_hold_clamps_its_timeout_and_sends_the_short_form_as_the_reference(timeout: int) -> None:
    assert action(FunctionResult().hold(timeout)) == action(Reference().hold(timeout))
    assert action(FunctionResult().hold(timeout=timeout)) == {"hold": min(max(timeout, 0), 900)}


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"enabled": False},
        {"enabled": True},
        {"timeout": 30},
        {"timeout": 0},
        {"answer_first": True},
        {"enabled": False, "timeout": 10},
        {"enabled": False, "timeout": 10, "answer_first": True},
        {"timeout": 5, "answer_first": False},
    ],
)
def test_wait_for_user_follows_the_references_precedence(kwargs: dict[str, Any]) -> None:
    assert action(FunctionResult().wait_for_user(**kwargs)) == action(
        Reference().wait_for_user(**kwargs)
    )


def test_wait_for_user_refuses_a_flag_that_is_no_boolean() -> None:
    result = FunctionResult("kept")
    with pytest.raises(InvalidArgumentError) as caught:
        result.wait_for_user(answer_first="no")
    assert caught.value.parameter == "answer_first"
    assert result.to_dict() == {"response": "kept"}
