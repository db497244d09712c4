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

    def wait(
        self,
        count: int,
        *,
        delay: int | None = None,
        retries: int | None = None,
        pitch: int | str | None = None,
    ) -> Self:
        """The ``wait`` SWML method.

        Spec: ``#/$defs/WaitMethod/properties/wait``.

        Args:
            count: How many times.
            delay: an integer above 0
            retries: an integer of at least 0 and below 5
            pitch: Bounds beside the union and in its branch both hold: the tighter of each.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not (type(count) is int and 1 <= count <= 10):
            raise InvalidArgumentError("wait", "count", count, "an integer from 1 to 10")
        _arg["count"] = count
        if delay is not None:
            if not (type(delay) is int and delay > 0):
                raise InvalidArgumentError("wait", "delay", delay, "an integer above 0")
            _arg["delay"] = delay
        if retries is not None:
            if not (type(retries) is int and 0 <= retries < 5):
                raise InvalidArgumentError(
                    "wait", "retries", retries, "an integer of at least 0 and below 5"
                )
            _arg["retries"] = retries
        if pitch is not None:
            if not (
                (type(pitch) is int and -12 <= pitch <= 12)
                or (isinstance(pitch, str) and len(pitch) <= 3)
            ):
                raise InvalidArgumentError(
                    "wait",
                    "pitch",
                    pitch,
                    "an integer from -12 to 12 or a string of at most 3 characters",
                )
            _arg["pitch"] = pitch
        self._section.append({"wait": _arg})
        return self
