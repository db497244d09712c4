"""The chaining methods: one per verb on ``SWML``, and the reference SDK's SWAIG-action form on
``FunctionResult`` for verbs whose argument carries ``x-function-result-method``.

Signatures follow the verb's argument: an object's properties become keywords (required ones
may be passed by position), a union of objects takes the keywords of every variant and lets the
keys given choose one, and a scalar, list or map argument is one positional value.
"""

from __future__ import annotations

from dataclasses import dataclass

from codegen.ir import (
    MISSING,
    AliasRef,
    AnyType,
    ArrayType,
    BooleanType,
    EnumRef,
    Field,
    IntegerType,
    JoinedListType,
    LiteralType,
    MapType,
    MethodType,
    ModelRef,
    NullType,
    NumberType,
    StringType,
    Type,
    UnionType,
    VarType,
    Verb,
)
from codegen.python.checks import Emitter, negate
from codegen.text import Identifier, PyCode, docstring, py_literal


def annotation(t: Type, em: Emitter, *, expand: bool = True) -> str:
    """The parameter annotation of ``t``: what a caller may pass. A named recursive union is
    spelled out once; inside itself it is ``Any``."""
    if isinstance(t, AliasRef):
        if not expand:
            return "Any"
        inner = em.package.aliases[t.name]
        return " | ".join(
            dict.fromkeys(
                p for x in inner.variants for p in annotation(x, em, expand=False).split(" | ")
            )
        )
    if isinstance(t, UnionType):
        parts = (p for x in t.variants for p in annotation(x, em, expand=expand).split(" | "))
        return " | ".join(dict.fromkeys(parts))
    if isinstance(t, (StringType, VarType)):
        return "str"
    if isinstance(t, IntegerType):
        return "int"
    if isinstance(t, NumberType):
        return "float"
    if isinstance(t, BooleanType):
        return "bool"
    if isinstance(t, NullType):
        return "None"
    if isinstance(t, LiteralType):
        return f"Literal[{py_literal(t.value)}]"
    if isinstance(t, EnumRef):
        em.used_enums.add(t.name)
        return f"{t.name} | str"
    if isinstance(t, JoinedListType):
        em.used_enums.add(t.enum)
        return f"{t.enum} | str | Iterable[{t.enum} | str]"
    if isinstance(t, AnyType):
        return "Any"
    if isinstance(t, ArrayType):
        return f"Sequence[{annotation(t.item, em, expand=expand)}]"
    if isinstance(t, MapType):
        return f"Mapping[str, {annotation(t.values, em, expand=expand)}]"
    if isinstance(t, (ModelRef, MethodType)):
        return "Mapping[str, Any]"
    raise TypeError(f"unknown type {t!r}")


@dataclass(frozen=True)
class Keyword:
    """One keyword of a chaining method, with the field(s) it fills."""

    name: Identifier
    wire: str
    type: Type
    required: bool
    description: str
    #: Whether None is a value of the type (then "not given" is MISSING, not None).
    nullable: bool


def _nullable(t: Type) -> bool:
    """Whether None is a value of ``t`` (then "not given" is MISSING, not None)."""
    if isinstance(t, UnionType):
        return any(_nullable(x) for x in t.variants)
    if isinstance(t, LiteralType):
        return t.value is None
    return isinstance(t, (NullType, AnyType))


def _keywords(fields: tuple[Field, ...], em: Emitter) -> list[Keyword]:
    return [
        Keyword(
            f.names.python,
            f.names.wire,
            f.type,
            f.required,
            str(f.description),
            _nullable(f.type),
        )
        for f in fields
    ]


def _doc_args(keywords: list[Keyword], em: Emitter, extra: list[tuple[str, str]] = ()) -> list[str]:  # type: ignore[assignment]
    lines = []
    for name, text in extra:
        lines.append(f"            {name}: {docstring(text, '                ')}")
    for k in keywords:
        text = k.description or em.expected(k.type)
        lines.append(f"            {k.name}: {docstring(text, '                ')}")
    return lines


def _unset(k: Keyword) -> str:
    return "MISSING" if k.nullable else "None"


