# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import check_SWMLObject
from swml_verbs._runtime import InvalidArgumentError, is_number

if TYPE_CHECKING:
    from typing_extensions import Self


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

    def volume(self, level: float, *, gain: float | None = None) -> Self:
        """The ``volume`` SWML method.

        Spec: ``#/$defs/VolumeMethod/properties/volume``.

        Args:
            level: Volume in dB.
            gain: a number above 0

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not (is_number(level) and -40 <= level <= 40):
            raise InvalidArgumentError("volume", "level", level, "a number from -40 to 40")
        _arg["level"] = level
        if gain is not None:
            if not (is_number(gain) and gain > 0):
                raise InvalidArgumentError("volume", "gain", gain, "a number above 0")
            _arg["gain"] = gain
        self._section.append({"volume": _arg})
        return self
