# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _Wait_or_int, check_SWMLObject
from swml_verbs._runtime import Invalid, InvalidArgumentError, refused, refused_in

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

    def wait(self, value_: int | None = None, /, *, value: int | None = None) -> Self:
        """The ``wait`` SWML method.

        Spec: ``#/$defs/WaitMethod/properties/wait``.

        Args:
            value_: The short form: an integer
            value: an integer

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _given: dict[str, Any] = {}
        if value is not None:
            _given["value"] = value
        if value_ is not None:
            if _given:
                raise InvalidArgumentError(
                    "wait", "value_", value_, "either the short form or keywords, not both"
                )
            try:
                _arg = _Wait_or_int(value_, "")
            except Invalid as error:
                refused("wait", "value_", value_, "a Wait object or an integer", error)
        else:
            try:
                _arg = _Wait_or_int(_given, "")
            except Invalid as error:
                refused_in("wait", _given, "a Wait object or an integer", error)
        self._section.append({"wait": _arg})
        return self
