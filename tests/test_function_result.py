"""The rest of FunctionResult behaves as the reference's does: to_dict rules, execute_swml,
add_action(s) and the chaining setters."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from signalwire.core.function_result import FunctionResult as Reference
from swml_verbs import FunctionResult


def both(response: Any = None, post_process: bool = False) -> tuple[Any, Any]:
    return FunctionResult(response, post_process), Reference(response, post_process)


@pytest.mark.parametrize(
    ("response", "post_process", "expected"),
    [
        (None, False, {"response": "Action completed."}),
        ("", True, {"response": "Action completed."}),
        ("hi", False, {"response": "hi"}),
        # post_process only matters, and is only sent, when there are actions.
        ("hi", True, {"response": "hi"}),
        ({"k": 1}, False, {"response": {"k": 1}}),
    ],
)
def test_to_dict_without_actions(response: Any, post_process: bool, expected: Any) -> None:
    ours, reference = both(response, post_process)
    assert ours.to_dict() == reference.to_dict() == expected


@pytest.mark.parametrize("post_process", [False, True])
@pytest.mark.parametrize("response", [None, "hi"])
def test_to_dict_with_actions(response: str | None, post_process: bool) -> None:
    ours, reference = both(response, post_process)
    ours.add_action("say", "x")
    reference.add_action("say", "x")
    expected: dict[str, Any] = {"action": [{"say": "x"}]}
    if response:
        expected["response"] = response
    if post_process:
        expected["post_process"] = True
    assert ours.to_dict() == reference.to_dict() == expected


class _Document:
    def to_dict(self) -> dict[str, Any]:
        return {"version": "1.0.0", "sections": {"main": ["answer"]}}


@pytest.mark.parametrize(
    "content",
    [
        json.dumps({"version": "1.0.0", "sections": {"main": [{"hangup": {}}]}}),
        "not json {",
        "",
        {"version": "1.0.0", "sections": {"main": []}},
        _Document(),
    ],
    ids=["json-text", "invalid-json", "empty-text", "dict", "to_dict-object"],
)
@pytest.mark.parametrize("transfer", [False, True])
def test_execute_swml_matches_the_reference(content: Any, transfer: bool) -> None:
    ours, reference = both()
    assert ours.execute_swml(content, transfer=transfer) is ours
    reference.execute_swml(content, transfer=transfer)
    assert ours.to_dict() == reference.to_dict()
    action = ours.action[0]
    assert ("transfer" in action) is transfer
    if transfer:
        assert action["transfer"] == "true"  # beside the document, a string, as upstream


def test_execute_swml_keeps_invalid_json_as_raw_text() -> None:
    assert FunctionResult().execute_swml("<swml/>").action == [{"SWML": {"raw_swml": "<swml/>"}}]


def test_execute_swml_copies_a_dict() -> None:
    document: dict[str, Any] = {"version": "1.0.0", "sections": {"main": []}}
    result = FunctionResult().execute_swml(document)
    document["version"] = "changed"
    document["extra"] = 1
    assert result.action == [{"SWML": {"version": "1.0.0", "sections": {"main": []}}}]


@pytest.mark.parametrize("content", [42, None, ["answer"]])
def test_execute_swml_refuses_other_types_like_the_reference(content: Any) -> None:
    with pytest.raises(TypeError):
        Reference().execute_swml(content)
    ours = FunctionResult()
    with pytest.raises(TypeError):
        ours.execute_swml(content)
    assert ours.action == []


def test_add_action_and_add_actions_match_the_reference() -> None:
    ours, reference = both("r")
    for result in (ours, reference):
        assert result.add_action("say", "hello") is result
        assert result.add_actions([{"hangup": True}, {"stop": {}}]) is result
        assert result.add_action("data", {"a": [1, 2]}) is result
    assert ours.to_dict() == reference.to_dict()
    assert [next(iter(a)) for a in ours.action] == ["say", "hangup", "stop", "data"]


def test_setters_chain_and_match_the_reference() -> None:
    ours, reference = both()
    for result in (ours, reference):
        assert result.set_response("done") is result
        assert result.set_post_process(True) is result
        result.add_action("say", "x")
        result.join_conference("room", end_on_exit=True)
    assert ours.to_dict() == reference.to_dict()
    assert ours.to_dict()["post_process"] is True
    assert ours.set_post_process(False).to_dict() == reference.set_post_process(False).to_dict()
    assert "post_process" not in ours.to_dict()


def test_repr_shows_the_state() -> None:
    text = repr(FunctionResult("hi", True).add_action("say", "x"))
    assert "'hi'" in text and "{'say': 'x'}" in text and "True" in text


TEXTS = st.none() | st.text(max_size=6)


@given(response=st.none() | st.text(max_size=6), tool_result=TEXTS, tool_prompt=TEXTS)
@settings(max_examples=60, derandomize=True, database=None)
def test_tool_response_matches_the_reference(
    response: str | None, tool_result: str | None, tool_prompt: str | None
) -> None:
    ours = FunctionResult(response, tool_result=tool_result, tool_prompt=tool_prompt)
    theirs = Reference(response, tool_result=tool_result, tool_prompt=tool_prompt)
    assert ours.to_dict() == theirs.to_dict()
    assert (
        FunctionResult("x").set_tool_response(tool_result, tool_prompt).to_dict()
        == Reference("x").set_tool_response(tool_result, tool_prompt).to_dict()
    )


def test_constructor_and_tool_response_have_the_references_signatures() -> None:
    import inspect

    for name in ("__init__", "set_tool_response"):
        ours = inspect.signature(getattr(FunctionResult, name)).parameters
        theirs = inspect.signature(getattr(Reference, name)).parameters
        assert [(p.name, p.default, p.kind) for p in ours.values()] == [
            (p.name, p.default, p.kind) for p in theirs.values()
        ]


def test_to_json_is_the_dict_as_json_text() -> None:
    result = FunctionResult("Checking", tool_prompt="say it").say("One moment")
    assert json.loads(result.to_json()) == result.to_dict()
    assert result.to_json(indent=2).startswith("{\n  ")
