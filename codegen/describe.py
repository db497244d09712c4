"""What a value of a type may be, in words: the ``expected`` text of every refusal and the
docstrings that describe a parameter, for both target languages. Only the words for a
language's own values differ (``Words``); the rest is one text, so that both packages explain a
refusal alike."""

from __future__ import annotations

from dataclasses import dataclass

from typing_extensions import assert_never

from codegen import ir
from codegen.ir import Package, Type


@dataclass(frozen=True)
class Words:
    """The words of refusal texts that name a language's own values: the Python package says
    ``True or False`` and ``None``, the TypeScript one ``true or false`` and ``null``; all else
    is the same in both (``tests/test_typescript.py`` compares them through these)."""

    true: str = "True"
    false: str = "False"
    null: str = "None"
    #: After an enum's values: how else a value may be given ({article}, {name}); "" for none.
    member: str = " (or {article} {name} member)"
    #: Besides a joined string, a joined list's other form ({name}: the enum).
    several: str = "{name} members"
    #: The example of one SWML method.
    method: str = "{'hangup': {}}"


PYTHON_WORDS = Words()
TYPESCRIPT_WORDS = Words(
    true="true",
    false="false",
    null="null",
    member="",
    several="an array",
    method="{ hangup: {} }",
)


def count_of(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def length_range(low: int | None, high: int | None, noun: str) -> str:
    """`` of 1 to 20 characters``, `` (at least 1 item)``: a length bound in words."""
    if low is not None and high is not None:
        return f" of {low} to {count_of(high, noun)}"
    if low is not None:
        return f" of at least {count_of(low, noun)}"
    if high is not None:
        return f" of at most {count_of(high, noun)}"
    return ""


def article(word: str) -> str:
    """``a`` or ``an`` by the sound of a class name's start, as far as its letters tell: a
    ``U`` read "you" (``UserInput``, ``Uri``, ``URL``: a consonant, then a vowel or a capital)
    takes ``a``; ``UnsetGlobalData`` and other vowels take ``an``."""
    if word[:1] == "U" and len(word) > 2 and word[1].lower() not in "aeiou":
        return "a" if word[2].lower() in "aeiou" or word[2].isupper() else "an"
    return "an" if word[:1].upper() in "AEIOU" else "a"


def number(value: float) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return repr(int(value))
    return repr(value)


@dataclass(frozen=True)
class Describer:
    """``expected(t)``: the words for ``t`` in one language."""

    package: Package
    words: Words

    def expected(self, t: Type) -> str:
        """What a value of ``t`` may be, in the words error messages and docstrings use."""
        words = self.words
        match t:
            case ir.UnionType():
                variants = [x for x in t.variants if not isinstance(x, ir.VarType)]
                text = " or ".join(dict.fromkeys(self.expected(x) for x in variants))
                if len(variants) < len(t.variants):
                    text += " or a SWML variable such as '${name}'"
                return text
            case ir.StringType():
                return self._string(t)
            case ir.IntegerType() | ir.NumberType():
                return self._number(t)
            case ir.BooleanType():
                return f"{words.true} or {words.false}"
            case ir.NullType():
                return words.null
            case ir.LiteralType():
                if t.value is None or isinstance(t.value, bool):
                    return {None: words.null, True: words.true, False: words.false}[t.value]
                return repr(t.value)
            case ir.EnumRef():
                values = ", ".join(repr(v) for v in self.package.enums[t.name].values)
                member = words.member.format(article=article(t.name), name=t.name)
                return f"one of {values}{member}"
            case ir.JoinedListType():
                values = ", ".join(repr(v) for v in self.package.enums[t.enum].values)
                several = words.several.format(name=t.enum)
                return (
                    f"one or more of {values}, as {several} or a string joined by {t.separator!r}"
                )
            case ir.VarType():
                return "a SWML variable such as '${name}'"
            case ir.AnyType():
                return "any JSON value"
            case ir.ArrayType():
                count = length_range(t.min_items, t.max_items, "item").removeprefix(" of ")
                return "a list of " + self.plural(t.item) + (f" ({count})" if count else "")
            case ir.MapType():
                text = "a JSON object"
                if not isinstance(t.values, ir.AnyType):
                    text += " whose values are each " + self.expected(t.values)
                if t.min_properties:
                    text += f" with at least {count_of(t.min_properties, 'key')}"
                return text
            case ir.ModelRef():
                text = f"{article(t.name)} {t.name} object"
                if t.min_properties:
                    text += f" with at least {count_of(t.min_properties, 'key')}"
                return text
            case ir.AliasRef():
                return f"{article(t.name)} {t.name} value"
            case ir.MethodType():
                if t.only is None:
                    return f"a SWML method such as {words.method}"
                return "a SWML method, one of " + ", ".join(t.only)
            case _:
                assert_never(t)

    def _string(self, t: ir.StringType) -> str:
        if t.url_schemes:
            schemes = " or ".join(f"{s}://" for s in t.url_schemes)
            return f"an absolute URL starting with {schemes}"
        if t.url_schemes is not None:
            return "an absolute URI"
        text = "a non-blank string" if t.non_blank else "a string"
        text += length_range(t.min_length or None, t.max_length, "character")
        if t.pattern is not None:
            text += f" matching {t.pattern}"
        return text

    def _number(self, t: ir.IntegerType | ir.NumberType) -> str:
        noun = "an integer" if isinstance(t, ir.IntegerType) else "a number"
        low, high = t.minimum, t.maximum
        parts = []
        if low is not None and high is not None:
            parts.append(f"from {number(low)} to {number(high)}")
        elif low is not None:
            parts.append(f"of at least {number(low)}")
        elif high is not None:
            parts.append(f"of at most {number(high)}")
        if t.exclusive_minimum is not None:
            parts.append(f"above {number(t.exclusive_minimum)}")
        if t.exclusive_maximum is not None:
            parts.append(f"below {number(t.exclusive_maximum)}")
        return " ".join([noun, " and ".join(parts)]) if parts else noun

    def plural(self, t: Type) -> str:
        """``t`` as the items of a list: ``CondReg or CondElse objects``, ``strings``."""
        if isinstance(t, ir.ModelRef) and not t.min_properties:
            return f"{t.name} objects"
        if isinstance(t, ir.UnionType) and all(isinstance(x, ir.ModelRef) for x in t.variants):
            names = (x.name for x in t.variants if isinstance(x, ir.ModelRef))
            return " or ".join(names) + " objects"
        if isinstance(t, ir.MethodType):
            if t.only is None:
                return "SWML methods"
            return "SWML methods (one of " + ", ".join(t.only) + ")"
        plain: dict[Type, str] = {
            ir.StringType(): "strings",
            ir.IntegerType(): "integers",
            ir.NumberType(): "numbers",
            ir.BooleanType(): "booleans",
        }
        if t in plain:
            return plain[t]
        return "items that are each " + self.expected(t)
