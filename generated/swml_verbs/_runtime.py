# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:480b51968a4f6ecc

"""Checks shared by the generated checkers and chaining methods, and the errors they raise."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, NamedTuple, NoReturn, TypeGuard


class InvalidArgumentError(ValueError):
    """A chaining method refused a value: names the verb, the parameter, the value and what is
    allowed, and for a value inside an object or list, where in it the fault is (``path``).

    A ``ValueError``, like the reference SDK's errors and pydantic's ``ValidationError``.
    """

    # No __init__ at run time: BaseException keeps the arguments in ``args`` in C, and the
    # message is built only if someone reads it, so refusing costs little more than checking
    # (a Python-level __init__ was a third of a refused call's time in the benchmark profile).
    if TYPE_CHECKING:

        def __init__(
            self,
            method: str,
            parameter: str,
            value: object,
            expected: str,
            inner_path: str = "",
            inner_value: object = None,
            inner_expected: str = "",
        ) -> None: ...

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

    @property
    def path(self) -> str:
        """Where the refused value is: ``connect.devices[1].to``, ``cond[0].then``."""
        inner = str(self.args[4]) if len(self.args) > 4 and self.args[4] else self.parameter
        inner = re.sub(r"\.{2,}", ".", inner).lstrip(".")
        return f"{self.method}{'' if inner.startswith('[') else '.'}{inner}"

    def __str__(self) -> str:
        text = f"{self.method}(): {self.parameter}={_short(self.value)} is not allowed"
        if self.expected:
            text += f"; expected {self.expected}"
        if len(self.args) > 4 and self.args[4] and str(self.args[4]).lstrip(".") != self.parameter:
            inner = "a missing key" if self.args[5] is MISSING else _short(self.args[5])
            text += f"; at {self.path}: {inner} is not allowed, expected {self.args[6]}"
        return text


def _short(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 200 else shown[:197] + "..."


class Problem(NamedTuple):
    """One fault of a SWML document: where it is, the value found there and what is allowed.

    ``path`` is a JSON path from the top of the document without the ``$``
    (``sections.main[2].play.url``; ``""`` for the document itself); ``value`` is ``MISSING`` for
    a required key that is not there. ``line`` and ``column`` (1-based, in characters) are where
    the value starts in the source text, when the document was read from text.
    """

    path: str
    value: object
    expected: str
    line: int | None = None
    column: int | None = None

    @property
    def message(self) -> str:
        """``sections.main[2].play.url: 5 is not allowed; expected a string``."""
        where = self.path or "the document"
        if self.value is MISSING:
            return f"{where}: a required key is missing; expected {self.expected}"
        if self.value is TOO_DEEP or self.expected.startswith("no such key here"):
            return f"{where}: {self.expected}"
        return f"{where}: {_short(self.value)} is not allowed; expected {self.expected}"


class InvalidDocumentError(InvalidArgumentError):
    """A SWML document refused by ``SWML.from_dict`` (or ``from_json``, ``from_yaml``).

    ``problems`` holds what is wrong, each a ``Problem`` (for now the first fault the checkers
    meet); ``path``, ``value`` and ``expected`` are the first one's. An
    ``InvalidArgumentError``, so a ``ValueError``.
    """

    def __init__(self, *problems: Problem) -> None:
        # The problems are the arguments, so the error pickles and copies as it is.
        ValueError.__init__(self, *problems)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.args

    @property
    def method(self) -> str:
        return "from_dict"

    @property
    def parameter(self) -> str:
        return "document"

    @property
    def value(self) -> object:
        return self.problems[0].value

    @property
    def expected(self) -> str:
        return self.problems[0].expected

    @property
    def path(self) -> str:
        return self.problems[0].path

    def __str__(self) -> str:
        lines = []
        for problem in self.problems:
            at = "" if problem.line is None else f"line {problem.line}, column {problem.column}: "
            lines.append(at + problem.message)
        return "\n".join(lines)


def document_problem(error: Invalid) -> Problem:
    """The Problem a checker's ``Invalid`` names, its path made a document path."""
    path, value, expected = error.args
    return Problem(str(path).lstrip("."), value, str(expected))


