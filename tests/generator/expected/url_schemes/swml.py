# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``SWML``: a SWML document builder with one typed, checked chaining method per verb.

Each method checks its arguments against the spec before anything is added, so a refused call
(``InvalidArgumentError``) leaves the document as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swml_verbs._builder import DocumentBuilder
from swml_verbs._checks import _URL_HTTP_HTTPS, _URL_WSS, check_SWMLObject
from swml_verbs._runtime import InvalidArgumentError, is_var

if TYPE_CHECKING:
    from typing_extensions import Self

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

    def fetch(
        self,
        url: str,
        *,
        socket: str | None = None,
        callback: str | SwmlVariable | None = None,
        link: str | None = None,
    ) -> Self:
        """The ``fetch`` SWML method.

        Spec: ``#/$defs/FetchMethod/properties/fetch``.

        Args:
            url: an absolute URL starting with http:// or https://
            socket: an absolute URL starting with wss://
            callback: an absolute URL starting with http:// or https:// or a SWML variable such as '${name}'
            link: Not checked: no x-url-schemes.

        Raises:
            InvalidArgumentError: a value the schema does not allow; nothing is added.
        """
        _arg: dict[str, Any] = {}
        if not (isinstance(url, str) and _URL_HTTP_HTTPS.match(url) is not None):
            raise InvalidArgumentError(
                "fetch", "url", url, "an absolute URL starting with http:// or https://"
            )
        _arg["url"] = url
        if socket is not None:
            if not (isinstance(socket, str) and _URL_WSS.match(socket) is not None):
                raise InvalidArgumentError(
                    "fetch", "socket", socket, "an absolute URL starting with wss://"
                )
            _arg["socket"] = socket
        if callback is not None:
            if not (
                (isinstance(callback, str) and _URL_HTTP_HTTPS.match(callback) is not None)
                or is_var(callback)
            ):
                raise InvalidArgumentError(
                    "fetch",
                    "callback",
                    callback,
                    "an absolute URL starting with http:// or https:// or a SWML variable such as '${name}'",
                )
            _arg["callback"] = callback
        if link is not None:
            if not isinstance(link, str):
                raise InvalidArgumentError("fetch", "link", link, "a string")
            _arg["link"] = link
        self._section.append({"fetch": _arg})
        return self
