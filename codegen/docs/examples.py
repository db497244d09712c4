"""The example call of each reference page, made from the IR and the plan, never written by hand.

A value is drawn for every parameter the example gives (``sample``: the smallest value its type
admits that says something, such as the lower bound of an integer, the first value of a value set
or a string made from the pattern); the call follows the printers' own parameter lists
(``codegen.python.methods.parameters``, ``codegen.typescript.methods.parameters`` and their
helper counterparts: which values go by position, which by keyword or in the options object),
and the JSON it prints is worked out from the plan: the wire keys,
their order, the defaults an action leaves out. The tests run both programs and compare what
they print with the page (``tests/test_docs.py``), so a page whose example or output drifted from
the packages fails there.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from codegen import ir
from codegen.ir import MISSING, EnumDef, Helper, Json, Model, Package, Type
from codegen.plan.methods import MethodPlan, Param, model_params
from codegen.python import methods as py_methods
from codegen.python.checks import Emitter
from codegen.text import py_literal
from codegen.typescript import methods as ts_methods
from codegen.typescript.checks import TsEmitter
from codegen.typescript.text import member_access, property_key

# The regular expression parser of ``re``: public (and deprecated) as ``sre_parse`` up to 3.10,
# ``re._parser`` from 3.11; only its parse tree is read, to draw a string a pattern matches.
if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover - 3.10
    import sre_constants
    import sre_parse

#: How deep a drawn value may nest before lists are left empty (verbs hold verbs).
_DEPTH = 4
#: The JSON the pages print: what ``json.dumps(indent=2)`` and ``JSON.stringify(_, null, 2)``
#: both give for ASCII data.
_INDENT = 2


@dataclass(frozen=True)
class Example:
    """One example: a Python program, a TypeScript program, and what both print."""

    python: str
    typescript: str
    output: str


def dumps(value: Json) -> str:
    return json.dumps(value, indent=_INDENT, ensure_ascii=True)


# -- values ----------------------------------------------------------------------------------------


def _pattern_string(pattern: str) -> str | None:
    """A short string the ECMA-262 ``pattern`` matches (anchors and negative lookaheads aside,
    one repetition of each part, the first alternative), or None for a construct this does not
    follow. Python's parser reads the simple patterns the spec has as ECMA-262 does; where it
    reads one otherwise, the drawn string is refused by the generated checker (which matches
    the translated pattern) and the tests that run every example fail."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    return _from_parsed(parsed)


def _from_parsed(items: Any) -> str | None:
    out = []
    for op, arg in items:
        if op is sre_constants.LITERAL:
            out.append(chr(arg))
        elif op is sre_constants.ANY:
            out.append("a")
        elif op is sre_constants.IN:
            first = _in_char(arg)
            if first is None:
                return None
            out.append(first)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, inner = arg
            times = max(low, 1) if high >= 1 else 0
            part = _from_parsed(inner)
            if part is None:
                return None
            out.append(part * times)
        elif op is sre_constants.SUBPATTERN:
            part = _from_parsed(arg[-1])
            if part is None:
                return None
            out.append(part)
        elif op is sre_constants.BRANCH:
            part = _from_parsed(arg[1][0])
            if part is None:
                return None
            out.append(part)
        elif op in (sre_constants.AT, sre_constants.ASSERT_NOT):
            continue
        else:
            return None
    return "".join(out)


def _in_char(items: Any) -> str | None:
    for op, arg in items:
        if op is sre_constants.NEGATE:
            return None
        if op is sre_constants.LITERAL:
            return chr(arg)
        if op is sre_constants.RANGE:
            return chr(arg[0])
        if op is sre_constants.CATEGORY:
            return {
                sre_constants.CATEGORY_DIGIT: "0",
                sre_constants.CATEGORY_WORD: "a",
                sre_constants.CATEGORY_SPACE: " ",
            }.get(arg)
    return None


