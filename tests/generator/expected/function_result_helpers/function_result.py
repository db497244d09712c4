# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``FunctionResult``: a SWAIG function's result, with the SWAIG-action chaining methods.

Drop-in replacements for the reference SDK's methods of the same names: same keyword names and
defaults, same output for every call both accept, and every value checked against the spec
before anything is recorded.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._checks import (
    check_HangupAction,
    check_HoldAction,
    check_SayAction,
    check_SWMLAction,
    check_WaitAction,
)
from swml_verbs._runtime import (
    MISSING,
    clamped,
    flag_gives,
    helper_action,
    swml_document,
)

if TYPE_CHECKING:
    from swml_verbs.enums import Direction


class FunctionResult:
    """The result of a SWAIG function: a response for the AI, and actions to run on the call."""

    def __init__(
        self,
        response: str | dict[str, Any] | None = None,
        post_process: bool = False,
        tool_result: str | None = None,
        tool_prompt: str | None = None,
    ) -> None:
        """``tool_result`` or ``tool_prompt`` make the response an object of the two (as
        ``set_tool_response``), in place of ``response``."""
        self.response: str | dict[str, Any] = response if response is not None else ""
        self.action: list[dict[str, Any]] = []
        self.post_process = post_process
        if tool_result is not None or tool_prompt is not None:
            self.set_tool_response(tool_result, tool_prompt)

    def __repr__(self) -> str:
        return f"FunctionResult(response={self.response!r}, action={self.action!r}, post_process={self.post_process!r})"

    def set_response(self, response: str) -> FunctionResult:
        """Set the text given back to the AI."""
        self.response = response
        return self

    def set_tool_response(
        self, tool_result: str | None = None, tool_prompt: str | None = None
    ) -> FunctionResult:
        """Give the AI an object for a response: what the tool found (``tool_result``) and how to
        present it (``tool_prompt``); each is left out when None."""
        response: dict[str, Any] = {}
        if tool_result is not None:
            response["tool_result"] = tool_result
        if tool_prompt is not None:
            response["tool_prompt"] = tool_prompt
        self.response = response
        return self

    def set_post_process(self, post_process: bool) -> FunctionResult:
        """True lets the AI take one more turn before the actions run."""
        self.post_process = post_process
        return self

    def add_action(self, name: str, data: Any) -> FunctionResult:
        """Append the action ``{name: data}``."""
        self.action.append({name: data})
        return self

    def add_actions(self, actions: list[dict[str, Any]]) -> FunctionResult:
        """Append several actions, each a ``{name: data}`` mapping."""
        self.action.extend(actions)
        return self

    def execute_swml(
        self, swml_content: str | Mapping[str, Any] | Any, transfer: bool = False
    ) -> FunctionResult:
        """Append a SWML document as an action, checked as the spec's ``SWML`` action.

        Args:
            swml_content: The document: JSON text, a mapping, or an object with ``to_dict()``
                (an ``SWML`` builder).
            transfer: True sends ``"transfer": true`` beside the document, so the call leaves
                the agent (a SWML variable is sent as it is).

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: the text is not JSON, or the document or ``transfer`` is
                outside what the spec allows (a ``ValueError``); the result is left unchanged.
            TypeError: ``swml_content`` is none of the three.
        """
        document = swml_document("execute_swml", "swml_content", swml_content)
        self.action.append(
            helper_action(
                "execute_swml",
                check_SWMLAction,
                {},
                (
                    ("swml_content", ("SWML",), document, MISSING),
                    ("transfer", ("transfer",), transfer, False),
                ),
            )
        )
        return self

    def to_dict(self) -> dict[str, Any]:
        """The SWAIG response: ``response`` and/or ``action``, and ``post_process`` when it matters."""
        result: dict[str, Any] = {}
        if self.response:
            result["response"] = self.response
        if self.action:
            result["action"] = self.action
            if self.post_process:
                result["post_process"] = True
        if not result:
            result["response"] = "Action completed."
        return result

    def to_json(self, **kwargs: Any) -> str:
        """The SWAIG response as JSON text (``kwargs`` go to ``json.dumps``)."""
        return json.dumps(self.to_dict(), **kwargs)

    def say(self, text: str) -> FunctionResult:
        """Text the agent speaks.

        Spec: ``#/$defs/Output/x-helpers/say``.

        Args:
            text: Text the agent speaks.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action("say", check_SayAction, {}, (("text", ("say",), text, MISSING),))
        )
        return self

    def hangup(self) -> FunctionResult:
        """Hang up.

        Spec: ``#/$defs/Output/x-helpers/hangup``.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(helper_action("hangup", check_HangupAction, {"hangup": True}, ()))
        return self

    def hold(self, timeout: int = 300) -> FunctionResult:
        """Put the caller on hold.

        Spec: ``#/$defs/Output/x-helpers/hold``.

        Args:
            timeout: an integer of at most 900

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "hold",
                check_HoldAction,
                {"hold": {}},
                (("timeout", ("hold", "timeout"), clamped(timeout, 0, 900), MISSING),),
                ("hold", "timeout"),
            )
        )
        return self

    def tap(
        self,
        uri: str,
        direction: Direction | Literal["speak", "listen", "both"] = "both",
        rtp_ptime: int = 20,
        note: Any = "tapped",
        final: bool = False,
    ) -> FunctionResult:
        """Stream the call's audio, with a note set first.

        Spec: ``#/$defs/Output/x-helpers/tap``.

        Args:
            uri: Where the audio goes.
            direction: one of 'speak', 'listen', 'both' (or a Direction member)
            rtp_ptime: an integer
            note: any JSON value
            final: Leave the agent for the document.

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "tap",
                check_SWMLAction,
                {"SWML": {"version": "1.0.0", "sections": {"main": [{"set": {}}, {"tap": {}}]}}},
                (
                    ("uri", ("SWML", "sections", "main", 1, "tap", "uri"), uri, MISSING),
                    (
                        "direction",
                        ("SWML", "sections", "main", 1, "tap", "direction"),
                        direction,
                        MISSING,
                    ),
                    (
                        "rtp_ptime",
                        ("SWML", "sections", "main", 1, "tap", "rtp_ptime"),
                        rtp_ptime,
                        20,
                    ),
                    ("note", ("SWML", "sections", "main", 0, "set", "note"), note, MISSING),
                    ("final", ("transfer",), final, MISSING),
                ),
            )
        )
        return self

    def wait_for_user(
        self, enabled: bool | None = None, timeout: int | None = None, answer_first: bool = False
    ) -> FunctionResult:
        """Wait for the caller.

        Spec: ``#/$defs/Output/x-helpers/wait_for_user``.

        Args:
            enabled: True or False
            timeout: an integer of at least 0
            answer_first: True or False

        Returns:
            This result, for chaining.

        Raises:
            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);
                the result is left unchanged.
        """
        self.action.append(
            helper_action(
                "wait_for_user",
                check_WaitAction,
                {"wait": True},
                (
                    ("enabled", ("wait",), enabled, None),
                    ("timeout", ("wait",), timeout, None),
                    (
                        "answer_first",
                        ("wait",),
                        flag_gives(
                            "wait_for_user",
                            "answer_first",
                            answer_first,
                            "answer_first",
                            "True or False",
                        ),
                        False,
                    ),
                ),
            )
        )
        return self
