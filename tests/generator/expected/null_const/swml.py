# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import check_SWMLObject
from swml_verbs._runtime import MISSING, InvalidArgumentError

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

    def tag(
        self, *, clear: Literal[None] = MISSING, mode: Literal["a"] | Literal[None] = MISSING
    ) -> Self:
        """The ``tag`` SWML method.

        Spec: ``#/$defs/TagMethod/properties/tag``.

        Args:
            clear: None
            mode: 'a' or None

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if clear is not MISSING:
            if clear is not None:
                raise InvalidArgumentError("tag", "clear", clear, "None")
            _arg["clear"] = None
        if mode is not MISSING:
            if not ((isinstance(mode, str) and mode == "a") or mode is None):
                raise InvalidArgumentError("tag", "mode", mode, "'a' or None")
            _arg["mode"] = mode
        self._section.append({"tag": _arg})
        return self
