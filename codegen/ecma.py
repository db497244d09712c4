"""Translate JSON Schema ``pattern`` strings (ECMA-262 regular expressions) to Python ``re``.

JSON Schema defines ``pattern`` as an ECMA-262 regular expression, matched anywhere in the string
(a search, not a full match), without flags. Python's ``re`` accepts most of the same syntax but
reads much of it differently, so passing a pattern through unchanged silently changes its meaning:

* ``.`` in ECMA excludes the four line terminators (``\\n``, ``\\r``, U+2028, U+2029); Python's
  excludes only ``\\n``.
* ``$`` in ECMA (no ``m`` flag) is the end of the input; Python's also matches before a final
  ``\\n``.
* ``\\d`` and ``\\w`` in ECMA are ASCII only (so ``\\b`` is too); Python's are Unicode-aware and
  accept ``'٣'`` or ``'é'``. ECMA's ``\\s`` is a fixed list of 25 code points; Python's differs
  (it has U+001C-U+001F and U+0085, lacks U+FEFF).
* ECMA's Annex B (the syntax without the ``u`` flag, which is what JSON Schema patterns use) reads
  ``a{,2}``, ``\\8``, ``\\a`` or ``\\c1`` as literal text; Python reads a quantifier, an error, a
  bell character and an error.

``translate`` parses the ECMA pattern by its grammar (a recursive descent over the Annex B
syntax), then writes every construct out in Python syntax that means exactly the same: character
classes become explicit code point ranges and anchors become ``\\A``, ``\\Z`` and lookarounds, so
the result does not depend on Python's Unicode tables or flags. A construct that Python's ``re``
cannot express with the same meaning raises ``UnsupportedPattern`` rather than being approximated.

The tests check the meaning against ``regress`` (Python bindings to a Rust ECMA-262 engine).
Like Python, and unlike a browser without the ``u`` flag, regress matches code points rather than
UTF-16 code units, so ``^.$`` matches one emoji; the translation follows regress there.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Final

__all__ = ["SUPPORTED", "UnsupportedPattern", "translate"]

#: What ``translate`` handles, quoted in every ``UnsupportedPattern`` message.
SUPPORTED: Final = (
    "literals and escapes (\\n \\t \\xHH \\uHHHH \\cX \\0, legacy octal, identity escapes), "
    ". ^ $ \\d \\D \\w \\W \\s \\S \\b \\B, character classes, capturing, named and "
    "non-capturing groups, lookahead, fixed-width lookbehind, greedy and lazy quantifiers, "
    "and backreferences to an earlier group that every repetition around it sets"
)


class UnsupportedPattern(ValueError):
    """An ECMA-262 pattern that is invalid or has no Python ``re`` equivalent.

    ``offset`` is the index in ``pattern`` where ``construct`` starts.
    """

    def __init__(self, pattern: str, offset: int, construct: str, reason: str) -> None:
        self.pattern = pattern
        self.offset = offset
        self.construct = construct
        self.reason = reason
        super().__init__(
            f"cannot translate ECMA-262 pattern {pattern!r}: {construct} at offset {offset}: "
            f"{reason}. Supported: {SUPPORTED}"
        )


# -- code point sets -------------------------------------------------------------------------------

#: Sorted, disjoint, non-adjacent inclusive ranges of code points.
Ranges = tuple[tuple[int, int], ...]

_MAX_CODE_POINT: Final = 0x10FFFF
_DIGITS: Final[Ranges] = ((0x30, 0x39),)
_WORD: Final[Ranges] = ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A))
# ECMA-262 WhiteSpace and LineTerminator: a fixed list, unlike Python's str.isspace().
_SPACE: Final[Ranges] = (
    (0x09, 0x0D),
    (0x20, 0x20),
    (0xA0, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
    (0xFEFF, 0xFEFF),
)
_LINE_TERMINATORS: Final[Ranges] = ((0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029))


def _normalize(ranges: list[tuple[int, int]]) -> Ranges:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return tuple(merged)


def _complement(ranges: Ranges) -> Ranges:
    out: list[tuple[int, int]] = []
    start = 0
    for lo, hi in ranges:
        if lo > start:
            out.append((start, lo - 1))
        start = hi + 1
    if start <= _MAX_CODE_POINT:
        out.append((start, _MAX_CODE_POINT))
    return tuple(out)


_CLASS_ESCAPES: Final[dict[str, Ranges]] = {
    "d": _DIGITS,
    "D": _complement(_DIGITS),
    "w": _WORD,
    "W": _complement(_WORD),
    "s": _SPACE,
    "S": _complement(_SPACE),
}
_DOT: Final = _complement(_LINE_TERMINATORS)
_CONTROL_ESCAPES: Final = {"f": 0x0C, "n": 0x0A, "r": 0x0D, "t": 0x09, "v": 0x0B}

# Python's re stores repeat counts in 32 bits and refuses a count of MAXREPEAT (2**32 - 1) or more.
_MAX_REPEAT: Final = 2**32 - 1
# Python reads \1 to \99 as backreferences; \100 would be an octal escape.
_MAX_NUMBERED_REFERENCE: Final = 99

# -- syntax tree -----------------------------------------------------------------------------------
# eq=False: nodes are compared by identity when the reference check walks their ancestors.


@dataclass(eq=False)
class _Char:
    code_point: int


@dataclass(eq=False)
class _Set:
    ranges: Ranges  # what the class matches, negation already applied


@dataclass(eq=False)
class _Anchor:
    kind: str  # one of ^ $ b B


@dataclass(eq=False)
class _Look:
    behind: bool
    negative: bool
    body: _Disjunction
    offset: int


@dataclass(eq=False)
class _Group:
    index: int
    name: str | None
    body: _Disjunction
    offset: int
    end: int


@dataclass(eq=False)
class _NonCapturing:
    body: _Disjunction


@dataclass(eq=False)
class _Quantified:
    atom: _Node
    min: int
    max: int | None
    lazy: bool
    offset: int


@dataclass(eq=False)
class _Backref:
    offset: int
    index: int | None  # \N
    name: str | None  # \k<name>
    target: _Group | None = None  # set by _check_backrefs
    conditional: bool = False  # the target may be unset where the reference is matched


@dataclass(eq=False)
class _Alternative:
    terms: list[_Node]


@dataclass(eq=False)
class _Disjunction:
    alternatives: list[_Alternative]


_Node = (
    _Char
    | _Set
    | _Anchor
    | _Look
    | _Group
    | _NonCapturing
    | _Quantified
    | _Backref
    | _Alternative
    | _Disjunction
)

# -- parser ----------------------------------------------------------------------------------------

# ASCII digits only: Python's \d would also accept '٣' here, the very confusion this module avoids.
_BRACED_QUANTIFIER: Final = re.compile(r"\{([0-9]+)(?:(,)([0-9]*))?\}")
_HEX4: Final = re.compile(r"[0-9A-Fa-f]{4}")
_HEX2: Final = re.compile(r"[0-9A-Fa-f]{2}")
_BRACED_HEX: Final = re.compile(r"\{([0-9A-Fa-f]+)\}")
_DECIMAL: Final = re.compile(r"[0-9]+")
_OCTAL_DIGITS: Final = "01234567"
_MODIFIER_GROUP: Final = re.compile(r"\(\?[a-zA-Z]*(?:-[a-zA-Z]*)?:")


def _count_captures(pattern: str) -> tuple[int, bool]:
    """CountLeftCapturingParensWithin and whether any group is named, as ECMA-262 needs both
    before parsing: they decide whether ``\\12`` is a backreference or an octal escape, and
    whether ``\\k`` is a named reference or the letter k."""
    count = 0
    named = False
    i = 0
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            if not pattern.startswith("?", i + 1):
                count += 1
            elif pattern.startswith("?<", i + 1) and pattern[i + 3 : i + 4] not in ("=", "!"):
                count += 1
                named = True
        i += 1
    return count, named


def _is_identifier_name(name: str) -> bool:
    """RegExpIdentifierName: ID_Start, $ or _, then ID_Continue, $, ZWNJ or ZWJ (approximated by
    Python's identifier rules, which use the close XID properties)."""
    if not name:
        return False
    first, rest = name[0], name[1:]
    if not (first in "$_" or first.isidentifier()):
        return False
    return all(c in "$\u200c\u200d" or ("_" + c).isidentifier() for c in rest)


def _is_lead(code_unit: int) -> bool:
    return 0xD800 <= code_unit <= 0xDBFF


def _is_trail(code_unit: int) -> bool:
    return 0xDC00 <= code_unit <= 0xDFFF


def _join_surrogates(lead: int, trail: int) -> int:
    return 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00)


