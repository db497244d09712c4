# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""Checkers for every object, union and verb of the spec, each ``(value, path) -> JSON copy``.

A checker raises ``Invalid(path, value, expected)`` for the first fault it finds; the chaining
methods of ``SWML`` and ``FunctionResult`` turn that into ``InvalidArgumentError``.
"""

from __future__ import annotations

import re
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

_KEYS_FileAction: Final = frozenset({"file"})
_KEYS_PlayAction: Final = frozenset({"phrase", "type"})
_KEYS_Prompt: Final = frozenset({"actions"})
_KEYS_SWMLObject: Final = frozenset({"sections", "version"})
_KEYS_SayAction: Final = frozenset({"phrase", "type"})
_RE_0: Final = re.compile("\\Ahttps?://")


# Checks #/$defs/FileAction
def check_FileAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a FileAction object")
    out: dict[str, Any] = {}
    x = v.get("file", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_FileAction, path, "file", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".file", x, "a string")
    out["file"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_FileAction, path)
    return out


# Checks #/$defs/PlayAction
def check_PlayAction(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a PlayAction object")
    out: dict[str, Any] = {}
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PlayAction, path, "type", "'Play'")
    if not (isinstance(x, str) and x == "Play"):
        raise Invalid(path + ".type", x, "'Play'")
    out["type"] = "Play"
    x = v.get("phrase", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_PlayAction, path, "phrase", "a string matching ^https?://")
    if not (isinstance(x, str) and _RE_0.search(x) is not None):
        raise Invalid(path + ".phrase", x, "a string matching ^https?://")
    out["phrase"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_PlayAction, path)
    return out


# Checks #/$defs/Prompt
def check_Prompt(value: object, path: str) -> dict[str, Any]:
    v = value if type(value) is dict else as_object(value, path, "a Prompt object")
    out: dict[str, Any] = {}
    x = v.get("actions", MISSING)
    if x is MISSING:
        missing_key(
            v,
            _KEYS_Prompt,
            path,
            "actions",
            "a list of SayAction or PlayAction or FileAction objects",
        )
    out["actions"] = _list_of_SayAction_or_PlayAction_or_FileAction(x, path + ".actions")
    if len(out) != len(v):
        unknown_keys(v, _KEYS_Prompt, path)
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
    x = v.get("type", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SayAction, path, "type", "'Say'")
    if not (isinstance(x, str) and x == "Say"):
        raise Invalid(path + ".type", x, "'Say'")
    out["type"] = "Say"
    x = v.get("phrase", MISSING)
    if x is MISSING:
        missing_key(v, _KEYS_SayAction, path, "phrase", "a string")
    if not isinstance(x, str):
        raise Invalid(path + ".phrase", x, "a string")
    out["phrase"] = x
    if len(out) != len(v):
        unknown_keys(v, _KEYS_SayAction, path)
    return out


# Checks #/$defs/Prompt/properties/actions
def _list_of_SayAction_or_PlayAction_or_FileAction(value: object, path: str) -> Any:
    items = (
        value
        if type(value) is list
        else as_list(value, path, "a list of SayAction or PlayAction or FileAction objects")
    )
    out = []
    try:
        for item in items:
            out.append(_SayAction_or_PlayAction_or_FileAction(item, path))
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


# Checks #/$defs/Prompt/properties/actions/items
def _SayAction_or_PlayAction_or_FileAction(value: object, path: str) -> Any:
    if type(value) is dict and value.get("type") == "Say":
        return check_SayAction(value, path)
    if type(value) is dict and value.get("type") == "Play":
        return check_PlayAction(value, path)
    if type(value) is dict and "type" in value:
        raise Invalid(path + ".type", value["type"], "'Say' or 'Play'")
    if type(value) is dict and "file" in value and value.keys() <= _KEYS_FileAction:
        return check_FileAction(value, path)
    return pick_variant(
        value,
        path,
        _VARIANTS_SayAction_or_PlayAction_or_FileAction,
        True,
        "a SayAction object or a PlayAction object or a FileAction object",
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
_VARIANTS_SayAction_or_PlayAction_or_FileAction: Final[tuple[Variant, ...]] = (
    ("SayAction", _KEYS_SayAction, frozenset({"phrase", "type"}), True, check_SayAction),
    ("PlayAction", _KEYS_PlayAction, frozenset({"phrase", "type"}), True, check_PlayAction),
    ("FileAction", _KEYS_FileAction, frozenset({"file"}), True, check_FileAction),
)


#: Each verb's argument checker, by the verb's wire name.
VERBS: Final[dict[str, Callable[[object, str], Any]]] = {
    "prompt": check_Prompt,
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
