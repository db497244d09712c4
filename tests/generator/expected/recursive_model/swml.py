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
from swml_verbs._checks import _Prompt_pom, check_SWMLObject
from swml_verbs._runtime import Invalid, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.typed import POMUnion

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

    def prompt(self, pom: Sequence[POMUnion]) -> Self:
        """The ``prompt`` SWML method.

        Spec: ``#/$defs/PromptMethod/properties/prompt``.

        Args:
            pom: a list of items that are each a POM value (at least 1 item)

                Keys of ``PomBody`` and ``PomBullets`` alike:

                - ``title`` (optional): a string.
                - ``subsections`` (optional): a list of items that are each a POM value.

                ``PomBody`` (``PomBodyDict``) also takes:

                - ``body`` (required): a string.

                ``PomBullets`` (``PomBulletsDict``) also takes:

                - ``bullets`` (required): a list of strings (at least 1 item).

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["pom"] = _Prompt_pom(pom, "pom")
        except Invalid as error:
            refused(
                "prompt",
                "pom",
                pom,
                "a list of items that are each a POM value (at least 1 item)",
                error,
            )
        self._section.append({"prompt": _arg})
        return self
