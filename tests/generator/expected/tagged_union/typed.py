# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""The spec's objects as ``TypedDict``s, for type checkers: a dict literal passed to a chaining
method is checked key by key, as deep as it goes, by mypy and pyright.

``<Model>Dict`` is an object of the spec with its wire keys (optional ones ``NotRequired``); a
value set is its enum or one of its wire strings; ``SwmlMethod`` is one verb as a one-key dict
(``{"hangup": {...}}``); ``SwmlVariable`` is a SWML variable (``"${name}"``), a plain string.
Wherever a dict of a model is taken, the pydantic model of ``models`` is taken too. An object
that allows other keys is also taken as any mapping: mypy does not read PEP 728's
``extra_items``, so a closed ``TypedDict`` would refuse those keys.

The package's methods import this module only for type checking; importing it costs no more
than ``typing_extensions``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, TypeAlias

from typing_extensions import NotRequired, TypedDict

if TYPE_CHECKING:
    from swml_verbs.models import FileAction, PlayAction, Prompt, SayAction

#: A SWML variable, ``"${name}"`` or ``"%{name}"``: checked against the spec's pattern at run
#: time. Python's types have no string patterns, so any ``str`` passes the type checkers here.
SwmlVariable: TypeAlias = str


class FileActionDict(TypedDict):
    """The ``FileAction`` object."""

    file: str
    """A stored file."""


class PlayActionDict(TypedDict):
    """The ``PlayAction`` object."""

    type: Literal["Play"]
    phrase: str
    """A URL to play."""


class PromptDict(TypedDict):
    """The ``Prompt`` object."""

    actions: Sequence[
        SayActionDict | SayAction | PlayActionDict | PlayAction | FileActionDict | FileAction
    ]
    """What to say or play, in order."""


class SWMLObjectDict(TypedDict):
    """The ``SWMLObject`` object."""

    version: NotRequired[Literal["1.0.0"]]
    sections: Mapping[str, Sequence[SwmlMethod]]


class SayActionDict(TypedDict):
    """The ``SayAction`` object."""

    type: Literal["Say"]
    phrase: str
    """Text to speak."""


class PromptVerb(TypedDict):
    prompt: PromptDict | Prompt


SwmlMethod: TypeAlias = "PromptVerb"


__all__ = [
    "FileActionDict",
    "PlayActionDict",
    "PromptDict",
    "PromptVerb",
    "SWMLObjectDict",
    "SayActionDict",
    "SwmlMethod",
    "SwmlVariable",
]
