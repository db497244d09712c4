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
    json_copy,
    missing_key,
    pick_variant,
    unknown_keys,
)

_E_Direction: Final = {"speak": "speak", "listen": "listen", "both": "both"}
_KEYS_HangupAction: Final = frozenset({"hangup"})
_KEYS_Hold: Final = frozenset({"timeout"})
_KEYS_HoldAction: Final = frozenset({"hold"})
_KEYS_Output: Final = frozenset({"action", "response"})
_KEYS_SWMLAction: Final = frozenset({"SWML", "transfer"})
_KEYS_SWMLObject: Final = frozenset({"sections", "version"})
_KEYS_SayAction: Final = frozenset({"say"})
_KEYS_Tap: Final = frozenset({"direction", "rtp_ptime", "uri"})
_KEYS_WaitAction: Final = frozenset({"wait"})


# Checks #/$defs/HangupAction
def check_HangupAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a HangupAction object")
    out: dict[str, Any] = {}
    x = v.get("hangup", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_HangupAction, path, "hangup", "True or False")
    if not (x is True or x is False):
        raise Invalid(path + ".hangup", x, "True or False")
    out["hangup"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_HangupAction, path)
    return out


# Checks #/$defs/HoldAction/properties/hold/anyOf/1
def check_Hold(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Hold object")
    out: dict[str, Any] = {}
    x = v.get("timeout", MISSING)
    if x is not MISSING:
        if not (type(x) is int and x <= 900):
            raise Invalid(path + ".timeout", x, "an integer of at most 900")
        out["timeout"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Hold, path)
    return out


# Checks #/$defs/HoldAction
def check_HoldAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a HoldAction object")
    out: dict[str, Any] = {}
    x = v.get("hold", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_HoldAction, path, "hold", "an integer of at most 900 or a Hold object")
    out["hold"] = _HoldAction_hold(x, path + ".hold")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_HoldAction, path)
    return out


# Checks #/$defs/Output
def check_Output(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "an Output object")
    out: dict[str, Any] = {}
    if v:
        x = v.get("response", MISSING)
        if x is not MISSING:
            if not isinstance(x, str):
                raise Invalid(path + ".response", x, "a string")
            out["response"] = x
        x = v.get("action", MISSING)
        if x is not MISSING:
            out["action"] = _Output_action(x, path + ".action")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Output, path)
    return out


# Checks #/$defs/SWMLAction
def check_SWMLAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SWMLAction object")
    out: dict[str, Any] = {}
    x = v.get("SWML", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SWMLAction, path, "SWML", "a SWMLObject object")
    out["SWML"] = check_SWMLObject(x, path + ".SWML")
    x = v.get("transfer", MISSING)
    if x is not MISSING:
        if not (x is True or x is False):
            raise Invalid(path + ".transfer", x, "True or False")
        out["transfer"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SWMLAction, path)
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


# Checks #/$defs/SayAction
def check_SayAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a SayAction object")
    out: dict[str, Any] = {}
    x = v.get("say", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SayAction, path, "say", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".say", x, "a string")
    out["say"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SayAction, path)
    return out


# Checks #/$defs/TapMethod/properties/tap
def check_Tap(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Tap object")
    out: dict[str, Any] = {}
    x = v.get("uri", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Tap, path, "uri", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".uri", x, "a string")
    out["uri"] = x
    if len(v) > 1:
        x = v.get("direction", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_Direction):
                raise Invalid(
                    path + ".direction",
                    x,
                    "one of 'speak', 'listen', 'both' (or a Direction member)",
                )
            out["direction"] = _E_Direction[x]
        x = v.get("rtp_ptime", MISSING)
        if x is not MISSING:
            if type(x) is not int:
                raise Invalid(path + ".rtp_ptime", x, "an integer")
            out["rtp_ptime"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Tap, path)
    return out


# Checks #/$defs/WaitAction
def check_WaitAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a WaitAction object")
    out: dict[str, Any] = {}
    x = v.get("wait", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_WaitAction,
            path,
            "wait",
            "True or False or an integer of at least 0 or 'answer_first'",
        )
    if not (
        (x is True or x is False)
        or (type(x) is int and x >= 0)
        or (isinstance(x, str) and x == "answer_first")
    ):
        raise Invalid(
            path + ".wait", x, "True or False or an integer of at least 0 or 'answer_first'"
        )
    out["wait"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_WaitAction, path)
    return out


# Checks #/$defs/HoldAction/properties/hold
def _HoldAction_hold(value: object, path: str) -> Any:
    if type(value) is int and value <= 900:
        return value
    return pick_variant(
        value, path, _VARIANTS_HoldAction_hold, False, "an integer of at most 900 or a Hold object"
    )


# Checks #/$defs/Output/properties/action
def _Output_action(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(
            value,
            path,
            "a list of SayAction or HangupAction or HoldAction or SWMLAction or WaitAction objects",
        )
    )
    out = []
    try:
        for item in items:
            out.append(_Output_action_item(item, path))
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


# Checks #/$defs/SetMethod/properties/set
def _map_of_any(value: object, path: str) -> Any:
    v = as_object(value, path, "a JSON object")
    out: dict[str, Any] = {}
    for key, item in v.items():
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        try:
            out[key] = json_copy(item, path)
        except Invalid as error:
            raise at_step(error, path, "." + key) from None
    return out


# Checks #/$defs/Output/properties/action/items
def _Output_action_item(value: object, path: str) -> Any:
    if type(value) is dict and "say" in value and value.keys() <= _KEYS_SayAction:
        return check_SayAction(value, path)
    if type(value) is dict and "hangup" in value and value.keys() <= _KEYS_HangupAction:
        return check_HangupAction(value, path)
    if type(value) is dict and "hold" in value and value.keys() <= _KEYS_HoldAction:
        return check_HoldAction(value, path)
    if type(value) is dict and "SWML" in value and value.keys() <= _KEYS_SWMLAction:
        return check_SWMLAction(value, path)
    if type(value) is dict and "wait" in value and value.keys() <= _KEYS_WaitAction:
        return check_WaitAction(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_Output_action_item,
        False,
        "a SayAction object or a HangupAction object or a HoldAction object or a SWMLAction object or a WaitAction object",
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


# The variant tables of the unions above, for pick_variant: (name, keys, required keys,
# closed, checker) each.
_VARIANTS_HoldAction_hold: Final[tuple[Variant, ...]] = (
    ("Hold", _KEYS_Hold, frozenset[str](), True, check_Hold),
)
_VARIANTS_Output_action_item: Final[tuple[Variant, ...]] = (
    ("SayAction", _KEYS_SayAction, frozenset({"say"}), True, check_SayAction),
    ("HangupAction", _KEYS_HangupAction, frozenset({"hangup"}), True, check_HangupAction),
    ("HoldAction", _KEYS_HoldAction, frozenset({"hold"}), True, check_HoldAction),
    ("SWMLAction", _KEYS_SWMLAction, frozenset({"SWML"}), True, check_SWMLAction),
    ("WaitAction", _KEYS_WaitAction, frozenset({"wait"}), True, check_WaitAction),
)


#: Each verb's argument checker, by the verb's wire name.
VERBS: Final[dict[str, Callable[[object, str], Any]]] = {
    "set": _map_of_any,
    "tap": check_Tap,
    "respond": check_Output,
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
