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
from swml_verbs._checks import _Dial_devices, check_SWMLObject
from swml_verbs._runtime import Invalid, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.models import DevicesItem
    from swml_verbs.typed import DevicesItemDict

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

    def dial(self, devices: Sequence[DevicesItemDict | DevicesItem]) -> Self:
        """The ``dial`` SWML method.

        Spec: ``#/$defs/DialMethod/properties/dial``.

        Args:
            devices: a list of DevicesItem objects (at least 1 item)

                Keys of ``DevicesItem`` (``DevicesItemDict``):

                - ``to`` (required): a string. The number to call.
                - ``timeout`` (optional): an integer of at least 0.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["devices"] = _Dial_devices(devices, "devices")
        except Invalid as error:
            refused(
                "dial", "devices", devices, "a list of DevicesItem objects (at least 1 item)", error
            )
        self._section.append({"dial": _arg})
        return self
