"""Every invalid value raises InvalidArgumentError naming parameter, value and what is allowed,
and leaves the FunctionResult exactly as it was."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from signalwire.core.function_result import FunctionResult as Reference
from swml_verbs import FunctionResult, InvalidArgumentError

_ENUMS: list[tuple[str, Any, str]] = [
    ("beep", "loud", "'onEnter'"),
    ("beep", True, "'onExit'"),
    ("record", "yes", "'record-from-start'"),
    ("record", None, "'do-not-record'"),
    ("region", "mars", "'global'"),
    ("region", "US", "'eu'"),
    ("trim", "cut", "'do-not-trim'"),
    ("status_callback_method", "PUT", "'GET', 'POST'"),
    ("recording_status_callback_method", "get", "'GET', 'POST'"),
    ("recording_status_callback_method", ["GET"], "'GET', 'POST'"),
    ("status_callback_event_type", "xml", "'relay'"),
    ("recording_status_callback_event_type", "", "'laml'"),
]
_NAMES: list[tuple[str, Any, str]] = [
    ("name", "", "non-blank string"),
    ("name", "  \t", "non-blank string"),
    ("name", None, "non-blank string"),
    ("name", 5, "non-blank string"),
    ("name", b"room", "non-blank string"),
]
_BOOLEANS: list[tuple[str, Any, str]] = [
    (param, value, "True or False or a SWML variable")
    for param in ("muted", "start_on_enter", "end_on_exit")
    for value in (1, 0, "true", None, "${x")
]
_MAX_PARTICIPANTS: list[tuple[str, Any, str]] = [
    ("max_participants", value, "an integer from 2 to 100000")
    for value in (1, 100001, True, "50", 2.5, 50.0, "${x", -3)
]
_URLS: list[tuple[str, Any, str]] = [
    (param, value, "http:// or https://")
    for param in ("wait_url", "status_callback", "recording_status_callback")
    for value in ("ftp://x", "example.com", "", 42, "http://", "https://exa mple.com")
] + [("status_callback", "${url}", "http:// or https://")]
_RECORDING_EVENTS: tuple[Any, ...] = (
    "done",
    "completed,absent",
    [],
    None,
    ["completed", None],
    ("absent", ""),
)
_EVENTS: list[tuple[str, Any, str]] = [
    ("status_callback_event", value, "'announcement'")
    for value in ("join nope", "", [], ["join", 3], "join  leave", " join", "JOIN", 7, {"join": 1})
] + [("recording_status_callback_event", value, "'in-progress'") for value in _RECORDING_EVENTS]
_BAD_RESULTS: tuple[Any, ...] = (
    {"variable": 1},
    {"case": {}},
    [{"when": "x"}],
    [1],
    "str",
    {"variable": "x", "case": {}, "extra": 1},
    {"variable": "x", "case": {"a": [{}]}},
    {"variable": "x", "case": {"a": "hangup"}},
    [{"when": "x", "then": [], "other": []}],
)
_RESULTS: list[tuple[str, Any, str]] = [
    ("result", value, "Switch object or a list of CondReg or CondElse") for value in _BAD_RESULTS
]
_STREAMS: list[tuple[str, Any, str]] = [
    ("stream", value, "JoinConferenceStream")
    for value in (
        {},
        {"url": "ws://example.com"},
        {"url": "https://example.com"},
        {"url": "wss://example.com", "extra": 1},
        "wss://example.com",
    )
]
CASES = _ENUMS + _NAMES + _BOOLEANS + _MAX_PARTICIPANTS + _URLS + _EVENTS + _RESULTS + _STREAMS


def _call(result: FunctionResult, param: str, value: Any) -> FunctionResult:
    if param == "name":
        return result.join_conference(value)
    return result.join_conference("room", **{param: value})


@pytest.mark.parametrize(("param", "value", "allowed"), CASES)
def test_invalid_value_is_refused_and_changes_nothing(param: str, value: Any, allowed: str) -> None:
    # Earlier successful calls, so "unchanged" covers a result that already holds actions.
    result = FunctionResult("hi").join_conference("first", muted=True).add_action("say", "x")
    before = copy.deepcopy(result.to_dict())
    with pytest.raises(InvalidArgumentError) as caught:
        _call(result, param, value)
    error = caught.value
    assert isinstance(error, ValueError)
    assert (error.method, error.parameter, error.value) == ("join_conference", param, value)
    message = str(error)
    # Parameter first, as the reference SDK's refusals read ("beep must be one of ..."); a fault
    # nested in the value is named by its place in it ("stream.url is missing; ...").
    head = f"join_conference(): {param}"
    assert message.startswith((f"{head} must be ", f"{head}.", f"{head}["))
    if message.startswith(f"{head} must be "):
        assert f"; got {value!r}" in message
        assert allowed in message
    assert result.to_dict() == before
    # Still usable: the next valid call appends as usual.
    assert len(result.join_conference("next").action) == len(before["action"]) + 1


def test_a_long_value_is_shortened_in_the_message() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        FunctionResult().join_conference("room", beep="x" * 1000)
    message = str(caught.value)
    assert len(message) < 400
    assert message.startswith("join_conference(): beep must be one of ")
    assert "; got 'xxx" in message
    assert caught.value.value == "x" * 1000


def test_an_invalid_option_keeps_an_earlier_valid_one_from_being_recorded() -> None:
    # Checks run before anything is recorded, whatever the option order.
    result = FunctionResult()
    with pytest.raises(InvalidArgumentError):
        result.join_conference("room", muted=True, stream={"url": "ws://x"})
    assert result.to_dict() == {"response": "Action completed."}


# -- whatever the reference rejects, ours rejects ------------------------------------------------

#: The parameters the reference validates, each with values it accepts, to mix with junk.
_REFERENCE_CHECKED: dict[str, list[Any]] = {
    "name": ["room", "a b"],
    "beep": ["true", "false", "onEnter", "onExit"],
    "record": ["do-not-record", "record-from-start"],
    "trim": ["trim-silence", "do-not-trim"],
    "status_callback_method": ["GET", "POST"],
    "recording_status_callback_method": ["GET", "POST"],
    "max_participants": [2, 100000, "${x}"],
}
_junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-5, max_value=200000),
    st.floats(allow_nan=True),
    st.text(max_size=8),
    st.text(alphabet=" \t0123456789", max_size=6),
    st.sampled_from(["onenter", "POST ", "get", "${x", " ${x} ", "-3", "1", "Do-Not-Record"]),
    st.lists(st.text(max_size=3), max_size=2),
)


@st.composite
def _reference_checked_values(draw: st.DrawFn) -> tuple[str, Any]:
    param = draw(st.sampled_from(sorted(_REFERENCE_CHECKED)))
    return param, draw(st.sampled_from(_REFERENCE_CHECKED[param]) | _junk)


@given(case=_reference_checked_values())
def test_what_the_reference_rejects_is_rejected(case: tuple[str, Any]) -> None:
    param, value = case
    try:
        _call(Reference(), param, value)  # type: ignore[arg-type]
    except ValueError:
        pass
    else:
        return  # accepted by the reference: parity tests cover what both accept
    result = FunctionResult()
    with pytest.raises(InvalidArgumentError):
        _call(result, param, value)
    assert result.action == []
