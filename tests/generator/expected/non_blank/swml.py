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
from swml_verbs._runtime import InvalidArgumentError, is_var

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.typed import SwmlVariable

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

    def join(self, name: str, *, room: str | SwmlVariable | None = None) -> Self:
        """The ``join`` SWML method.

        Spec: ``#/$defs/JoinMethod/properties/join``.

        Args:
            name: Room name.
            room: a non-blank string or a SWML variable such as '${name}'

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not (isinstance(name, str) and name.strip() != ""):
            raise InvalidArgumentError("join", "name", name, "a non-blank string")
        _arg["name"] = name
        if room is not None:
            if not ((isinstance(room, str) and room.strip() != "") or is_var(room)):
                raise InvalidArgumentError(
                    "join", "room", room, "a non-blank string or a SWML variable such as '${name}'"
                )
            _arg["room"] = room
        self._section.append({"join": _arg})
        return self
