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
from swml_verbs._checks import _list_of_SayAction_or_PlayAction_or_FileAction, check_SWMLObject
from swml_verbs._runtime import Invalid, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.models import FileAction, PlayAction, SayAction
    from swml_verbs.typed import FileActionDict, PlayActionDict, SayActionDict

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

    def prompt(
        self,
        actions: Sequence[
            SayActionDict | SayAction | PlayActionDict | PlayAction | FileActionDict | FileAction
        ],
    ) -> Self:
        """Prompt the caller.

        Spec: ``#/$defs/PromptMethod/properties/prompt``.

        Args:
            actions: What to say or play, in order.

                Keys of ``SayAction`` (``SayActionDict``):

                - ``type`` (required): 'Say'.
                - ``phrase`` (required): a string. Text to speak.

                Keys of ``PlayAction`` (``PlayActionDict``):

                - ``type`` (required): 'Play'.
                - ``phrase`` (required): a string matching ^https?://. A URL to play.

                Keys of ``FileAction`` (``FileActionDict``):

                - ``file`` (required): a string. A stored file.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["actions"] = _list_of_SayAction_or_PlayAction_or_FileAction(actions, "actions")
        except Invalid as error:
            refused(
                "prompt",
                "actions",
                actions,
                "a list of SayAction or PlayAction or FileAction objects",
                error,
            )
        self._section.append({"prompt": _arg})
        return self
