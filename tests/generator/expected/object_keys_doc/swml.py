# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import (
    _list_of_Device,
    _map_of_Header,
    _PromptText_or_PromptSteps,
    check_Device,
    check_Params,
    check_Reset,
    check_Stream,
    check_SWMLObject,
)
from swml_verbs._runtime import Invalid, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.models import Device, Header, Params, PromptSteps, PromptText, Reset, Stream
    from swml_verbs.typed import (
        DeviceDict,
        HeaderDict,
        ParamsDict,
        PromptStepsDict,
        PromptTextDict,
        ResetDict,
        StreamDict,
    )

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

    def dial(
        self,
        device: DeviceDict | Device,
        *,
        devices: Sequence[DeviceDict | Device] | None = None,
        headers: Mapping[str, HeaderDict | Header] | None = None,
        prompt: PromptTextDict | PromptText | PromptStepsDict | PromptSteps | None = None,
        stream: StreamDict | Stream | None = None,
        params: ParamsDict | Params | Mapping[str, Any] | None = None,
        reset: ResetDict | Reset | None = None,
    ) -> Self:
        """Dial devices.

        Spec: ``#/$defs/DialMethod/properties/dial``.

        Args:
            device: The first device.

                Keys of ``Device`` (``DeviceDict``):

                - ``to`` (required): a string. Where to dial.
                - ``k01`` (optional): a string.
                - ``k02`` (optional): True or False. Key 2.
                - ``k03`` (optional): an integer of at least 0. Key 3, a count.
                - ``k04`` (optional): a string.
                - ``k05`` (optional): True or False. Key 5.
                - ``k06`` (optional): an integer of at least 0. Key 6, a count.
                - ``k07`` (optional): a string.
                - ``k08`` (optional): True or False. Key 8.
                - ``k09`` (optional): an integer of at least 0. Key 9, a count.
                - ``k10`` (optional): a string.
                - ``k11`` (optional): True or False. Key 11.
                - ``k12`` (optional): an integer of at least 0. Key 12, a count.
                - ``k13`` (optional): a string.
                - ``k14`` (optional): True or False. Key 14.
                - ``k15`` (optional): an integer of at least 0. Key 15, a count.
                - ``k16`` (optional): a string.
                - ``k17`` (optional): True or False. Key 17.
                - ``k18`` (optional): an integer of at least 0. Key 18, a count.
                - ``k19`` (optional): a string.
                - and 3 more, described in ``DeviceDict``: ``k20``, ``k21``, ``k22``.

            devices: More devices, tried in order.

                Keys: as for ``device`` above.

            headers: Headers by name.

                Keys of ``Header`` (``HeaderDict``):

                - ``value`` (required): a string. The header's value.

            prompt: What the agent is told.

                Keys of ``PromptText`` and ``PromptSteps`` alike:

                - ``temperature`` (optional): a number from 0 to 1.5. Randomness.

                ``PromptText`` (``PromptTextDict``) also takes:

                - ``text`` (required): a string. The instructions.

                ``PromptSteps`` (``PromptStepsDict``) also takes:

                - ``steps`` (required): a list of strings (at least 1 item). The instructions, one
                  step an item.

            stream: a Stream object

                Keys of ``Stream`` (``StreamDict``):

                - ``url`` (required): a string. Where the audio goes.
                - ``auth`` (optional): a StreamAuth object. How to sign in; its keys are listed by
                  StreamAuth, not here.
                - ``codec`` (optional): one of 'PCMU', 'PCMA', 'G722', 'L16', 'OPUS', 'AMR-WB',
                  'G729', 'SPEEX', 'iLBC', 'G726-32', 'G723', ... The codec of the audio sent to the
                  WebSocket endpoint, which must be one that the endpoint can decode; the default
                  ...

            params: a Params object

                Keys of ``Params`` (``ParamsDict``):

                - ``speed`` (optional): a number from 0 to 2. How fast to speak.
                - any other key: any JSON value.

            reset: Clears the settings.

                ``Reset`` takes no keys (``{}``).

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["device"] = check_Device(device, "device")
        except Invalid as error:
            refused("dial", "device", device, "a Device object", error)
        if devices is not None:
            try:
                _arg["devices"] = _list_of_Device(devices, "devices")
            except Invalid as error:
                refused("dial", "devices", devices, "a list of Device objects", error)
        if headers is not None:
            try:
                _arg["headers"] = _map_of_Header(headers, "headers")
            except Invalid as error:
                refused(
                    "dial",
                    "headers",
                    headers,
                    "a JSON object whose values are each a Header object",
                    error,
                )
        if prompt is not None:
            try:
                _arg["prompt"] = _PromptText_or_PromptSteps(prompt, "prompt")
            except Invalid as error:
                refused(
                    "dial", "prompt", prompt, "a PromptText object or a PromptSteps object", error
                )
        if stream is not None:
            try:
                _arg["stream"] = check_Stream(stream, "stream")
            except Invalid as error:
                refused("dial", "stream", stream, "a Stream object", error)
        if params is not None:
            try:
                _arg["params"] = check_Params(params, "params")
            except Invalid as error:
                refused("dial", "params", params, "a Params object", error)
        if reset is not None:
            try:
                _arg["reset"] = check_Reset(reset, "reset")
            except Invalid as error:
                refused("dial", "reset", reset, "a Reset object", error)
        self._section.append({"dial": _arg})
        return self
