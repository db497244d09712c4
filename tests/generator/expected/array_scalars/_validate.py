# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""``validate(document)``: every fault of a SWML document, not only the first.

The chaining methods and the generated checkers stop at the first fault, which keeps them
fast. This pass runs only where a checker has refused: it checks each part of the refused
value with the same generated checkers, from the tables below (what each checker's value
holds), and goes inside the parts refused, so a valid document costs one fast check and an
invalid one this walk besides.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from swml_verbs._checks import (
    VERBS,
    _Collect_codes,
    _Collect_digits,
    _KEYS_Collect,
    _KEYS_SWMLObject,
    _list_of_method,
    _map_of_list_of_method,
    check_Collect,
    check_method,
    check_SWMLObject,
)
from swml_verbs._runtime import (
    MISSING,
    TOO_DEEP,
    Invalid,
    Problem,
    unknown_key_text,
)

__all__ = ["validate"]

#: What each composite checker's value holds, for looking inside a refused one: a model's keys
#: and fields (wire key, required, (inline test or None, checker or None), expected); a list's or
#: map's items; a union's variant table and list variants; the verbs a method may be.
SHAPES: Final[dict[Callable[[object, str], Any], tuple[Any, ...]]] = {
    check_method: ("method", None),
    check_Collect: (
        "model",
        _KEYS_Collect,
        (
            (
                "digits",
                True,
                (None, _Collect_digits),
                "a list of items that are each a string of at most 1 character (1 to 3 items)",
            ),
            (
                "codes",
                False,
                (None, _Collect_codes),
                "a list of items that are each an integer of at least 0",
            ),
        ),
        None,
    ),
    check_SWMLObject: (
        "model",
        _KEYS_SWMLObject,
        (
            ("version", False, (lambda x: isinstance(x, str) and x == "1.0.0", None), "'1.0.0'"),
            (
                "sections",
                True,
                (None, _map_of_list_of_method),
                "a JSON object whose values are each a list of SWML methods",
            ),
        ),
        None,
    ),
    _Collect_digits: (
        "list",
        ((lambda x: isinstance(x, str) and len(x) <= 1, None), "a string of at most 1 character"),
        1,
        3,
        "a list of items that are each a string of at most 1 character (1 to 3 items)",
    ),
    _Collect_codes: (
        "list",
        ((lambda x: type(x) is int and x >= 0, None), "an integer of at least 0"),
        0,
        None,
        "a list of items that are each an integer of at least 0",
    ),
    _map_of_list_of_method: (
        "map",
        ((None, _list_of_method), "a list of SWML methods"),
        0,
        "a JSON object whose values are each a list of SWML methods",
    ),
    _list_of_method: (
        "list",
        ((None, check_method), "a SWML method such as {'hangup': {}}"),
        0,
        None,
        "a list of SWML methods",
    ),
}


def validate(document: object) -> list[Problem]:
    """Every fault of ``document``, a whole SWML document such as ``SWML.to_dict`` gives; an
    empty list when it is valid.

    Each ``Problem`` has the fault's ``path`` (``sections.main[2].play.url``), ``pointer`` (the
    JSON pointer, ``/sections/main/2/play/url``), ``verb`` (the verb it is in, or ""), the
    ``value`` found (``MISSING`` for a required key not there) and what is ``expected``. The
    faults inside a verb come in the order its checker meets them; every unknown key is one.
    """
    try:
        check_SWMLObject(document, "")
        return []
    except Invalid:
        return refused_problems(document)
    except RecursionError:
        return [_too_deep()]


def refused_problems(document: object) -> list[Problem]:
    """Every fault of ``document``, which the document checker has refused (``from_dict`` calls
    this after its own check, which is not run again)."""
    problems: list[Problem] = []
    try:
        _collect(check_SWMLObject, document, "", "", problems)
    except RecursionError:
        return [_too_deep()]
    return [p._replace(pointer=_pointer(p.path, document)) for p in problems]


def _too_deep() -> Problem:
    return Problem("", TOO_DEEP, "nested too deeply to check within Python's recursion limit")


def _collect(
    check: Callable[[object, str], Any], value: object, path: str, verb: str, out: list[Problem]
) -> None:
    """The faults of ``value`` at ``path`` by ``check``, added to ``out``."""
    shape = SHAPES.get(check)
    found = len(out)
    if shape is not None and shape[0] in _WALKED:
        # An object or list is looked at part by part, each part checked once, rather than
        # checked whole first: a fault deep inside would otherwise be checked at every level.
        if _inside(shape, value, path, verb, out) and len(out) > found:
            return
        shape = None
    try:
        check(value, path)
        return
    except Invalid as error:
        fault = error
    # Where the parts hold no fault of their own (a union no variant fits, a list too short),
    # the checker's refusal is the fault.
    if shape is None or not _inside(shape, value, path, verb, out) or len(out) == found:
        where, refused, expected = fault.args
        out.append(Problem(str(where).lstrip("."), refused, str(expected), verb=verb))


