# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

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
        # Parameter first, as users of the reference SDKs read and match refusals
        # ("beep must be one of ..."); a fault nested in the value is named by its place in it.
        inner = str(self.args[4]) if len(self.args) > 4 and self.args[4] else ""
        inner = re.sub(r"\.{2,}", ".", inner).lstrip(".")
        if inner and inner != self.parameter:
            if not inner.startswith(self.parameter):
                inner = self.parameter + ("" if inner.startswith("[") else ".") + inner
            return f"{self.method}(): {said(inner, self.args[5], str(self.args[6]))}"
        return f"{self.method}(): {said(self.parameter, self.value, self.expected)}"


def said(subject: str, value: object, expected: str) -> str:
    """A refusal in the words of every message: ``beep must be one of 'true', 'false'; got
    'invalid'``, then why no variant fits when the checker said so (the text after the first
    ``; `` of ``expected``)."""
    if value is MISSING:
        return f"{subject} is missing; it must be {expected}"
    if value is TOO_DEEP or expected.startswith("no such key here"):
        return f"{subject}: {expected}"
    if not expected:
        return f"{subject} is not allowed; got {_short(value)}"
    allowed, _, why = expected.partition("; ")
    return f"{subject} must be {allowed}; got {_short(value)}" + (f"; {why}" if why else "")


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
    #: The JSON pointer of ``path`` (``/sections/main/2/play/url``), from ``validate``.
    pointer: str = ""
    #: The verb whose argument holds the fault (``play``), "" outside any verb.
    verb: str = ""

    @property
    def message(self) -> str:
        """``sections.main[2].play.url must be a string; got 5``."""
        return said(self.path or "the document", self.value, self.expected)


class InvalidDocumentError(InvalidArgumentError):
    """A SWML document refused by ``SWML.from_dict`` (or ``from_json``, ``from_yaml``).

    ``problems`` holds every fault, each a ``Problem`` (as ``validate`` finds them); ``path``,
    ``value`` and ``expected`` are the first one's. An ``InvalidArgumentError``, so a
    ``ValueError``.

    ``from_dict`` raises it as soon as its check refuses the document, and the faults are looked
    for when the error is first read (its message, ``problems`` or the first one's parts), in
    the document as it is then: code that only catches the refusal pays for the check alone.
    """

    _listing: Callable[[], list[Problem]] | None = None

    def __init__(self, *problems: Problem) -> None:
        # The problems are the arguments, so the error pickles and copies as it is.
        ValueError.__init__(self, *problems)

    @classmethod
    def listing(cls, problems: Callable[[], list[Problem]]) -> InvalidDocumentError:
        """The error for a refused document whose faults ``problems`` finds when someone first
        reads them (at least one: a refusal's explanation, such as the nearest key, is written
        only then too)."""
        error = cls()
        error._listing = problems
        return error

    @property
    def problems(self) -> tuple[Problem, ...]:
        if self._listing is not None:
            found, self._listing = self._listing(), None
            self.args = tuple(found)
        return self.args

    def __reduce__(self) -> tuple[type, tuple[Problem, ...]]:
        return (type(self), self.problems)

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


class Explained(str):
    """A refusal's ``expected`` text whose explanation is written only when someone reads it
    (``str()`` or formatting give the whole text), since finding the nearest key costs far more
    than the check: as a plain string it is the head every explanation starts with."""

    def __new__(cls, head: str, explain: Callable[[], str]) -> Explained:
        text = super().__new__(cls, head)
        text._explain = explain
        text._text = None
        return text

    _explain: Callable[[], str]
    _text: str | None

    def __str__(self) -> str:
        if self._text is None:
            self._text = self._explain()
        return self._text

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return repr(str(self))

    def __reduce__(self) -> tuple[type, tuple[str]]:
        return (str, (str(self),))


class Invalid(Exception):
    """Raised inside a checker with ``(path, value, expected)``; the chaining method that called
    it turns it into an InvalidArgumentError naming its own parameter."""


def at_step(error: Invalid, path: str, step: str) -> Invalid:
    """``error``, raised inside an item checked with its container's ``path``, as the item's own
    path would have named it: ``step`` (``[3]``, ``.key``) put in after ``path``."""
    where, value, expected = error.args
    return Invalid(path + step + str(where)[len(path) :], value, expected)


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
    if str(path).strip(".") == parameter and wanted.startswith(expected):
        # The parameter's own checker said more (why no variant of a union fits).
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


#: Where a helper's value lands in its action object: keys of objects, indexes of lists.
Path = tuple[str | int, ...]
#: A helper's parameter: (name, where its value lands, the value given, the value at which it
#: is left out, or MISSING when it never is).
HelperParam = tuple[str, Path, object, object]


