# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

"""``DocumentBuilder``: what ``SWML`` is besides its verbs. Sections, the document as a dict,
JSON or YAML, and reading a whole document back, checked by the spec's root checker.

It holds no verb, so it is the same for every spec: ``swml.py`` adds one method per verb and
names the root checker (``_check_document``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from swml_verbs._runtime import (
    TOO_DEEP,
    Invalid,
    InvalidArgumentError,
    InvalidDocumentError,
    Problem,
    document_problem,
)

if TYPE_CHECKING:
    from typing_extensions import Self

    from swml_verbs._documents import Source

__all__ = ["DocumentBuilder"]


def _problems(document: object, refused: Invalid) -> Callable[[], list[Problem]]:
    """What lists the faults of ``document``, which the checker ``refused``: every fault the
    every-problem pass finds, else the checker's own."""

    def listed() -> list[Problem]:
        from swml_verbs._validate import refused_problems

        return refused_problems(document) or [document_problem(refused)]

    return listed


class DocumentBuilder:
    """A SWML document: named sections of verbs; execution starts at ``main``."""

    def __init__(self) -> None:
        self.sections: dict[str, list[dict[str, Any]]] = {"main": []}
        self._section = self.sections["main"]
        # None for a document read without "version", so that it is written back without one.
        self._version: str | None = "1.0.0"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(sections={self.sections!r})"

    def section(self, name: str) -> Self:
        """Add the verbs that follow to section ``name`` (made empty if new); ``main`` runs
        first, and ``execute`` / ``transfer`` reach the others by name."""
        if not isinstance(name, str) or not name:
            raise InvalidArgumentError("section", "name", name, "a non-empty string")
        self._section = self.sections.setdefault(name, [])
        return self

    def to_dict(self) -> dict[str, Any]:
        """The document: ``{"version": "1.0.0", "sections": {...}}``."""
        sections = {k: list(v) for k, v in self.sections.items()}
        if self._version is None:
            return {"sections": sections}
        return {"version": self._version, "sections": sections}

    def to_json(self, **kwargs: Any) -> str:
        """The document as JSON text (``kwargs`` go to ``json.dumps``)."""
        return json.dumps(self.to_dict(), **kwargs)

    def to_yaml(self, **kwargs: Any) -> str:
        """The document as YAML text, block style, keys in document order, no anchors or
        aliases (``kwargs`` go to ``yaml.dump``). Needs PyYAML: ``pip install
        'swml-verbs[yaml]'``."""
        from swml_verbs._documents import dump_yaml

        return dump_yaml(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, document: Mapping[str, Any]) -> Self:
        """A builder holding ``document``, a whole SWML document such as ``to_dict`` gives.

        The document is checked by the checkers the chaining methods use (the version, every
        section, every verb, all the way down) and the builder holds their checked copies, so
        ``SWML.from_dict(d).to_dict() == d`` for every document it accepts (sections in their
        order, a missing ``version`` left out; keys inside a verb in the schema's order). Verbs
        added afterwards go to ``main``, until ``section`` names another.

        Raises ``InvalidDocumentError`` (an ``InvalidArgumentError``) whose ``problems`` are
        every fault (``validate``), each with its path in the document
        (``sections.main[2].play.url``), JSON pointer, verb, the value and what is allowed.
        """
        try:
            checked = cls._checked_document(document)
        except Invalid as error:
            # Every fault is looked for, and the first one's words written, only when someone
            # reads the error: code that catches it pays for the check alone.
            raise InvalidDocumentError.listing(_problems(document, error)) from None
        except RecursionError:
            raise InvalidDocumentError(
                Problem("", TOO_DEEP, "nested too deeply to check within Python's recursion limit")
            ) from None
        sections: dict[str, list[dict[str, Any]]] = checked["sections"]
        # The checked copies, in the document's order: the checker puts "main" first, so only a
        # document that does not is reordered. (A model given is in the schema's order.)
        mapping = type(document) is dict or isinstance(document, Mapping)
        given = document.get("sections") if mapping else None
        if (type(given) is dict or isinstance(given, Mapping)) and next(
            iter(given), "main"
        ) != "main":
            sections = {k: sections[k] for k in given}
        built = cls()
        built.sections = sections
        # Every section list of the upstream schema requires "main"; a spec that does not gets
        # an empty one, where later verbs go.
        built._section = built.sections.setdefault("main", [])
        built._version = checked.get("version")
        return built

    @classmethod
    def _checked_document(cls, document: object) -> dict[str, Any]:
        """The checked copy of a whole document, by the spec's root checker (``SWML`` names
        it; a spec whose root is no object model has none)."""
        raise NotImplementedError("from_dict: this spec's root is not an object model")

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """``from_dict`` of a JSON document. Text that is not one JSON object within the limits
        (duplicate keys, ``NaN``, nesting deeper than 512, over 64 MB, invalid UTF-8) raises
        ``DocumentReadError``; a refused document ``InvalidDocumentError`` whose problems carry
        the line and column of the refused value."""
        from swml_verbs._documents import read_text

        return cls._from_source(read_text(text, "json"))

    @classmethod
    def from_yaml(cls, text: str | bytes) -> Self:
        """``from_dict`` of a YAML document, read as JSON data: no aliases, string keys only,
        one document, and dates left as strings; otherwise as ``from_json``. Needs PyYAML
        (else ModuleNotFoundError): ``pip install 'swml-verbs[yaml]'``."""
        from swml_verbs._documents import read_text

        return cls._from_source(read_text(text, "yaml"))

    @classmethod
    def _from_source(cls, source: Source) -> Self:
        try:
            return cls.from_dict(source.data)
        except InvalidDocumentError as error:
            raise source.located(error) from None
