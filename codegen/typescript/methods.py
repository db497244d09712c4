"""The chaining methods: one per verb on ``SWML``, and the reference SDK's SWAIG-action form on
``FunctionResult`` for verbs whose argument model asks for one (``Model.action_method``).

Options are camelCase (``Field.names.camel``) and mapped to the wire's keys by a table per verb
(``options(...)`` in the generated module); the values inside them are wire JSON, checked by the
same generated checker as everything else, so a method and its model cannot disagree.

* An object verb takes one options object (``answer()``, ``joinConference({ name })``).
* A union of object variants (``play``, ``connect``) takes the options of every variant; the keys
  given pick the variant, and keys of two variants together are refused naming both. A scalar
  variant (``sleep(5000)``) is given instead of the options object.
* A scalar, list or map argument (``label("start")``, ``cond([...])``) is the value itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from codegen.errors import GenerationError
from codegen.ir import (
    MISSING,
    ArrayType,
    EnumRef,
    Helper,
    JoinedListType,
    Package,
    Type,
    UnionType,
    Verb,
    is_scalar,
)
from codegen.ir import admits_null as nullable
from codegen.plan.methods import MethodPlan, Param, model_params
from codegen.typescript.checks import TsEmitter, name_of
from codegen.typescript.text import (
    TsCode,
    default_tag,
    doc_block,
    doc_lines,
    is_ts_identifier,
    property_key,
    ts_identifier,
    ts_literal,
)
from codegen.typescript.types import ts_type


@dataclass(frozen=True)
class Parameter:
    """One parameter of a TypeScript method as its signature spells it (the reference pages
    print these, so a page cannot drift from the method)."""

    name: str
    type: str
    optional: bool = False
    #: The default as written, "" for none.
    default: str = ""

    def source(self) -> str:
        default = f" = {self.default}" if self.default else ""
        return f"{self.name}{'?' if self.optional else ''}: {self.type}{default}"


def _constant_name(prefix: str, wire: str) -> str:
    return prefix + "".join(c if c.isalnum() else "_" for c in wire.upper())


@dataclass(frozen=True)
class Option:
    """One option of a method: its camelCase name, the wire key it fills and its type."""

    name: str
    wire: str
    type: Type
    required: bool
    description: str
    deprecated: bool
    #: JSON default shown as ``@defaultValue`` (MISSING: none).
    default: object
    #: null is a value here (else null, like undefined, means "not given").
    keeps_null: bool
    #: A value equal to this is left out of the wire object (FunctionResult methods only).
    dropped: object = MISSING
    #: The property's JSON pointer.
    pointer: str = ""


def _option(p: Param, *, action: bool = False) -> Option:
    """A parameter as an option. Null is "not given" unless it is a value of the type or the
    option is required (then it is a value, and refused), as None for the Python keywords; an
    action's option with a method default keeps null as a value past it."""
    if action:
        plain = p.dropped is MISSING or p.dropped is None
        default = MISSING if plain else p.dropped
        return Option(
            p.names.camel,
            p.names.wire,
            p.type,
            False,
            p.description,
            p.deprecated,
            default,
            not plain,
            default,
            pointer=p.pointer,
        )
    return Option(
        p.names.camel,
        p.names.wire,
        p.type,
        p.required,
        p.description,
        p.deprecated,
        p.default,
        p.nullable or p.required,
        pointer=p.pointer,
    )


def _check_names(owner: str, options: list[Option]) -> None:
    names = [o.name for o in options]
    if len(set(names)) != len(names):
        raise GenerationError(f"{owner}: two options share one camelCase name: {names}")
    wires = {o.wire for o in options}
    for o in options:
        if o.name != o.wire and o.name in wires:
            raise GenerationError(f"{owner}: option {o.name!r} is also another option's wire key")
        if o.name == "__proto__" or o.wire == "__proto__":
            raise GenerationError(f"{owner}: an option named __proto__ is not supported")


