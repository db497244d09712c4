# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _map_of_str, check_SWMLObject
from swml_verbs._runtime import Invalid, InvalidArgumentError, refused

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

    def headers(self, value: Mapping[str, str], /) -> Self:
        """SIP headers, name to value.

        Spec: ``#/$defs/HeadersMethod/properties/headers``.

        Args:
            value: a JSON object whose values are each a string

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        try:
            _arg = _map_of_str(value, "")
        except Invalid as error:
            refused(
                "headers", "value", value, "a JSON object whose values are each a string", error
            )
        self._section.append({"headers": _arg})
        return self

    def tags(self, *, name: str | None = None, **extra: int) -> Self:
        """The ``tags`` SWML method.

        Spec: ``#/$defs/TagsMethod/properties/tags``.

        Args:
            name: a string
            **extra: Other keys of the object: an integer

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if name is not None:
            if not isinstance(name, str):
                raise InvalidArgumentError("tags", "name", name, "a string")
            _arg["name"] = name
        for _key, _item in extra.items():
            if type(_item) is not int:
                raise InvalidArgumentError("tags", _key, _item, "an integer")
            _arg[_key] = _item
        self._section.append({"tags": _arg})
        return self
