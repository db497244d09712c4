# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""Typed, validated SWML verbs generated from a machine-readable spec.

``SWML()`` builds a SWML document with one checked chaining method per verb;
``FunctionResult()`` builds a SWAIG function's result; the enums name the value sets.
``SWML.from_dict`` / ``from_json`` / ``from_yaml`` read a whole document back, checked, and
``swml-verbs check FILE...`` (``python -m swml_verbs``) checks documents from the command line.
Everything loads on first use, so importing the package costs almost nothing.
"""

from typing import TYPE_CHECKING, Any

from swml_verbs._runtime import InvalidArgumentError, InvalidDocumentError, Problem

#: MAJOR.YYYYMMDD.PATCH: YYYYMMDD is the SWML schema release this package was generated from.
__version__ = "0.0.0"

if TYPE_CHECKING:
    from swml_verbs._documents import DocumentReadError
    from swml_verbs._validate import validate
    from swml_verbs.function_result import FunctionResult
    from swml_verbs.models import FileAction, PlayAction, Prompt, SayAction, SWMLObject
    from swml_verbs.swml import SWML

#: Where each public name lives; modules are imported when a name is first asked for.
_LAZY = {
    "DocumentReadError": "_documents",
    "FunctionResult": "function_result",
    "SWML": "swml",
    "validate": "_validate",
    "FileAction": "models",
    "PlayAction": "models",
    "Prompt": "models",
    "SWMLObject": "models",
    "SayAction": "models",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "SWML",
    "DocumentReadError",
    "FileAction",
    "FunctionResult",
    "InvalidArgumentError",
    "InvalidDocumentError",
    "PlayAction",
    "Problem",
    "Prompt",
    "SWMLObject",
    "SayAction",
    "validate",
]
