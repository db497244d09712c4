# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _verb_sleep, check_SWMLObject
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

    def sleep(self, value: int | None = None, /, *, duration: int | None = None) -> Self:
        """Pause, in milliseconds.

        Spec: ``#/$defs/SleepMethod/properties/sleep``.

        Args:
            value: The short form: an integer of at least -1
            duration: an integer of at least -1

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _given: dict[str, Any] = {}
        if duration is not None:
            _given["duration"] = duration
        if value is not None:
            if _given:
                raise InvalidArgumentError(
                    "sleep", "value", value, "either the short form or keywords, not both"
                )
            try:
                _arg = _verb_sleep(value, "")
            except Invalid as error:
                refused(
                    "sleep", "value", value, "a Sleep object or an integer of at least -1", error
                )
        else:
            try:
                _arg = _verb_sleep(_given, "")
            except Invalid as error:
                refused_in("sleep", _given, "a Sleep object or an integer of at least -1", error)
        self._section.append({"sleep": _arg})
        return self
