"""IR types -> the Python that checks a value and yields its JSON-ready copy.

A scalar is checked inline by a boolean test (``type(v) is int and 1 <= v <= 100``), because
that is what most parameters are and a call must cost no more than the reference's. Anything
composite (objects, lists, maps, unions, verb lists) is checked by a generated function, which
the plan (``codegen.plan.checkers``) names and decides: ``check_<Name>`` for a named model or
union, ``_<name>`` for an anonymous one (``_list_of_str``), each taking ``(value, path)`` and
raising ``Invalid(path, value, expected)``. A chaining method turns that into
``InvalidArgumentError`` naming the verb, its parameter and the nested path.

Every generated check comes from ``Emitter``: the model checkers, the chaining methods of ``SWML``
and ``FunctionResult`` all ask it for the same field code, so two validators of one wire object
cannot disagree. Python-only choices are made here: inline tests, optional keys read in groups,
list items checked without paths until one is refused (each only to save time per call).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from codegen import ecma, ir
from codegen.describe import PYTHON_WORDS, Words, number
from codegen.plan.checkers import Ref
from codegen.printer import CheckPrinter, Syntax, url_scheme
from codegen.text import Identifier, PyCode, comment, py_literal

#: An absolute URL after its scheme: a host character, then no whitespace.
_AFTER_SCHEME = r"://[^\s/?#]\S*\Z"


def _grouped(condition: str) -> str:
    """``condition`` as one operand of ``and`` / ``or``."""
    if (" and " not in condition and " or " not in condition) or _enclosed(condition):
        return condition
    return f"({condition})"


def _enclosed(condition: str) -> bool:
    """Whether ``condition`` is one parenthesised group, ``(a or b)``."""
    if not condition.startswith("("):
        return False
    depth = 0
    quote = ""
    escaped = False
    for index, char in enumerate(condition):
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
            continue
        if char in "'\"":
            quote = char
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return index == len(condition) - 1
    return False


def name_of(ref: Ref) -> Identifier:
    """How Python spells a planned checker."""
    if ref.kind == "anonymous":
        return Identifier(f"_{ref.name}")
    return Identifier(f"check_{ref.name}")


def frozen(keys: frozenset[str] | set[str]) -> str:
    """A frozenset literal with sorted members, so the same spec gives the same bytes."""
    if not keys:
        return "frozenset[str]()"
    return "frozenset({" + ", ".join(py_literal(k) for k in sorted(keys)) + "})"


def negate(test: str) -> str:
    """``not <test>``, parenthesised only where ``or`` / ``and`` would bind first."""
    if " or " in test or " and " in test or " if " in test:
        return f"not ({test})"
    return f"not {test}"


SYNTAX = Syntax(
    indent="    ",
    head="def {name}(value: object, path: str) -> Any:",
    foot=(),
    returns="return {value}",
    refusal="raise Invalid({path}, {value}, {expected})",
    when="if {condition}:\n    {statement}",
    assign="{name} = {value}",
    is_list="is_list({v})",
    string_or_list="isinstance({v}, str) or is_list({v})",
    only_keys="type(value) is dict and {key} in value and value.keys() <= {keys}",
    key_is="type(value) is dict and value.get({key}) == {constant}",
    has_key="type(value) is dict and {key} in value",
    size="len({v})",
    sequence=lambda items: f"({', '.join(items)}{',' if len(items) == 1 else ''})",
    table="(\n{entries})",
    private="_",
    length="len({v})",
    not_blank='{v}.strip() != ""',
    url_match="{re}.match({v}) is not None",
    search="{re}.search({v}) is not None",
    string_set=lambda keys: frozen(set(keys)),
    runtime=lambda name: name,
    json_copy="json_copy({value}, {path})",
    test_function="lambda x: {test}",
    negate=negate,
    literal=py_literal,
    comment=lambda text: f"# {comment(text)}",
)


@dataclass
class Emitter(CheckPrinter):
    """Prints the plan's checkers in Python, and the inline tests, field code and constants
    that the chaining methods and models share with them."""

    SYNTAX: ClassVar[Syntax] = SYNTAX
    WORDS: ClassVar[Words] = PYTHON_WORDS
    #: Value sets, models and typed dicts that annotations name (each imported from its module).
    used_names: set[str] = field(default_factory=set)

    # -- names -----------------------------------------------------------------------------------

    def enum_constant(self, name: str) -> Identifier:
        """``_E_<Name>``: a dict mapping each value (and its member) to the plain wire string."""
        constant = Identifier(f"_E_{name}")
        if constant not in self.constants:
            values = self.package.enums[name].values
            body = ", ".join(f"{py_literal(v)}: {py_literal(v)}" for v in values)
            self.constants[constant] = "{" + body + "}"
        return constant

    def regex_constant(self, pattern: str, kind: str = "RE") -> Identifier:
        source = ecma.translate(pattern)
        for name, existing in self.constants.items():
            if existing == f"re.compile({py_literal(source)})":
                return Identifier(name)
        constant = Identifier(
            f"_{kind}_{sum(1 for n in self.constants if n.startswith('_' + kind))}"
        )
        self.constants[constant] = f"re.compile({py_literal(source)})"
        return constant

    def url_constant(self, schemes: tuple[str, ...]) -> Identifier:
        # One host character then `\S*` is the same set of strings as `[^\s/?#]+\S*`, without
        # a second class to test per character.
        name = Identifier("_URL_" + ("_".join(s.upper() for s in schemes) or "ANY"))
        pattern = py_literal(url_scheme(schemes, re.escape) + _AFTER_SCHEME)
        self.constants[name] = f"re.compile({pattern})"
        return name

    # -- scalar tests ----------------------------------------------------------------------------

    def test(self, t: ir.Type, v: str) -> str:
        """A boolean expression: is ``v`` a value of the scalar type ``t``?"""
        if isinstance(t, ir.UnionType):
            # The variants that are strings share one isinstance test, as a person would write
            # `isinstance(v, str) and (A or B)`, placed where the first of them stands.
            parts: list[str | None] = []
            conditions: list[str] = []
            for x in t.tested():
                condition = self.string_condition(x, v)
                if condition is None:
                    parts.append(self.test(x, v))
                    continue
                if not conditions:
                    parts.append(None)
                conditions.append(condition)
            strings = f"isinstance({v}, str)"
            if conditions and "" not in conditions:
                inner = " or ".join(_grouped(c) for c in conditions)
                strings += f" and {inner if len(conditions) == 1 else '(' + inner + ')'}"
            return " or ".join(_grouped(strings if p is None else p) for p in parts)
        if isinstance(t, ir.VarType):
            # One helper, as TypeScript's isVar: tried after the other variants, so only a
            # value that is none of them pays for the call.
            return f"is_var({v})"
        condition = self.string_condition(t, v)
        if condition is not None:
            return f"isinstance({v}, str)" + (f" and {condition}" if condition else "")
        if isinstance(t, (ir.IntegerType, ir.NumberType)):
            kind = f"type({v}) is int" if isinstance(t, ir.IntegerType) else f"is_number({v})"
            # One chained comparison per side, as a person would write `1 <= v <= 100`.
            low = [f"{number(t.minimum)} <= "] if t.minimum is not None else []
            low += [f"{number(t.exclusive_minimum)} < "] if t.exclusive_minimum is not None else []
            high = [f" <= {number(t.maximum)}"] if t.maximum is not None else []
            high += [f" < {number(t.exclusive_maximum)}"] if t.exclusive_maximum is not None else []
            if not low and not high:
                return kind
            return f"{kind} and {''.join(low)}{v}{''.join(high)}"
        if isinstance(t, ir.BooleanType):
            return f"({v} is True or {v} is False)"
        if isinstance(t, ir.NullType):
            return f"{v} is None"
        if isinstance(t, ir.LiteralType):
            value = t.value
            if value is None:
                return f"{v} is None"
            if isinstance(value, bool):
                return f"{v} is {value!r}"
            # A string literal was handled as a string type above.
            return f"type({v}) in (int, float) and {v} == {number(value)}"
        raise TypeError(f"not a scalar: {t!r}")

    def string_condition(self, t: ir.Type, v: str) -> str | None:
        """What a string ``v`` must also satisfy to be a value of ``t`` ("" for any string);
        None when ``t`` is not a string type."""
        if isinstance(t, ir.StringType):
            return " and ".join(self.string_checks(t, v))
        if isinstance(t, ir.EnumRef):
            return f"{v} in {self.enum_constant(t.name)}"
        if isinstance(t, ir.LiteralType) and isinstance(t.value, str):
            return f"{v} == {py_literal(t.value)}"
        return None

    def convert(self, t: ir.Type, v: str) -> str:
        """The JSON-ready value of a scalar ``v`` that passed ``test``."""
        if isinstance(t, ir.EnumRef):
            return f"{self.enum_constant(t.name)}[{v}]"
        if isinstance(t, ir.LiteralType):
            return py_literal(t.value)
        if isinstance(t, ir.UnionType) and any(isinstance(x, ir.EnumRef) for x in t.variants):
            # Enum members are str subclasses; str() gives the plain wire string.
            return f"str({v}) if isinstance({v}, str) else {v}"
        return v

    # -- fields ----------------------------------------------------------------------------------

    def call(self, t: ir.Type, fn: str, value: str, path: str) -> str:
        if not isinstance(t, ir.JoinedListType):
            return super().call(t, fn, value, path)
        # The common cases, one value or a plain string already joined right, are a dict
        # lookup or one regex match; members, iterables and refusals go through the checker.
        v = value
        joined = self.joined_constant(t)
        single = self.enum_constant(t.enum)
        return (
            f"{v} if type({v}) is str and ({v} in {single} or {joined}.match({v}) is not None)"
            f" else {fn}({v}, {path})"
        )

    def joined_constant(self, t: ir.JoinedListType) -> Identifier:
        """``_J_<Enum>``: the wire string of one or more values joined by the separator."""
        name = Identifier(f"_J_{t.enum}")
        one = "(?:" + "|".join(re.escape(v) for v in self.package.enums[t.enum].values) + ")"
        pattern = f"{one}(?:{re.escape(t.separator)}{one})*\\Z"
        self.constants[name] = f"re.compile({py_literal(pattern)})"
        return name

    def field_lines(
        self,
        f: ir.Field,
        v: str,
        target: str,
        path: str,
        *,
        fail: str,
        present: str | None,
    ) -> list[str]:
        """Lines that check ``v`` (the value of field ``f``) and store it in ``target``.

        ``fail`` is the raise statement for a scalar that fails its test; ``present`` the
        condition under which the key was given (None: always)."""
        test, value = self.value_code(f.type, v, path)
        key = py_literal(f.names.wire)
        body: list[str] = []
        if test is not None:
            body += [f"if {negate(test)}:", f"    {fail}"]
        body.append(f"{target}[{key}] = {value}")
        if present is None:
            return body
        return [f"if {present}:", *("    " + line for line in body)]

    # -- composite checkers ----------------------------------------------------------------------

    #: A model with at least this many optional fields checks them in groups: a group none of
    #: whose keys is given costs one set test instead of a dict lookup a field. Callers give a
    #: few keys of models such as ConnectDeviceSingle (33 fields); reading every field cost more
    #: than the checks of the keys given.
    GROUPED_FROM = 12
    #: Fields a group holds at most: about the square root of the field counts met upstream.
    GROUP_SIZE = 6
    #: Optional fields from which a length test guards their reads: below it the test costs
    #: about what it saves.
    OPTIONAL_GUARD_FROM = 2

    def key_groups(self, model: ir.Model) -> list[list[ir.Field]]:
        """The model's fields in checking order: each required field alone (its absence must
        be refused), then the optional ones, in groups when the model has many."""
        groups = [[f] for f in model.required]
        optional = list(model.optional)
        if len(optional) < self.GROUPED_FROM:
            return groups + [[f] for f in optional]
        size = self.GROUP_SIZE
        return groups + [optional[i : i + size] for i in range(0, len(optional), size)]

    def field_check(self, model: ir.Model, f: ir.Field) -> list[str]:
        """The lines (at function level) that read, check and store one field of ``model``."""
        key = py_literal(f.names.wire)
        sub_path = f"path + {py_literal('.' + f.names.wire)}"
        expected = py_literal(self.expected(f.type))
        lines = [f"x = v.get({key}, MISSING)"]
        if f.required:
            # A closed object refuses the unknown key given instead, if any: a misspelt key is
            # the likeliest reason one is missing, and its refusal names the key meant.
            missing = (
                f"missing_key(v, {self.keys_constant(model)}, path, {key}, {expected})"
                if model.extra is None
                else f"raise Invalid({sub_path}, MISSING, {expected})"
            )
            lines += ["if x is MISSING:", f"    {missing}"]
        return lines + self.field_lines(
            f,
            "x",
            "out",
            sub_path,
            fail=f"raise Invalid({sub_path}, x, {expected})",
            present=None if f.required else "x is not MISSING",
        )

    def model_function(self, model: ir.Model) -> str:
        """``check_<ir.Model>(value, path)``: a dict of the model's keys, each checked."""
        lines = [
            f"def check_{model.name}(value: object, path: str) -> dict[str, Any]:",
            "    v = value if type(value) is dict else "
            f"as_object(value, path, {py_literal(self.expected(ir.ModelRef(model.name)))})",
            "    out: dict[str, Any] = {}",
        ]
        groups = self.key_groups(model)
        if any(len(group) > 1 for group in groups):
            lines += [
                "    # Optional keys are read in groups: one set test skips a group none is given.",
                "    given = v.keys()",
            ]
        # Once every required key was found, an object of no more keys than that holds no
        # optional one (the fields are read required first).
        guard = len(model.optional) >= self.OPTIONAL_GUARD_FROM
        count = len(model.required)
        guarded = 0
        for group in groups:
            indent = "    "
            if guard and not group[0].required:
                if group is groups[count]:  # the first optional group
                    lines.append(f"    if len(v) > {count}:" if count else "    if v:")
                indent += "    "
            if len(group) > 1:
                guarded += 1
                group_keys = frozen({f.names.wire for f in group})
                some = self.constant(f"KEYS_{model.name}_{guarded}", group_keys)
                lines.append(f"{indent}if not given.isdisjoint({some}):")
                indent += "    "
            for f in group:
                lines += [indent + line for line in self.field_check(model, f)]
        constant = self.keys_constant(model)
        if model.extra is None:
            lines += [
                "    if len(out) != len(v):",
                f"        unknown_keys(v, {constant}, path)",
            ]
        else:
            extra_test, extra_value = self.value_code(model.extra, "item", "path + '.' + str(key)")
            lines += [
                "    for key, item in v.items():",
                f"        if key in {constant}:",
                "            continue",
                "        if not isinstance(key, str):",
                "            raise Invalid(path, value, 'an object with string keys')",
            ]
            if extra_test is not None:
                lines += [
                    f"        if not ({extra_test}):",
                    f"            raise Invalid(path + '.' + str(key), item, "
                    f"{py_literal(self.expected(model.extra))})",
                ]
            lines.append(f"        out[key] = {extra_value}")
        lines.append("    return out")
        return "\n".join(lines)

    # -- spelling for CheckPrinter ---------------------------------------------------------------

    def name_of(self, ref: Ref) -> str:
        return name_of(ref)

    def list_body(self, t: ir.ArrayType, expected: str) -> list[str]:
        indexed = "f'{path}[{i}]'"
        test, conv = self.value_code(t.item, "item", indexed)
        lines = [f"    items = value if type(value) is list else as_list(value, path, {expected})"]
        if t.min_items:
            lines.append(self.refuse_if(f"len(items) < {t.min_items}", "path", "value", expected))
        if t.max_items is not None:
            lines.append(self.refuse_if(f"len(items) > {t.max_items}", "path", "value", expected))
        if test is None:
            # Items are checked with the list's path, and a refused one's index is put into the
            # refusal's path afterwards: an accepted list builds no path strings, and a refused
            # one is not checked again (nested lists would check it once per level and more).
            _, fast = self.value_code(t.item, "item", "path")
            return [
                *lines,
                "    out = []",
                "    try:",
                "        for item in items:",
                f"            out.append({fast})",
                "    except Invalid as error:",
                "        raise at_step(error, path, f'[{len(out)}]') from None",
                "    return out",
            ]
        item_expected = py_literal(self.expected(t.item))
        if conv == "item":
            # Items kept as they are: tested in a loop, then copied in one call; the index of a
            # refused one is looked for only then.
            return [
                *lines,
                "    for item in items:",
                f"        if {negate(test)}:",
                f"            raise Invalid(f'{{path}}[{{index_of(items, item)}}]', item, {item_expected})",
                "    return list(items)",
            ]
        return [
            *lines,
            "    out: list[Any] = []",
            "    for item in items:",
            f"        if {negate(test)}:",
            f"            raise Invalid(f'{{path}}[{{len(out)}}]', item, {item_expected})",
            f"        out.append({conv})",
            "    return out",
        ]

    def map_body(self, t: ir.MapType, expected: str) -> list[str]:
        test, conv = self.value_code(t.values, "item", "path + '.' + str(key)")
        lines = [f"    v = as_object(value, path, {expected})"]
        if t.min_properties:
            lines.append(self.refuse_if(f"len(v) < {t.min_properties}", "path", "value", expected))
        lines += [
            "    out: dict[str, Any] = {}",
            "    for key, item in v.items():",
            "        if not isinstance(key, str):",
            "            raise Invalid(path, value, 'an object with string keys')",
        ]
        if test is not None:
            return [
                *lines,
                f"        if {negate(test)}:",
                f"            raise Invalid(path + '.' + str(key), item, "
                f"{py_literal(self.expected(t.values))})",
                f"        out[key] = {conv}",
                "    return out",
            ]
        # As for lists: the object's own path, and the key put into a refusal's path.
        _, fast = self.value_code(t.values, "item", "path")
        return [
            *lines,
            "        try:",
            f"            out[key] = {fast}",
            "        except Invalid as error:",
            "            raise at_step(error, path, '.' + key) from None",
            "    return out",
        ]


__all__ = ["Emitter", "PyCode", "name_of"]
