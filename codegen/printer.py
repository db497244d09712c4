"""What the Python and TypeScript checker printers share, as quicktype's renderers share a
``ConvenienceRenderer``: the walk over the plan's checkers, the dispatch over IR kinds, the
order a union's branches stand in, and the tables ``validate`` reads to look inside a refused
value (the plan's shapes, ``codegen.plan.shapes``). A language's printer
(``codegen/python/checks.py``, ``codegen/typescript/checks.py``) subclasses ``CheckPrinter``
and only says how its language spells each piece: a test, a call, a function's head, a refusal.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from typing_extensions import assert_never

from codegen import ir
from codegen.describe import Describer, KeyGroup, Words
from codegen.ir import Model, Package, Type
from codegen.plan import Plan
from codegen.plan.checkers import Checker, Ref, Tag, UnionCheck, VariantTable
from codegen.plan.shapes import (
    LeastShape,
    ListShape,
    MapShape,
    MethodShape,
    ModelShape,
    Shape,
    UnionShape,
)


@dataclass(frozen=True)
class Syntax:
    """How a language writes the few statements the shared printer puts together: templates
    for ``str.format`` and the language's own escaping functions."""

    #: One indentation level.
    indent: str
    #: The first line of a checker function ``{name}(value, path)``, and the lines closing it.
    head: str
    foot: tuple[str, ...]
    #: ``{value}`` returned; ``{value}`` refused at ``{path}`` with ``{expected}``.
    returns: str
    refusal: str
    #: ``{statement}`` only when ``{condition}`` holds.
    when: str
    #: ``{name}`` bound to ``{value}`` in a function body; ``{value}`` copied as JSON.
    assign: str
    json_copy: str
    #: Whether ``{v}`` is a list; a string or a list; an object with ``{key}`` and no key
    #: outside the set ``{keys}``; how many keys the object ``{v}`` has.
    is_list: str
    string_or_list: str
    only_keys: str
    #: Whether ``value`` is an object whose ``{key}`` holds the string ``{constant}``; whether it
    #: is an object with ``{key}`` given.
    key_is: str
    has_key: str
    size: str
    #: A tuple or array literal of ``items``, and a table (one row a line) of ``{entries}``.
    sequence: Callable[[Sequence[str]], str]
    table: str
    #: The prefix of module-private constants.
    private: str
    #: How long the string ``{v}`` is, in code points; whether it is blank; whether the URL
    #: pattern ``{re}`` matches it at its start; whether the pattern ``{re}`` occurs in it.
    length: str
    not_blank: str
    url_match: str
    search: str
    #: A JSON scalar as a literal; a set of strings as a literal; ``not <test>``; a line
    #: comment; the runtime's function ``name`` (in snake_case) as the language names it.
    literal: Callable[[object], str]
    string_set: Callable[[Iterable[str]], str]
    negate: Callable[[str], str]
    comment: Callable[[str], str]
    runtime: Callable[[str], str]
    #: A function of ``x`` returning whether the inline ``{test}`` of ``x`` holds.
    test_function: str
    #: A checker ``{fn}`` called on ``{value}`` at ``{path}``.
    call: str = "{fn}({value}, {path})"


def url_scheme(schemes: tuple[str, ...], escape: Callable[[str], str]) -> str:
    """The scheme part of the URL pattern both languages test, written for the engine's cost:
    matching is part of every call that passes a URL, and ``https?`` has no alternation."""
    if set(schemes) == {"http", "https"}:
        return "https?"
    if len(schemes) == 1:
        return escape(schemes[0])
    if schemes:
        return "(?:" + "|".join(escape(s) for s in schemes) + ")"
    return "[A-Za-z][A-Za-z0-9+.\\-]*"