def _signature_part(k: Keyword, em: Emitter, default: str | None = None) -> str:
    ann = annotation(k.type, em)
    if k.required:
        return f"{k.name}: {ann}"
    if default is not None:
        return f"{k.name}: {ann} = {default}"
    if k.nullable:
        return f"{k.name}: {ann} = MISSING"
    return f"{k.name}: {ann}{'' if ann.endswith('None') else ' | None'} = None"


def _field_lines(em: Emitter, verb: str, k: Keyword, target: str, indent: str) -> list[str]:
    """Check keyword ``k`` and store it in ``target``; a refusal names the verb and keyword."""
    expected = py_literal(em.expected(k.type))
    name = py_literal(k.name)
    test, value = em.value_code(k.type, k.name, py_literal(k.name), f"{verb}_{k.name}")
    body: list[str]
    if test is not None:
        body = [
            f"if {negate(test)}:",
            f"    raise InvalidArgumentError({py_literal(verb)}, {name}, {k.name}, {expected})",
            f"{target}[{py_literal(k.wire)}] = {value}",
        ]
    else:
        body = [
            "try:",
            f"    {target}[{py_literal(k.wire)}] = {value}",
            "except Invalid as error:",
            f"    refused({py_literal(verb)}, {name}, {k.name}, {expected}, error)",
        ]
    if not k.required:
        body = [f"if {k.name} is not {_unset(k)}:", *("    " + b for b in body)]
    return [indent + line for line in body]


def swml_method(verb: Verb, em: Emitter) -> PyCode:
    """``SWML.<verb>(...)``: checks every argument, then appends ``{verb: argument}``."""
    name = verb.names.python
    wire = py_literal(verb.wire_name)
    arg_type = verb.argument
    doc = docstring(str(verb.description) or f"The ``{verb.wire_name}`` SWML method.", "        ")
    model = em.package.models.get(arg_type.name) if isinstance(arg_type, ModelRef) else None
    i = "        "
    if model is not None and arg_type.min_properties is None:  # type: ignore[union-attr]
        keywords = _keywords(model.fields, em)
        positional = _keywords(model.by_position, em)
        named = [k for k in keywords if k not in positional]
        params = ["self", *(_signature_part(k, em) for k in positional)]
        if named:
            params += ["*", *(_signature_part(k, em) for k in named)]
        body = [f"{i}_arg: dict[str, Any] = {{}}"]
        # In the checkers' order, so the verb's keys come out as they do nested in a document.
        for k in _keywords(model.checked, em):
            body += _field_lines(em, verb.wire_name, k, "_arg", i)
        args_doc = _doc_args(keywords, em)
        if model.extra is not None:
            # An open object: other keys go in as keyword arguments, each value checked.
            params.append(f"**extra: {annotation(model.extra, em)}")
            test, value = em.value_code(model.extra, "_item", "_key", f"{verb.wire_name}_extra")
            expected = py_literal(em.expected(model.extra))
            vw = py_literal(verb.wire_name)
            body.append(f"{i}for _key, _item in extra.items():")
            if test is not None:
                body += [
                    f"{i}    if {negate(test)}:",
                    f"{i}        raise InvalidArgumentError({vw}, _key, _item, {expected})",
                    f"{i}    _arg[_key] = {value}",
                ]
            else:
                body += [
                    f"{i}    try:",
                    f"{i}        _arg[_key] = {value}",
                    f"{i}    except Invalid as error:",
                    f"{i}        refused({vw}, _key, _item, {expected}, error)",
                ]
            args_doc.append(
                "            **extra: "
                + docstring(
                    "Other keys of the object: " + em.expected(model.extra), "                "
                )
            )
    elif isinstance(arg_type, UnionType) and any(
        isinstance(x, ModelRef) for x in arg_type.variants
    ):
        params, body, args_doc = _union_method(verb, arg_type, em)
    else:
        params, body, args_doc = _value_method(verb, arg_type, em)
    lines = [
        f"    def {name}(" + ", ".join(params) + ") -> Self:",
        f'        """{doc}',
    ]
    if args_doc:
        lines += ["", "        Args:", *args_doc]
    lines += [
        "",
        "        Raises:",
        "            InvalidArgumentError: a value the schema does not allow; nothing is added.",
        '        """',
        *body,
        f"        self._section.append({{{wire}: _arg}})",
        "        return self",
    ]
    return PyCode("\n".join(lines))


