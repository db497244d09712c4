"""IR types -> the TypeScript that checks a value and yields its JSON-ready copy.

The plan (``codegen.plan.checkers``) decides which checker functions exist, their names, their
order and how each union finds its variant, for both languages; this module spells them: a
scalar is checked by an inline test, anything composite by a generated function
``(value, path) => copy`` that throws ``Invalid(path, value, expected)``; unions pick their
variant by the keys given (``pickVariant``, as the Python runtime's ``pick_variant``). The words
of every ``expected`` come from ``codegen.describe`` (one description of a type for both
languages), so the two packages refuse the same values with the same explanation.

Where JavaScript differs from Python, the tests here follow Python's reading, not JavaScript's:
string lengths count code points (``cpLength``), "blank" is Python's ``str.isspace`` set
(``isBlank``) and so is the whitespace a URL may not hold. What cannot be followed: a JavaScript
number does not know whether it was written ``5`` or ``5.0``, so an integral float is an integer
here while Python refuses ``5.0`` where the schema says ``integer``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from codegen import ir
from codegen.describe import TYPESCRIPT_WORDS, Words
from codegen.errors import GenerationError
from codegen.naming import camel
from codegen.plan.checkers import Ref, Tag
from codegen.printer import CheckPrinter, Syntax, url_scheme
from codegen.typescript.text import TsCode, TsIdentifier, line_comment, ts_identifier, ts_literal

#: Characters that have a meaning in an ECMA-262 pattern (with the ``u`` flag only these may be
#: escaped).
_SYNTAX = re.compile(r"[\^$\\.*+?()[\]{}|/]")


#: The tests of ``dispatch_branch`` and ``unknown_tag``.
DISPATCH_HELPERS = {
    "hasKey": """\
/** Whether `value` is a plain object with `key` given (a value that is not `undefined`). */
function hasKey(value: unknown, key: string): value is { [key: string]: unknown } {
  return isPlainObject(value) && own(value, key) !== undefined;
}""",
    "keysWithin": """\
/** Whether every key given (a value that is not `undefined`) is one of `known`. */
function keysWithin(value: { [key: string]: unknown }, known: ReadonlySet<string>): boolean {
  return Object.keys(value).every((key) => known.has(key) || value[key] === undefined);
}""",
}


def name_of(ref: Ref) -> TsIdentifier:
    """How TypeScript spells a planned checker."""
    if ref.kind == "anonymous":
        return ts_identifier(f"_{ref.name}")
    return ts_identifier(f"check{ref.name[:1].upper()}{ref.name[1:]}")


def negate(test: str) -> str:
    """``!<test>``, parenthesised unless the test is one call or comparison-free term."""
    if re.fullmatch(r"[\w$.]+\([\w$.]*\)", test):
        return f"!{test}"
    return f"!({test})"


def _number(value: float) -> str:
    """A bound as a JavaScript number literal."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return repr(int(value))
    return repr(value)


def string_set(values: frozenset[str] | set[str] | tuple[str, ...]) -> str:
    """``new Set(["a", "b"])`` with sorted members (the same spec gives the same bytes)."""
    if not values:
        return "new Set<string>()"
    return "new Set([" + ", ".join(ts_literal(v) for v in sorted(values)) + "])"


SYNTAX = Syntax(
    indent="  ",
    head="export function {name}(value: unknown, path: string): JsonValue {{",
    foot=("}",),
    returns="return {value};",
    refusal="throw new Invalid({path}, {value}, {expected});",
    when="if ({condition}) {statement}",
    assign="const {name} = {value};",
    is_list="Array.isArray({v})",
    string_or_list='typeof {v} === "string" || Array.isArray({v})',
    only_keys="hasKey(value, {key}) && keysWithin(value, {keys})",
    key_is="isPlainObject(value) && own(value, {key}) === {constant}",
    has_key="hasKey(value, {key})",
    size="Object.keys({v}).length",
    sequence=lambda items: f"[{', '.join(items)}]",
    table="[\n{entries}]",
    private="",
    length="cpLength({v})",
    not_blank="!isBlank({v})",
    url_match="{re}.test({v})",
    search="{re}.test({v})",
    string_set=lambda keys: string_set(tuple(keys)),
    runtime=camel,
    json_copy="jsonCopy({value}, {path})",
    test_function="(x: unknown) => {test}",
    comment=lambda text: f"// {line_comment(text)}",
    literal=ts_literal,
    negate=negate,
)