def _bounded(t: ir.IntegerType | ir.NumberType) -> int | float:
    if t.minimum is not None:
        return t.minimum
    if t.exclusive_minimum is not None:
        return t.exclusive_minimum + 1
    high = t.maximum if t.maximum is not None else t.exclusive_maximum
    if high is None or high > 1:
        return 1
    return high if t.maximum is not None else high - 1


def _string(t: ir.StringType) -> str:
    if t.url_schemes is not None:
        scheme = t.url_schemes[0] if t.url_schemes else "https"
        text = f"{scheme}://example.com/swml"
    elif t.pattern is not None:
        text = _pattern_string(t.pattern) or "example"
    else:
        text = "example"
    if t.min_length is not None and len(text) < t.min_length:
        text += "x" * (t.min_length - len(text))
    if t.max_length is not None:
        text = text[: t.max_length]
    return text


def _preferred(variants: tuple[Type, ...]) -> Type:
    """The variant an example shows: a concrete value before a SWML variable or null."""
    for x in variants:
        if not isinstance(x, (ir.VarType, ir.NullType)):
            return x
    return variants[0]


def sample(t: Type, package: Package, depth: int = 0) -> Json:
    """A value of ``t``, as JSON: small, valid, and the same on every run."""
    match t:
        case ir.StringType():
            return _string(t)
        case ir.IntegerType() | ir.NumberType():
            return _bounded(t)
        case ir.BooleanType():
            return True
        case ir.NullType():
            return None
        case ir.LiteralType():
            return t.value
        case ir.EnumRef():
            return package.enums[t.name].values[0]
        case ir.JoinedListType():
            return package.enums[t.enum].values[0]
        case ir.VarType():
            return "${call.from}"
        case ir.AnyType():
            return "example"
        case ir.ArrayType():
            count = max(t.min_items or 0, 0 if depth >= _DEPTH else 1)
            return [sample(t.item, package, depth + 1) for _ in range(count)]
        case ir.MapType():
            return {"key": sample(t.values, package, depth + 1)}
        case ir.ModelRef():
            model = package.models[t.name]
            return model_sample(model, package, depth + 1, t.min_properties or 0)
        case ir.AliasRef():
            return sample(_preferred(package.aliases[t.name].variants), package, depth)
        case ir.MethodType():
            verb = next(v for v in package.verbs if t.only is None or v.wire_name in t.only)
            return {verb.wire_name: sample(verb.argument, package, depth + 1)}
        case ir.UnionType():
            return sample(_preferred(t.variants), package, depth)
    raise AssertionError(t)


def model_sample(model: Model, package: Package, depth: int = 0, at_least: int = 0) -> Json:
    """The model's required fields (and its first optional ones where ``at_least`` asks for
    more), in the order the checkers emit them."""
    given = list(model.required)
    for f in model.optional:
        if len(given) >= at_least:
            break
        given.append(f)
    return {f.names.wire: sample(f.type, package, depth) for f in model.checked if f in given}


# -- the calls -------------------------------------------------------------------------------------


def _shown(params: tuple[Param, ...], package: Package) -> dict[str, Json]:
    """The parameters an example gives: the required ones and the first optional one whose
    drawn value is not its default (one option shown, so the call says how options are
    passed)."""
    given: dict[str, Json] = {}
    for p in params:
        if p.required:
            given[p.names.wire] = sample(p.type, package)
    for p in params:
        if p.required:
            continue
        value = sample(p.type, package)
        left_out = p.dropped if p.dropped is not MISSING else p.default
        if value != left_out and value is not None:
            given[p.names.wire] = value
            break
    return given


def _python_call(
    names: Sequence[tuple[str, str]],
    kinds: dict[str, str],
    given: dict[str, Json],
    required: set[str],
) -> str:
    """``a, b, c=1``: the required values by position while the signature takes them so, the
    rest by keyword. ``names`` is (python name, wire key) in signature order."""
    args: list[str] = []
    positional = True
    for python, wire in names:
        if wire not in given:
            positional = False
            continue
        value = str(py_literal(given[wire]))
        if positional and kinds.get(python) in ("positional", "either") and wire in required:
            args.append(value)
        else:
            positional = False
            args.append(f"{python}={value}")
    return ", ".join(args)


