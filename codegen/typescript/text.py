"""Text that crosses from the spec into generated TypeScript.

As on the Python side (``codegen.text``), spec text is data: it reaches a generated ``.ts`` file
only as a string literal (``ts_literal``, JSON's escaping plus the two line separators and any
lone surrogate) or inside a TSDoc comment (``tsdoc``, where ``*/`` cannot close the comment and
``@`` cannot start a tag). Everything else in the output is ``TsCode`` the generator made from
identifiers it checked and literals it made itself.
"""

from __future__ import annotations

import json
import math
import re

from codegen.text import UntrustedText


class TsCode(str):
    """TypeScript source the generator made itself, or spec text made inert by a filter below."""

    __slots__ = ()


class TsIdentifier(TsCode):
    """An ASCII identifier that is not a reserved word of JavaScript or TypeScript."""

    __slots__ = ()


_RESERVED_WORDS = """
await break case catch class const continue debugger default delete do else enum export extends
false finally for function if implements import in instanceof interface let new null package
private protected public return static super switch this throw true try typeof var void while with
yield any boolean never number object string symbol undefined unknown bigint type declare
namespace module keyof readonly infer is asserts unique satisfies as from of
"""
#: Reserved words (ECMAScript, strict mode, TypeScript type positions): never a binding name.
RESERVED = frozenset(_RESERVED_WORDS.split())

_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*\Z")


def is_ts_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name)) and name not in RESERVED


def ts_identifier(name: str) -> TsIdentifier:
    if not is_ts_identifier(name):
        raise ValueError(f"not a safe TypeScript identifier: {name!r}")
    return TsIdentifier(name)


#: Characters JSON leaves raw that must not be raw in generated source: the line separators
#: (legal in string literals since ES2019, but not in every tool) and lone surrogates (which
#: cannot be written as UTF-8).
_UNSAFE_RAW = re.compile("[\u2028\u2029\ud800-\udfff]")


def ts_literal(value: object) -> TsCode:
    """A TypeScript literal for a JSON value (``"a\\"b"``, ``5``, ``true``, ``null``, arrays and
    objects of them); a string is JSON-escaped, which is a valid JavaScript string literal."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"not a JSON value: {value!r}")
    if isinstance(value, (list, tuple)):
        return TsCode("[" + ", ".join(ts_literal(v) for v in value) + "]")
    if isinstance(value, dict):
        items = (f"{ts_literal(str(k))}: {ts_literal(v)}" for k, v in value.items())
        return TsCode("{ " + ", ".join(items) + " }" if value else "{}")
    if value is not None and not isinstance(value, (bool, int, float, str)):
        raise TypeError(f"not a JSON value: {value!r}")
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    return TsCode(_UNSAFE_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def property_key(name: str) -> TsCode:
    """An object key or member name: bare when it is an identifier name, else a string literal.

    Reserved words are fine as property names (``{ default: 1 }``, ``swml.return()``)."""
    if _IDENTIFIER.match(name):
        return TsCode(name)
    return ts_literal(name)


def member_access(target: str, name: str) -> TsCode:
    """``target.name`` or ``target["na-me"]``."""
    if _IDENTIFIER.match(name):
        return TsCode(f"{target}.{name}")
    return TsCode(f"{target}[{ts_literal(name)}]")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def doc_lines(text: str) -> list[str]:
    """The lines of ``text`` made inert for a ``/** ... */`` comment.

    ``*/`` becomes ``*\\/`` so the comment cannot end early, ``@`` becomes ``\\@`` (TSDoc's
    escape) so prose cannot start a tag, backslashes are doubled so the two escapes stay
    unambiguous, and other control characters become visible ``\\xNN``.
    """
    body = str(text).replace("\\", "\\\\").replace("*/", "*\\/").replace("@", "\\@")
    body = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", body)
    body = _UNSAFE_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", body)
    return [line.rstrip() for line in body.strip().splitlines()]


def doc_block(text: str, indent: str = "", tags: list[str] | None = None) -> TsCode:
    """A whole ``/** ... */`` block at ``indent``: the prose (through ``doc_lines``), then
    ``tags``, generator-made lines such as ``@deprecated`` or ``@defaultValue `"true"` ``.
    Empty text and no tags give an empty string."""
    lines = doc_lines(text)
    if lines and tags:
        lines.append("")
    lines += tags or []
    if not lines:
        return TsCode("")
    if len(lines) == 1 and len(indent) + len(lines[0]) <= 92:
        return TsCode(f"{indent}/** {lines[0]} */")
    out = [f"{indent}/**"]
    out += [f"{indent} * {line}" if line else f"{indent} *" for line in lines]
    out.append(f"{indent} */")
    return TsCode("\n".join(out))


def line_comment(text: str) -> TsCode:
    """A single-line ``//`` comment body: newlines and controls cannot end the comment."""
    flat = " ".join(str(text).split())
    return TsCode(_UNSAFE_RAW.sub("?", _CONTROL.sub("?", flat)))


def default_tag(value: object) -> TsCode:
    """``@defaultValue `"true"` `` for a JSON default (the literal, with backticks escaped)."""
    literal = ts_literal(value).replace("`", "\\`").replace("*/", "*\\/").replace("@", "\\@")
    return TsCode(f"@defaultValue `{literal}`")


__all__ = [
    "RESERVED",
    "TsCode",
    "TsIdentifier",
    "UntrustedText",
    "default_tag",
    "doc_block",
    "doc_lines",
    "is_ts_identifier",
    "line_comment",
    "member_access",
    "property_key",
    "ts_identifier",
    "ts_literal",
]