class Invalid(Exception):
    """Raised inside a checker with ``(path, value, expected)``; the chaining method that called
    it turns it into an InvalidArgumentError naming its own parameter."""


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


#: A key that was not given (None is a value: JSON null).
MISSING: Final[Any] = _Missing()


class _TooDeep:
    def __repr__(self) -> str:
        return "TOO_DEEP"


#: The value of a Problem whose document is nested too deeply to check.
TOO_DEEP: Final[Any] = _TooDeep()


def refused(method: str, parameter: str, value: object, expected: str, error: Invalid) -> NoReturn:
    """The InvalidArgumentError for ``error``, raised inside ``parameter`` of ``method``."""
    path, inner, wanted = error.args
    if not str(path).strip("."):
        # Refused as a whole: the checker's own reason is the more precise one.
        raise InvalidArgumentError(method, parameter, value, wanted) from None
    raise InvalidArgumentError(method, parameter, value, expected, path, inner, wanted) from None


def refused_in(method: str, given: object, expected: str, error: Invalid) -> NoReturn:
    """As ``refused``, for a method whose keywords were checked together (a union of
    variants): the parameter is the first step of the error's path."""
    path, inner, wanted = error.args
    path = str(path).lstrip(".")
    parameter = re.split(r"[.\[]", path, maxsplit=1)[0]
    if parameter and isinstance(given, Mapping) and parameter in given:
        if path == parameter:
            raise InvalidArgumentError(method, parameter, inner, wanted) from None
        # What the keyword as a whole may be depends on the variant; the inner fault says it.
        raise InvalidArgumentError(
            method, parameter, given[parameter], "", path, inner, wanted
        ) from None
    raise InvalidArgumentError(method, "arguments", given, wanted) from None


#: A helper's parameter: (name, key of the action's value or "" for the value itself, the
#: value given, its default or MISSING).
HelperParam = tuple[str, str, object, object]


def _is_default(given: object, default: object) -> bool:
    # Same type too: 0 is not the default False, it is a value to check (and refuse).
    return given is default or (type(given) is type(default) and given == default)


def helper_action(
    method: str,
    action: str,
    check: Callable[[object, str], dict[str, Any]],
    params: tuple[HelperParam, ...],
    value: object = MISSING,
) -> dict[str, Any]:
    """The action ``{action: value}`` a FunctionResult helper emits, checked by the action's
    checker: each parameter is the value itself or fills a key of it, left out when it equals
    its default. A refusal names the parameter that holds the refused value; nothing is kept."""
    keys: dict[str, Any] = {}
    for _, key, given, default in params:
        if not key:
            value = given
        elif not _is_default(given, default):
            keys[key] = given
    try:
        return check({action: keys if value is MISSING else value}, "")
    except Invalid as error:
        path, inner, wanted = error.args
        within = str(path).lstrip(".")[len(action) :].lstrip(".")
        key = re.split(r"[.\[]", within, maxsplit=1)[0]
        for name, param_key, given, _ in params:
            if param_key == key:
                if within == key:
                    raise InvalidArgumentError(method, name, given, wanted) from None
                rest = within[len(key) :] if key else within
                raise InvalidArgumentError(
                    method, name, given, "", name + rest, inner, wanted
                ) from None
        raise InvalidArgumentError(method, "arguments", keys, wanted) from None


#: A SWML variable reference (``$defs/SWMLVar`` in the spec), such as ``${call.from}``; the
#: spec's ECMA-262 pattern, translated so Python's re reads it the same way.
SWML_VAR = re.compile("\\A[$%]\\{[^\\n\\r\\u2028\\u2029]*\\}\\Z")


def is_var(value: object) -> bool:
    return isinstance(value, str) and SWML_VAR.search(value) is not None


def is_number(value: object) -> TypeGuard[int | float]:
    """A JSON number: an int or a finite float, never a bool."""
    kind = type(value)
    return kind is int or (kind is float and math.isfinite(value))  # type: ignore[arg-type]


def is_list(value: object) -> bool:
    return isinstance(value, (list, tuple))


