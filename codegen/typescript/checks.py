"""IR types -> the TypeScript that checks a value and yields its JSON-ready copy.

A port of ``codegen/python/checks.py``, decision for decision: a scalar is checked by an inline
test, anything composite by a generated function ``(value, path) => copy`` that throws
``Invalid(path, value, expected)``; unions pick their variant by the keys given
(``pickVariant``), exactly as the Python runtime's ``pick_variant``. The words of every
``expected`` come from the Python emitter's ``expected`` (one description of a type for both
languages), so the two packages refuse the same values with the same explanation.

Where JavaScript differs from Python, the tests here follow Python's reading, not JavaScript's:
string lengths count code points (``cpLength``), "blank" is Python's ``str.isspace`` set
(``isBlank``) and so is the whitespace a URL may not hold. What cannot be followed: a JavaScript
number does not know whether it was written ``5`` or ``5.0``, so an integral float is an integer
here while Python refuses ``5.0`` where the schema says ``integer``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from codegen.describe import TYPESCRIPT_WORDS, Describer
from codegen.errors import GenerationError
from codegen.ir import (
    AliasRef,
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
    Package,
    StringType,
    Type,
    UnionType,
    VarType,
    is_scalar,
)
from codegen.typescript.text import TsCode, TsIdentifier, ts_identifier, ts_literal

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


def _flat(t: UnionType) -> list[Type]:
    """The variants of a union with nested unions spread out (as ``checks._flat``)."""
    out: list[Type] = []
    for x in t.variants:
        for inner in _flat(x) if isinstance(x, UnionType) else [x]:
            if inner not in out:
                out.append(inner)
    return out


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
class TsEmitter:
    """Collects the constants and helper functions the checks of one package need."""

    package: Package
    #: Module-level constants: name -> TypeScript source of the value.
    constants: dict[str, str] = field(default_factory=dict)
    #: Anonymous composite checkers: repr of the type -> function name, and their sources.
    functions: dict[str, TsIdentifier] = field(default_factory=dict)
    _pending: list[tuple[TsIdentifier, Type]] = field(default_factory=list)
    #: Helper functions the checks need beside the runtime's: name -> source.
    helpers: dict[str, str] = field(default_factory=dict)

    # -- descriptions ----------------------------------------------------------------------------

    def expected(self, t: Type) -> str:
        """What a value of ``t`` may be: the Python package's text in TypeScript's words for
        its own values (``true``, ``null``), so that both packages explain a refusal alike
        (``tests/test_typescript.py`` compares them)."""
        return Describer(self.package, TYPESCRIPT_WORDS).expected(t)

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

    def checker(self, t: Type, hint: str) -> TsIdentifier:
        """The function that checks a composite ``t``: named for models and aliases, otherwise
        made once per distinct type and named after the first place that needs it."""
        if isinstance(t, ModelRef) and t.min_properties is None:
            return ts_identifier(f"check{t.name}")
        if isinstance(t, AliasRef):
            return ts_identifier(f"check{t.name}")
        if isinstance(t, MethodType) and t.only is None:
            return ts_identifier("checkMethod")
        key = repr(t)
        if key not in self.functions:
            base = "_" + re.sub(r"\W", "_", hint).strip("_")
            name = base
            taken = set(self.functions.values())
            counter = 2
            while name in taken:
                name = f"{base}_{counter}"
                counter += 1
            self.functions[key] = ts_identifier(name)
            self._pending.append((ts_identifier(name), t))
        return self.functions[key]

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

    def value_code(self, t: Type, v: str, path: str, hint: str) -> tuple[str | None, str]:
        """(test or None, value expression): a scalar is tested inline; a composite's checker
        call both checks and converts (and throws ``Invalid`` itself)."""
        if is_scalar(t):
            return self.test(t, v), self.convert(t, v)
        if isinstance(t, AnyType):
            return None, f"jsonCopy({v}, {path})"
        return None, f"{self.checker(t, hint)}({v}, {path})"

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
            test, value = self.value_code(f.type, "x", sub_path, f"{model.name}_{wire}")
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
            test, value = self.value_code(
                model.extra, "item", 'path + "." + key', f"{model.name}_extra"
            )
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

    def anonymous_function(self, name: TsIdentifier, t: Type) -> str:
        expected = self.lit_expected(t)
        head = f"export function {name}(value: unknown, path: string): JsonValue {{"
        if isinstance(t, ArrayType):
            test, conv = self.value_code(t.item, "item", "`${path}[${i}]`", name + "_item")
            lines = [head, f"  const items = asList(value, path, {expected});"]
            refuse = f"throw new Invalid(path, value, {expected});"
            if t.min_items:
                lines.append(f"  if (items.length < {t.min_items}) {refuse}")
            if t.max_items is not None:
                lines.append(f"  if (items.length > {t.max_items}) {refuse}")
            lines += [
                "  const out: JsonValue[] = [];",
                "  for (let i = 0; i < items.length; i++) {",
                "    const item = items[i];",
            ]
            if test is not None:
                lines.append(
                    f"    if ({negate(test)}) throw new Invalid(`${{path}}[${{i}}]`, item, "
                    f"{self.lit_expected(t.item)});"
                )
            lines += [f"    out.push({conv});", "  }", "  return out;", "}"]
            return "\n".join(lines)
        if isinstance(t, MapType):
            test, conv = self.value_code(t.values, "item", 'path + "." + key', name + "_value")
            lines = [head, f"  const v = asObject(value, path, {expected});"]
            if t.min_properties:
                lines.append(
                    f"  if (keyCount(v) < {t.min_properties}) "
                    f"throw new Invalid(path, value, {expected});"
                )
            lines += [
                "  const out: JsonObject = {};",
                "  for (const key of Object.keys(v)) {",
                "    const item = v[key];",
                "    if (item === undefined) continue;",
            ]
            if test is not None:
                lines.append(
                    f'    if ({negate(test)}) throw new Invalid(path + "." + key, item, '
                    f"{self.lit_expected(t.values)});"
                )
            lines += [f"    setKey(out, key, {conv});", "  }", "  return out;", "}"]
            return "\n".join(lines)
        if isinstance(t, ModelRef):  # with minProperties beside the $ref
            return "\n".join(
                [
                    head,
                    f"  const out = check{t.name}(value, path);",
                    f"  if (Object.keys(out).length < {t.min_properties}) "
                    f"throw new Invalid(path, value, {expected});",
                    "  return out;",
                    "}",
                ]
            )
        if isinstance(t, MethodType):
            only = string_set(set(t.only or ()))
            constant = ts_identifier(f"ONLY_{name.lstrip('_')}")
            self.constants[constant] = only
            return "\n".join(
                [head, f"  return checkMethod(value, path, {constant}, {expected});", "}"]
            )
        if isinstance(t, JoinedListType):
            return "\n".join(
                [
                    head,
                    f"  return joinValues(value, path, {self.enum_constant(t.enum)}, "
                    f"{ts_literal(t.separator)}, {expected});",
                    "}",
                ]
            )
        if isinstance(t, UnionType):
            return self.union_function(head, t, expected)
        if isinstance(t, AnyType):
            return "\n".join([head, "  return jsonCopy(value, path);", "}"])
        raise TypeError(f"no checker for {t!r}")

    def union_function(self, head: str, t: UnionType, expected: str) -> str:
        """Scalars first, by their inline tests; then lists; then objects, chosen by their keys
        (``pickVariant``), so a refusal names the variant the keys point at."""
        lines = [head]
        t = UnionType(tuple(_flat(t)), t.exclusive)
        scalars = [x for x in t.variants if is_scalar(x)]
        lists = [x for x in t.variants if isinstance(x, (ArrayType, JoinedListType))]
        objects = [
            x
            for x in t.variants
            if not is_scalar(x) and x not in lists and not isinstance(x, AnyType)
        ]
        for x in scalars:
            lines.append(f"  if ({self.test(x, 'value')}) return {self.convert(x, 'value')};")
        joined = [x for x in lists if isinstance(x, JoinedListType)]
        if joined:
            fn = self.checker(joined[0], "joined")
            test = 'typeof value === "string" || Array.isArray(value)'
            lines.append(f"  if ({test}) return {fn}(value, path);")
        arrays = [x for x in lists if isinstance(x, ArrayType)]
        if arrays:
            if len(arrays) == 1:
                fn = self.checker(arrays[0], "list")
                lines.append(f"  if (Array.isArray(value)) return {fn}(value, path);")
            else:
                fns = ", ".join(self.checker(a, "list") for a in arrays)
                lines.append(
                    f"  if (Array.isArray(value)) return firstOf(value, path, [{fns}], {expected});"
                )
        if any(isinstance(x, AnyType) for x in t.variants):
            lines += ["  return jsonCopy(value, path);", "}"]
            return "\n".join(lines)
        if objects:
            lines += self.dispatch_by_key(objects)
            constant = self.variants_constant(objects)
            exclusive = "true" if t.exclusive else "false"
            lines.append(f"  return pickVariant(value, path, {constant}, {exclusive}, {expected});")
        else:
            lines.append(f"  throw new Invalid(path, value, {expected});")
        lines.append("}")
        return "\n".join(lines)

    def dispatch_by_key(self, objects: Sequence[Type]) -> list[str]:
        """As the Python emitter's fast path: in a union of closed models, a variant that
        requires a key no other variant has is chosen by that key alone when every key given is
        one of its own (play: ``url`` / ``urls``; cond: ``when``); its refusal is then the
        variant's own. Anything else goes to ``pickVariant``, which names every variant."""
        models = [
            self.package.models[x.name]
            for x in objects
            if isinstance(x, ModelRef) and x.min_properties is None
        ]
        if len(models) != len(objects) or any(m.extra is not None for m in models):
            return []
        lines = []
        for model in models:
            others = {f.names.wire for m in models if m is not model for f in m.fields}
            unique = [f.names.wire for f in model.required if f.names.wire not in others]
            if unique:
                keys = ts_identifier(f"KEYS_{model.name}")
                self.constants[keys] = string_set({f.names.wire for f in model.fields})
                lines.append(
                    f"  if (hasKey(value, {ts_literal(unique[0])}) && keysWithin(value, {keys})) "
                    f"return check{model.name}(value, path);"
                )
        if lines:
            self.helpers.update(DISPATCH_HELPERS)
        return lines

    def variants_constant(self, objects: Sequence[Type]) -> TsIdentifier:
        """``VARIANTS_<n>``: ``[label, keys, required, closed, checker]`` of each object variant
        for ``pickVariant``, made once at module load."""
        entries = [self.variant_entry(x) for x in objects]
        source = "[\n" + "".join(f"  {e},\n" for e in entries) + "]"
        for name, existing in self.constants.items():
            if existing == source:
                return ts_identifier(name)
        count = sum(1 for n in self.constants if n.startswith("VARIANTS_"))
        constant = ts_identifier(f"VARIANTS_{count}")
        self.constants[constant] = source
        return constant

    def variant_entry(self, t: Type) -> str:
        fn = self.checker(t, "variant")
        if isinstance(t, ModelRef):
            model = self.package.models[t.name]
            keys = string_set({f.names.wire for f in model.fields})
            required = string_set({f.names.wire for f in model.required})
            closed = "true" if model.extra is None else "false"
            return f"[{ts_literal(t.name)}, {keys}, {required}, {closed}, {fn}]"
        return f"[{self.lit_expected(t)}, null, new Set<string>(), false, {fn}]"

    def verb_checker(self, t: Type, wire: str) -> tuple[TsIdentifier, str | None]:
        """The checker of a verb's argument, and its source when it is a scalar's (inline tests
        have no function of their own)."""
        if not is_scalar(t):
            return self.checker(t, f"verb_{wire}"), None
        name = ts_identifier("_verb_" + re.sub(r"\W", "_", wire))
        source = "\n".join(
            [
                f"export function {name}(value: unknown, path: string): JsonValue {{",
                f"  if ({negate(self.test(t, 'value'))}) "
                f"throw new Invalid(path, value, {self.lit_expected(t)});",
                f"  return {self.convert(t, 'value')};",
                "}",
            ]
        )
        return name, source

    def drain(self) -> list[str]:
        """Sources of every anonymous checker requested so far (and of those they request),
        then of the helpers they use."""
        out: list[str] = []
        while self._pending:
            name, t = self._pending.pop(0)
            out.append(self.anonymous_function(name, t))
        return out + [self.helpers[name] for name in sorted(self.helpers)]


__all__ = ["TsCode", "TsEmitter", "is_scalar", "string_set"]
