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
from swml_verbs._checks import _map_of_any, check_SWMLObject
from swml_verbs._runtime import Invalid, InvalidArgumentError, json_copy, refused

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

    def set(self, value: Mapping[str, Any], /) -> Self:
        """Variables to set.

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

    def meta(self, id: str, **extra: Any) -> Self:
        """The ``meta`` SWML method.

        Spec: ``#/$defs/MetaMethod/properties/meta``.

        Args:
            id: a string
            **extra: Other keys of the object: any JSON value

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(id, str):
            raise InvalidArgumentError("meta", "id", id, "a string")
        _arg["id"] = id
        for _key, _item in extra.items():
            try:
                _arg[_key] = json_copy(_item, _key)
            except Invalid as error:
                refused("meta", _key, _item, "any JSON value", error)
        self._section.append({"meta": _arg})
        return self