def options_table(em: TsEmitter, options: list[Option], extra: Type | None) -> str:
    """``options(extra, [[option, wire, keepsNull, expected, dropped?], ...])``."""
    rows = []
    for o in options:
        row = [
            ts_literal(o.name),
            ts_literal(o.wire),
            "true" if o.keeps_null else "false",
            em.lit_expected(o.type),
        ]
        if o.dropped is not MISSING:
            row.append(ts_literal(o.dropped))
        rows.append("  [" + ", ".join(row) + "],\n")
    head = "null" if extra is None else em.lit_expected(extra)
    if not rows:
        return f"options({head}, [])"
    return f"options({head}, [\n" + "".join(rows) + "])"


Member = tuple[str, str, bool, str, list[str]]


def interface(
    name: str,
    description: str,
    members: Sequence[Member],
    *,
    open_type: str | None = None,
) -> TsCode:
    """``export interface Name { key?: Type; ... }``; members are (key, type, required,
    description, tags)."""
    lines: list[str] = []
    block = doc_block(description, "")
    if block:
        lines.append(block)
    lines.append(f"export interface {name} {{")
    for key, type_, required, text, tags in members:
        block = doc_block(text, "  ", tags)
        if block:
            lines.append(block)
        lines.append(f"  {property_key(key)}{'' if required else '?'}: {type_};")
    if open_type is not None:
        lines.append("  /** Other keys of the object. */")
        lines.append(f"  [key: string]: {open_type};")
    lines.append("}")
    return TsCode("\n".join(lines))


def with_meanings(description: str, t: Type, package: Package, pointer: str) -> str:
    """``description`` followed by the meaning of each value of the value sets ``t`` takes
    (directly, joined, in a list or in a union), as the reference page lists them: one line a
    value, ``- `"onEnter"` - beep only when a participant joins``. Spec text here is prose for
    ``doc_block``, never code.

    The meanings are the ones given at ``pointer`` (``EnumDef.meanings_at``): a set shared by
    several properties (``HttpMethod``) may mean something else at each. Value sets with no
    meaning at ``pointer`` add nothing."""
    names: list[str] = []

    def walk(x: Type) -> None:
        if isinstance(x, EnumRef):
            names.append(x.name)
        elif isinstance(x, JoinedListType):
            names.append(x.enum)
        elif isinstance(x, ArrayType):
            walk(x.item)
        elif isinstance(x, UnionType):
            for variant in x.variants:
                walk(variant)

    walk(t)
    lines: list[str] = []
    for name in dict.fromkeys(names):
        enum = package.enums[name]
        meanings = enum.meanings_at(pointer)
        if not any(str(d).strip() for d in meanings):
            continue
        for m, given in zip(enum.members, meanings, strict=True):
            meaning = " ".join(str(given).split())
            value = json.dumps(m.value, ensure_ascii=False)
            lines.append(f"- `{value}`" + (f" - {meaning}" if meaning else ""))
    if not lines:
        return description
    return (description.rstrip() + "\n\n" if description.strip() else "") + "\n".join(lines)


def _tags(default: object, deprecated: bool) -> list[str]:
    tags: list[str] = []
    if default is not MISSING:
        tags.append(default_tag(default))
    if deprecated:
        tags.append("@deprecated")
    return tags


def options_interface(em: TsEmitter, name: str, model_name: str, options: list[Option]) -> TsCode:
    model = em.package.models[model_name]
    members: list[Member] = [
        (
            o.name,
            ts_type(o.type, em.package),
            o.required,
            with_meanings(o.description, o.type, em.package, o.pointer),
            _tags(o.dropped if o.dropped is not MISSING else o.default, o.deprecated),
        )
        for o in options
    ]
    open_type = None if model.extra is None else "unknown"
    text = f"Options of the `{model.name}` object, by their camelCase names."
    return interface(name, text, members, open_type=open_type)


@dataclass
class Rendered:
    """A method and what its module needs beside it."""

    method: TsCode
    #: Module-level constants (name -> source) and exported interfaces.
    constants: dict[str, str]
    interfaces: list[TsCode]


