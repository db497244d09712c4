"""``python -m codegen ir [VERB]``: the IR and the plan of a verb, as text a person reads.

For a verb: its argument, every model and value set it reaches (fields with types, defaults,
pointers), its ``SWML`` and ``FunctionResult`` methods as planned (form, parameters, positional
split, nullability, defaults left out), and the checker functions it uses with the spec pointer
each checks. Without a verb: every verb, one line each, and the plan's totals. This is the first
stop when asking where a generated line comes from: the names printed here are the ones in
``generated/``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from typing_extensions import assert_never

from codegen import ir
from codegen.errors import GenerationError, SpecError
from codegen.ir import MISSING, Package, Type
from codegen.plan import Plan, make_plan
from codegen.plan.checkers import Checker, Ref
from codegen.plan.methods import MethodPlan, Param


def type_text(t: Type) -> str:
    """A compact notation of ``t``: ``string(uri: https)``, ``integer[1..100]``, ``list of X``."""
    match t:
        case ir.StringType():
            facts = []
            if t.min_length is not None or t.max_length is not None:
                facts.append(f"length {_range(t.min_length, t.max_length)}")
            if t.non_blank:
                facts.append("non-blank")
            if t.url_schemes is not None:
                facts.append("uri: " + ("|".join(t.url_schemes) or "any scheme"))
            if t.pattern is not None:
                facts.append(f"pattern {json.dumps(t.pattern)}")
            return "string" + (f"({', '.join(facts)})" if facts else "")
        case ir.IntegerType() | ir.NumberType():
            kind = "integer" if isinstance(t, ir.IntegerType) else "number"
            low = t.minimum if t.minimum is not None else t.exclusive_minimum
            high = t.maximum if t.maximum is not None else t.exclusive_maximum
            if low is None and high is None:
                return kind
            open_low = "(" if t.exclusive_minimum is not None else "["
            open_high = ")" if t.exclusive_maximum is not None else "]"
            return f"{kind}{open_low}{_range(low, high)}{open_high}"
        case ir.BooleanType():
            return "boolean"
        case ir.NullType():
            return "null"
        case ir.LiteralType():
            return f"const {json.dumps(t.value)}"
        case ir.EnumRef():
            return f"value set {t.name}"
        case ir.JoinedListType():
            return f"{t.enum} values joined by {json.dumps(t.separator)}"
        case ir.VarType():
            return "SWML variable"
        case ir.AnyType():
            return "any JSON"
        case ir.ArrayType():
            bounds = ""
            if t.min_items is not None or t.max_items is not None:
                bounds = f"[{_range(t.min_items, t.max_items)} items]"
            return f"list{bounds} of {type_text(t.item)}"
        case ir.MapType():
            least = f"[at least {t.min_properties}]" if t.min_properties else ""
            return f"map{least} of {type_text(t.values)}"
        case ir.ModelRef():
            least = f"[at least {t.min_properties} keys]" if t.min_properties else ""
            return f"{t.name}{least}"
        case ir.AliasRef():
            return t.name
        case ir.MethodType():
            return "SWML method" + (f" ({', '.join(t.only)})" if t.only is not None else "")
        case ir.UnionType():
            word = " xor " if t.exclusive else " | "
            return "(" + word.join(type_text(x) for x in t.variants) + ")"
        case _:
            assert_never(t)


def _range(low: object, high: object) -> str:
    return f"{'' if low is None else low}..{'' if high is None else high}"


def _value(value: object) -> str:
    return "-" if value is MISSING else json.dumps(value)


def _reached(package: Package, t: Type) -> tuple[list[str], list[str]]:
    """The models (and named unions) and value sets a value of ``t`` may hold, in the order met."""
    models: list[str] = []
    enums: list[str] = []
    todo = [t]
    while todo:
        x = todo.pop(0)
        match x:
            case ir.ModelRef():
                if x.name not in models:
                    models.append(x.name)
                    model = package.models[x.name]
                    todo += [f.type for f in model.fields]
                    todo += [model.extra] if model.extra is not None else []
            case ir.AliasRef():
                if x.name not in models:
                    models.append(x.name)
                    todo.append(package.aliases[x.name])
            case ir.EnumRef() | ir.JoinedListType():
                name = x.name if isinstance(x, ir.EnumRef) else x.enum
                if name not in enums:
                    enums.append(name)
            case ir.ArrayType():
                todo.append(x.item)
            case ir.MapType():
                todo.append(x.values)
            case ir.UnionType():
                todo += list(x.variants)
    return models, enums


def _param(p: Param, positional: tuple[Param, ...]) -> str:
    facts = ["required" if p.required else "optional"]
    facts.append("by position or keyword" if p in positional else "keyword")
    if p.nullable:
        facts.append("null is a value")
    if p.default is not MISSING:
        facts.append(f"default {_value(p.default)}")
    if p.dropped is not MISSING:
        facts.append(f"left out when {_value(p.dropped)}")
    if p.deprecated:
        facts.append("deprecated")
    names = p.names
    return (
        f"      {names.python} / {names.camel} -> {json.dumps(names.wire)}: {type_text(p.type)}"
        f"  [{', '.join(facts)}]"
    )


def _method(method: MethodPlan) -> Iterator[str]:
    names = method.verb.names
    checker = _ref(method.argument) if method.argument is not None else "inline test"
    yield (
        f"  {method.owner}.{names.python} / {method.owner}.{names.camel}: {method.form} form,"
        f" argument checked by {checker}"
    )
    if method.short is not None:
        yield f"      {method.short_name} (short form, by position): {type_text(method.short)}"
    for p in method.params:
        yield _param(p, method.positional)
    if method.extra is not None:
        yield f"      **extra: other keys, each {type_text(method.extra)}"


def _ref(ref: Ref) -> str:
    return f"{ref.kind} checker {ref.name}"


def _checkers_used(plan: Plan, t: Type) -> list[Checker]:
    models, _ = _reached(plan.package, t)
    wanted = {("model", m) for m in models} | {("alias", m) for m in models}
    found = [c for c in plan.checker_list if (c.ref.kind, c.ref.name) in wanted]
    types = {c.type for c in found}
    # Anonymous checkers hold the types that reached models hold, or the argument itself.
    reachable = _types_within(plan.package, t)
    found += [
        c
        for c in plan.functions
        if c.type in reachable and c.type not in types and not ir.is_scalar(c.type)
    ]
    return found


def _types_within(package: Package, t: Type) -> set[Type]:
    seen: set[Type] = set()
    todo = [t]
    while todo:
        x = todo.pop()
        if x in seen:
            continue
        seen.add(x)
        match x:
            case ir.ModelRef():
                model = package.models[x.name]
                todo += [f.type for f in model.fields]
                todo += [model.extra] if model.extra is not None else []
            case ir.AliasRef():
                todo.append(package.aliases[x.name])
            case ir.ArrayType():
                todo.append(x.item)
            case ir.MapType():
                todo.append(x.values)
            case ir.UnionType():
                todo += list(x.variants)
    return seen


def describe_verb(plan: Plan, wire: str) -> str:
    package = plan.package
    verb = package.verb(wire)
    lines = [
        f"verb {verb.wire_name}  ({verb.pointer})",
        f"  names: python {verb.names.python}, typescript {verb.names.camel}",
        f"  argument: {type_text(verb.argument)}",
        "",
        "IR",
    ]
    models, enums = _reached(package, verb.argument)
    for name in models:
        if name in package.aliases:
            lines.append(f"  union {name}: {type_text(package.aliases[name])}")
            continue
        model = package.models[name]
        closed = "closed" if model.extra is None else f"other keys: {type_text(model.extra)}"
        lines.append(f"  model {name}  ({model.pointer}; {closed})")
        for f in model.fields:
            facts = ["required" if f.required else "optional"]
            if f.default is not MISSING:
                facts.append(f"default {_value(f.default)}")
            if f.method_default is not MISSING and f.method_default != f.default:
                facts.append(f"method default {_value(f.method_default)}")
            if f.deprecated:
                facts.append("deprecated")
            lines.append(f"    {f.names.wire}: {type_text(f.type)}  [{', '.join(facts)}]")
    for name in enums:
        enum = package.enums[name]
        lines.append(f"  value set {name}: {', '.join(json.dumps(v) for v in enum.values)}")
    lines += ["", "Plan"]
    for method in (*plan.swml, *plan.function_result):
        if method.verb.wire_name == wire:
            lines += _method(method)
    lines.append("  checkers:")
    for checker in _checkers_used(plan, verb.argument):
        lines.append(f"    {_ref(checker.ref)}: {type_text(checker.type)}  ({checker.origin})")
    return "\n".join(lines) + "\n"


def describe_plan(plan: Plan) -> str:
    lines = ["verbs (SWML method form; FunctionResult action too where marked):"]
    actions = {m.verb.wire_name for m in plan.function_result}
    for method in plan.swml:
        mark = "  + FunctionResult" if method.verb.wire_name in actions else ""
        lines.append(f"  {method.verb.wire_name}: {method.form}{mark}")
    lines.append(
        f"{len(plan.models)} model checkers, {len(plan.aliases)} union checkers, "
        f"{len(plan.functions)} other checkers, {len(plan.tables)} variant tables"
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    from codegen.build import build
    from codegen.output import load_spec

    parser = argparse.ArgumentParser(
        prog="python -m codegen ir", description="print the IR and the plan of a verb"
    )
    parser.add_argument("verb", nargs="?", help="a verb's wire name, such as join_conference")
    parser.add_argument("--spec", default="spec", help="spec directory or SWML schema file")
    args = parser.parse_args(argv)
    try:
        plan = make_plan(build(load_spec(args.spec)))
    except SpecError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.verb is None:
        sys.stdout.write(describe_plan(plan))
        return 0
    try:
        sys.stdout.write(describe_verb(plan, args.verb))
    except KeyError:
        known = ", ".join(v.wire_name for v in plan.package.verbs)
        print(f"error: no verb {args.verb!r} in the spec; verbs: {known}", file=sys.stderr)
        return 2
    return 0


__all__ = ["describe_plan", "describe_verb", "main", "type_text"]