class _Parser:
    """Recursive descent over the ECMA-262 Pattern grammar without the u flag (Annex B.1.2)."""

    def __init__(self, pattern: str) -> None:
        self.src = pattern
        self.pos = 0
        self.capture_count, self.has_named_groups = _count_captures(pattern)
        self.next_index = 1
        self.groups_by_name: dict[str, _Group] = {}  # filled as groups close
        self.names: set[str] = set()  # filled as groups open, so that nesting is caught too

    # -- errors

    def _unsupported(self, offset: int, construct: str, reason: str) -> UnsupportedPattern:
        return UnsupportedPattern(self.src, offset, construct, reason)

    def _invalid(self, offset: int, construct: str, detail: str) -> UnsupportedPattern:
        return UnsupportedPattern(
            self.src, offset, construct, f"not a valid ECMA-262 pattern ({detail})"
        )

    # -- cursor

    def _peek(self, ahead: int = 0) -> str | None:
        i = self.pos + ahead
        return self.src[i] if i < len(self.src) else None

    def _expect_close(self, start: int, construct: str) -> None:
        if self._peek() != ")":
            raise self._invalid(start, construct, "it has no closing ')'")
        self.pos += 1

    # -- structure

    def parse(self) -> _Disjunction:
        tree = self._disjunction()
        if self.pos < len(self.src):  # only an unmatched ')' ends the top-level disjunction early
            raise self._invalid(self.pos, "')'", "it closes no group")
        return tree

    def _disjunction(self) -> _Disjunction:
        alternatives = [self._alternative()]
        while self._peek() == "|":
            self.pos += 1
            alternatives.append(self._alternative())
        return _Disjunction(alternatives)

    def _alternative(self) -> _Alternative:
        terms: list[_Node] = []
        while (char := self._peek()) is not None and char not in "|)":
            terms.append(self._term())
        return _Alternative(terms)

    def _term(self) -> _Node:
        start = self.pos
        char = self.src[start]
        # Annex B makes a stray { literal, but not a complete {n,m} (InvalidBracedQuantifier).
        if char in "*+?" or (char == "{" and _BRACED_QUANTIFIER.match(self.src, start)):
            raise self._invalid(start, f"quantifier {char!r}", "it has nothing to repeat")
        atom, quantifiable = self._atom()
        quantifier_start = self.pos
        quantifier = self._quantifier()
        if quantifier is None:
            return atom
        if not quantifiable:
            # regress accepts \b* though the grammar does not; refusing is the safe reading.
            raise self._invalid(quantifier_start, "quantifier", "an assertion cannot be repeated")
        low, high, lazy = quantifier
        return _Quantified(atom, low, high, lazy, quantifier_start)

    def _quantifier(self) -> tuple[int, int | None, bool] | None:
        start = self.pos
        char = self._peek()
        high: int | None
        if char == "*":
            low, high = 0, None
            self.pos += 1
        elif char == "+":
            low, high = 1, None
            self.pos += 1
        elif char == "?":
            low, high = 0, 1
            self.pos += 1
        elif char == "{" and (match := _BRACED_QUANTIFIER.match(self.src, start)):
            low = int(match[1])
            high = low if match[2] is None else (int(match[3]) if match[3] else None)
            self.pos = match.end()
        else:
            return None
        lazy = self._peek() == "?"
        if lazy:
            self.pos += 1
        if high is not None and low > high:
            raise self._invalid(start, "quantifier", f"{{{low},{high}}} has its numbers reversed")
        if max(low, high or 0) >= _MAX_REPEAT:
            raise self._unsupported(
                start, "quantifier", f"Python's re limits repeat counts to {_MAX_REPEAT - 1}"
            )
        return low, high, lazy

    def _atom(self) -> tuple[_Node, bool]:
        """The next atom or assertion, and whether a quantifier may follow it."""
        char = self.src[self.pos]
        if char in "^$":
            self.pos += 1
            return _Anchor(char), False
        if char == ".":
            self.pos += 1
            return _Set(_DOT), True
        if char == "(":
            return self._group()
        if char == "[":
            return self._class(), True
        if char == "\\":
            return self._atom_escape()
        # ExtendedPatternCharacter: Annex B leaves ] { } literal.
        self.pos += 1
        return _Char(ord(char)), True

    def _group(self) -> tuple[_Node, bool]:
        start = self.pos
        src = self.src
        for prefix, behind, negative in (
            ("(?=", False, False),
            ("(?!", False, True),
            ("(?<=", True, False),
            ("(?<!", True, True),
        ):
            if src.startswith(prefix, start):
                self.pos += len(prefix)
                body = self._disjunction()
                self._expect_close(start, "lookaround")
                # Annex B lets a lookahead be quantified (QuantifiableAssertion), not a lookbehind.
                return _Look(behind, negative, body, start), not behind
        if src.startswith("(?:", start):
            self.pos += 3
            body = self._disjunction()
            self._expect_close(start, "group")
            return _NonCapturing(body), True
        name: str | None = None
        if src.startswith("(?<", start):
            self.pos += 3
            name = self._group_name(start)
            if name in self.names:
                raise self._unsupported(
                    start,
                    f"group name {name!r}",
                    "the name is used twice; ECMA-262 allows that only in different "
                    "alternatives and Python's re never does",
                )
            self.names.add(name)
        elif src.startswith("(?", start):
            if _MODIFIER_GROUP.match(src, start):
                raise self._unsupported(
                    start,
                    "modifier group '(?flags:'",
                    "ECMA's case folding and dotAll differ from Python's inline flags",
                )
            raise self._invalid(start, "'(?'", "it starts no known kind of group")
        else:
            self.pos += 1
        index = self.next_index
        self.next_index += 1
        body = self._disjunction()
        self._expect_close(start, "group")
        group = _Group(index, name, body, start, self.pos)
        if name is not None:
            self.groups_by_name[name] = group
        return group, True

    def _group_name(self, start: int) -> str:
        """A GroupName after ``<``, through ``>``; \\u escapes are decoded as ECMA-262 does."""
        code_points: list[int] = []
        while (char := self._peek()) != ">":
            if char is None:
                raise self._invalid(start, "group name", "it has no closing '>'")
            if char == "\\" and self._peek(1) == "u":
                escape_start = self.pos
                self.pos += 2
                if braced := _BRACED_HEX.match(self.src, self.pos):
                    value = int(braced[1], 16)
                    if value > _MAX_CODE_POINT:
                        raise self._invalid(escape_start, "group name", "escape above U+10FFFF")
                    self.pos = braced.end()
                elif _HEX4.match(self.src, self.pos):
                    value = self._hex4_with_pair()
                else:
                    raise self._invalid(escape_start, "group name", "malformed \\u escape")
                code_points.append(value)
            else:
                code_points.append(ord(char))
                self.pos += 1
        self.pos += 1
        name = "".join(map(chr, code_points))
        if not _is_identifier_name(name):
            raise self._invalid(start, f"group name {name!r}", "it is not an identifier")
        return name

    # -- escapes

    def _atom_escape(self) -> tuple[_Node, bool]:
        start = self.pos
        escaped = self._peek(1)
        if escaped is None:
            raise self._invalid(start, "'\\'", "it ends the pattern")
        if escaped in "bB":
            self.pos += 2
            return _Anchor(escaped), False
        if escaped in _CLASS_ESCAPES:
            self.pos += 2
            return _Set(_CLASS_ESCAPES[escaped]), True
        if escaped in "123456789":
            digits = _DECIMAL.match(self.src, start + 1)
            assert digits is not None
            # Annex B: a backreference only if that many groups exist, else an octal escape.
            if int(digits[0]) <= self.capture_count:
                self.pos = digits.end()
                return _Backref(start, int(digits[0]), None), True
        if escaped == "k" and self.has_named_groups:
            if self._peek(2) != "<":
                raise self._invalid(start, "'\\k'", "a pattern with named groups needs \\k<name>")
            self.pos += 3
            return _Backref(start, None, self._group_name(start)), True
        code_point = self._character_escape(in_class=False)
        return _Char(code_point), True

    def _character_escape(self, *, in_class: bool) -> int:
        """CharacterEscape (with Annex B's legacy octal and identity escapes) at a backslash."""
        start = self.pos
        escaped = self.src[start + 1]
        if escaped in "pP":
            raise self._unsupported(
                start,
                f"'\\{escaped}'",
                "without the u flag ECMA reads it as the letter, but it looks like a Unicode "
                "property class; write the letter or the class explicitly",
            )
        if escaped in _CONTROL_ESCAPES:
            self.pos += 2
            return _CONTROL_ESCAPES[escaped]
        if escaped == "c":
            letter = self._peek(2) or ""
            # Annex B also accepts a digit or _ after \c inside a class (ClassControlLetter).
            extra = in_class and (letter.isdigit() or letter == "_")
            if letter.isascii() and (letter.isalpha() or extra):
                self.pos += 3
                return ord(letter) % 32
            # Annex B: a \ not followed by a control letter is a literal backslash; the c is
            # read again as the next character.
            self.pos += 1
            return 0x5C
        if escaped in _OCTAL_DIGITS:
            # LegacyOctalEscapeSequence: at most \377, so a leading 4-7 takes one more digit.
            end = start + 2
            limit = start + (4 if escaped in "0123" else 3)
            while end < min(limit, len(self.src)) and self.src[end] in _OCTAL_DIGITS:
                end += 1
            self.pos = end
            return int(self.src[start + 1 : end], 8)
        if escaped == "x" and (hex2 := _HEX2.match(self.src, start + 2)):
            self.pos = hex2.end()
            return int(hex2[0], 16)
        if escaped == "u":
            if self._peek(2) == "{":
                raise self._unsupported(
                    start,
                    "'\\u{...}'",
                    "without the u flag ECMA reads it as the letter u repeated, while regress "
                    "reads a code point; write \\uHHHH (a surrogate pair above U+FFFF)",
                )
            if _HEX4.match(self.src, start + 2):
                self.pos = start + 2
                return self._hex4_with_pair()
        if escaped == "k" and in_class and self.has_named_groups:
            raise self._invalid(start, "'\\k'", "it is not allowed in a class with named groups")
        # IdentityEscape: the character itself (also \x or \u without their hex digits).
        self.pos += 2
        return ord(escaped)

    def _hex4_with_pair(self) -> int:
        """Four hex digits at the cursor; an escaped lead surrogate followed by an escaped trail
        surrogate is one code point, as regress (and ECMA, matching code units) reads it."""
        value = int(self.src[self.pos : self.pos + 4], 16)
        self.pos += 4
        if _is_lead(value) and self.src.startswith("\\u", self.pos):
            trail = _HEX4.match(self.src, self.pos + 2)
            if trail and _is_trail(int(trail[0], 16)):
                self.pos = trail.end()
                return _join_surrogates(value, int(trail[0], 16))
        return value

    # -- classes

    def _class(self) -> _Set:
        start = self.pos
        self.pos += 1
        negated = self._peek() == "^"
        if negated:
            self.pos += 1
        ranges: list[tuple[int, int]] = []
        while True:
            char = self._peek()
            if char is None:
                raise self._invalid(start, "character class", "it has no closing ']'")
            if char == "]":
                self.pos += 1
                break
            atom_start = self.pos
            first = self._class_atom()
            if self._peek() == "-" and self._peek(1) not in (None, "]"):
                self.pos += 1
                last = self._class_atom()
                if isinstance(first, int) and isinstance(last, int):
                    if first > last:
                        raise self._invalid(atom_start, "class range", "its ends are reversed")
                    ranges.append((first, last))
                    continue
                # Annex B: a range with a class escape at either end is just the union of the
                # two ends and a literal '-'.
                ranges.append((0x2D, 0x2D))
                for end in (first, last):
                    ranges.extend([(end, end)] if isinstance(end, int) else end)
                continue
            ranges.extend([(first, first)] if isinstance(first, int) else first)
        normalized = _normalize(ranges)
        return _Set(_complement(normalized) if negated else normalized)

    def _class_atom(self) -> int | Ranges:
        char = self.src[self.pos]
        if char != "\\":
            self.pos += 1
            return ord(char)
        escaped = self._peek(1)
        if escaped is None:
            raise self._invalid(self.pos, "'\\'", "it ends the pattern")
        if escaped == "b":  # in a class \b is a backspace, not a word boundary
            self.pos += 2
            return 0x08
        if escaped in _CLASS_ESCAPES:
            self.pos += 2
            return _CLASS_ESCAPES[escaped]
        return self._character_escape(in_class=True)