def as_object(value: object, path: str, expected: str) -> Mapping[str, Any]:
    """A mapping with string keys; a pydantic model of the package is taken as its JSON."""
    if type(value) is dict:
        return value
    if isinstance(value, Mapping):
        return value
    dump = getattr(value, "model_dump", None)
    if dump is not None and type(value).__module__.startswith(__package__ or "swml_verbs"):
        return dump(mode="json", by_alias=True, exclude_unset=True)  # type: ignore[no-any-return]
    raise Invalid(path, value, expected)


def as_list(value: object, path: str, expected: str) -> list[Any] | tuple[Any, ...]:
    if isinstance(value, (list, tuple)):
        return value
    raise Invalid(path, value, expected)


def unknown_keys(value: Mapping[Any, Any], known: frozenset[str], path: str) -> NoReturn:
    """Raise for the first key of ``value`` the object does not have."""
    extra = sorted((k for k in value if k not in known), key=str)
    allowed = ", ".join(sorted(known)) or "no keys"
    raise Invalid(f"{path}.{extra[0]}", value[extra[0]], f"no such key here (allowed: {allowed})")


def json_copy(value: object, path: str = "") -> Any:
    """A copy of a JSON value; anything JSON cannot hold is refused."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
    elif isinstance(value, Mapping):
        if not all(isinstance(k, str) for k in value):
            raise Invalid(path, value, "a JSON object, whose keys are strings")
        return {k: json_copy(v, f"{path}.{k}") for k, v in value.items()}
    elif isinstance(value, (list, tuple)):
        return [json_copy(v, f"{path}[{i}]") for i, v in enumerate(value)]
    raise Invalid(path, value, "a JSON value (object, list, string, number, boolean or null)")


def join_values(
    value: object, path: str, allowed: Mapping[str, str], separator: str, expected: str
) -> str:
    """One wire string from a value, a member, an iterable of them, or an already joined string."""
    if isinstance(value, str):
        parts: Iterable[object] = value.split(separator)
    elif isinstance(value, Iterable) and not isinstance(value, Mapping):
        parts = value
    else:
        raise Invalid(path, value, expected)
    values = []
    for part in parts:
        known = allowed.get(part) if isinstance(part, str) else None
        if known is None:
            raise Invalid(path, value, expected)
        values.append(known)
    if not values:
        raise Invalid(path, value, expected)
    return separator.join(values)


#: One variant of a union of objects: (name, its keys, its required keys, closed, checker);
#: keys None for a variant that takes any keys (a map).
Variant = tuple[str, "frozenset[str] | None", "frozenset[str]", bool, Any]


def pick_variant(
    value: object, path: str, variants: tuple[Variant, ...], exclusive: bool, expected: str
) -> Any:
    """Check ``value`` as the variant its keys select; refuse keys that fit none, naming each
    variant with its keys, and (``exclusive``, a oneOf) a value that two variants accept."""
    v = as_object(value, path, expected)
    keys = v.keys()
    fits = [x for x in variants if x[1] is None or (x[2] <= keys and (not x[3] or keys <= x[1]))]
    if len(fits) == 1:
        return fits[0][4](v, path)
    if not fits:
        shapes = "; ".join(
            f"{x[0]} ({', '.join(sorted(x[1]))}; requires {', '.join(sorted(x[2])) or 'nothing'})"
            for x in variants
            if x[1] is not None
        )
        raise Invalid(
            path,
            value,
            f"{expected}; the keys {', '.join(sorted(map(str, keys))) or '(none)'} fit no variant of: {shapes}",
        )
    accepted: list[tuple[str, Any]] = []
    first: Invalid | None = None
    for x in fits:
        try:
            out = x[4](v, path)
        except Invalid as error:
            first = first or error
            continue
        if not exclusive:
            return out
        accepted.append((x[0], out))
    if len(accepted) == 1:
        return accepted[0][1]
    if accepted:
        names = " and ".join(name for name, _ in accepted)
        raise Invalid(path, value, f"{expected}, exactly one of them (it fits {names})")
    assert first is not None
    raise first


def first_of(value: object, path: str, checkers: tuple[Any, ...], expected: str) -> Any:
    """The first of ``checkers`` that accepts ``value``."""
    for check in checkers:
        try:
            return check(value, path)
        except Invalid:
            continue
    raise Invalid(path, value, expected)
