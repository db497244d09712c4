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

from codegen.describe import TYPESCRIPT_WORDS, Words
from codegen.errors import GenerationError
from codegen.ir import (
    AnyType,
    ArrayType,
    BooleanType,
    EnumRef,
    IntegerType,
    JoinedListType,
    LiteralType,
    MapType,
    MethodType,
    Model,
    ModelRef,
    NullType,
    NumberType,
    StringType,
    Type,
    UnionType,
    VarType,
    is_scalar,
)
from codegen.plan import Plan
from codegen.plan.checkers import Ref, VariantTable
from codegen.printer import CheckPrinter
from codegen.typescript.text import TsCode, TsIdentifier, line_comment, ts_identifier, ts_literal

#: Characters that have a meaning in an ECMA-262 pattern (with the ``u`` flag only these may be
#: escaped).
_SYNTAX = re.compile(r"[\^$\\.*+?()[\]{}|/]")


#: The tests of ``dispatch_by_key``.
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


@dataclass
class TsEmitter(CheckPrinter):
    """Collects the constants and helper functions the checks of one package need."""

    plan: Plan
    words: Words = TYPESCRIPT_WORDS
    #: Module-level constants: name -> TypeScript source of the value.
    constants: dict[str, str] = field(default_factory=dict)
    #: Helper functions the checks need beside the runtime's: name -> source.
    helpers: dict[str, str] = field(default_factory=dict)

    def lit_expected(self, t: Type) -> str:
        return ts_literal(self.expected(t))

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
        if set(schemes) == {"http", "https"}:
            scheme = "https?"
        elif len(schemes) == 1:
            scheme = _SYNTAX.sub(lambda m: "\\" + m.group(), schemes[0])
        elif schemes:
            scheme = "(?:" + "|".join(_SYNTAX.sub(lambda m: "\\" + m.group(), s) for s in schemes)
            scheme += ")"
        else:
            scheme = "[A-Za-z][A-Za-z0-9+.\\-]*"
        name = ts_identifier("URL_" + ("_".join(s.upper() for s in schemes) or "ANY"))
        self.constants[name] = f"urlPattern({ts_literal(scheme)})"
        return name

    # -- scalar tests ----------------------------------------------------------------------------

    def test(self, t: Type, v: str) -> str:
        """A boolean expression: is ``v`` a value of the scalar type ``t``?"""
        if isinstance(t, UnionType):
            parts = [self.test(x, v) for x in t.tested()]
            return " || ".join(f"({p})" if " && " in p or " || " in p else p for p in parts)
        if isinstance(t, StringType):
            parts = [f'typeof {v} === "string"']
            if t.min_length:
                parts.append(f"cpLength({v}) >= {t.min_length}")
            if t.max_length is not None:
                parts.append(f"cpLength({v}) <= {t.max_length}")
            if t.non_blank:
                parts.append(f"!isBlank({v})")
            if t.url_schemes is not None:
                parts.append(f"{self.url_constant(t.url_schemes)}.test({v})")
            if t.pattern is not None:
                parts.append(f"{self.regex_constant(t.pattern)}.test({v})")
            return " && ".join(parts)
        if isinstance(t, (IntegerType, NumberType)):
            kind = f"isInteger({v})" if isinstance(t, IntegerType) else f"isNumber({v})"
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
        if isinstance(t, BooleanType):
            return f'typeof {v} === "boolean"'
        if isinstance(t, NullType):
            return f"{v} === null"
        if isinstance(t, LiteralType):
            return f"{v} === {ts_literal(t.value)}"
        if isinstance(t, EnumRef):
            return f'typeof {v} === "string" && {self.enum_constant(t.name)}.has({v})'
        if isinstance(t, VarType):
            return f"isVar({v})"
        raise TypeError(f"not a scalar: {t!r}")

    def convert(self, t: Type, v: str) -> str:
        """The JSON-ready value of a scalar ``v`` that passed ``test``."""
        if isinstance(t, LiteralType):
            return ts_literal(t.value)
        return f"{v} as JsonValue"

    # -- fields ----------------------------------------------------------------------------------

    def value_code(self, t: Type, v: str, path: str) -> tuple[str | None, str]:
        """(test or None, value expression): a scalar is tested inline; a composite's checker
        call both checks and converts (and throws ``Invalid`` itself)."""
        if is_scalar(t):
            return self.test(t, v), self.convert(t, v)
        if isinstance(t, AnyType):
            return None, f"jsonCopy({v}, {path})"
        return None, f"{self.checker(t)}({v}, {path})"

    # -- composite checkers ----------------------------------------------------------------------

    def model_function(self, model: Model) -> str:
        """``check<Model>(value, path)``: an object of the model's keys, each checked, in
        checking order (``Model.checked``, as Python's ``check_<Model>``)."""
        name = f"check{model.name}"
        expected_model = ts_literal(self.expected(ModelRef(model.name)))
        lines = [
            f"export function {name}(value: unknown, path: string): JsonObject {{",
            f"  const v = asObject(value, path, {expected_model});",
            "  const out: JsonObject = {};",
        ]
        if model.fields:
            lines.append("  let x: unknown;")
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
                lines.append(
                    f"  if (x === undefined) throw new Invalid({sub_path}, MISSING, {expected});"
                )
                lines += ["  " + b for b in body]
            else:
                lines.append("  if (x !== undefined) {")
                lines += ["    " + b for b in body]
                lines.append("  }")
        constant = ts_identifier(f"KEYS_{model.name}")
        self.constants[constant] = string_set({f.names.wire for f in model.fields})
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

    def literal(self, value: object) -> str:
        return ts_literal(value)

    def comment(self, text: str) -> str:
        return f"// {line_comment(text)}"

    def head(self, name: str) -> str:
        return f"export function {name}(value: unknown, path: string): JsonValue {{"

    def foot(self) -> list[str]:
        return ["}"]

    def statement(self, code: str) -> str:
        return f"  {code}"

    def returns(self, value: str) -> str:
        return f"return {value};"

    def refusal(self, path: str, value: str, expected: str) -> str:
        return f"throw new Invalid({path}, {value}, {expected});"

    def refuse_unless(self, test: str, path: str, value: str, expected: str) -> str:
        return self.refuse_if(negate(test), path, value, expected)

    def refuse_if(self, condition: str, path: str, value: str, expected: str) -> str:
        return f"  if ({condition}) {self.refusal(path, value, expected)}"

    def json_copy(self, value: str, path: str) -> str:
        return f"jsonCopy({value}, {path})"

    def list_body(self, t: ArrayType, expected: str) -> list[str]:
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

    def map_body(self, t: MapType, expected: str) -> list[str]:
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

    def least_keys_body(self, t: ModelRef, expected: str) -> list[str]:
        least = f"Object.keys(out).length < {t.min_properties}"
        return [
            f"  const out = check{t.name}(value, path);",
            self.refuse_if(least, "path", "value", expected),
            "  return out;",
        ]

    def method_body(self, ref: Ref, t: MethodType, expected: str) -> list[str]:
        constant = ts_identifier(f"ONLY_{ref.name}")
        self.constants[constant] = string_set(set(t.only or ()))
        return [f"  return checkMethod(value, path, {constant}, {expected});"]

    def joined_body(self, t: JoinedListType, expected: str) -> list[str]:
        return [
            f"  return joinValues(value, path, {self.enum_constant(t.enum)}, "
            f"{ts_literal(t.separator)}, {expected});"
        ]

    def scalar_branch(self, t: Type) -> str:
        return f"  if ({self.test(t, 'value')}) return {self.convert(t, 'value')};"

    def joined_branch(self, checker: str) -> str:
        test = 'typeof value === "string" || Array.isArray(value)'
        return f"  if ({test}) return {checker}(value, path);"

    def list_branch(self, checkers: list[str], expected: str) -> str:
        if len(checkers) == 1:
            return f"  if (Array.isArray(value)) return {checkers[0]}(value, path);"
        fns = ", ".join(checkers)
        return f"  if (Array.isArray(value)) return firstOf(value, path, [{fns}], {expected});"

    def dispatch_branch(self, model: Model, key: str) -> str:
        self.helpers.update(DISPATCH_HELPERS)
        return (
            f"  if (hasKey(value, {ts_literal(key)}) && "
            f"keysWithin(value, {self.keys_constant(model)})) "
            f"return check{model.name}(value, path);"
        )

    def pick_variant(self, table: VariantTable, exclusive: bool, expected: str) -> str:
        flag = "true" if exclusive else "false"
        return f"  return pickVariant(value, path, {table_name(table)}, {flag}, {expected});"

    def keys_constant(self, model: Model) -> TsIdentifier:
        """``KEYS_<Model>``: the model's keys."""
        constant = ts_identifier(f"KEYS_{model.name}")
        self.constants[constant] = string_set({f.names.wire for f in model.fields})
        return constant

    def table(self, table: VariantTable) -> str:
        """``[label, keys, required, closed, checker]`` of each object variant, for
        ``pickVariant``."""
        entries = []
        for variant in table.variants:
            fn = name_of(variant.checker)
            model = variant.model
            if model is None:
                entries.append(
                    f"[{self.lit_expected(variant.type)}, null, new Set<string>(), false, {fn}]"
                )
                continue
            keys = string_set({f.names.wire for f in model.fields})
            required = string_set({f.names.wire for f in model.required})
            closed = "true" if model.extra is None else "false"
            entries.append(f"[{ts_literal(model.name)}, {keys}, {required}, {closed}, {fn}]")
        return "[\n" + "".join(f"  {e},\n" for e in entries) + "]"

    def helper_sources(self) -> list[str]:
        """The helpers the printed checks use, beside the runtime's."""
        return [self.helpers[name] for name in sorted(self.helpers)]


def table_name(table: VariantTable) -> TsIdentifier:
    return ts_identifier(f"VARIANTS_{table.name}")


__all__ = ["TsCode", "TsEmitter", "is_scalar", "name_of", "string_set", "table_name"]