# -- checks that need the whole tree ---------------------------------------------------------------


def _children(node: _Node) -> list[_Node]:
    if isinstance(node, _Disjunction):
        return list(node.alternatives)
    if isinstance(node, _Alternative):
        return node.terms
    if isinstance(node, _Group | _NonCapturing | _Look):
        return [node.body]
    if isinstance(node, _Quantified):
        return [node.atom]
    return []


def _width(node: _Node) -> tuple[int, int | None]:
    """The fewest and most characters ``node`` can match (``None``: no upper bound)."""
    if isinstance(node, _Char | _Set):
        return 1, 1
    if isinstance(node, _Anchor | _Look):
        return 0, 0
    if isinstance(node, _Backref):
        return 0, None
    if isinstance(node, _Group | _NonCapturing):
        return _width(node.body)
    if isinstance(node, _Quantified):
        if isinstance(node.atom, _Look):
            return 0, 0
        low, high = _width(node.atom)
        if high == 0:
            return 0, 0
        if high is None or node.max is None:
            return low * node.min, None
        return low * node.min, high * node.max
    widths = [_width(child) for child in _children(node)]
    lows = [low for low, _ in widths]
    highs = [high for _, high in widths if high is not None]
    unbounded = len(highs) < len(widths)
    if isinstance(node, _Alternative):
        return sum(lows), None if unbounded else sum(highs)
    return min(lows), None if unbounded else max(highs)