def union_members(text: str) -> list[str]:
    """The members of a top-level ``|`` union (not those inside brackets or braces)."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        if char in "([{<":
            depth += 1
        elif char in ")]}>":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


@dataclass
class CheckPrinter(ABC):
    """Prints the plan's checker functions in one language, collecting the module-level
    constants they use."""

    plan: Plan
    #: Module-level constants: name -> source of the value.
    constants: dict[str, str] = field(default_factory=dict)
    WORDS: ClassVar[Words]
    SYNTAX: ClassVar[Syntax]

    @property
    def package(self) -> Package:
        return self.plan.package

    def expected(self, t: Type) -> str:
        """What a value of ``t`` may be, in this language's words for its own values."""
        return Describer(self.package, self.WORDS).expected(t)

    def object_keys(self, t: Type) -> tuple[KeyGroup, ...]:
        """The keys of the objects a value of ``t`` may be, for its documentation."""
        return Describer(self.package, self.WORDS).key_groups(t)

    def checker(self, t: Type) -> str:
        """The function the plan gives a composite ``t``."""
        return self.name_of(self.plan.checkers.lookup(t))

    def function(self, checker: Checker) -> str:
        """The source of one planned checker function, under a comment naming the spec pointer
        it checks."""
        t = checker.type
        if checker.ref.kind == "model":
            assert isinstance(t, ir.ModelRef)
            source = self.model_function(self.package.models[t.name])
        else:
            expected = self.literal(self.expected(t))
            body = self.body(checker, expected)
            source = "\n".join([self.head(self.name_of(checker.ref)), *body, *self.foot()])
        if not checker.origin:
            return source
        return f"{self.comment('Checks ' + checker.origin)}\n{source}"

    def body(self, checker: Checker, expected: str) -> list[str]:
        if checker.union is not None:
            return self.union_body(checker.union, expected)
        t = checker.type
        match t:
            case ir.ArrayType():
                return self.list_body(t, expected)
            case ir.MapType():
                return self.map_body(t, expected)
            case ir.ModelRef():
                # Only an object with minProperties beside its $ref has a function of its own.
                return self.least_keys_body(t, expected)
            case ir.MethodType():
                return self.method_body(checker.ref, t, expected)
            case ir.JoinedListType():
                return self.joined_body(t, expected)
            case ir.AnyType():
                return [self.statement(self.returns(self.json_copy("value", "path")))]
            case ir.UnionType() | ir.AliasRef():
                raise AssertionError(f"{checker.ref} is a union the plan left undecided")
            case (
                ir.StringType()
                | ir.IntegerType()
                | ir.NumberType()
                | ir.BooleanType()
                | ir.NullType()
                | ir.LiteralType()
                | ir.EnumRef()
                | ir.VarType()
            ):
                # A verb whose argument is a scalar: the verb table needs a function.
                return [
                    self.refuse_unless(self.test(t, "value"), "path", "value", expected),
                    self.statement(self.returns(self.convert(t, "value"))),
                ]
            case _:
                assert_never(t)

    def union_body(self, plan: UnionCheck, expected: str) -> list[str]:
        """Scalars first, by their inline tests; then lists; then objects, chosen by their keys
        (``pick_variant``), so a refusal names the variant the keys point at."""
        lines = [self.scalar_branch(x) for x in plan.scalars]
        if plan.joined is not None:
            lines.append(self.joined_branch(self.name_of(plan.joined)))
        if plan.arrays:
            lines.append(self.list_branch([self.name_of(a) for a in plan.arrays], expected))
        if plan.any:
            lines.append(self.statement(self.returns(self.json_copy("value", "path"))))
        elif plan.table is not None:
            if plan.tag is not None:
                lines += [self.tag_branch(plan.tag.key, c, m) for c, m in plan.tag.variants]
                lines.append(self.unknown_tag(plan.tag))
            # Only keys of this variant: keys of two variants are refused by pick_variant,
            # which names both.
            lines += [self.dispatch_branch(model, key) for model, key in plan.dispatch]
            lines.append(self.pick_variant(plan.table, plan.flat.exclusive, expected))
        else:
            lines.append(self.statement(self.refusal("path", "value", expected)))
        return lines

    def value_code(self, t: Type, v: str, path: str) -> tuple[str | None, str]:
        """(test or None, value expression): a scalar is tested inline; a composite's checker
        call both checks and converts (and refuses itself)."""
        if ir.is_scalar(t):
            return self.test(t, v), self.convert(t, v)
        if isinstance(t, ir.AnyType):
            return None, self.json_copy(v, path)
        return None, self.call(t, self.checker(t), v, path)

    def call(self, t: Type, fn: str, value: str, path: str) -> str:
        """The expression checking ``value`` of the composite ``t`` with its checker ``fn``."""
        return self.SYNTAX.call.format(fn=fn, value=value, path=path)

    # -- statements from the language's Syntax ---------------------------------------------------

    def literal(self, value: object) -> str:
        return self.SYNTAX.literal(value)

    def comment(self, text: str) -> str:
        return self.SYNTAX.comment(text)

    def head(self, name: str) -> str:
        return self.SYNTAX.head.format(name=name)

    def foot(self) -> list[str]:
        return list(self.SYNTAX.foot)

    def statement(self, code: str) -> str:
        """``code`` as a statement at the first level of a function body."""
        return "\n".join(self.SYNTAX.indent + line for line in code.splitlines())

    def returns(self, value: str) -> str:
        return self.SYNTAX.returns.format(value=value)

    def refusal(self, path: str, value: str, expected: str) -> str:
        return self.SYNTAX.refusal.format(path=path, value=value, expected=expected)

    def refuse_if(self, condition: str, path: str, value: str, expected: str) -> str:
        """A first-level statement that refuses ``value`` when ``condition`` holds."""
        return self.when(condition, self.refusal(path, value, expected))

    def when(self, condition: str, statement: str) -> str:
        """A first-level statement: ``statement`` when ``condition`` holds."""
        return self.statement(self.SYNTAX.when.format(condition=condition, statement=statement))

    def refuse_unless(self, test: str, path: str, value: str, expected: str) -> str:
        """A first-level statement that refuses ``value`` unless ``test`` holds."""
        return self.refuse_if(self.SYNTAX.negate(test), path, value, expected)

    def on_value(self, fn: str) -> str:
        """Checker ``fn`` called on the function's own value and path."""
        return self.SYNTAX.call.format(fn=fn, value="value", path="path")

    def run(self, name: str, *args: str) -> str:
        """A call of the runtime's function ``name`` (snake_case)."""
        return f"{self.SYNTAX.runtime(name)}({', '.join(args)})"

    def constant(self, name: str, source: str) -> str:
        """A module-private constant ``name`` holding ``source``; its name as written."""
        constant = self.SYNTAX.private + name
        self.constants[constant] = source
        return constant

    def json_copy(self, value: str, path: str) -> str:
        return self.SYNTAX.json_copy.format(value=value, path=path)

    # -- what a language writes its own way ------------------------------------------------------

    @abstractmethod
    def name_of(self, ref: Ref) -> str: ...

    @abstractmethod
    def test(self, t: Type, v: str) -> str:
        """A boolean expression: is ``v`` a value of the scalar type ``t``?"""

    @abstractmethod
    def convert(self, t: Type, v: str) -> str:
        """The JSON-ready value of a scalar ``v`` that passed ``test``."""

    @abstractmethod
    def model_function(self, model: Model) -> str: ...

    @abstractmethod
    def list_body(self, t: ir.ArrayType, expected: str) -> list[str]: ...

    @abstractmethod
    def map_body(self, t: ir.MapType, expected: str) -> list[str]: ...

    def string_checks(self, t: ir.StringType, v: str) -> list[str]:
        """The conditions a string ``v`` must meet to be a value of ``t``, cheapest first."""
        syntax = self.SYNTAX
        length = syntax.length.format(v=v)
        found = []
        if t.min_length:
            found.append(f"{length} >= {t.min_length}")
        if t.max_length is not None:
            found.append(f"{length} <= {t.max_length}")
        if t.non_blank:
            found.append(syntax.not_blank.format(v=v))
        if t.url_schemes is not None:
            found.append(syntax.url_match.format(re=self.url_constant(t.url_schemes), v=v))
        if t.pattern is not None:
            found.append(syntax.search.format(re=self.regex_constant(t.pattern), v=v))
        return found

    @abstractmethod
    def url_constant(self, schemes: tuple[str, ...]) -> str:
        """The constant holding the pattern of an absolute URL of one of ``schemes``."""

    @abstractmethod
    def regex_constant(self, pattern: str) -> str:
        """The constant holding the spec's ECMA-262 ``pattern``, compiled."""

    @abstractmethod
    def enum_constant(self, name: str) -> str:
        """The constant holding the value set ``name``'s wire strings."""

    # -- what both languages write alike, from their Syntax ----------------------------------------

    def least_keys_body(self, t: ir.ModelRef, expected: str) -> list[str]:
        model = self.on_value(self.checker(ir.ModelRef(t.name)))
        too_few = self.SYNTAX.size.format(v="out") + f" < {t.min_properties}"
        return [
            self.statement(self.SYNTAX.assign.format(name="out", value=model)),
            self.refuse_if(too_few, "path", "value", expected),
            self.statement(self.returns("out")),
        ]

    def method_body(self, ref: Ref, t: ir.MethodType, expected: str) -> list[str]:
        only = self.constant(f"ONLY_{ref.name}", self.SYNTAX.string_set(t.only or ()))
        return [
            self.statement(self.returns(self.run("check_method", "value", "path", only, expected)))
        ]

    def joined_body(self, t: ir.JoinedListType, expected: str) -> list[str]:
        values = self.enum_constant(t.enum)
        separator = self.literal(t.separator)
        joined = self.run("join_values", "value", "path", values, separator, expected)
        return [self.statement(self.returns(joined))]

    def scalar_branch(self, t: Type) -> str:
        """Return the value converted if it passes the scalar variant ``t``'s test."""
        return self.when(self.test(t, "value"), self.returns(self.convert(t, "value")))

    def joined_branch(self, checker: str) -> str:
        """A string or a list goes to the joined list's ``checker``."""
        test = self.SYNTAX.string_or_list.format(v="value")
        return self.when(test, self.returns(self.on_value(checker)))

    def list_branch(self, checkers: list[str], expected: str) -> str:
        """A list goes to the list variant's checker (the first that takes it, of several)."""
        if len(checkers) == 1:
            call = self.on_value(checkers[0])
        else:
            fns = self.SYNTAX.sequence(checkers)
            call = self.run("first_of", "value", "path", fns, expected)
        return self.when(self.SYNTAX.is_list.format(v="value"), self.returns(call))

    def dispatch_branch(self, model: Model, key: str) -> str:
        """An object with ``key`` and only ``model``'s keys goes to ``model``'s checker."""
        keys = self.keys_constant(model)
        test = self.SYNTAX.only_keys.format(key=self.literal(key), keys=keys)
        call = self.SYNTAX.call.format(
            fn=self.checker(ir.ModelRef(model.name)), value="value", path="path"
        )
        return self.when(test, self.returns(call))

    def tag_branch(self, key: str, constant: str, model: Model) -> str:
        """An object whose ``key`` holds ``constant`` goes to ``model``'s checker (``Tag``)."""
        test = self.SYNTAX.key_is.format(key=self.literal(key), constant=self.literal(constant))
        call = self.SYNTAX.call.format(
            fn=self.checker(ir.ModelRef(model.name)), value="value", path="path"
        )
        return self.when(test, self.returns(call))

    def unknown_tag(self, tag: Tag) -> str:
        """Refuse an object whose tag key holds no variant's constant: no variant takes it
        (those without a constant of their own are closed and lack the key)."""
        key = self.literal(tag.key)
        constants = ir.UnionType(tuple(ir.LiteralType(c) for c, _ in tag.variants), False)
        refusal = self.refusal(
            f"path + {self.literal('.' + tag.key)}",
            f"value[{key}]",
            self.lit_expected(constants),
        )
        return self.when(self.SYNTAX.has_key.format(key=key), refusal)

    def tag(self, tag: Tag | None) -> str:
        """``(key, ((constant, checker), ...))`` of a union's ``Tag``, or null."""
        if tag is None:
            return self.literal(None)
        seq = self.SYNTAX.sequence
        by = [seq([self.literal(c), self.checker(ir.ModelRef(m.name))]) for c, m in tag.variants]
        return seq([self.literal(tag.key), seq(by)])

    def pick_variant(self, table: VariantTable, exclusive: bool, expected: str) -> str:
        """Return what the runtime's variant picker makes of the value."""
        picked = self.run(
            "pick_variant",
            "value",
            "path",
            self.table_name(table),
            self.literal(exclusive),
            expected,
        )
        return self.statement(self.returns(picked))

    def keys_constant(self, model: Model) -> str:
        """``KEYS_<Model>``: the model's keys."""
        keys = self.SYNTAX.string_set(f.names.wire for f in model.fields)
        return self.constant(f"KEYS_{model.name}", keys)

    def table_name(self, table: VariantTable) -> str:
        return f"{self.SYNTAX.private}VARIANTS_{table.name}"

    def table(self, table: VariantTable) -> str:
        """A union's variant table: ``(label, keys, required, closed, checker)`` a variant, for
        the runtime's variant picker."""
        entries = []
        for variant in table.variants:
            fn = self.name_of(variant.checker)
            model = variant.model
            if model is None:
                label = self.literal(self.expected(variant.type))
                fields = [
                    label,
                    self.literal(None),
                    self.SYNTAX.string_set(()),
                    self.literal(False),
                ]
            else:
                required = self.SYNTAX.string_set(f.names.wire for f in model.required)
                closed = self.literal(model.extra is None)
                fields = [self.literal(model.name), self.keys_constant(model), required, closed]
            entries.append(self.SYNTAX.sequence([*fields, fn]))
        return self.rows(entries)

    def rows(self, entries: Sequence[str]) -> str:
        """A tuple or array of ``entries``, one a line."""
        return self.SYNTAX.table.format(
            entries="".join(f"{self.SYNTAX.indent}{e},\n" for e in entries)
        )

    # -- shapes, for the every-problem pass ------------------------------------------------------

    def part(self, t: Type) -> str:
        """``(test, checker)``: how the every-problem pass checks a value of ``t`` on its own; a
        scalar by its inline test, any value by the JSON copy, the rest by its checker (the
        other place null)."""
        none = self.literal(None)
        if ir.is_scalar(t):
            return self.SYNTAX.sequence(
                [self.SYNTAX.test_function.format(test=self.test(t, "x")), none]
            )
        if isinstance(t, ir.AnyType):
            return self.SYNTAX.sequence([none, self.SYNTAX.runtime("json_copy")])
        return self.SYNTAX.sequence([none, self.checker(t)])

    def lit_expected(self, t: Type) -> str:
        """What a value of ``t`` may be, as a string literal."""
        return self.literal(self.expected(t))

    def expected_part(self, t: Type) -> str:
        """``((test, checker), expected)`` of a value of ``t``."""
        return self.SYNTAX.sequence([self.part(t), self.lit_expected(t)])

    def shape(self, shape: Shape) -> str:
        """The plan's ``shape`` (``codegen.plan.shapes``) as the every-problem pass reads it: a
        tuple whose first item names the kind, in the order the module's docstring gives."""
        seq, lit = self.SYNTAX.sequence, self.literal
        kind = lit(shape.kind)
        match shape:
            case ModelShape():
                fields = [
                    seq(
                        [
                            lit(f.names.wire),
                            lit(f.required),
                            self.part(f.type),
                            self.lit_expected(f.type),
                        ]
                    )
                    for f in shape.fields
                ]
                extra = lit(None) if shape.extra is None else self.expected_part(shape.extra)
                return seq([kind, self.keys_constant(shape.model), self.rows(fields), extra])
            case ListShape():
                item, whole = self.expected_part(shape.item), self.lit_expected(shape.type)
                return seq([kind, item, lit(shape.low), lit(shape.high), whole])
            case MapShape():
                item, whole = self.expected_part(shape.item), self.lit_expected(shape.type)
                return seq([kind, item, lit(shape.low), whole])
            case UnionShape():
                table = lit(None) if shape.table is None else self.table_name(shape.table)
                arrays = seq([self.name_of(a) for a in shape.arrays])
                return seq([kind, table, arrays, self.tag(shape.tag)])
            case LeastShape():
                return seq([kind, self.checker(shape.model)])
            case MethodShape():
                only = lit(None) if shape.only is None else self.SYNTAX.string_set(shape.only)
                return seq([kind, only])
            case _:
                assert_never(shape)


__all__ = ["CheckPrinter", "Syntax", "union_members", "url_scheme"]
