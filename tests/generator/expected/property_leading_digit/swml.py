# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from swml_verbs._runtime import InvalidArgumentError

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

    def cat(self, *, _9_lives: int | None = None) -> Self:
        """The ``cat`` SWML method.

        Spec: ``#/$defs/CatMethod/properties/cat``.

        Args:
            _9_lives: an integer

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if _9_lives is not None:
            if type(_9_lives) is not int:
                raise InvalidArgumentError("cat", "_9_lives", _9_lives, "an integer")
            _arg["9lives"] = _9_lives
        self._section.append({"cat": _arg})
        return self
