"""For every input both accept, the generated method emits what signalwire-sdk 3.7.5 does."""

from __future__ import annotations

import inspect
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from signalwire.core.function_result import FunctionResult as Reference
from swml_verbs import Beep, FunctionResult, StatusCallbackEvent

from tests.strategies import Kwargs, names, reference_kwargs, shared_kwargs


@given(name=names, kwargs=shared_kwargs)
def test_one_call_matches_the_reference(name: str, kwargs: Kwargs) -> None:
    ours = FunctionResult().join_conference(name, **kwargs)
    reference = Reference().join_conference(name, **reference_kwargs(kwargs))
    assert ours.to_dict() == reference.to_dict()


#: One step of a chain: ("join", name, kwargs), ("add_action", name, data),
#: ("set_response", text) or ("set_post_process", flag).
_steps = st.one_of(
    st.tuples(st.just("join"), names, shared_kwargs),
    st.tuples(
        st.just("add_action"),
        st.sampled_from(["say", "hangup", "set_global_data"]),
        st.none() | st.text(max_size=8) | st.dictionaries(st.text(max_size=4), st.integers()),
    ),
    st.tuples(st.just("set_response"), st.text(max_size=10)),
    st.tuples(st.just("set_post_process"), st.booleans()),
)


def _apply(result: Any, step: tuple[Any, ...], *, reference: bool) -> Any:
    kind, *args = step
    if kind == "join":
        name, kwargs = args
        return result.join_conference(name, **(reference_kwargs(kwargs) if reference else kwargs))
    returned = getattr(result, kind)(*args)
    assert returned is result
    return returned


@given(
    response=st.none() | st.text(max_size=10),
    post_process=st.booleans(),
    steps=st.lists(_steps, max_size=6),
)
def test_chains_match_the_reference(
    response: str | None, post_process: bool, steps: list[tuple[Any, ...]]
) -> None:
    ours = FunctionResult(response, post_process)
    reference = Reference(response, post_process)
    for step in steps:
        ours = _apply(ours, step, reference=False)
        reference = _apply(reference, step, reference=True)
        assert ours.to_dict() == reference.to_dict()


def test_keyword_names_and_defaults_are_the_reference_ones() -> None:
    ours = inspect.signature(FunctionResult.join_conference).parameters
    theirs = inspect.signature(Reference.join_conference).parameters
    # The reference's parameters, in its order and of its kinds (positional or keyword), with
    # its defaults; then ours only, keyword-only so a positional call cannot reach them.
    assert list(ours)[: len(theirs)] == list(theirs)
    for name, parameter in theirs.items():
        assert ours[name].default == parameter.default, name
        assert ours[name].kind is parameter.kind, name
    extras = list(ours)[len(theirs) :]
    assert sorted(extras) == [
        "recording_status_callback_event_type",
        "status_callback_event_type",
        "stream",
    ]
    assert all(ours[name].default is None for name in extras)
    assert all(ours[name].kind is inspect.Parameter.KEYWORD_ONLY for name in extras)


def test_positional_calls_mean_what_they_mean_to_the_reference() -> None:
    """Every option passed by position, each away from its default, up to each length."""
    values = (
        "room",
        True,
        "onEnter",
        False,
        True,
        "https://example.com/hold",
        50,
        "record-from-start",
        None,
        "do-not-trim",
        "CA1",
        "join",
        "https://example.com/cb",
        "GET",
        "https://example.com/rec",
        "GET",
        "in-progress",
    )
    for count in range(1, len(values) + 1):
        args = values[:count]
        ours = FunctionResult("ok").join_conference(*args)  # type: ignore[arg-type]
        reference = Reference("ok").join_conference(*args)
        assert ours.to_dict() == reference.to_dict(), args


def test_enum_members_give_the_output_of_plain_strings() -> None:
    ours = FunctionResult("ok").join_conference("room", muted=True, beep=Beep.ON_ENTER)
    reference = Reference("ok").join_conference("room", muted=True, beep="onEnter")
    assert ours.to_dict() == reference.to_dict()
    action = ours.to_dict()["action"][0]["SWML"]["sections"]["main"][0]
    # The emitted value is the plain string, so json.dumps never sees an enum member.
    assert type(action["join_conference"]["beep"]) is str


def test_a_list_of_event_members_is_the_space_joined_string() -> None:
    events = [StatusCallbackEvent.JOIN, StatusCallbackEvent.LEAVE]
    ours = FunctionResult().join_conference("room", status_callback_event=events)
    reference = Reference().join_conference("room", status_callback_event="join leave")
    assert ours.to_dict() == reference.to_dict()


def test_all_defaults_give_the_short_form() -> None:
    ours = FunctionResult().join_conference("room").to_dict()
    assert ours == Reference().join_conference("room").to_dict()
    assert ours["action"][0]["SWML"]["sections"]["main"] == [{"join_conference": "room"}]