@dataclass
class TsEmitter(CheckPrinter):
    """Prints the plan's checkers in TypeScript, with the constants and the dispatch helpers
    they use."""

    SYNTAX: ClassVar[Syntax] = SYNTAX
    WORDS: ClassVar[Words] = TYPESCRIPT_WORDS
    #: Helper functions the checks need beside the runtime's: name -> source.
    helpers: dict[str, str] = field(default_factory=dict)

    # -- names -----------------------------------------------------------------------------------

    def enum_constant(self, name: str) -> TsIdentifier:
        """``E_<Name>``: the set of the value set's wire strings."""
        constant = ts_identifier(f"E_{name}")
        if constant not in self.constants:
            self.constants[constant] = string_set(self.package.enums[name].values)
        return constant

    def regex_constant(self, pattern: str) -> TsIdentifier:
        """``RE_<n>``: the spec's ECMA-262 pattern, as is (``ecmaPattern`` adds the ``u`` flag
        when the pattern is valid with it, so that it matches code points as Python does)."""
        source = f"ecmaPattern({ts_literal(pattern)})"
        for name, existing in self.constants.items():
            if existing == source:
                return ts_identifier(name)
        count = sum(1 for n in self.constants if n.startswith("RE_"))
        constant = ts_identifier(f"RE_{count}")
        self.constants[constant] = source
        return constant

    def url_constant(self, schemes: tuple[str, ...]) -> TsIdentifier:
        """``URL_<SCHEMES>``: an absolute URL of one of ``schemes`` (any scheme for ``()``), as
        the Python package's ``_URL_*`` patterns: a host character, then no whitespace."""
        scheme = url_scheme(schemes, lambda s: _SYNTAX.sub(lambda m: "\\" + m.group(), s))
        name = ts_identifier("URL_" + ("_".join(s.upper() for s in schemes) or "ANY"))
        self.constants[name] = f"urlPattern({ts_literal(scheme)})"
        return name

    # -- scalar tests ----------------------------------------------------------------------------

    def test(self, t: ir.Type, v: str) -> str:
        """A boolean expression: is ``v`` a value of the scalar type ``t``?"""
        if isinstance(t, ir.UnionType):
            parts = [self.test(x, v) for x in t.tested()]
            return " || ".join(f"({p})" if " && " in p or " || " in p else p for p in parts)
        if isinstance(t, ir.StringType):
            return " && ".join([f'typeof {v} === "string"', *self.string_checks(t, v)])
        if isinstance(t, (ir.IntegerType, ir.NumberType)):
            kind = f"isInteger({v})" if isinstance(t, ir.IntegerType) else f"isNumber({v})"
            parts = [kind]
            if t.minimum is not None:
                parts.append(f"{_number(t.minimum)} <= {v}")
            if t.exclusive_minimum is not None:
                parts.append(f"{_number(t.exclusive_minimum)} < {v}")
            if t.maximum is not None:
                parts.append(f"{v} <= {_number(t.maximum)}")
            if t.exclusive_maximum is not None:
                parts.append(f"{v} < {_number(t.exclusive_maximum)}")
            return " && ".join(parts)
        if isinstance(t, ir.BooleanType):
            return f'typeof {v} === "boolean"'
        if isinstance(t, ir.NullType):
            return f"{v} === null"
        if isinstance(t, ir.LiteralType):
            return f"{v} === {ts_literal(t.value)}"
        if isinstance(t, ir.EnumRef):
            return f'typeof {v} === "string" && {self.enum_constant(t.name)}.has({v})'
        if isinstance(t, ir.VarType):
            return f"isVar({v})"
        raise TypeError(f"not a scalar: {t!r}")

    def convert(self, t: ir.Type, v: str) -> str:
        """The JSON-ready value of a scalar ``v`` that passed ``test``."""
        if isinstance(t, ir.LiteralType):
            return ts_literal(t.value)
        return f"{v} as JsonValue"

    # -- fields ----------------------------------------------------------------------------------

    # -- composite checkers ----------------------------------------------------------------------

    def model_function(self, model: ir.Model) -> str:
        """``check<ir.Model>(value, path)``: an object of the model's keys, each checked, in
        checking order (``ir.Model.checked``, as Python's ``check_<ir.Model>``)."""
        name = f"check{model.name}"
        expected_model = ts_literal(self.expected(ir.ModelRef(model.name)))
        lines = [
            f"export function {name}(value: unknown, path: string): JsonObject {{",
            f"  const v = asObject(value, path, {expected_model});",
            "  const out: JsonObject = {};",
        ]
        if model.fields:
            lines.append("  let x: unknown;")
        constant = self.keys_constant(model)
        for f in model.checked:
            wire = f.names.wire
            if wire == "__proto__":
                raise GenerationError(f"{f.pointer}: a property named __proto__ is not supported")
            key = ts_literal(wire)
            sub_path = f"path + {ts_literal('.' + wire)}"
            expected = self.lit_expected(f.type)
            lines.append(f"  x = own(v, {key});")
            test, value = self.value_code(f.type, "x", sub_path)
            body = []
            if test is not None:
                body.append(f"if ({negate(test)}) throw new Invalid({sub_path}, x, {expected});")
            body.append(f"out[{key}] = {value};")
            if f.required:
                # As Python's: a closed object refuses the unknown key given, if any, instead.
                missing = (
                    f"missingKey(v, {constant}, path, {key}, {expected})"
                    if model.extra is None
                    else f"throw new Invalid({sub_path}, MISSING, {expected})"
                )
                lines.append(f"  if (x === undefined) {missing};")
                lines += ["  " + b for b in body]
            else:
                lines.append("  if (x !== undefined) {")
                lines += ["    " + b for b in body]
                lines.append("  }")
        if model.extra is None:
            lines.append(
                "  if (Object.keys(out).length !== Object.keys(v).length) "
                f"unknownKeys(v, {constant}, path);"
            )
        else:
            test, value = self.value_code(model.extra, "item", 'path + "." + key')
            lines += [
                "  for (const key of Object.keys(v)) {",
                "    const item = v[key];",
                f"    if ({constant}.has(key) || item === undefined) continue;",
            ]
            if test is not None:
                lines.append(
                    f'    if ({negate(test)}) throw new Invalid(path + "." + key, item, '
                    f"{self.lit_expected(model.extra)});"
                )
            lines.append(f"    setKey(out, key, {value});")
            lines.append("  }")
        lines += ["  return out;", "}"]
        return "\n".join(lines)

    # -- spelling for CheckPrinter ---------------------------------------------------------------

    def name_of(self, ref: Ref) -> str:
        return name_of(ref)

    def list_body(self, t: ir.ArrayType, expected: str) -> list[str]:
        test, conv = self.value_code(t.item, "item", "`${path}[${i}]`")
        lines = [f"  const items = asList(value, path, {expected});"]
        if t.min_items:
            lines.append(self.refuse_if(f"items.length < {t.min_items}", "path", "value", expected))
        if t.max_items is not None:
            lines.append(self.refuse_if(f"items.length > {t.max_items}", "path", "value", expected))
        lines += [
            "  const out: JsonValue[] = [];",
            "  for (let i = 0; i < items.length; i++) {",
            "    const item = items[i];",
        ]
        if test is not None:
            item_expected = self.lit_expected(t.item)
            lines.append("  " + self.refuse_unless(test, "`${path}[${i}]`", "item", item_expected))
        return [*lines, f"    out.push({conv});", "  }", "  return out;"]

    def map_body(self, t: ir.MapType, expected: str) -> list[str]:
        test, conv = self.value_code(t.values, "item", 'path + "." + key')
        lines = [f"  const v = asObject(value, path, {expected});"]
        if t.min_properties:
            lines.append(
                self.refuse_if(f"keyCount(v) < {t.min_properties}", "path", "value", expected)
            )
        lines += [
            "  const out: JsonObject = {};",
            "  for (const key of Object.keys(v)) {",
            "    const item = v[key];",
            "    if (item === undefined) continue;",
        ]
        if test is not None:
            values_expected = self.lit_expected(t.values)
            lines.append(
                "  " + self.refuse_unless(test, 'path + "." + key', "item", values_expected)
            )
        return [*lines, f"    setKey(out, key, {conv});", "  }", "  return out;"]

    def dispatch_branch(self, model: ir.Model, key: str) -> str:
        self.helpers.update(DISPATCH_HELPERS)
        return super().dispatch_branch(model, key)

    def unknown_tag(self, tag: Tag) -> str:
        self.helpers.update(DISPATCH_HELPERS)
        return super().unknown_tag(tag)

    def helper_sources(self) -> list[str]:
        """The helpers the printed checks use, beside the runtime's."""
        return [self.helpers[name] for name in sorted(self.helpers)]


__all__ = ["TsCode", "TsEmitter", "name_of", "string_set"]