_THROWS = (
    "@throws {@link InvalidArgumentError} when a value is outside what the spec allows; "
    "nothing is added."
)


def param_tag(name: str, text: str) -> str:
    """``@param name - text``; ``text`` (spec prose or words made from it) through
    ``doc_lines``, on one line."""
    return f"@param {name} - " + " ".join(" ".join(doc_lines(text)).split())


def _method_doc(verb: Verb, params: list[str], returns: str, throws: str) -> str:
    tags = [*params, f"@returns {returns}", throws, f"@see Spec: `{verb.pointer}`"]
    text = str(verb.description) or f"The `{verb.wire_name}` SWML method."
    return doc_block(text, "  ", tags)


def parameters(method: MethodPlan, em: TsEmitter) -> list[Parameter]:
    """The parameters of a ``SWML`` or ``FunctionResult`` method, in signature order."""
    verb = method.verb
    if method.form == "action":
        assert method.model is not None
        params = [
            Parameter(_parameter_name(p.names.camel), ts_type(p.type, em.package))
            for p in method.params
            if p.required
        ]
        options = ts_identifier(f"{method.model.name}ActionOptions")
        return [*params, Parameter("options", options, optional=True)]
    if method.form == "object":
        assert method.model is not None
        type_name = ts_identifier(f"{method.model.name}Options")
        return [
            Parameter("options", type_name, optional=not any(p.required for p in method.params))
        ]
    if method.form == "union":
        options_type = " | ".join(ts_identifier(f"{m.name}Options") for m in method.variants)
        if method.short is None:
            return [Parameter("options", options_type)]
        short_type = ts_type(method.short, em.package)
        return [Parameter("valueOrOptions", f"{short_type} | {options_type}")]
    if method.form == "empty":
        return []
    assert method.short is not None
    return [
        Parameter("value", ts_type(verb.argument, em.package), optional=nullable(verb.argument))
    ]


def swml_method(method: MethodPlan, em: TsEmitter) -> Rendered:
    """``SWML.<verb>(...)``: checks the argument, then appends ``{verb: argument}``."""
    verb = method.verb
    name = verb.names.camel
    t = verb.argument
    wire = ts_literal(verb.wire_name)
    quoted = ts_literal(name)
    fn = name_of(method.argument) if method.argument is not None else None
    constants: dict[str, str] = {}
    interfaces: list[TsCode] = []
    table = ts_identifier(_constant_name("OPTIONS_", verb.wire_name))
    if method.form == "object":
        assert method.model is not None
        options = [_option(p) for p in method.params]
        _check_names(verb.pointer, options)
        constants[table] = options_table(em, options, method.model.extra)
        type_name = ts_identifier(f"{method.model.name}Options")
        interfaces.append(options_interface(em, type_name, method.model.name, options))
        body = f"objectArgument({quoted}, options, {table}, {fn})"
        params = [f"@param options - The options ({{@link {type_name}}})."]
    elif method.form == "union":
        for model in method.variants:
            variant_options = [_option(p) for p in model_params(model)]
            _check_names(model.pointer, variant_options)
            type_name = ts_identifier(f"{model.name}Options")
            interfaces.append(options_interface(em, type_name, model.name, variant_options))
        merged = [_option(p) for p in method.params]
        _check_names(verb.pointer, merged)
        constants[table] = options_table(em, merged, None)
        expected = em.lit_expected(t)
        if method.short is not None:
            short = method.short
            if not is_scalar(short):
                raise GenerationError(
                    f"{verb.pointer}: a short form that is itself an object or a list cannot "
                    "be told from the options object"
                )
            body = f"unionArgument({quoted}, valueOrOptions, {table}, {fn}, {expected}, true)"
            params = [
                param_tag(
                    "valueOrOptions",
                    f"The short form, {em.expected(short)}, or the options of one variant.",
                )
            ]
        else:
            body = f"unionArgument({quoted}, options, {table}, {fn}, {expected}, false)"
            params = ["@param options - The options of one variant; the keys given pick it."]
    elif method.form == "empty":
        body = "{}"
        params = []
    else:
        assert method.short is not None and fn is not None
        expected = em.lit_expected(t)
        value = "value === undefined ? null : value" if nullable(t) else "value"
        body = f"valueArgument({quoted}, {value}, {fn}, {expected})"
        params = [param_tag("value", em.expected(t))]
    doc = _method_doc(verb, params, "This document, for chaining.", _THROWS)
    signature = ", ".join(p.source() for p in parameters(method, em))
    source = "\n".join(
        [
            doc,
            f"  {property_key(name)}({signature}): this {{",
            f"    return this.#add({wire}, {body});",
            "  }",
        ]
    )
    return Rendered(TsCode(source), constants, interfaces)


