# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""Checkers for every object, union and verb of the spec, each ``(value, path) -> JSON copy``.

A checker raises ``Invalid(path, value, expected)`` for the first fault it finds; the chaining
methods of ``SWML`` and ``FunctionResult`` turn that into ``InvalidArgumentError``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from swml_verbs._runtime import (
    MISSING,
    Invalid,
    Variant,
    as_list,
    as_object,
    at_step,
    missing_key,
    pick_variant,
    unknown_keys,
)

_KEYS_CondElse: Final = frozenset({"else"})
_KEYS_CondReg: Final = frozenset({"then", "when"})
_KEYS_Hangup: Final = frozenset[str]()
_KEYS_SWMLObject: Final = frozenset({"sections", "version"})


# Checks #/$defs/CondElse
def check_CondElse(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a CondElse object")
    out: dict[str, Any] = {}
    x = v.get("else", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_CondElse, path, "else", "a list of SWML methods")
    out["else"] = _list_of_method(x, path + ".else")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_CondElse, path)
    return out


# Checks #/$defs/CondReg
def check_CondReg(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a CondReg object")
    out: dict[str, Any] = {}
    x = v.get("when", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_CondReg, path, "when", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".when", x, "a string")
    out["when"] = x
    x = v.get("then", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_CondReg, path, "then", "a list of SWML methods")
    out["then"] = _list_of_method(x, path + ".then")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_CondReg, path)
    return out


# Checks #/$defs/HangupMethod/properties/hangup
def check_Hangup(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Hangup object")
    out: dict[str, Any] = {}
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Hangup, path)
    return out


# Checks #
def check_SWMLObject(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SWMLObject object")
    out: dict[str, Any] = {}
    x = v.get("sections", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_SWMLObject,
            path,
            "sections",
            "a JSON object whose values are each a list of SWML methods",
        )
    out["sections"] = _map_of_list_of_method(x, path + ".sections")
    x = v.get("version", MISSING)
    if x is not MISSING:
        if not (isinstance(x, str) and x == "1.0.0"):
            raise Invalid(path + ".version", x, "'1.0.0'")
        out["version"] = "1.0.0"
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SWMLObject, path)
    return out


# Checks #/$defs/CondElse/properties/else
def _list_of_method(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of SWML methods")
    out = []
    try:
        for item in items:
            out.append(check_method(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/properties/sections
def _map_of_list_of_method(value: object, path: str) -> Any:
    v = as_object(value, path, "a JSON object whose values are each a list of SWML methods")
    out: dict[str, Any] = {}
    for key, item in v.items():
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        try:
            out[key] = _list_of_method(item, path)
        except Invalid as error:
            raise at_step(error, path, "." + key) from None
    return out


# Checks #/$defs/CondMethod/properties/cond
def _list_of_CondReg_or_CondElse(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of CondReg or CondElse objects")
    )
    out = []
    try:
        for item in items:
            out.append(_CondReg_or_CondElse(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


# Checks #/$defs/CondMethod/properties/cond/items
def _CondReg_or_CondElse(value: object, path: str) -> Any:
    if type(value) is dict and "when" in value and value.keys() <= _KEYS_CondReg:
        return check_CondReg(value, path)
    if type(value) is dict and "else" in value and value.keys() <= _KEYS_CondElse:
        return check_CondElse(value, path)
    return pick_variant(
        value, path, _VARIANTS_CondReg_or_CondElse, True, "a CondReg object or a CondElse object"
    )


# The variant tables of the unions above, for pick_variant: (name, keys, required keys,
# closed, checker) each.
_VARIANTS_CondReg_or_CondElse: Final[tuple[Variant, ...]] = (
    ("CondReg", _KEYS_CondReg, frozenset({"then", "when"}), True, check_CondReg),
    ("CondElse", _KEYS_CondElse, frozenset({"else"}), True, check_CondElse),
)


#: Each verb's argument checker, by the verb's wire name.
VERBS: Final[dict[str, Callable[[object, str], Any]]] = {
    "cond": _list_of_CondReg_or_CondElse,
    "hangup": check_Hangup,
}


def check_method(
    value: object,
    path: str,
    only: frozenset[str] | None = None,
    expected: str = "a SWML method such as {'hangup': {}}",
) -> dict[str, Any]:
    """One SWML method, ``{verb: argument}``, of any verb (or of those in ``only``)."""
    # The common case first: a dict with one known verb, no set or string work on the way.
    if type(value) is dict and len(value) == 1:
        for verb, argument in value.items():
            check = VERBS.get(verb) if only is None or verb in only else None
            if check is not None:
                try:
                    return {verb: check(argument, path)}
                except Invalid as error:
                    # The verb put into the refusal's path: an accepted method builds no path
                    # string.
                    raise at_step(error, path, "." + verb) from None
    v = as_object(value, path, expected)
    if len(v) != 1:
        raise Invalid(path, value, expected + ", with exactly one key: the verb")
    ((verb, argument),) = v.items()
    check = VERBS.get(verb) if isinstance(verb, str) else None
    if check is None or (only is not None and verb not in only):
        allowed = ", ".join(sorted(only if only is not None else VERBS))
        raise Invalid(
            f"{path}.{verb}", argument, f"a verb; {verb!r} is not one here (allowed: {allowed})"
        )
    return {verb: check(argument, f"{path}.{verb}")}
