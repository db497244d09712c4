# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``FunctionResult``: a SWAIG function's result, with the SWAIG-action chaining methods.

Drop-in replacements for the reference SDK's methods of the same names: same keyword names and
defaults, same output for every call both accept, and every value checked against the spec
before anything is recorded.
"""

from __future__ import annotations

import json
from typing import Any


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
        self, swml_content: str | dict[str, Any] | Any, transfer: bool = False
    ) -> FunctionResult:
        """Append a SWML document as an action: JSON text, a dict, or an object with ``to_dict()``.

        Text that is not JSON is kept as ``{"raw_swml": text}``; ``transfer=True`` adds
        ``"transfer": "true"`` beside the document so the call leaves the agent. The spec has no
        ``SWML`` action to check them against.
        """
        swml: Any
        if isinstance(swml_content, str):
            try:
                swml = json.loads(swml_content)
            except ValueError:
                swml = {"raw_swml": swml_content}
        elif hasattr(swml_content, "to_dict"):
            swml = swml_content.to_dict()
        elif isinstance(swml_content, dict):
            swml = dict(swml_content)
        else:
            raise TypeError(
                f"swml_content must be a JSON string, a dict or an object with to_dict(), got {type(swml_content).__name__}"
            )
        action: dict[str, Any] = {"SWML": swml}
        if transfer:
            action["transfer"] = "true"
        self.action.append(action)
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
