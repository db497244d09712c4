# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import check_SWMLObject, check_Tree
from swml_verbs._runtime import Invalid, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.typed import TreeUnion

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

    def tree(self, value: TreeUnion, /) -> Self:
        """The ``tree`` SWML method.

        Spec: ``#/$defs/TreeMethod/properties/tree``.

        Args:
            value: a Tree value

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        try:
            _arg = check_Tree(value, "")
        except Invalid as error:
            refused("tree", "value", value, "a Tree value", error)
        self._section.append({"tree": _arg})
        return self