def _value_method(verb: Verb, t: Type, em: Emitter) -> tuple[list[str], list[str], list[str]]:
    """A scalar, list, map or any-value argument: one positional value."""
    i = "        "
    expected = py_literal(em.expected(t))
    vw = py_literal(verb.wire_name)
    # A ModelRef here is an object with minProperties beside its $ref.
    ann = "Mapping[str, Any]" if isinstance(t, ModelRef) else annotation(t, em)
    if isinstance(t, ModelRef) and not em.package.models[t.name].fields:
        return ["self"], [f"{i}_arg: dict[str, Any] = {{}}"], []
    default = " = None" if _nullable(t) else ""
    params = ["self", f"value: {ann}{default}", "/"]
    test, value = em.value_code(t, "value", "''", f"verb_{verb.wire_name}")
    if test is not None:
        body = [
            f"{i}if {negate(test)}:",
            f"{i}    raise InvalidArgumentError({vw}, 'value', value, {expected})",
            f"{i}_arg = {value}",
        ]
    else:
        body = [
            f"{i}try:",
            f"{i}    _arg = {value}",
            f"{i}except Invalid as error:",
            f"{i}    refused({vw}, 'value', value, {expected}, error)",
        ]
    return params, body, [f"            value: {docstring(em.expected(t), '                ')}"]


def _union_method(verb: Verb, t: UnionType, em: Emitter) -> tuple[list[str], list[str], list[str]]:
    """Object variants (play: url | urls): the keywords of every variant; the keys given pick
    the variant, and keys of two variants together are refused naming both. A scalar variant
    (sleep: 5000 | {duration}) is the positional value."""
    i = "        "
    vw = py_literal(verb.wire_name)
    expected = py_literal(em.expected(t))
    by_name: dict[str, Keyword] = {}
    types: dict[str, list[Type]] = {}
    for variant in t.variants:
        if isinstance(variant, ModelRef):
            for k in _keywords(em.package.models[variant.name].fields, em):
                by_name.setdefault(k.name, k)
                types.setdefault(k.name, []).append(k.type)
    keywords = []
    for name, k in by_name.items():
        merged = types[name]
        typ: Type = merged[0] if len(set(map(repr, merged))) == 1 else UnionType(tuple(merged))
        keywords.append(Keyword(k.name, k.wire, typ, False, k.description, _nullable(typ)))
    others = [x for x in t.variants if not isinstance(x, ModelRef)]
    # The positional short form is "value", unless a variant has a keyword of that name.
    value = "value"
    while value in by_name:
        value += "_"
    params = ["self"]
    if others:
        other = others[0] if len(others) == 1 else UnionType(tuple(others))
        params += [f"{value}: {annotation(other, em)} | None = None", "/"]
    params += ["*", *(_signature_part(k, em) for k in keywords)]
    fn = em.checker(t, f"verb_{verb.wire_name}")
    body = [f"{i}_given: dict[str, Any] = {{}}"]
    for k in keywords:
        body += [
            f"{i}if {k.name} is not {_unset(k)}:",
            f"{i}    _given[{py_literal(k.wire)}] = {k.name}",
        ]
    keywords_call = [
        "try:",
        f"    _arg = {fn}(_given, '')",
        "except Invalid as error:",
        f"    refused_in({vw}, _given, {expected}, error)",
    ]
    if others:
        name = py_literal(value)
        body += [
            f"{i}if {value} is not None:",
            f"{i}    if _given:",
            f"{i}        raise InvalidArgumentError({vw}, {name}, {value}, "
            f"{py_literal('either the short form or keywords, not both')})",
            f"{i}    try:",
            f"{i}        _arg = {fn}({value}, '')",
            f"{i}    except Invalid as error:",
            f"{i}        refused({vw}, {name}, {value}, {expected}, error)",
            f"{i}else:",
            *(f"{i}    {line}" for line in keywords_call),
        ]
    else:
        body += [f"{i}{line}" for line in keywords_call]
    docs = []
    if others:
        docs.append(
            (
                value,
                "The short form: "
                + em.expected(others[0] if len(others) == 1 else UnionType(tuple(others))),
            )
        )
    return params, body, _doc_args(keywords, em, docs)