def _repeats(node: _Node) -> bool:
    return isinstance(node, _Quantified) and (node.max is None or node.max > 1)


def _check(pattern: str, tree: _Disjunction, groups_by_name: dict[str, _Group]) -> None:
    """Refuse lookbehinds Python cannot run and backreferences whose ECMA meaning differs."""
    groups: dict[int, tuple[_Group, tuple[_Node, ...]]] = {}
    references: list[tuple[_Backref, tuple[_Node, ...]]] = []
    lookbehinds: list[_Look] = []

    def visit(node: _Node, ancestors: tuple[_Node, ...]) -> None:
        if isinstance(node, _Group):
            groups[node.index] = (node, ancestors)
        elif isinstance(node, _Backref):
            references.append((node, ancestors))
        elif isinstance(node, _Look) and node.behind:
            lookbehinds.append(node)
        for child in _children(node):
            visit(child, (*ancestors, node))

    visit(tree, ())
    # References first: one inside a lookbehind also makes its width vary, but the reference is
    # the better explanation.
    for reference, reference_ancestors in references:
        _check_backref(pattern, reference, reference_ancestors, groups, groups_by_name)
    for lookbehind in lookbehinds:
        low, high = _width(lookbehind.body)
        if low != high:
            longest = "unbounded" if high is None else str(high)
            raise UnsupportedPattern(
                pattern,
                lookbehind.offset,
                "lookbehind",
                f"its body matches from {low} to {longest} characters and Python's re "
                "supports fixed-width lookbehind only",
            )