#: The shapes whose parts are looked at without checking the whole first.
_WALKED: Final = frozenset({"model", "list", "map", "least"})


def _part(
    part: tuple[Any, ...], value: object, path: str, verb: str, expected: str, out: list[Problem]
) -> None:
    test, check = part
    if check is not None:
        _collect(check, value, path, verb, out)
    elif not test(value):
        out.append(Problem(path.lstrip("."), value, expected, verb=verb))


def _inside(
    shape: tuple[Any, ...], value: object, path: str, verb: str, out: list[Problem]
) -> bool:
    """Add the faults of the parts of ``value`` as ``shape`` describes them; False when ``value``
    has no such parts (not an object where one is expected, a union whose variant is unknown)."""
    kind = shape[0]
    if kind == "model":
        _, keys, fields, extra = shape
        if not isinstance(value, Mapping):
            return False
        for wire, required, part, expected in fields:
            item = value.get(wire, MISSING)
            if item is not MISSING:
                _part(part, item, f"{path}.{wire}", verb, expected, out)
            elif required:
                out.append(Problem(f"{path}.{wire}".lstrip("."), MISSING, expected, verb=verb))
        others = sorted((k for k in value if k not in keys), key=str)
        for key in others:
            at = f"{path}.{key}"
            if extra is None:
                out.append(
                    Problem(at.lstrip("."), value[key], unknown_key_text([key], keys), verb=verb)
                )
            elif not isinstance(key, str):
                out.append(
                    Problem(path.lstrip("."), value, "an object with string keys", verb=verb)
                )
            else:
                _part(extra[0], value[key], at, verb, extra[1], out)
        return True
    if kind == "list":
        _, (part, item_expected), low, high, expected = shape
        if not isinstance(value, (list, tuple)):
            return False
        if len(value) < low or (high is not None and len(value) > high):
            out.append(Problem(path.lstrip("."), value, expected, verb=verb))
        for i, item in enumerate(value):
            _part(part, item, f"{path}[{i}]", verb, item_expected, out)
        return True
    if kind == "map":
        _, (part, item_expected), low, expected = shape
        if not isinstance(value, Mapping):
            return False
        if len(value) < low:
            out.append(Problem(path.lstrip("."), value, expected, verb=verb))
        for key, item in value.items():
            if not isinstance(key, str):
                out.append(
                    Problem(path.lstrip("."), value, "an object with string keys", verb=verb)
                )
                continue
            _part(part, item, f"{path}.{key}", verb, item_expected, out)
        return True
    if kind == "union":
        _, table, arrays, tag = shape
        if tag is not None and isinstance(value, Mapping) and tag[0] in value:
            # The variant the tag's constant names, as the union's checker chooses it; a
            # constant of none: the union's own refusal says so.
            given = value[tag[0]]
            named = next((check for constant, check in tag[1] if constant == given), None)
            if named is None:
                return False
            _collect(named, value, path, verb, out)
            return True
        if table is not None and isinstance(value, Mapping):
            # The variant the keys select, as pick_variant selects it; none or several: the
            # union's own refusal says why.
            keys = value.keys()
            fits = [
                x for x in table if x[1] is None or (x[2] <= keys and (not x[3] or keys <= x[1]))
            ]
            if len(fits) != 1:
                return False
            _collect(fits[0][4], value, path, verb, out)
            return True
        if len(arrays) == 1 and isinstance(value, (list, tuple)):
            _collect(arrays[0], value, path, verb, out)
            return True
        return False
    if kind == "least":
        _collect(shape[1], value, path, verb, out)
        return True
    # A SWML method: the faults inside a known verb's argument.
    only = shape[1]
    if not isinstance(value, Mapping) or len(value) != 1:
        return False
    ((name, argument),) = value.items()
    check = VERBS.get(name) if isinstance(name, str) and (only is None or name in only) else None
    if check is None:
        return False
    _collect(check, argument, f"{path}.{name}", name, out)
    return True


def _pointer(path: str, document: object) -> str:
    """The JSON pointer (RFC 6901) of ``path`` in ``document``; a missing key's is the key's."""
    from swml_verbs._documents import _steps

    steps = _steps(path, document)
    walked = "".join(
        f"[{s}]" if isinstance(s, int) else ("." if i else "") + s for i, s in enumerate(steps)
    )
    rest = path.lstrip(".")[len(walked) :]
    parts = [str(s) for s in steps] + ([rest.lstrip(".")] if rest else [])
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)
