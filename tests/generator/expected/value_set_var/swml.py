# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _E_Direction, _E_Format, check_SWMLObject
from swml_verbs._runtime import InvalidArgumentError, is_var

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.enums import Direction, Format
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
        format: Format | Literal["mp3", "wav"] | SwmlVariable | None = None,
        direction: Direction | Literal["speak", "listen"] | SwmlVariable | None = None,
    ) -> Self:
        """The ``record`` SWML method.

        Spec: ``#/$defs/RecordMethod/properties/record``.

        Args:
            format: The file format.
            direction: one of 'speak', 'listen' (or a Direction member) or a SWML variable such as '${name}'

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if format is not None:
            if not ((isinstance(format, str) and format in _E_Format) or is_var(format)):
                raise InvalidArgumentError(
                    "record",
                    "format",
                    format,
                    "one of 'mp3', 'wav' (or a Format member) or a SWML variable such as '${name}'",
                )
            _arg["format"] = str(format) if isinstance(format, str) else format
        if direction is not None:
            if not (
                (isinstance(direction, str) and direction in _E_Direction) or is_var(direction)
            ):
                raise InvalidArgumentError(
                    "record",
                    "direction",
                    direction,
                    "one of 'speak', 'listen' (or a Direction member) or a SWML variable such as '${name}'",
                )
            _arg["direction"] = str(direction) if isinstance(direction, str) else direction
        self._section.append({"record": _arg})
        return self
