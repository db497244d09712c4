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
from swml_verbs._checks import _Connect_confirm, check_SWMLObject
from swml_verbs._runtime import Invalid, InvalidArgumentError, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.typed import AnswerVerb, HangupVerb

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

    def connect(self, to: str, *, confirm: Sequence[AnswerVerb | HangupVerb] | None = None) -> Self:
        """The ``connect`` SWML method.

        Spec: ``#/$defs/ConnectMethod/properties/connect``.

        Args:
            to: a string
            confirm: a list of SWML methods (one of answer, hangup)

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(to, str):
            raise InvalidArgumentError("connect", "to", to, "a string")
        _arg["to"] = to
        if confirm is not None:
            try:
                _arg["confirm"] = _Connect_confirm(confirm, "confirm")
            except Invalid as error:
                refused(
                    "connect",
                    "confirm",
                    confirm,
                    "a list of SWML methods (one of answer, hangup)",
                    error,
                )
        self._section.append({"connect": _arg})
        return self

    def answer(self) -> Self:
        """The ``answer`` SWML method.

        Spec: ``#/$defs/AnswerMethod/properties/answer``.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        self._section.append({"answer": _arg})
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