def _check_backref(
    pattern: str,
    reference: _Backref,
    reference_ancestors: tuple[_Node, ...],
    groups: dict[int, tuple[_Group, tuple[_Node, ...]]],
    groups_by_name: dict[str, _Group],
) -> None:
    """Resolve ``reference`` and decide whether Python's backreference can mean the same.

    ECMA and Python differ in three ways. ECMA's reference to a group that did not participate
    matches the empty string, where Python's fails: so the translation is a conditional
    ``(?(group)...)`` when the group may be unset. ECMA clears the groups inside a quantified atom
    at each repetition, where Python keeps the last value: so a group under ``*``, ``+`` or
    ``{n,m}`` is refused unless every repetition sets it. And a lookbehind runs right to left in
    ECMA, which changes what its references see: refused.
    """

    def refuse(reason: str) -> UnsupportedPattern:
        return UnsupportedPattern(pattern, reference.offset, "backreference", reason)

    if reference.name is not None:
        if reference.name not in groups_by_name:
            raise UnsupportedPattern(
                pattern,
                reference.offset,
                "backreference",
                f"not a valid ECMA-262 pattern (no group is named {reference.name!r})",
            )
        index = groups_by_name[reference.name].index
    else:
        assert reference.index is not None
        index = reference.index
    group, group_ancestors = groups[index]
    if any(isinstance(node, _Look) and node.behind for node in reference_ancestors):
        raise refuse("ECMA matches a lookbehind right to left, which Python's re cannot do")
    if group.end > reference.offset:
        raise refuse(
            f"group {index} ends after the reference, where ECMA always matches the empty string "
            "(almost certainly not what was meant)"
        )
    shared = 0
    while (
        shared < min(len(group_ancestors), len(reference_ancestors))
        and group_ancestors[shared] is reference_ancestors[shared]
    ):
        shared += 1
    # The group and the reference in different alternatives: the group is unset there.
    conditional = isinstance(group_ancestors[shared - 1], _Disjunction)
    # Walking out from the group: is it set whenever the node looked at matches?
    always_set = True
    for node in reversed(group_ancestors[shared:]):
        if isinstance(node, _Look) and node.negative:
            raise refuse(f"group {index} is inside a negative lookaround, so it is never set")
        if isinstance(node, _Quantified) and isinstance(node.atom, _Look):
            raise refuse(f"group {index} is inside a quantified lookahead")
        if isinstance(node, _Quantified):
            # A repetition that may skip the group, or match empty (where ECMA stops and Python
            # runs one more, empty, iteration), leaves ECMA and Python with different values.
            if _repeats(node) and not (always_set and _width(node.atom)[0] > 0):
                raise refuse(
                    f"group {index} is inside a quantifier and not set by every non-empty "
                    "repetition; ECMA clears it at each repetition, Python's re keeps the value "
                    "from an earlier one"
                )
            always_set = always_set and node.min > 0
        elif isinstance(node, _Disjunction) and len(node.alternatives) > 1:
            always_set = False
    conditional = conditional or not always_set
    if conditional and any(_repeats(node) for node in group_ancestors[:shared]):
        raise refuse(
            f"group {index} and the reference repeat together but the group is not set before "
            "the reference in every repetition; ECMA clears it, Python's re keeps the old value"
        )
    if _python_name(group) is None and index > _MAX_NUMBERED_REFERENCE:
        raise refuse(f"Python's re can refer to unnamed groups up to {_MAX_NUMBERED_REFERENCE}")
    reference.target = group
    reference.conditional = conditional


