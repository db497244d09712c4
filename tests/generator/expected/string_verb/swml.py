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
from swml_verbs._runtime import InvalidArgumentError

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

    def label(self, value: str, /) -> Self:
        """Mark this point so goto can jump to it.

        Spec: ``#/$defs/LabelMethod/properties/label``.

        Args:
            value: a string

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        if not isinstance(value, str):
            raise InvalidArgumentError("label", "value", value, "a string")
        _arg = value
        self._section.append({"label": _arg})
        return self
