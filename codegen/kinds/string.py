"""``type: string``: lengths, an ECMA-262 ``pattern``, and URLs (``format: uri``)."""

from __future__ import annotations

from typing import Any

from codegen import ecma
from codegen.errors import SpecProblem
from codegen.ir import StringType
from codegen.kinds._common import Builder, Site, unsupported

SUPPORTED = frozenset({"minLength", "maxLength", "pattern", "format"})


def check_pattern(builder: Builder, pattern: str, pointer: str) -> SpecProblem | None:
    """A problem when ``pattern`` cannot be matched with its ECMA-262 meaning in every target."""
    try:
        ecma.translate(pattern)
    except ecma.UnsupportedPattern as exc:
        return builder.problem(pointer, f"pattern {pattern!r}: {exc}", "an ECMA-262 pattern")
    return None


def build(node: dict[str, Any], site: Site, builder: Builder) -> StringType | SpecProblem:
    bad = unsupported(node, site, builder, SUPPORTED, "a string")
    if bad is not None:
        return bad
    pattern = node.get("pattern")
    if pattern is not None:
        bad = check_pattern(builder, str(pattern), site.pointer + "/pattern")
        if bad is not None:
            return bad
    words = node.get("x-pattern-words")
    if words is not None and pattern is None:
        return builder.problem(
            site.pointer + "/x-pattern-words", "x-pattern-words without a pattern", "a pattern"
        )
    fmt = node.get("format")
    schemes = node.get("x-url-schemes")
    # format is an annotation in JSON Schema 2020-12 (upstream's "uri" fields take SWML variables
    # and relative paths in practice); only x-url-schemes, where our overlay states it, checks.
    url_schemes = tuple(str(s) for s in schemes) if isinstance(schemes, list) else None
    return StringType(
        min_length=node.get("minLength"),
        max_length=node.get("maxLength"),
        pattern=pattern,
        pattern_words=None if words is None else str(words),
        format=str(fmt) if fmt is not None else None,
        url_schemes=url_schemes,
        non_blank=bool(node.get("x-non-blank")),
    )
