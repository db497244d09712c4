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

    def tap(self, uri: str, *, rtp_ptime: int | None = None, ptime: int | None = None) -> Self:
        """The ``tap`` SWML method.

        Spec: ``#/$defs/TapMethod/properties/tap``.

        Args:
            uri: a string
            rtp_ptime: Use ptime instead.
            ptime: an integer of at least 10

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(uri, str):
            raise InvalidArgumentError("tap", "uri", uri, "a string")
        _arg["uri"] = uri
        if rtp_ptime is not None:
            if type(rtp_ptime) is not int:
                raise InvalidArgumentError("tap", "rtp_ptime", rtp_ptime, "an integer")
            _arg["rtp_ptime"] = rtp_ptime
        if ptime is not None:
            if not (type(ptime) is int and ptime >= 10):
                raise InvalidArgumentError("tap", "ptime", ptime, "an integer of at least 10")
            _arg["ptime"] = ptime
        self._section.append({"tap": _arg})
        return self
