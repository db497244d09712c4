# Generated from spec/join_conference.yaml by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:be2c8a68b16d9764

"""Checks shared by the generated chaining methods, and the error they raise."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import TypeAdapter


class InvalidArgumentError(ValueError):
    """A chaining method refused a value: names the parameter, the value and what is allowed.

    A ``ValueError``, like the reference SDK's errors and pydantic's ``ValidationError``.
    """

    # No __init__ at run time: BaseException keeps the four arguments in ``args`` in C, and the
    # message is built only if someone reads it, so rejecting costs little more than checking
    # (a Python-level __init__ was a third of a rejected call's time in the benchmark profile).
    if TYPE_CHECKING:

        def __init__(self, method: str, parameter: str, value: object, expected: str) -> None: ...

    @property
    def method(self) -> str:
        return str(self.args[0])

    @property
    def parameter(self) -> str:
        return str(self.args[1])

    @property
    def value(self) -> object:
        return self.args[2]

    @property
    def expected(self) -> str:
        return str(self.args[3])

    def __str__(self) -> str:
        shown = repr(self.value)
        if len(shown) > 200:
            shown = shown[:197] + "..."
        return f"{self.method}(): {self.parameter}={shown} is not allowed; expected {self.expected}"


#: A SWML variable reference (``$defs/SWMLVar`` in the spec), such as ``${call.from}``.
SWML_VAR = re.compile("^[\\$%]\\{.*\\}\\Z")


def is_var(value: object) -> bool:
    return isinstance(value, str) and SWML_VAR.match(value) is not None


def join_values(
    method: str,
    parameter: str,
    value: object,
    allowed: Mapping[str, str],
    separator: str,
    expected: str,
) -> str:
    """One wire string from a value, a member, an iterable of them, or an already joined string."""
    if isinstance(value, str):
        parts: Iterable[object] = value.split(separator)
    elif isinstance(value, Iterable) and not isinstance(value, Mapping):
        parts = value
    else:
        raise InvalidArgumentError(method, parameter, value, expected)
    values = []
    for part in parts:
        known = allowed.get(part) if isinstance(part, str) else None
        if known is None:
            raise InvalidArgumentError(method, parameter, value, expected)
        values.append(known)
    if not values:
        raise InvalidArgumentError(method, parameter, value, expected)
    return separator.join(values)


def validated(
    adapter: TypeAdapter[Any], method: str, parameter: str, value: object, expected: str
) -> Any:
    """A JSON-ready copy of ``value`` after the pydantic model of its shape accepted it."""
    from pydantic import ValidationError

    try:
        model = adapter.validate_python(value)
        return adapter.dump_python(model, mode="json", by_alias=True, exclude_unset=True)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "value"
        raise InvalidArgumentError(
            method, parameter, value, f"{expected} ({where}: {first['msg']})"
        ) from exc
