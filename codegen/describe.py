"""What a value of a type may be, in words: the ``expected`` text of every refusal and the
docstrings that describe a parameter, for both target languages. Only the words for a
language's own values differ (``Words``); the rest is one text, so that both packages explain a
refusal alike."""

from __future__ import annotations

import re
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
            case ir.UnionType() if len(t.variants) > 2 and all(
                isinstance(x, ir.LiteralType) and isinstance(x.value, str) for x in t.variants
            ):
                # As a value set reads.
                return "one of " + ", ".join(self.expected(x) for x in t.variants)
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
        if t.pattern_words is not None:
            # The words say what the pattern admits; a bare "a string" before them adds nothing.
            return t.pattern_words if text == "a string" else f"{text}: {t.pattern_words}"
        # "\S" is what non-blank says in a schema's own words: said once.
        if t.pattern is not None and not (t.non_blank and t.pattern == r"\S"):
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

    def key(self, f: ir.Field) -> Key:
        summary = first_sentence(str(f.description))
        return Key(
            f.names.wire,
            clip(self.expected(f.type), WORDS_CHARS),
            f.required,
            clip(summary, SUMMARY_CHARS),
        )

    def key_groups(self, t: Type) -> tuple[KeyGroup, ...]:
        """The keys of every object a value of ``t`` may be (``models_in``), one level down:
        for one model its keys; for several, first the keys all of them have alike (the same
        type, requiredness and description), then each one's others. ``KEY_LINES`` keys in
        all are described, the rest named."""
        models = [self.package.models[name] for name in models_in(t, self.package)]
        if not models:
            return ()
        keys = {m.name: [self.key(f) for f in m.checked] for m in models}
        shared: list[Key] = []
        if len(models) > 1:
            shared = [k for k in keys[models[0].name] if all(k in keys[m.name] for m in models)]
        drafts: list[tuple[tuple[str, ...], bool, bool, list[Key], Type | None]] = []
        if shared:
            every = tuple(m.name for m in models)
            drafts.append((every, True, False, shared, None))
        for m in models:
            own = [k for k in keys[m.name] if k not in shared]
            if own or not shared or m.extra is not None:
                drafts.append(((m.name,), False, bool(shared), own, m.extra))
        groups = []
        room = KEY_LINES
        for names, is_shared, also, found, extra in drafts:
            described, named = found[:room], found[room:]
            room -= len(described)
            groups.append(
                KeyGroup(
                    names,
                    is_shared,
                    also,
                    tuple(described),
                    tuple(k.name for k in named),
                    None if extra is None else self.expected(extra),
                )
            )
        return tuple(groups)

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


# -- the keys of the objects a parameter takes -----------------------------------------------------

#: How far a method's documentation follows an object parameter (the docstrings of
#: ``codegen/python/methods.py``): the keys of each object it takes, one level down, each with
#: its type in words (which names a deeper object by its model) and the first sentence of its
#: description. Only the first ``KEY_LINES`` keys of a parameter are described; the others are
#: named, so that a parameter such as ``ai``'s ``params`` (99 keys) stays readable.
KEY_LINES = 20
#: A key's type in words and its description are cut at a word before about this many
#: characters (``...`` marks the cut).
WORDS_CHARS = 120
SUMMARY_CHARS = 120


@dataclass(frozen=True)
class Key:
    """One key of an object a parameter takes."""

    #: The wire key: what a dict literal spells.
    name: str
    #: Its type in words (``expected``), cut at ``WORDS_CHARS``.
    words: str
    required: bool
    #: The first sentence of its description, cut at ``SUMMARY_CHARS``; "" for none.
    summary: str


@dataclass(frozen=True)
class KeyGroup:
    """Keys of the objects a parameter takes: those of one model, or, for a union of several,
    the keys every variant has alike (``shared``) and then each variant's others (``also``)."""

    #: The models the keys belong to (several only when ``shared``).
    models: tuple[str, ...]
    shared: bool
    also: bool
    #: Described in full, in the order the checkers read them (required first).
    keys: tuple[Key, ...]
    #: Past ``KEY_LINES``: named only.
    named: tuple[str, ...]
    #: What any other key may hold, for an object that takes other keys; None when it does not.
    extra: str | None


def first_sentence(text: str) -> str:
    """The first sentence of ``text``, its lines joined: an index's or a key's one line."""
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text


def clip(text: str, limit: int) -> str:
    """``text`` cut before ``limit`` characters, ``...`` marking the cut: after an item of a
    list (``one of 'a', 'b', ...``) where one ends past the middle, else after a word."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 5]
    comma = cut.rfind(", ")
    if comma > limit // 2:
        return cut[:comma] + ", ..."
    head = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return head.rstrip(" ,;:") + " ..."


def models_in(t: Type, package: Package, seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The models a value of ``t`` may be, through unions, lists, maps and named unions (not
    through the models' own keys, nor into SWML methods), in the spec's order."""
    match t:
        case ir.ModelRef():
            return (t.name,)
        case ir.ArrayType():
            return models_in(t.item, package, seen)
        case ir.MapType():
            return models_in(t.values, package, seen)
        case ir.UnionType():
            found = (m for x in t.variants for m in models_in(x, package, seen))
            return tuple(dict.fromkeys(found))
        case ir.AliasRef() if t.name not in seen:
            return models_in(package.aliases[t.name], package, seen | {t.name})
    return ()