def _parameter_name(name: str) -> str:
    return name if is_ts_identifier(name) else name + "_"


def function_result_method(method: MethodPlan, em: TsEmitter) -> Rendered:
    """``FunctionResult.<verb>(required..., options?)`` as the reference SDK has it: options
    equal to their method default are left out, and with all of them left out the short form
    ``{verb: value}`` of the one required parameter is emitted."""
    verb = method.verb
    model = method.model
    assert model is not None and method.argument is not None
    name = verb.names.camel
    required = [p for p in method.params if p.required]
    options = [_option(p, action=True) for p in method.params if not p.required]
    _check_names(verb.pointer, options + [_option(p) for p in required])
    table = ts_identifier(_constant_name("ACTION_", verb.wire_name))
    constants: dict[str, str] = {table: options_table(em, options, model.extra)}
    type_name = ts_identifier(f"{model.name}ActionOptions")
    interfaces = [options_interface(em, type_name, model.name, options)]
    params = [(_parameter_name(p.names.camel), ts_type(p.type, em.package), p) for p in required]
    signature = ", ".join(p.source() for p in parameters(method, em))
    given = ", ".join(
        f"[{ts_literal(n)}, {ts_literal(p.names.wire)}, {n}, {em.lit_expected(p.type)}]"
        for n, _, p in params
    )
    fn = name_of(method.argument)
    short = ts_literal(required[0].names.wire) if len(required) == 1 else "null"
    value = required[0].names.camel if len(required) == 1 else "..."
    text = (method.description or f"The `{verb.wire_name}` action.") + (
        "\n\nOptions left at their defaults are left out of the SWML; when all of them are, the"
        f' short form `{{"{verb.wire_name}": {value}}}` is emitted.'
    )
    tags = [param_tag(n, p.description or em.expected(p.type)) for n, _, p in params]
    tags += [
        f"@param options - The options ({{@link {type_name}}}).",
        "@returns This result, for chaining.",
        "@throws {@link InvalidArgumentError} when a value is outside what the spec allows; "
        "the result is left unchanged.",
        f"@see Spec: `{verb.pointer}`",
    ]
    doc = doc_block(text, "  ", tags)
    body = f"actionArgument({ts_literal(name)}, [{given}], options, {table}, {fn}, {short})"
    source = "\n".join(
        [
            doc,
            f"  {property_key(name)}({signature}): this {{",
            f"    const payload = {body};",
            f"    return this.#swml({ts_literal(verb.wire_name)}, payload);",
            "  }",
        ]
    )
    return Rendered(TsCode(source), constants, interfaces)


def helper_parameters(helper: Helper, em: TsEmitter) -> list[Parameter]:
    """A helper's parameters as its signature spells them: positional, in the reference's
    order, or one options object where the TypeScript SDK takes one."""
    params = [
        Parameter(_parameter_name(p.names.camel), ts_type(p.type, em.package), not p.required)
        for p in helper.params
    ]
    if not helper.options:
        return params
    members = "; ".join(p.source() for p in params)
    # An options object with a required member has no default: it must be given.
    every_optional = all(not p.required for p in helper.params)
    return [Parameter("options", "{ " + members + " }", default="{}" if every_optional else "")]