def _ts_object(pairs: Sequence[tuple[str, Json]]) -> str:
    if not pairs:
        return "{}"
    inner = ", ".join(f"{property_key(k)}: {json.dumps(v)}" for k, v in pairs)
    return "{ " + inner + " }"


def _programs(owner: str, py_call: str, ts_call: str) -> tuple[str, str]:
    variable = "doc" if owner == "SWML" else "result"
    python = (
        f"from swml_verbs import {owner}\n\n"
        f"{variable} = {owner}().{py_call}\n"
        f"print(json.dumps({variable}.to_dict(), indent={_INDENT}))\n"
    )
    python = "import json\n\n" + python
    typescript = (
        f'import {{ {owner} }} from "swml-verbs";\n\n'
        f"const {variable} = new {owner}().{ts_call};\n"
        f"console.log(JSON.stringify({variable}.toDict(), null, {_INDENT}));\n"
    )
    return python, typescript


def _static_programs(py_call: str, ts_call: str) -> tuple[str, str]:
    """A static builder's call and the object it returns."""
    python = (
        "import json\n\nfrom swml_verbs import FunctionResult\n\n"
        f"value = FunctionResult.{py_call}\n"
        f"print(json.dumps(value, indent={_INDENT}))\n"
    )
    typescript = (
        'import { FunctionResult } from "swml-verbs";\n\n'
        f"const value = FunctionResult.{ts_call};\n"
        f"console.log(JSON.stringify(value, null, {_INDENT}));\n"
    )
    return python, typescript


def _document(verb: str, argument: Json) -> Json:
    return {"version": "1.0.0", "sections": {"main": [{verb: argument}]}}


def _given(fields: Any, given: dict[str, Json]) -> list[tuple[ir.Names, Json]]:
    """The (names, value) of the fields or parameters given, in the order of ``fields``."""
    return [(f.names, given[f.names.wire]) for f in fields if f.names.wire in given]


def _ts_arguments(
    params: Sequence[ts_methods.Parameter],
    values: Sequence[Json],
    options: Sequence[tuple[str, Json]],
) -> str:
    """The TypeScript arguments in the order of the printer's parameter list: ``values`` for its
    positional parameters, as far as they go, and the ``options`` object (camelCase name,
    value) where the list ends in one; an optional object is left out when empty."""
    out: list[str] = []
    given = iter(values)
    for p in params:
        if p.name in _TS_OPTIONS:
            if options or not p.optional:
                out.append(_ts_object(options))
            continue
        value = next(given, MISSING)
        if value is MISSING:
            break
        out.append(json.dumps(value))
    return ", ".join(out)


#: The names the TypeScript printer gives a method's options object
#: (``codegen.typescript.methods``).
_TS_OPTIONS = ("options", "valueOrOptions")


