# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _E_Channel, _E_Direction, _E_Format, check_SWMLObject
from swml_verbs._runtime import MISSING, InvalidArgumentError, is_var

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.enums import Channel, Direction, Format
    from swml_verbs.typed import SwmlVariable

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

    def record(
        self,
        *,
        format: Format | Literal["mp3", "wav"] | None = MISSING,
        direction: Direction | Literal["speak", "listen"] | Literal[None] = MISSING,
        channel: Channel | Literal["left", "right"] | SwmlVariable | None = MISSING,
    ) -> Self:
        """The ``record`` SWML method.

        Spec: ``#/$defs/RecordMethod/properties/record``.

        Args:
            format: The file format; null asks for the account's default.
            direction: one of 'speak', 'listen' (or a Direction member) or None
            channel: None or one of 'left', 'right' (or a Channel member) or a SWML variable such as '${name}'

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if format is not MISSING:
            if not ((isinstance(format, str) and format in _E_Format) or format is None):
                raise InvalidArgumentError(
                    "record", "format", format, "one of 'mp3', 'wav' (or a Format member) or None"
                )
            _arg["format"] = str(format) if isinstance(format, str) else format
        if direction is not MISSING:
            if not (
                (isinstance(direction, str) and direction in _E_Direction) or direction is None
            ):
                raise InvalidArgumentError(
                    "record",
                    "direction",
                    direction,
                    "one of 'speak', 'listen' (or a Direction member) or None",
                )
            _arg["direction"] = str(direction) if isinstance(direction, str) else direction
        if channel is not MISSING:
            if not (
                channel is None
                or (isinstance(channel, str) and channel in _E_Channel)
                or is_var(channel)
            ):
                raise InvalidArgumentError(
                    "record",
                    "channel",
                    channel,
                    "None or one of 'left', 'right' (or a Channel member) or a SWML variable such as '${name}'",
                )
            _arg["channel"] = str(channel) if isinstance(channel, str) else channel
        self._section.append({"record": _arg})
        return self
