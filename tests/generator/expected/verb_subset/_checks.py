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

_KEYS_Answer: Final = frozenset[str]()
_KEYS_Connect: Final = frozenset({"confirm", "to"})
_KEYS_Hangup: Final = frozenset[str]()
_KEYS_SWMLObject: Final = frozenset({"sections", "version"})
_ONLY_Connect_confirm_item: Final = frozenset({"answer", "hangup"})


# Checks #/$defs/AnswerMethod/properties/answer
def check_Answer(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an Answer object")
    out: dict[str, Any] = {}
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Answer, path)
    return out


# Checks #/$defs/ConnectMethod/properties/connect
def check_Connect(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Connect object")
    out: dict[str, Any] = {}
    x = v.get("to", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Connect, path, "to", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".to", x, "a string")
    out["to"] = x
    x = v.get("confirm", MISSING)
    if x is not MISSING:
        out["confirm"] = _Connect_confirm(x, path + ".confirm")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Connect, path)
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


# Checks #/$defs/ConnectMethod/properties/connect/properties/confirm
def _Connect_confirm(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of SWML methods (one of answer, hangup)")
    )
    out = []
    try:
        for item in items:
            out.append(_Connect_confirm_item(item, path))
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


# Checks #/$defs/ConnectMethod/properties/connect/properties/confirm/items
def _Connect_confirm_item(value: object, path: str) -> Any:
    return check_method(
        value, path, _ONLY_Connect_confirm_item, "a SWML method, one of answer, hangup"
    )


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
    "connect": check_Connect,
    "answer": check_Answer,
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
