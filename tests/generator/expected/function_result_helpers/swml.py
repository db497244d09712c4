# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _E_Direction, _map_of_any, _Output_action, check_SWMLObject
from swml_verbs._runtime import Invalid, InvalidArgumentError, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.enums import Direction
    from swml_verbs.models import HangupAction, HoldAction, SayAction, SWMLAction, WaitAction
    from swml_verbs.typed import (
        HangupActionDict,
        HoldActionDict,
        SayActionDict,
        SWMLActionDict,
        WaitActionDict,
    )

__all__ = ["SWML"]


class SWML(DocumentBuilder):
    """A SWML document: named sections of verbs; execution starts at ``main``.

    ``SWML().answer().play(url="say:Hello").hangup().to_dict()`` gives the document; a
    ``FunctionResult`` takes it as is with ``execute_swml``. ``SWML.from_dict``, ``from_json``
    and ``from_yaml`` read a whole document back, checked (``DocumentBuilder``).
    """

    @classmethod
    def _checked_document(cls, document: object) -> dict[str, Any]:
        return check_SWMLObject(document, "")

    def set(self, value: Mapping[str, Any], /) -> Self:
        """Set variables.

        Spec: ``#/$defs/SetMethod/properties/set``.

        Args:
            value: a JSON object

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        try:
            _arg = _map_of_any(value, "")
        except Invalid as error:
            refused("set", "value", value, "a JSON object", error)
        self._section.append({"set": _arg})
        return self

    def tap(
        self,
        uri: str,
        *,
        direction: Direction | Literal["speak", "listen", "both"] | None = None,
        rtp_ptime: int | None = None,
    ) -> Self:
        """The ``tap`` SWML method.

        Spec: ``#/$defs/TapMethod/properties/tap``.

        Args:
            uri: Where the audio goes.
            direction: one of 'speak', 'listen', 'both' (or a Direction member)
            rtp_ptime: an integer

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(uri, str):
            raise InvalidArgumentError("tap", "uri", uri, "a string")
        _arg["uri"] = uri
        if direction is not None:
            if not (isinstance(direction, str) and direction in _E_Direction):
                raise InvalidArgumentError(
                    "tap",
                    "direction",
                    direction,
                    "one of 'speak', 'listen', 'both' (or a Direction member)",
                )
            _arg["direction"] = _E_Direction[direction]
        if rtp_ptime is not None:
            if type(rtp_ptime) is not int:
                raise InvalidArgumentError("tap", "rtp_ptime", rtp_ptime, "an integer")
            _arg["rtp_ptime"] = rtp_ptime
        self._section.append({"tap": _arg})
        return self

    def respond(
        self,
        *,
        response: str | None = None,
        action: Sequence[
            SayActionDict
            | SayAction
            | HangupActionDict
            | HangupAction
            | HoldActionDict
            | HoldAction
            | SWMLActionDict
            | SWMLAction
            | WaitActionDict
            | WaitAction
        ]
        | None = None,
    ) -> Self:
        """The ``respond`` SWML method.

        Spec: ``#/$defs/RespondMethod/properties/respond``.

        Args:
            response: a string
            action: a list of SayAction or HangupAction or HoldAction or SWMLAction or WaitAction objects

                Keys of ``SayAction`` (``SayActionDict``):

                - ``say`` (required): a string. Text the agent speaks.

                Keys of ``HangupAction`` (``HangupActionDict``):

                - ``hangup`` (required): True or False.

                Keys of ``HoldAction`` (``HoldActionDict``):

                - ``hold`` (required): an integer of at most 900 or a Hold object.

                Keys of ``SWMLAction`` (``SWMLActionDict``):

                - ``SWML`` (required): a SWMLObject object.
                - ``transfer`` (optional): True or False. Leave the agent for the document.

                Keys of ``WaitAction`` (``WaitActionDict``):

                - ``wait`` (required): True or False or an integer of at least 0 or 'answer_first'.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if response is not None:
            if not isinstance(response, str):
                raise InvalidArgumentError("respond", "response", response, "a string")
            _arg["response"] = response
        if action is not None:
            try:
                _arg["action"] = _Output_action(action, "action")
            except Invalid as error:
                refused(
                    "respond",
                    "action",
                    action,
                    "a list of SayAction or HangupAction or HoldAction or SWMLAction or WaitAction objects",
                    error,
                )
        self._section.append({"respond": _arg})
        return self
