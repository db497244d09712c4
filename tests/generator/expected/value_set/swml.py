# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _E_Style, _E_Tone, check_SWMLObject
from swml_verbs._runtime import InvalidArgumentError

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.enums import Style, Tone

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

    def beep(
        self,
        tone: Tone | Literal["low", "high"],
        *,
        style: Style | Literal["short", "long", "double-tap"] | None = None,
        repeat: Literal[1] | Literal[2] | Literal[3] | None = None,
    ) -> Self:
        """The ``beep`` SWML method.

        Spec: ``#/$defs/BeepMethod/properties/beep``.

        Args:
            tone: The pitch of the beep.
            style: one of 'short', 'long', 'double-tap' (or a Style member)
            repeat: 1 or 2 or 3

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not (isinstance(tone, str) and tone in _E_Tone):
            raise InvalidArgumentError(
                "beep", "tone", tone, "one of 'low', 'high' (or a Tone member)"
            )
        _arg["tone"] = _E_Tone[tone]
        if style is not None:
            if not (isinstance(style, str) and style in _E_Style):
                raise InvalidArgumentError(
                    "beep",
                    "style",
                    style,
                    "one of 'short', 'long', 'double-tap' (or a Style member)",
                )
            _arg["style"] = _E_Style[style]
        if repeat is not None:
            if not (
                (type(repeat) in (int, float) and repeat == 1)
                or (type(repeat) in (int, float) and repeat == 2)
                or (type(repeat) in (int, float) and repeat == 3)
            ):
                raise InvalidArgumentError("beep", "repeat", repeat, "1 or 2 or 3")
            _arg["repeat"] = repeat
        self._section.append({"beep": _arg})
        return self
