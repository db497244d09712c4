# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _Request_output, check_SWMLObject
from swml_verbs._runtime import Invalid, InvalidArgumentError, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.models import Output
    from swml_verbs.typed import OutputDict

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

    def request(self, url: str, *, output: OutputDict | Output | None = None) -> Self:
        """The ``request`` SWML method.

        Spec: ``#/$defs/RequestMethod/properties/request``.

        Args:
            url: a string
            output: At least one of the fields.

                Keys of ``Output`` (``OutputDict``):

                - ``status`` (optional): a string.
                - ``body`` (optional): a string.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(url, str):
            raise InvalidArgumentError("request", "url", url, "a string")
        _arg["url"] = url
        if output is not None:
            try:
                _arg["output"] = _Request_output(output, "output")
            except Invalid as error:
                refused("request", "output", output, "an Output object with at least 1 key", error)
        self._section.append({"request": _arg})
        return self
