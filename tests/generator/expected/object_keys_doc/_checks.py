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
    index_of,
    is_number,
    json_copy,
    missing_key,
    pick_variant,
    unknown_keys,
)

_E_Codec: Final = {
    "PCMU": "PCMU",
    "PCMA": "PCMA",
    "G722": "G722",
    "L16": "L16",
    "OPUS": "OPUS",
    "AMR-WB": "AMR-WB",
    "G729": "G729",
    "SPEEX": "SPEEX",
    "iLBC": "iLBC",
    "G726-32": "G726-32",
    "G723": "G723",
    "GSM": "GSM",
}
_KEYS_Device: Final = frozenset(
    {
        "k01",
        "k02",
        "k03",
        "k04",
        "k05",
        "k06",
        "k07",
        "k08",
        "k09",
        "k10",
        "k11",
        "k12",
        "k13",
        "k14",
        "k15",
        "k16",
        "k17",
        "k18",
        "k19",
        "k20",
        "k21",
        "k22",
        "to",
    }
)
_KEYS_Device_1: Final = frozenset({"k01", "k02", "k03", "k04", "k05", "k06"})
_KEYS_Device_2: Final = frozenset({"k07", "k08", "k09", "k10", "k11", "k12"})
_KEYS_Device_3: Final = frozenset({"k13", "k14", "k15", "k16", "k17", "k18"})
_KEYS_Device_4: Final = frozenset({"k19", "k20", "k21", "k22"})
_KEYS_Dial: Final = frozenset(
    {"device", "devices", "headers", "params", "prompt", "reset", "stream"}
)
_KEYS_Header: Final = frozenset({"value"})
_KEYS_Params: Final = frozenset({"speed"})
_KEYS_PromptSteps: Final = frozenset({"steps", "temperature"})
_KEYS_PromptText: Final = frozenset({"temperature", "text"})
_KEYS_Reset: Final = frozenset[str]()
_KEYS_SWMLObject: Final = frozenset({"sections", "version"})
_KEYS_Stream: Final = frozenset({"auth", "codec", "url"})
_KEYS_StreamAuth: Final = frozenset({"token"})


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
            x = v.get("k01", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".k01", x, "a string")
                out["k01"] = x
            x = v.get("k02", MISSING)
            if x is not MISSING:
                if not (x is True or x is False):
                    raise Invalid(path + ".k02", x, "True or False")
                out["k02"] = x
            x = v.get("k03", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".k03", x, "an integer of at least 0")
                out["k03"] = x
            x = v.get("k04", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".k04", x, "a string")
                out["k04"] = x
            x = v.get("k05", MISSING)
            if x is not MISSING:
                if not (x is True or x is False):
                    raise Invalid(path + ".k05", x, "True or False")
                out["k05"] = x
            x = v.get("k06", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".k06", x, "an integer of at least 0")
                out["k06"] = x
        if not given.isdisjoint(_KEYS_Device_2):
            x = v.get("k07", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".k07", x, "a string")
                out["k07"] = x
            x = v.get("k08", MISSING)
            if x is not MISSING:
                if not (x is True or x is False):
                    raise Invalid(path + ".k08", x, "True or False")
                out["k08"] = x
            x = v.get("k09", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".k09", x, "an integer of at least 0")
                out["k09"] = x
            x = v.get("k10", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".k10", x, "a string")
                out["k10"] = x
            x = v.get("k11", MISSING)
            if x is not MISSING:
                if not (x is True or x is False):
                    raise Invalid(path + ".k11", x, "True or False")
                out["k11"] = x
            x = v.get("k12", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".k12", x, "an integer of at least 0")
                out["k12"] = x
        if not given.isdisjoint(_KEYS_Device_3):
            x = v.get("k13", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".k13", x, "a string")
                out["k13"] = x
            x = v.get("k14", MISSING)
            if x is not MISSING:
                if not (x is True or x is False):
                    raise Invalid(path + ".k14", x, "True or False")
                out["k14"] = x
            x = v.get("k15", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".k15", x, "an integer of at least 0")
                out["k15"] = x
            x = v.get("k16", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".k16", x, "a string")
                out["k16"] = x
            x = v.get("k17", MISSING)
            if x is not MISSING:
                if not (x is True or x is False):
                    raise Invalid(path + ".k17", x, "True or False")
                out["k17"] = x
            x = v.get("k18", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".k18", x, "an integer of at least 0")
                out["k18"] = x
        if not given.isdisjoint(_KEYS_Device_4):
            x = v.get("k19", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".k19", x, "a string")
                out["k19"] = x
            x = v.get("k20", MISSING)
            if x is not MISSING:
                if not (x is True or x is False):
                    raise Invalid(path + ".k20", x, "True or False")
                out["k20"] = x
            x = v.get("k21", MISSING)
            if x is not MISSING:
                if not (type(x) is int and x >= 0):
                    raise Invalid(path + ".k21", x, "an integer of at least 0")
                out["k21"] = x
            x = v.get("k22", MISSING)
            if x is not MISSING:
                if not isinstance(x, str):
                    raise Invalid(path + ".k22", x, "a string")
                out["k22"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Device, path)
    return out