def method_example(method: MethodPlan, em: Emitter, ts: TsEmitter) -> Example:
    """``SWML().<verb>(...)`` or ``FunctionResult().<verb>(...)`` with the values ``_shown``
    picks, and the JSON the plan says it emits."""
    package = em.package
    kinds = {p.name: p.kind for p in py_methods.parameters(method, em)}
    ts_params = ts_methods.parameters(method, ts)
    argument: Json
    if method.form == "value":
        assert method.short is not None
        argument = sample(method.short, package)
        py_args = str(py_literal(argument))
        ts_args = _ts_arguments(ts_params, [argument], ())
    elif method.form == "empty":
        py_args = ""
        ts_args = _ts_arguments(ts_params, (), ())
        argument = {}
    elif method.form == "union":
        # Keywords of the first object variant: the keys given pick it.
        model = method.variants[0]
        given = _shown(model_params(model), package)
        py_args = ", ".join(f"{n.python}={py_literal(v)}" for n, v in _given(model.fields, given))
        ts_args = _ts_arguments(
            ts_params, (), [(n.camel, v) for n, v in _given(model.fields, given)]
        )
        argument = {n.wire: v for n, v in _given(model.checked, given)}
    else:
        given = _shown(method.params, package)
        order = (*method.positional, *method.keyword_only)
        required = {p.names.wire for p in method.params if p.required}
        names = [(p.names.python, p.names.wire) for p in order]
        py_args = _python_call(names, kinds, given, required)
        if method.form == "action":
            values = [given[p.names.wire] for p in method.params if p.required]
            options = [
                (n.camel, v) for n, v in _given(method.params, given) if n.wire not in required
            ]
            ts_args = _ts_arguments(ts_params, values, options)
            # Spec order, defaults left out; the short form when only the required value is.
            params = {n.wire: v for n, v in _given(method.params, given)}
            short = len(required) == 1 and len(params) == 1
            argument = next(iter(params.values())) if short else params
        else:
            options = [(n.camel, v) for n, v in _given(method.params, given)]
            ts_args = _ts_arguments(ts_params, (), options)
            argument = {n.wire: v for n, v in _given(method.checked, given)}
    verb = method.verb
    py_call = f"{verb.names.python}({py_args})"
    ts_call = f"{verb.names.camel}({ts_args})"
    output: Json = _document(verb.wire_name, argument)
    if method.owner == "FunctionResult":
        output = {"action": [{"SWML": output}]}
    python, typescript = _programs(method.owner, py_call, ts_call)
    return Example(python, typescript, dumps(output))


def helper_example(helper: Helper, em: Emitter, ts: TsEmitter) -> Example:
    """``FunctionResult().<helper>(...)``: its required parameters (and the first optional one
    whose drawn value is not its default), and the action it records."""
    package = em.package
    given: dict[str, Json] = {}
    for p in helper.params:
        if p.required:
            given[p.names.wire] = sample(p.type, package)
    for p in helper.params:
        if not p.required:
            drawn = sample(p.type, package)
            if drawn != p.default:
                given[p.names.wire] = drawn
                break
    kinds = {p.name: p.kind for p in py_methods.helper_parameters(helper, em)}
    names = [(p.names.python, p.names.wire) for p in helper.params]
    required = {p.names.wire for p in helper.params if p.required}
    py_args = _python_call(names, kinds, given, required)
    shown = [p for p in helper.params if p.names.wire in given]
    ts_params = ts_methods.helper_parameters(helper, ts)
    if helper.options:
        options = [(p.names.camel, given[p.names.wire]) for p in shown]
        ts_args = _ts_arguments(ts_params, (), options)
    else:
        # By position, as far as the last one given; a gap before it takes the default (the
        # value the parameter has when not given).
        last = max((i for i, p in enumerate(helper.params) if p.names.wire in given), default=-1)
        values = [given.get(p.names.wire, p.default) for p in helper.params[: last + 1]]
        ts_args = _ts_arguments(ts_params, values, ())
    output: Json = _helper_output(helper, given, package)
    if not helper.returns:
        output = {"action": [output]}
    py_call = f"{helper.names.python}({py_args})"
    ts_call = f"{helper.names.camel}({ts_args})"
    if helper.returns:
        python, typescript = _static_programs(py_call, ts_call)
    else:
        python, typescript = _programs("FunctionResult", py_call, ts_call)
    return Example(python, typescript, dumps(output))


