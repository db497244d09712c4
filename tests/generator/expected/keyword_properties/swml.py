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

    def send_sms(self, from_: str, to: str, *, return_: bool | None = None) -> Self:
        """The ``send_sms`` SWML method.

        Spec: ``#/$defs/SendSmsMethod/properties/send_sms``.

        Args:
            from_: The sender.
            return_: True or False
            to: a string

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not isinstance(from_, str):
            raise InvalidArgumentError("send_sms", "from_", from_, "a string")
        _arg["from"] = from_
        if not isinstance(to, str):
            raise InvalidArgumentError("send_sms", "to", to, "a string")
        _arg["to"] = to
        if return_ is not None:
            if not (return_ is True or return_ is False):
                raise InvalidArgumentError("send_sms", "return_", return_, "True or False")
            _arg["return"] = return_
        self._section.append({"send_sms": _arg})
        return self
