# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _E_Beep, check_SWMLObject
from swml_verbs._runtime import InvalidArgumentError

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.enums import Beep

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

    def join_room(
        self,
        name: str,
        *,
        muted: bool | None = None,
        beep: Beep | Literal["true", "false", "onEnter"] | None = None,
        max_members: int | None = None,
    ) -> Self:
        """The ``join_room`` SWML method.

        Spec: ``#/$defs/JoinRoomMethod/properties/join_room``.

        Args:
            name: Room name.
            muted: True or False
            beep: one of 'true', 'false', 'onEnter' (or a Beep member)
            max_members: an integer from 2 to 10

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not (isinstance(name, str) and name.strip() != ""):
            raise InvalidArgumentError("join_room", "name", name, "a non-blank string")
        _arg["name"] = name
        if muted is not None:
            if not (muted is True or muted is False):
                raise InvalidArgumentError("join_room", "muted", muted, "True or False")
            _arg["muted"] = muted
        if beep is not None:
            if not (isinstance(beep, str) and beep in _E_Beep):
                raise InvalidArgumentError(
                    "join_room",
                    "beep",
                    beep,
                    "one of 'true', 'false', 'onEnter' (or a Beep member)",
                )
            _arg["beep"] = _E_Beep[beep]
        if max_members is not None:
            if not (type(max_members) is int and 2 <= max_members <= 10):
                raise InvalidArgumentError(
                    "join_room", "max_members", max_members, "an integer from 2 to 10"
                )
            _arg["max_members"] = max_members
        self._section.append({"join_room": _arg})
        return self
