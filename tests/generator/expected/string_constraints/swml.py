# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _RE_0, _RE_1, _RE_2, check_SWMLObject
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

    def say(
        self,
        text: str,
        *,
        variable: str | None = None,
        code: str | None = None,
        zip: str | None = None,
    ) -> Self:
        """The ``say`` SWML method.

        Spec: ``#/$defs/SayMethod/properties/say``.

        Args:
            text: What to say.
            variable: A variable reference.
            code: a string matching ^\\d{3}$
            zip: a five-digit ZIP code

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not (isinstance(text, str) and len(text) >= 1 and len(text) <= 20):
            raise InvalidArgumentError("say", "text", text, "a string of 1 to 20 characters")
        _arg["text"] = text
        if variable is not None:
            if not (isinstance(variable, str) and _RE_0.search(variable) is not None):
                raise InvalidArgumentError(
                    "say", "variable", variable, "a string matching ^[\\$%]\\{.*\\}$"
                )
            _arg["variable"] = variable
        if code is not None:
            if not (isinstance(code, str) and _RE_1.search(code) is not None):
                raise InvalidArgumentError("say", "code", code, "a string matching ^\\d{3}$")
            _arg["code"] = code
        if zip is not None:
            if not (isinstance(zip, str) and _RE_2.search(zip) is not None):
                raise InvalidArgumentError("say", "zip", zip, "a five-digit ZIP code")
            _arg["zip"] = zip
        self._section.append({"say": _arg})
        return self
