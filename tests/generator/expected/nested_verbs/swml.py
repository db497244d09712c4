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
from swml_verbs._checks import _list_of_CondReg_or_CondElse, check_SWMLObject
from swml_verbs._runtime import Invalid, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.models import CondElse, CondReg
    from swml_verbs.typed import CondElseDict, CondRegDict

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

    def cond(self, value: Sequence[CondRegDict | CondReg | CondElseDict | CondElse], /) -> Self:
        """Run the first branch whose condition holds.

        Spec: ``#/$defs/CondMethod/properties/cond``.

        Args:
            value: a list of CondReg or CondElse objects

                Keys of ``CondReg`` (``CondRegDict``):

                - ``when`` (required): a string. A JavaScript condition.
                - ``then`` (required): a list of SWML methods.

                Keys of ``CondElse`` (``CondElseDict``):

                - ``else`` (required): a list of SWML methods.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        try:
            _arg = _list_of_CondReg_or_CondElse(value, "")
        except Invalid as error:
            refused("cond", "value", value, "a list of CondReg or CondElse objects", error)
        self._section.append({"cond": _arg})
        return self

    def hangup(self) -> Self:
        """The ``hangup`` SWML method.

        Spec: ``#/$defs/HangupMethod/properties/hangup``.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        self._section.append({"hangup": _arg})
        return self
