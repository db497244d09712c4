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
from swml_verbs._checks import _PlayWithURL_or_PlayWithURLS, check_SWMLObject
from swml_verbs._runtime import Invalid, refused_in

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

    def play(
        self,
        *,
        url: str | None = None,
        volume: float | None = None,
        urls: Sequence[str] | None = None,
    ) -> Self:
        """Play audio.

        Spec: ``#/$defs/PlayMethod/properties/play``.

        Args:
            url: One file.
            volume: a number from -40 to 40
            urls: Files in order.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _given: dict[str, Any] = {}
        if url is not None:
            _given["url"] = url
        if volume is not None:
            _given["volume"] = volume
        if urls is not None:
            _given["urls"] = urls
        try:
            _arg = _PlayWithURL_or_PlayWithURLS(_given, "")
        except Invalid as error:
            refused_in("play", _given, "a PlayWithURL object or a PlayWithURLS object", error)
        self._section.append({"play": _arg})
        return self
