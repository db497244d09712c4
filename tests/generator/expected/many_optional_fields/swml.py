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
from swml_verbs._checks import _list_of_Device, check_SWMLObject
from swml_verbs._runtime import Invalid, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.models import Device
    from swml_verbs.typed import DeviceDict

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

    def dial(self, devices: Sequence[DeviceDict | Device]) -> Self:
        """Dial devices in turn.

        Spec: ``#/$defs/DialMethod/properties/dial``.

        Args:
            devices: a list of Device objects

                Keys of ``Device`` (``DeviceDict``):

                - ``to`` (required): a string. Where to dial.
                - ``a1`` (optional): a string.
                - ``a2`` (optional): a string.
                - ``a3`` (optional): a string.
                - ``a4`` (optional): a string.
                - ``a5`` (optional): a string.
                - ``a6`` (optional): a string.
                - ``a7`` (optional): a string.
                - ``b1`` (optional): an integer of at least 0.
                - ``b2`` (optional): an integer of at least 0.
                - ``b3`` (optional): an integer of at least 0.
                - ``b4`` (optional): an integer of at least 0.
                - ``b5`` (optional): an integer of at least 0.
                - ``b6`` (optional): an integer of at least 0.
                - ``b7`` (optional): True or False.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["devices"] = _list_of_Device(devices, "devices")
        except Invalid as error:
            refused("dial", "devices", devices, "a list of Device objects", error)
        self._section.append({"dial": _arg})
        return self