def _helper_output(helper: Helper, given: dict[str, Json], package: Package) -> Json:
    """What the helper emits for ``given``, as its runtime builds it: the skeleton, each value
    (given, or the default) put where it lands unless it is the value left out, keys in the
    order the checkers emit them, then the short form."""
    value: Json = copy.deepcopy(helper.skeleton)
    for p in helper.put_order():
        if p.names.wire in given:
            put = given[p.names.wire]
        elif p.required:
            continue
        else:
            put = p.default
        if p.gives is not MISSING:
            put = p.gives if put is True else put
        if p.clamp is not None and isinstance(put, (int, float)) and not isinstance(put, bool):
            put = min(max(put, p.clamp[0]), p.clamp[1])
        if put == p.omitted and type(put) is type(p.omitted):
            continue
        target = value
        for key in p.path[:-1]:
            target = target.setdefault(key, {}) if isinstance(key, str) else target[key]
        target[p.path[-1]] = put
    root: ir.Type = (
        ir.UnionType(tuple(ir.ModelRef(m) for m in helper.returns))
        if helper.returns
        else ir.ModelRef(helper.model)
    )
    value = _checked_order(value, root, package)
    if helper.short:
        *outer, key = helper.short
        target = value
        for step in outer[:-1]:
            target = target[step]
        if list(target[outer[-1]]) == [key]:
            target[outer[-1]] = target[outer[-1]][key]
    return value


def _checked_order(value: Json, t: ir.Type, package: Package) -> Json:
    """``value`` with each object's keys in the order the checker of ``t`` emits them."""
    match t:
        case ir.ModelRef() if isinstance(value, dict):
            model = package.models[t.name]
            fields = {f.names.wire: f for f in model.checked}
            ordered = {
                k: _checked_order(value[k], fields[k].type, package) for k in fields if k in value
            }
            extra = model.extra or ir.AnyType()
            ordered.update(
                {k: _checked_order(v, extra, package) for k, v in value.items() if k not in fields}
            )
            return ordered
        case ir.UnionType():
            for variant in t.variants:
                if isinstance(variant, ir.ModelRef) and isinstance(value, dict):
                    names = {f.names.wire for f in package.models[variant.name].fields}
                    if set(value) <= names:
                        return _checked_order(value, variant, package)
            return value
        case ir.AliasRef():
            return _checked_order(value, package.aliases[t.name], package)
        case ir.ArrayType() if isinstance(value, list):
            return [_checked_order(v, t.item, package) for v in value]
        case ir.MapType() if isinstance(value, dict):
            return {k: _checked_order(v, t.values, package) for k, v in value.items()}
        case ir.MethodType() if isinstance(value, dict) and len(value) == 1:
            ((verb, argument),) = value.items()
            return {verb: _checked_order(argument, package.verb(verb).argument, package)}
        case _:
            return value


def model_example(model: Model, package: Package) -> Example:
    """A model checked from its wire object: ``Model.model_validate`` in Python, the
    interface's object literal in TypeScript (type-checked by the tests' ``tsc``)."""
    value = model_sample(model, package, at_least=1)
    literal = json.dumps(value, indent=_INDENT)
    python = (
        f"import json\n\nfrom swml_verbs import {model.name}\n\n"
        f"value = {model.name}.model_validate({py_literal(value)})\n"
        "wire = value.model_dump(by_alias=True, exclude_unset=True)\n"
        f"print(json.dumps(wire, indent={_INDENT}))\n"
    )
    typescript = (
        f'import type {{ {model.name} }} from "swml-verbs";\n\n'
        f"const value: {model.name} = {literal};\n"
        f"console.log(JSON.stringify(value, null, {_INDENT}));\n"
    )
    return Example(python, typescript, dumps(value))


def enum_example(enum: EnumDef) -> Example:
    """A value set's first member, by name, printed as the JSON it is sent as."""
    from codegen.naming import pascal

    member = enum.members[0]
    python = (
        f"import json\n\nfrom swml_verbs import {enum.name}\n\n"
        f"print(json.dumps({enum.name}.{member.name}))\n"
    )
    typescript = (
        f'import {{ {enum.name} }} from "swml-verbs";\n\n'
        f"console.log(JSON.stringify({member_access(enum.name, pascal(member.name))}));\n"
    )
    return Example(python, typescript, json.dumps(member.value))


__all__ = ["Example", "enum_example", "helper_example", "method_example", "model_example", "sample"]