def _action_param(f: Field, em: Emitter) -> str:
    """A FunctionResult parameter: its default is the method default (None when it has none)."""
    ann = annotation(f.type, em)
    if f.required:
        return f"{f.names.python}: {ann}"
    if f.method_default is MISSING or f.method_default is None:
        return f"{f.names.python}: {ann} | None = None"
    return f"{f.names.python}: {ann} = {py_literal(f.method_default)}"


def function_result_method(verb: Verb, em: Emitter) -> PyCode:
    """``FunctionResult.<verb>(...)`` as the reference SDK has it: options equal to their method
    default are left out, and with all of them left out the short form ``{verb: value}`` of the
    one required parameter is emitted."""
    assert isinstance(verb.argument, ModelRef)
    model = em.package.models[verb.argument.name]
    name = verb.names.python
    i = "        "
    required = model.required
    positional = model.by_position
    named = [f for f in model.fields if f not in positional]
    params = ["self", *(_action_param(f, em) for f in positional)]
    if named:
        params += ["*", *(_action_param(f, em) for f in named)]
    body = [f"{i}_params: dict[str, Any] = {{}}"]
    vw = verb.wire_name
    for f in model.fields:
        n = f.names.python
        key = py_literal(f.names.wire)
        expected = py_literal(em.expected(f.type))
        test, value = em.value_code(f.type, n, py_literal(n), f"{vw}_{n}")
        if test is not None and isinstance(f.method_default, bool):
            # Past the default's guard, the only boolean left is the other one: an identity test.
            test = test.replace(
                f"({n} is True or {n} is False)", f"{n} is {not f.method_default!r}"
            )
        if test is not None:
            lines = [
                f"if {negate(test)}:",
                f"    raise InvalidArgumentError({py_literal(vw)}, {py_literal(n)}, {n}, {expected})",
            ]
            computed = value
        else:
            lines = [
                "try:",
                f"    _value = {value}",
                "except Invalid as error:",
                f"    refused({py_literal(vw)}, {py_literal(n)}, {n}, {expected}, error)",
            ]
            computed = "_value"
        default = f.method_default
        if f.required:
            body += [i + line for line in [*lines, f"_params[{key}] = {computed}"]]
            continue
        if default is MISSING or default is None:
            guard = f"{n} is not None"
        elif isinstance(default, bool):
            guard = f"{n} is not {default!r}"
        else:
            guard = f"{n} != {py_literal(default)}"
        if test is None and default is not MISSING and default is not None:
            # An iterable equal to the default still means the default: leave it out.
            lines += [f"if _value != {py_literal(default)}:", f"    _params[{key}] = _value"]
        else:
            lines.append(f"_params[{key}] = {computed}")
        body += [f"{i}if {guard}:", *(f"{i}    {line}" for line in lines)]
    if len(required) == 1:
        only = required[0]
        body.append(
            f"{i}_payload: Any = _params if len(_params) > 1 else _params[{py_literal(only.names.wire)}]"
        )
    else:
        body.append(f"{i}_payload = _params")
    short = required[0].names.python if len(required) == 1 else "..."
    text = str(verb.description) or str(model.description) or f"The ``{vw}`` action."
    text += (
        "\n\nOptions left at their defaults are left out of the SWML; when all of them are, the"
        f' short form ``{{"{vw}": {short}}}`` is emitted.'
    )
    doc = docstring(text, "        ")
    lines = [
        f"    def {name}(",
        *(f"        {p}," for p in params),
        "    ) -> FunctionResult:",
        f'        """{doc}',
        "",
        "        Args:",
        *_doc_args(_keywords(model.fields, em), em),
        "",
        "        Returns:",
        "            This result, for chaining.",
        "",
        "        Raises:",
        "            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);",
        "                the result is left unchanged.",
        '        """',
        *body,
        f'        self.action.append({{"SWML": {{"version": "1.0.0", "sections": {{"main": [{{{py_literal(vw)}: _payload}}]}}}}}})',
        "        return self",
    ]
    return PyCode("\n".join(lines))
