# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import (
    _E_Codec,
    check_RecordSettings,
    check_StreamSettings,
    check_SWMLObject,
)
from swml_verbs._runtime import Invalid, InvalidArgumentError, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.enums import Codec
    from swml_verbs.models import RecordSettings, StreamSettings
    from swml_verbs.typed import RecordSettingsDict, StreamSettingsDict

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

    def record(
        self,
        *,
        settings: RecordSettingsDict | RecordSettings | None = None,
        codec: Codec | Literal["PCMU", "OPUS"] | None = None,
    ) -> Self:
        """The ``record`` SWML method.

        Spec: ``#/$defs/RecordMethod/properties/record``.

        Args:
            settings: a RecordSettings object

                Keys of ``RecordSettings`` (``RecordSettingsDict``):

                - ``stereo`` (optional): True or False.

            codec: one of 'PCMU', 'OPUS' (or a Codec member)

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if settings is not None:
            try:
                _arg["settings"] = check_RecordSettings(settings, "settings")
            except Invalid as error:
                refused("record", "settings", settings, "a RecordSettings object", error)
        if codec is not None:
            if not (isinstance(codec, str) and codec in _E_Codec):
                raise InvalidArgumentError(
                    "record", "codec", codec, "one of 'PCMU', 'OPUS' (or a Codec member)"
                )
            _arg["codec"] = _E_Codec[codec]
        self._section.append({"record": _arg})
        return self

    def stream(
        self,
        *,
        settings: StreamSettingsDict | StreamSettings | None = None,
        codec: Codec | Literal["PCMU", "OPUS"] | None = None,
    ) -> Self:
        """The ``stream`` SWML method.

        Spec: ``#/$defs/StreamMethod/properties/stream``.

        Args:
            settings: a StreamSettings object

                Keys of ``StreamSettings`` (``StreamSettingsDict``):

                - ``url`` (required): a string.

            codec: one of 'PCMU', 'OPUS' (or a Codec member)

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if settings is not None:
            try:
                _arg["settings"] = check_StreamSettings(settings, "settings")
            except Invalid as error:
                refused("stream", "settings", settings, "a StreamSettings object", error)
        if codec is not None:
            if not (isinstance(codec, str) and codec in _E_Codec):
                raise InvalidArgumentError(
                    "stream", "codec", codec, "one of 'PCMU', 'OPUS' (or a Codec member)"
                )
            _arg["codec"] = _E_Codec[codec]
        self._section.append({"stream": _arg})
        return self
