"""Types for text that crosses from the spec into generated code.

Spec text is data. It reaches generated source only through :func:`py_literal` (a Python literal
made by ``repr``) or :func:`docstring` (a literal-safe docstring body), never by pasting, so a
description containing quotes, backslashes or template syntax cannot become code.
"""

from __future__ import annotations

import keyword
import re


class UntrustedText(str):
    """Text from the spec, not yet made safe for any context; templates refuse to print it."""

    __slots__ = ()


class PyCode(str):
    """Python source the generator made itself, or spec text made inert by a filter below."""

    __slots__ = ()


class Identifier(PyCode):
    """A valid, non-keyword ASCII Python identifier (checked where it is made, in ``build``)."""

    __slots__ = ()


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def is_identifier(name: str) -> bool:
    """ASCII identifiers only: generated names must be typeable and stable across locales."""
    return bool(_IDENTIFIER.match(name)) and not keyword.iskeyword(name)


def identifier(name: str) -> Identifier:
    if not is_identifier(name):
        raise ValueError(f"not a safe Python identifier: {name!r}")
    return Identifier(name)


def py_literal(value: object) -> PyCode:
    """A Python literal for a JSON value; ``repr`` escapes every quote, backslash and control."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return PyCode(repr(value))
    if isinstance(value, (list, tuple)):
        inner = ", ".join(py_literal(v) for v in value)
        return PyCode(f"[{inner}]")
    if isinstance(value, dict):
        inner = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items())
        return PyCode("{" + inner + "}")
    raise TypeError(f"not a JSON value: {value!r}")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TRIPLE = re.compile(r'"(?="")')


def docstring(text: str, indent: str = "") -> PyCode:
    """The body of a triple-double-quoted docstring that shows ``text`` and can hold nothing else.

    Backslashes are doubled and quotes escaped where three could meet (inside, or with the closing
    quotes), so no character sequence can close the string or start an escape; other control
    characters become visible ``\\xNN`` escapes.
    """
    body = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text.replace("\\", "\\\\"))
    lines = [line.rstrip() for line in body.strip().splitlines()]
    # Blank lines stay empty: an indent on them would be trailing whitespace.
    body = "\n".join(lines[:1] + [indent + line if line else "" for line in lines[1:]])
    # Quotes at the very end would merge with the closing triple quote: escape all of them.
    stem = body.rstrip('"')
    closing = '\\"' * (len(body) - len(stem))
    # Inside, escaping the first quote of any three in a row is enough to never close the string.
    return PyCode(_TRIPLE.sub('\\\\"', stem) + closing)


def comment(text: str) -> PyCode:
    """A single-line ``#`` comment body: newlines and controls cannot escape the comment."""
    flat = " ".join(text.split())
    return PyCode(_CONTROL.sub("?", flat))