def _is_default(given: object, default: object) -> bool:
    # Same kind too: 0 is not the default False, it is a value to check (and refuse); but 44
    # is the default 44.0, as JSON and TypeScript see it.
    if type(given) is not type(default) and not (_plain_number(given) and _plain_number(default)):
        return False
    return given is default or given == default


def _plain_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _spelled(path: Path) -> str:
    """A path as the checkers spell the place of a fault: ``.SWML.sections.main[0].pay``."""
    return "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in path)


def flag_gives(method: str, name: str, value: object, gives: object, expected: str) -> object:
    """A flag's value: ``gives`` for True, False (left out) for False; anything else is
    refused, naming the flag."""
    if value is True:
        return gives
    if value is False:
        return False
    raise InvalidArgumentError(method, name, value, expected)


def swml_document(method: str, parameter: str, content: object) -> object:
    """The SWML document ``content`` holds, for its checker to judge: JSON text read (as
    ``SWML.from_json`` reads it), an object's ``to_dict()``, a mapping as it is. Text that is
    not a JSON document is refused; any other value is a TypeError, as in the reference."""
    if isinstance(content, str):
        # Read as SWML.from_json reads: duplicate keys, NaN and nesting past the limit refused.
        # Imported here: _documents types its errors with this module's.
        from swml_verbs._documents import DocumentReadError, read_text

        try:
            return read_text(content, "json").data
        except DocumentReadError as error:
            expected = f"a SWML document as JSON text, a mapping or an object with to_dict(); the text is not a JSON document ({error})"
            raise InvalidArgumentError(method, parameter, content, expected) from None
    to_dict = getattr(content, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(content, Mapping):
        return content
    raise TypeError(
        f"{method}(): {parameter} must be JSON text, a mapping or an object with to_dict(); "
        f"got {type(content).__name__}"
    )


def clamped(value: object, low: float, high: float) -> object:
    """A number brought into ``[low, high]``, as the reference does; any other value as given,
    for the checker to judge."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return min(max(value, low), high)
    return value


def _put(action: dict[str, Any], params: tuple[HelperParam, ...]) -> dict[str, Any]:
    """``action`` with each parameter's value put where it lands, unless it is the value left
    out."""
    for _, where, given, omitted in params:
        if not _is_default(given, omitted):
            target: Any = action
            for key in where[:-1]:
                target = target.setdefault(key, {}) if isinstance(key, str) else target[key]
            target[where[-1]] = given
    return action


def helper_action(
    method: str,
    check: Callable[[object, str], dict[str, Any]],
    action: dict[str, Any],
    params: tuple[HelperParam, ...],
    short: Path = (),
) -> dict[str, Any]:
    """The action a FunctionResult helper emits: ``action`` (a fresh object) with each
    parameter's value put where it lands unless it is the value left out, checked by the
    action's checker, then in the reference's short form if it has one. A refusal names the
    parameter that holds the refused value; nothing is kept."""
    _put(action, params)
    try:
        checked = check(action, "")
    except Invalid as error:
        path, inner, wanted = error.args
        path = re.sub(r"\.{2,}", ".", str(path))
        raise _helper_refusal(method, action, params, path, inner, wanted) from None
    if short:
        *outer, key = short
        target: Any = checked
        for step in outer[:-1]:
            target = target[step]
        if list(target[outer[-1]]) == [key]:
            target[outer[-1]] = target[outer[-1]][key]
    return checked


def helper_value(
    method: str,
    checks: tuple[Callable[[object, str], dict[str, Any]], ...],
    params: tuple[HelperParam, ...],
) -> dict[str, Any]:
    """The object a static builder returns: its parameters' values put where they land,
    checked as the first of its models that takes it. When none does, the refusal is the one of
    the model that took the most parameters; where every model refuses the same value, it
    names what each would take."""
    # The first model that takes the object, tried without words: a refusal is worded only
    # when every model refuses (a Play action is no Say action, which says nothing).
    placed = _put({}, params)
    for check in checks:
        try:
            return check(placed, "")
        except Invalid:
            continue
    refusals: list[InvalidArgumentError] = []
    for check in checks:
        try:
            return helper_action(method, check, {}, params)
        except InvalidArgumentError as error:
            refusals.append(error)
    order = [name for name, _, _, _ in params]

    def reached(error: InvalidArgumentError) -> int:
        return order.index(error.parameter) if error.parameter in order else -1

    best = max(refusals, key=reached)
    alike = [e for e in refusals if e.args[:3] == best.args[:3] and e.args[4:5] == best.args[4:5]]
    if len(alike) < 2 or len(best.args) > 4:
        raise best
    wanted = " or ".join(dict.fromkeys(e.expected for e in alike))
    raise InvalidArgumentError(method, best.parameter, best.value, wanted)


def _helper_refusal(
    method: str,
    action: dict[str, Any],
    params: tuple[HelperParam, ...],
    path: str,
    inner: object,
    wanted: str,
) -> InvalidArgumentError:
    """The refusal naming the parameter whose value holds the fault (the deepest place that
    holds it), or else the arguments that fill the object at fault (a required key none of
    them gives)."""
    # The deepest place that holds the fault; at one place, a value put there before one left
    # out, and the last put (the one the action holds) before the others.
    found: tuple[tuple[int, bool, int], str, str, object] | None = None
    around: dict[str, object] = {}
    for index, (name, where, given, omitted) in enumerate(params):
        at = _spelled(where)
        put = not _is_default(given, omitted)
        rank = (len(at), put, index)
        if path == at or path.startswith((at + ".", at + "[")):
            if found is None or rank > found[0]:
                found = (rank, name, at, given)
        elif at.startswith((path + ".", path + "[")) and put:
            around[name] = given
    if found is None:
        return InvalidArgumentError(method, "arguments", around or action, wanted)
    _, name, at, given = found
    if path == at:
        return InvalidArgumentError(method, name, given, wanted)
    return InvalidArgumentError(method, name, given, "", name + path[len(at) :], inner, wanted)


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


def index_of(items: Iterable[object], item: object) -> int:
    """The index of ``item`` itself (not an equal value) in ``items``."""
    return next(i for i, x in enumerate(items) if x is item)


def as_list(value: object, path: str, expected: str) -> list[Any] | tuple[Any, ...]:
    if isinstance(value, (list, tuple)):
        return value
    raise Invalid(path, value, expected)


def missing_key(
    value: Mapping[Any, Any], known: frozenset[str], path: str, key: str, expected: str
) -> NoReturn:
    """Raise for the required ``key`` that ``value`` lacks, or for the unknown keys it holds if
    any: a misspelt key (``phrse``) is the likeliest reason one is missing, and its refusal
    names the key meant."""
    if any(k not in known for k in value):
        unknown_keys(value, known, path)
    raise Invalid(f"{path}.{key}", MISSING, expected)


def unknown_keys(value: Mapping[Any, Any], known: frozenset[str], path: str) -> NoReturn:
    """Raise for the first key of ``value`` the object does not have, naming the others too."""
    extra = sorted((k for k in value if k not in known), key=str)
    explained = Explained("no such key here", lambda: unknown_key_text(extra, known))
    raise Invalid(f"{path}.{extra[0]}", value[extra[0]], explained)


def unknown_key_text(extra: list[Any], known: frozenset[str]) -> str:
    """What is wrong with the unknown keys ``extra`` (sorted) of an object whose keys are
    ``known``: the first is the one refused, the others are named after it."""
    allowed = ", ".join(sorted(known)) or "no keys"
    text = f"no such key here{_guess(extra[0], known, ', did you mean {}?')} (allowed: {allowed})"
    if len(extra) > 1:
        text += "; also unknown here: " + ", ".join(_with_guess(k, known) for k in extra[1:])
    return text


def close_key(key: object, known: Iterable[str]) -> str | None:
    """The known key nearest ``key``, as difflib's ``get_close_matches`` finds it (a ratio of
    0.6 at least), for "did you mean"; None when none is that near."""
    if not isinstance(key, str):
        return None
    # Imported here: only a refused key pays for it.
    from difflib import get_close_matches

    found = get_close_matches(key, sorted(known), n=1)
    return found[0] if found else None


def _guess(key: object, known: Iterable[str], template: str) -> str:
    found = close_key(key, known)
    return "" if found is None else template.format(found)


def _with_guess(key: object, known: Iterable[str]) -> str:
    return f"{key}{_guess(key, known, ' (did you mean {}?)')}"


def _listed(keys: Iterable[Any]) -> str:
    return ", ".join(sorted(map(str, keys)))


#: The exact types of the JSON scalars a copy keeps as they are (a float also when finite).
_PLAIN: Final = frozenset({str, int, bool, type(None)})


def json_copy(value: object, path: str = "") -> Any:
    """A copy of a JSON value; anything JSON cannot hold is refused."""
    # Exact types first, and scalars inside a dict or list copied without a call: the ABC
    # tests below cost more than the copy of a small value (set_metadata, user_event).
    kind = type(value)
    if kind in _PLAIN or (type(value) is float and math.isfinite(value)):
        return value
    if type(value) is dict:
        copied: dict[str, Any] = {}
        for key, item in value.items():
            if type(key) is not str:
                return _json_copy(value, path)
            kind = type(item)
            if kind in _PLAIN or (kind is float and math.isfinite(item)):
                copied[key] = item
                continue
            try:
                copied[key] = json_copy(item, path)
            except Invalid as error:
                raise at_step(error, path, "." + key) from None
        return copied
    if type(value) is list:
        items: list[Any] = []
        for item in value:
            kind = type(item)
            if kind in _PLAIN or (kind is float and math.isfinite(item)):
                items.append(item)
                continue
            try:
                items.append(json_copy(item, path))
            except Invalid as error:
                raise at_step(error, path, f"[{len(items)}]") from None
        return items
    return _json_copy(value, path)


def _json_copy(value: object, path: str) -> Any:
    """``json_copy`` of any other type: subclasses, mappings, tuples, floats, the refused."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
    elif isinstance(value, Mapping):
        if not all(isinstance(k, str) for k in value):
            raise Invalid(path, value, "a JSON object, whose keys are strings")
        # As the generated checkers do: the container's path, and the step put into a refusal's
        # path afterwards, so that a deep value builds no path strings.
        copied: dict[str, Any] = {}
        try:
            for key, item in value.items():
                copied[key] = json_copy(item, path)
        except Invalid as error:
            raise at_step(error, path, "." + key) from None
        return copied
    elif isinstance(value, (list, tuple)):
        items: list[Any] = []
        try:
            for item in value:
                items.append(json_copy(item, path))
        except Invalid as error:
            raise at_step(error, path, f"[{len(items)}]") from None
        return items
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
    v = value if type(value) is dict else as_object(value, path, expected)
    keys = v.keys()
    # The variants are tried as their keys fit, in order: an anyOf stops at the first that
    # accepts, with no list of the others built.
    fitted = False
    accepted: list[tuple[str, Any]] = []
    first: Invalid | None = None
    for x in variants:
        if x[1] is not None and not (x[2] <= keys and (not x[3] or keys <= x[1])):
            continue
        fitted = True
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
    if not fitted:
        given = tuple(keys)
        explained = Explained(expected, lambda: no_variant_text(given, variants, expected))
        raise Invalid(path, value, explained)
    assert first is not None
    raise first