# -- output ----------------------------------------------------------------------------------------

# What Python's re reads as syntax outside a class, and inside one: there also the characters it
# warns about as future set operations when doubled (&&, ~~, ||, --) and [ (a nested set).
_SYNTAX: Final = frozenset("\\.^$*+?{}[]|()")
_CLASS_SYNTAX: Final = frozenset("\\]^-[&~|")
_PYTHON_ESCAPES: Final = {0x09: "\\t", 0x0A: "\\n", 0x0B: "\\v", 0x0C: "\\f", 0x0D: "\\r"}
_NOTHING: Final = "[^\\x00-\\U0010ffff]"  # a class, not (?!), so it keeps width 1 in lookbehinds
_ANYTHING: Final = "[\\x00-\\U0010ffff]"


def _literal(code_point: int, *, in_class: bool = False) -> str:
    """One code point in Python re syntax, ASCII only, so the output does not depend on the
    Unicode version of the Python that prints it."""
    if code_point in _PYTHON_ESCAPES:
        return _PYTHON_ESCAPES[code_point]
    if 0x20 <= code_point < 0x7F:
        char = chr(code_point)
        return "\\" + char if char in (_CLASS_SYNTAX if in_class else _SYNTAX) else char
    if code_point <= 0xFF:
        return f"\\x{code_point:02x}"
    if code_point <= 0xFFFF:
        return f"\\u{code_point:04x}"
    return f"\\U{code_point:08x}"