def _documented_options(helper: Helper, em: TsEmitter) -> str:
    """The options object of a helper that takes one, each member with its description and
    the reference's default as TSDoc, so that an editor shows them on a key of the object
    literal (``@param options.x`` is shown on the parameter only). The reference pages print
    ``helper_parameters``, without the comments."""
    (options,) = helper_parameters(helper, em)
    lines: list[str] = []
    for p in helper.params:
        tags: list[str] = [] if p.required or p.default is None else [default_tag(p.default)]
        block = doc_block(str(p.description) or em.expected(p.type), "    ", tags)
        if block:
            lines.append(block)
        name = _parameter_name(p.names.camel)
        member = Parameter(name, ts_type(p.type, em.package), not p.required)
        lines.append(f"    {member.source()};")
    default = f" = {options.default}" if options.default else ""
    return "options: {\n" + "\n".join(lines) + "\n  }" + default


def helper_method(helper: Helper, em: TsEmitter) -> Rendered:
    """``FunctionResult.<helper>(...)``: the action built from the parameters (positional, in
    the reference's order, or one options object where the TypeScript SDK takes one), checked
    by the action's checker, then recorded."""
    rows = []
    for p in helper.put_order():
        name = _parameter_name(p.names.camel)
        given = f"options.{name}" if helper.options else name
        if p.gives is not MISSING:
            given = (
                f"flagGives({ts_literal(helper.names.camel)}, {ts_literal(name)}, {given}, "
                f"{ts_literal(p.gives)}, {ts_literal(em.expected(p.type))})"
            )
        if p.clamp is not None:
            given = f"clamped({given}, {ts_literal(p.clamp[0])}, {ts_literal(p.clamp[1])})"
        fallback = "MISSING" if p.required else ts_literal(p.default)
        omitted = "MISSING" if p.omitted is MISSING else ts_literal(p.omitted)
        rows.append(
            f"[{ts_literal(name)}, {ts_literal(list(p.path))}, {given}, {fallback}, {omitted}]"
        )
    signature = ", ".join(p.source() for p in helper_parameters(helper, em))
    if helper.options:
        signature = _documented_options(helper, em)
    table = f"[{', '.join(rows)}]"
    if helper.returns:
        checks = ", ".join(f"check{m}" for m in helper.returns)
        returned = " | ".join(helper.returns)
        call = f"helperValue<{returned}>({ts_literal(helper.names.camel)}, [{checks}], {table})"
    else:
        short = f", {ts_literal(list(helper.short))}" if helper.short else ""
        call = (
            f"helperAction({ts_literal(helper.names.camel)}, check{helper.model}, "
            f"{ts_literal(helper.skeleton)}, {table}{short})"
        )
    prefix = "options." if helper.options else ""
    tags = [
        param_tag(
            prefix + _parameter_name(p.names.camel), str(p.description) or em.expected(p.type)
        )
        for p in helper.params
    ]
    if helper.returns:
        kinds = " or ".join(helper.returns)
        tags += [
            f"@returns The object, checked as a {kinds}.",
            "@throws {@link InvalidArgumentError} when a value is outside what the spec allows.",
            f"@see Spec: `{helper.pointer}`",
        ]
        lines = [
            f"  static {property_key(helper.names.camel)}({signature}): {returned} {{",
            f"    return {call};",
            "  }",
        ]
    else:
        tags += [
            "@returns This result, for chaining.",
            "@throws {@link InvalidArgumentError} when a value is outside what the spec allows; "
            "the result is left unchanged.",
            f"@see Spec: `{helper.pointer}`",
        ]
        lines = [
            f"  {property_key(helper.names.camel)}({signature}): this {{",
            f"    this.action.push({call} as JsonObject);",
            "    return this;",
            "  }",
        ]
    source = "\n".join([doc_block(str(helper.description), "  ", tags), *lines])
    return Rendered(TsCode(source), {}, [])


__all__ = [
    "Parameter",
    "Rendered",
    "function_result_method",
    "helper_method",
    "helper_parameters",
    "interface",
    "parameters",
    "swml_method",
]
