# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._runtime import MISSING, InvalidArgumentError

if TYPE_CHECKING:
    from typing_extensions import Self


__all__ = ["SWML"]


class SWML:
    """A SWML document: named sections of verbs; execution starts at ``main``.

    ``SWML().answer().play(url="say:Hello").hangup().to_dict()`` gives the document; a
    ``FunctionResult`` takes it as is with ``execute_swml``.
    """

    def __init__(self) -> None:
        self.sections: dict[str, list[dict[str, Any]]] = {"main": []}
        self._section = self.sections["main"]

    def __repr__(self) -> str:
        return f"SWML(sections={self.sections!r})"

    def section(self, name: str) -> Self:
        """Add the verbs that follow to section ``name`` (made empty if new); ``main`` runs
        first, and ``execute`` / ``transfer`` reach the others by name."""
        if not isinstance(name, str) or not name:
            raise InvalidArgumentError("section", "name", name, "a non-empty string")
        self._section = self.sections.setdefault(name, [])
        return self

    def to_dict(self) -> dict[str, Any]:
        """The document: ``{"version": "1.0.0", "sections": {...}}``."""
        return {"version": "1.0.0", "sections": {k: list(v) for k, v in self.sections.items()}}

    def to_json(self, **kwargs: Any) -> str:
        """The document as JSON text (``kwargs`` go to ``json.dumps``)."""
        return json.dumps(self.to_dict(), **kwargs)

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
