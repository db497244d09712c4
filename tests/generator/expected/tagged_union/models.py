# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""Pydantic models of the spec's objects, for callers who want typed values.

Every model validates with the same generated checker as the chaining methods (``_checks``), so
the two cannot disagree; ``model_dump(by_alias=True, exclude_unset=True)`` gives the wire object.
Importing this module imports pydantic; the package loads it only when a model is first used.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from swml_verbs import _checks

# Imported under a private name: a model of the spec may be called SpecModel.
from swml_verbs._spec_model import SpecModel as _SpecModel


class FileAction(_SpecModel):
    """The ``FileAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_FileAction)
    file: str
    """A stored file."""


class PlayAction(_SpecModel):
    """The ``PlayAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_PlayAction)
    type: Literal["Play"]
    phrase: str
    """A URL to play."""


class Prompt(_SpecModel):
    """The ``Prompt`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_Prompt)
    actions: list[SayAction | PlayAction | FileAction]
    """What to say or play, in order."""


class SWMLObject(_SpecModel):
    """The ``SWMLObject`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SWMLObject)
    version: Literal["1.0.0"] | None = Field(default=None)
    sections: dict[str, list[dict[str, Any]]]


class SayAction(_SpecModel):
    """The ``SayAction`` object."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    __spec_check__ = staticmethod(_checks.check_SayAction)
    type: Literal["Say"]
    phrase: str
    """Text to speak."""


__all__ = [
    "FileAction",
    "PlayAction",
    "Prompt",
    "SWMLObject",
    "SayAction",
]
