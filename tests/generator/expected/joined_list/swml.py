# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import (
    _E_Events,
    _J_Events,
    _joined_Channel_or_var,
    _joined_Events,
    check_SWMLObject,
)
from swml_verbs._runtime import Invalid, refused

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs.enums import Channel, Events
    from swml_verbs.typed import SwmlVariable

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

    def notify(
        self,
        events: Events
        | Literal["start", "end", "in-progress"]
        | str
        | Iterable[Events | Literal["start", "end", "in-progress"]],
        *,
        channels: Channel
        | Literal["sms", "email"]
        | str
        | Iterable[Channel | Literal["sms", "email"]]
        | SwmlVariable
        | None = None,
    ) -> Self:
        """The ``notify`` SWML method.

        Spec: ``#/$defs/NotifyMethod/properties/notify``.

        Args:
            events: Events to report, space-separated.
            channels: one or more of 'sms', 'email', as Channel members or a string joined by ',' or a SWML variable such as '${name}'

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        try:
            _arg["events"] = (
                events
                if type(events) is str
                and (events in _E_Events or _J_Events.match(events) is not None)
                else _joined_Events(events, "events")
            )
        except Invalid as error:
            refused(
                "notify",
                "events",
                events,
                "one or more of 'start', 'end', 'in-progress', as Events members or a string joined by ' '",
                error,
            )
        if channels is not None:
            try:
                _arg["channels"] = _joined_Channel_or_var(channels, "channels")
            except Invalid as error:
                refused(
                    "notify",
                    "channels",
                    channels,
                    "one or more of 'sms', 'email', as Channel members or a string joined by ',' or a SWML variable such as '${name}'",
                    error,
                )
        self._section.append({"notify": _arg})
        return self
