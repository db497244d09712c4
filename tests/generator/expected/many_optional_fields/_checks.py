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
    as_list,
    as_object,
    at_step,
    missing_key,
    unknown_keys,
)

_KEYS_Device: Final = frozenset(
    {"a1", "a2", "a3", "a4", "a5", "a6", "a7", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "to"}
)
_KEYS_Device_1: Final = frozenset({"a1", "a2", "a3", "a4", "a5", "a6"})
_KEYS_Device_2: Final = frozenset({"a7", "b1", "b2", "b3", "b4", "b5"})
_KEYS_Device_3: Final = frozenset({"b6", "b7"})
_KEYS_Dial: Final = frozenset({"devices"})
_KEYS_SWMLObject: Final = frozenset({"sections", "version"})


# Checks #/$defs/Device
def check_Device(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Device object")
    out: dict[str, Any] = {}
    # Optional keys are read in groups: one set test skips a group none is given.
    given = v.keys()
    x = v.get("to", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Device, path, "to", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".to", x, "a string")
    out["to"] = x
    if len(v) > 1:
        if not given.isdisjoint(_KEYS_Device_1):
            x = v.get("a1", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".a1", x, "a string")
                out["a1"] = x
            x = v.get("a2", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".a2", x, "a string")
                out["a2"] = x
            x = v.get("a3", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".a3", x, "a string")
                out["a3"] = x
            x = v.get("a4", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".a4", x, "a string")
                out["a4"] = x
            x = v.get("a5", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".a5", x, "a string")
                out["a5"] = x
            x = v.get("a6", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".a6", x, "a string")
                out["a6"] = x
        if not given.isdisjoint(_KEYS_Device_2):
            x = v.get("a7", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".a7", x, "a string")
                out["a7"] = x
            x = v.get("b1", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".b1", x, "an integer of at least 0")
                out["b1"] = x
            x = v.get("b2", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".b2", x, "an integer of at least 0")
                out["b2"] = x
            x = v.get("b3", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".b3", x, "an integer of at least 0")
                out["b3"] = x
            x = v.get("b4", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".b4", x, "an integer of at least 0")
                out["b4"] = x
            x = v.get("b5", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".b5", x, "an integer of at least 0")
                out["b5"] = x
        if not given.isdisjoint(_KEYS_Device_3):
            x = v.get("b6", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".b6", x, "an integer of at least 0")
                out["b6"] = x
            x = v.get("b7", MISSING)
            if x is not MISSING:
                if not (x is True or x is False):
                    raise Invalid(path + ".b7", x, "True or False")
                out["b7"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Device, path)
    return out


# Checks #/$defs/DialMethod/properties/dial
def check_Dial(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Dial object")
    out: dict[str, Any] = {}
    x = v.get("devices", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Dial, path, "devices", "a list of Device objects")
    out["devices"] = _list_of_Device(x, path + ".devices")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Dial, path)
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


# Checks #/$defs/DialMethod/properties/dial/properties/devices
def _list_of_Device(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of Device objects")
    out = []
    try:
        for item in items:
            out.append(check_Device(item, path))
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


# Checks #/properties/sections/additionalProperties
def _list_of_method(value: object, path: str) -> Any:
    items = value if type(value) is list else as_list(value, path, "a list of SWML methods")
    out = []
    try:
        for item in items:
            out.append(check_method(item, path))
    except Invalid as error:
        raise at_step(error, path, f"[{len(out)}]") from None
    return out


#: Each verb's argument checker, by the verb's wire name.
VERBS: Final[dict[str, Callable[[object, str], Any]]] = {
    "dial": check_Dial,
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