def no_variant_text(keys: Iterable[Any], variants: tuple[Variant, ...], expected: str) -> str:
    """Why an object with ``keys`` fits none of the object ``variants``: the keys no variant
    takes (with the nearest known key), the variant that came closest and what it lacks, then
    the variants' keys, those every variant takes named once."""
    given = {str(k) for k in keys}
    objects = [(x[0], x[1], x[2], x[3]) for x in variants if x[1] is not None]
    parts = [expected]
    if len(objects) == len(variants) and all(closed for *_, closed in objects):
        known = frozenset().union(*(x[1] for x in objects))
        stray = sorted(given - known)
        if len(stray) == 1:
            parts.append(f"the key {_with_guess(stray[0], known)} fits no variant")
        elif stray:
            named = ", ".join(_with_guess(k, known) for k in stray)
            parts.append(f"the keys {named} fit no variant")

    def faults(x: tuple[str, frozenset[str], frozenset[str], bool]) -> tuple[set[str], set[str]]:
        return (given - x[1] if x[3] else set()), set(x[2] - given)

    # The first of the variants with the fewest keys to drop or add.
    nearest = min(objects, key=lambda x: sum(map(len, faults(x))))
    unknown, missing = faults(nearest)
    lacks = [f"does not take {_listed(unknown)}"] if unknown else []
    lacks += [f"requires {_listed(missing)}"] if missing else []
    name = f"the nearest variant, {nearest[0]}," if len(objects) > 1 else nearest[0]
    parts.append(f"{name} {' and '.join(lacks)}")
    common = frozenset.intersection(*(x[1] for x in objects)) if len(objects) > 1 else frozenset()
    common_required = frozenset.intersection(*(x[2] for x in objects)) if common else frozenset()
    if common:
        requires = f" and requires {_listed(common_required)}" if common_required else ""
        parts.append(f"every variant takes {_listed(common)}{requires}")
    for x in objects:
        said = (
            [f"{'also ' if common else ''}takes {_listed(x[1] - common)}"] if x[1] - common else []
        )
        said += [f"requires {_listed(x[2] - common_required)}"] if x[2] - common_required else []
        if said or not common:
            parts.append(f"{x[0]} {' and '.join(said or ['takes no keys'])}")
    return "; ".join(parts)


def first_of(value: object, path: str, checkers: tuple[Any, ...], expected: str) -> Any:
    """The first of ``checkers`` that accepts ``value``."""
    for check in checkers:
        try:
            return check(value, path)
        except Invalid:
            continue
    raise Invalid(path, value, expected)