def _class_body(ranges: Ranges) -> str:
    parts = []
    for low, high in ranges:
        first, last = _literal(low, in_class=True), _literal(high, in_class=True)
        if low == high:
            parts.append(first)
        elif high == low + 1:
            parts.append(first + last)
        else:
            parts.append(f"{first}-{last}")
    return "".join(parts)


def _set(ranges: Ranges) -> str:
    if not ranges:
        return _NOTHING
    complement = _complement(ranges)
    if not complement:
        return _ANYTHING
    positive, negative = _class_body(ranges), _class_body(complement)
    return f"[^{negative}]" if len(negative) < len(positive) else f"[{positive}]"


_WORD_CLASS: Final = _set(_WORD)
_ANCHORS: Final = {
    "^": "\\A",
    "$": "\\Z",
    # ECMA's word boundary uses the ASCII \w; Python's \b is Unicode-aware, and its \B does not
    # match the empty string before Python 3.14.
    "b": f"(?:(?<={_WORD_CLASS})(?!{_WORD_CLASS})|(?<!{_WORD_CLASS})(?={_WORD_CLASS}))",
    "B": f"(?:(?<={_WORD_CLASS})(?={_WORD_CLASS})|(?<!{_WORD_CLASS})(?!{_WORD_CLASS}))",
}