# Checks #/$defs/DialMethod/properties/dial
def check_Dial(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Dial object")
    out: dict[str, Any] = {}
    x = v.get("device", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Dial, path, "device", "a Device object")
    out["device"] = check_Device(x, path + ".device")
    if len(v) > 1:
        x = v.get("devices", MISSING)
        if x is not MISSING:
            out["devices"] = _list_of_Device(x, path + ".devices")
        x = v.get("headers", MISSING)
        if x is not MISSING:
            out["headers"] = _map_of_Header(x, path + ".headers")
        x = v.get("prompt", MISSING)
        if x is not MISSING:
            out["prompt"] = _PromptText_or_PromptSteps(x, path + ".prompt")
        x = v.get("stream", MISSING)
        if x is not MISSING:
            out["stream"] = check_Stream(x, path + ".stream")
        x = v.get("params", MISSING)
        if x is not MISSING:
            out["params"] = check_Params(x, path + ".params")
        x = v.get("reset", MISSING)
        if x is not MISSING:
            out["reset"] = check_Reset(x, path + ".reset")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Dial, path)
    return out


# Checks #/$defs/Header
def check_Header(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Header object")
    out: dict[str, Any] = {}
    x = v.get("value", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Header, path, "value", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".value", x, "a string")
    out["value"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Header, path)
    return out


# Checks #/$defs/DialMethod/properties/dial/properties/params
def check_Params(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Params object")
    out: dict[str, Any] = {}
    x = v.get("speed", MISSING)
    if x is not MISSING:
        if not (is_number(x) and 0 <= x <= 2):
            raise Invalid(path + ".speed", x, "a number from 0 to 2")
        out["speed"] = x
    for key, item in v.items():
        if key in _KEYS_Params:
            continue
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        out[key] = json_copy(item, path + "." + str(key))
    return out


# Checks #/$defs/PromptSteps
def check_PromptSteps(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PromptSteps object")
    out: dict[str, Any] = {}
    x = v.get("steps", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PromptSteps, path, "steps", "a list of strings (at least 1 item)")
    out["steps"] = _PromptSteps_steps(x, path + ".steps")
    x = v.get("temperature", MISSING)
    if x is not MISSING:
        if not (is_number(x) and 0 <= x <= 1.5):
            raise Invalid(path + ".temperature", x, "a number from 0 to 1.5")
        out["temperature"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PromptSteps, path)
    return out


# Checks #/$defs/PromptText
def check_PromptText(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PromptText object")
    out: dict[str, Any] = {}
    x = v.get("text", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PromptText, path, "text", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".text", x, "a string")
    out["text"] = x
    x = v.get("temperature", MISSING)
    if x is not MISSING:
        if not (is_number(x) and 0 <= x <= 1.5):
            raise Invalid(path + ".temperature", x, "a number from 0 to 1.5")
        out["temperature"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PromptText, path)
    return out


# Checks #/$defs/Reset
def check_Reset(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Reset object")
    out: dict[str, Any] = {}
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Reset, path)
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


# Checks #/$defs/Stream
def check_Stream(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Stream object")
    out: dict[str, Any] = {}
    x = v.get("url", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_Stream, path, "url", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".url", x, "a string")
    out["url"] = x
    if len(v) > 1:
        x = v.get("auth", MISSING)
        if x is not MISSING:
            out["auth"] = check_StreamAuth(x, path + ".auth")
        x = v.get("codec", MISSING)
        if x is not MISSING:
            if not (isinstance(x, str) and x in _E_Codec):
                raise Invalid(
                    path + ".codec",
                    x,
                    "one of 'PCMU', 'PCMA', 'G722', 'L16', 'OPUS', 'AMR-WB', 'G729', 'SPEEX', 'iLBC', 'G726-32', 'G723', 'GSM' (or a Codec member)",
                )
            out["codec"] = _E_Codec[x]
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Stream, path)
    return out


# Checks #/$defs/StreamAuth
def check_StreamAuth(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a StreamAuth object")
    out: dict[str, Any] = {}
    x = v.get("token", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_StreamAuth, path, "token", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".token", x, "a string")
    out["token"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_StreamAuth, path)
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


# Checks #/$defs/DialMethod/properties/dial/properties/headers
def _map_of_Header(value: object, path: str) -> Any:
    v = as_object(value, path, "a JSON object whose values are each a Header object")
    out: dict[str, Any] = {}
    for key, item in v.items():
        if not isinstance(key, str):
            raise Invalid(path, value, "an object with string keys")
        try:
            out[key] = check_Header(item, path)
        except Invalid as error:
            raise at_step(error, path, "." + key) from None
    return out


# Checks #/$defs/DialMethod/properties/dial/properties/prompt
def _PromptText_or_PromptSteps(value: object, path: str) -> Any:
    if type(value) is dict and "text" in value and value.keys() <= _KEYS_PromptText:
        return check_PromptText(value, path)
    if type(value) is dict and "steps" in value and value.keys() <= _KEYS_PromptSteps:
        return check_PromptSteps(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_PromptText_or_PromptSteps,
        True,
        "a PromptText object or a PromptSteps object",
    )


# Checks #/$defs/PromptSteps/properties/steps
def _PromptSteps_steps(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of strings (at least 1 item)")
    )
    if len(items) < 1:
        raise Invalid(path, value, "a list of strings (at least 1 item)")
    for item in items:
        if not isinstance(item, str):
            raise Invalid(f"{path}[{index_of(items, item)}]", item, "a string")
    return list(items)


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


# The variant tables of the unions above, for pick_variant: (name, keys, required keys,
# closed, checker) each.
_VARIANTS_PromptText_or_PromptSteps: Final[tuple[Variant, ...]] = (
    ("PromptText", _KEYS_PromptText, frozenset({"text"}), True, check_PromptText),
    ("PromptSteps", _KEYS_PromptSteps, frozenset({"steps"}), True, check_PromptSteps),
)


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
