# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _Collect_codes, _Collect_digits, check_SWMLObject
from swml_verbs._runtime import Invalid, refused

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

    def collect(self, digits: Sequence[str], *, codes: Sequence[int] | None = None) -> Self:
        """The ``collect`` SWML method.

        Spec: ``#/$defs/CollectMethod/properties/collect``.

        Args:
            digits: Up to three single characters.
            codes: a list of items that are each an integer of at least 0

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["digits"] = _Collect_digits(digits, "digits")
        except Invalid as error:
            refused(
                "collect",
                "digits",
                digits,
                "a list of items that are each a string of at most 1 character (1 to 3 items)",
                error,
            )
        if codes is not None:
            try:
                _arg["codes"] = _Collect_codes(codes, "codes")
            except Invalid as error:
                refused(
                    "collect",
                    "codes",
                    codes,
                    "a list of items that are each an integer of at least 0",
                    error,
                )
        self._section.append({"collect": _arg})
        return self