def _python_name(group: _Group) -> str | None:
    # ECMA names may hold $ or ZWJ, which Python refuses; such a group is emitted unnamed, which
    # changes nothing since ECMA numbers named groups as Python does.
    return group.name if group.name is not None and group.name.isidentifier() else None


def _quantifier_suffix(node: _Quantified) -> str:
    low, high = node.min, node.max
    if (low, high) == (0, None):
        suffix = "*"
    elif (low, high) == (1, None):
        suffix = "+"
    elif (low, high) == (0, 1):
        suffix = "?"
    elif high is None:
        suffix = f"{{{low},}}"
    elif low == high:
        suffix = f"{{{low}}}"
    else:
        suffix = f"{{{low},{high}}}"
    return suffix + ("?" if node.lazy else "")


def _emit(node: _Node) -> str:
    if isinstance(node, _Disjunction):
        return "|".join(_emit(alternative) for alternative in node.alternatives)
    if isinstance(node, _Alternative):
        return "".join(_emit(term) for term in node.terms)
    if isinstance(node, _Char):
        return _literal(node.code_point)
    if isinstance(node, _Set):
        return _set(node.ranges)
    if isinstance(node, _Anchor):
        return _ANCHORS[node.kind]
    if isinstance(node, _Look):
        prefix = ("(?<" if node.behind else "(?") + ("!" if node.negative else "=")
        return f"{prefix}{_emit(node.body)})"
    if isinstance(node, _Group):
        name = _python_name(node)
        return f"({'' if name is None else f'?P<{name}>'}{_emit(node.body)})"
    if isinstance(node, _NonCapturing):
        return f"(?:{_emit(node.body)})"
    if isinstance(node, _Backref):
        assert node.target is not None
        name = _python_name(node.target)
        key = str(node.target.index) if name is None else name
        # (?:\1) rather than \1, so that a literal digit after it cannot extend the number.
        match = f"(?:\\{key})" if name is None else f"(?P={name})"
        return f"(?({key}){match})" if node.conditional else match
    assert isinstance(node, _Quantified)
    if isinstance(node.atom, _Look):
        # A quantified lookahead (Annex B) asserts once when its minimum is at least 1 and
        # never constrains the match when its minimum is 0 (the empty iteration is skipped).
        atom = _emit(node.atom)
        return atom if node.min > 0 else f"(?:{atom})?"
    atom = _emit(node.atom)
    if not isinstance(node.atom, _Char | _Set | _Group | _NonCapturing | _Backref):
        atom = f"(?:{atom})"
    return atom + _quantifier_suffix(node)


# -- entry point -----------------------------------------------------------------------------------


def translate(pattern: str) -> str:
    """The Python ``re`` source that means what the ECMA-262 ``pattern`` means in JSON Schema.

    Use it as ``re.compile(translate(pattern)).search(value)`` (no flags): the match succeeds
    exactly when ECMA-262 finds ``pattern`` somewhere in ``value``. Raises ``UnsupportedPattern``
    (a ``ValueError``) for an invalid pattern or one Python's re cannot express faithfully.
    """
    try:
        parser = _Parser(pattern)
        tree = parser.parse()
        _check(pattern, tree, parser.groups_by_name)
        result = _emit(tree)
    except RecursionError:
        raise UnsupportedPattern(
            pattern, 0, "nesting", "groups are nested too deeply to translate"
        ) from None
    # The translation is built to compile cleanly; a failure here is a bug in this module, but
    # refusing the pattern is still better than emitting code that fails (or warns) on import.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            re.compile(result)
        except (re.error, OverflowError, RecursionError, Warning) as error:
            raise UnsupportedPattern(
                pattern, 0, "pattern", f"Python's re refuses the translation {result!r}: {error}"
            ) from error
    return result
