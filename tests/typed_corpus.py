"""A corpus of typed calls made from the spec, for the static-type tests (test_static_types.py):
for every object verb of the SWML builder and every method of FunctionResult (the action form,
``join_conference``, and the helpers of ``x-helpers``), a valid call with its required values and
its nested objects, and mistakes of each kind a type checker is meant to catch, made from it.

Values come from the IR (``example``): the least value of each type. A mistake changes one thing
of a valid call (a nested key misspelt, a nested value of the wrong type or outside its value
set, a required nested key left out, a top-level value of the wrong type, a keyword misspelt),
and is kept only when the run time refuses it too (``tests/cross_language.run_python``), so
every mistake is one by the spec, not only by the types. A wrong string where the spec also
takes a SWML variable (``"30"`` for ``int | ${var}``) is its own kind: Python's types cannot
tell it from a variable, TypeScript's template literal types can.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from codegen import ir
from codegen.ir import MISSING, Package, Type
from codegen.plan import Plan

#: Kinds of mistakes, in the issue's table's order.
KINDS = (
    "nested key typo",
    "wrong nested scalar",
    "value outside a value set",
    "missing required nested key",
    "wrong top-level scalar",
    "top-level keyword typo",
)
#: A wrong string where a SWML variable is also allowed (nested or top level, scalar or value
#: set): refused by TypeScript's types only.
VARIABLE_KIND = "string where a SWML variable is allowed"

#: A mistake inside an object that allows other keys (``ai``'s ``params``): Python types such an
#: object as any mapping too, since mypy does not read PEP 728's ``extra_items`` and would refuse
#: the other keys; TypeScript's index signatures keep the declared keys typed.
OPEN_KIND = "mistake inside an open object"

#: How many sites a verb contributes to one kind at most (the corpus' size, and so the
#: checkers' time, stays bounded).
SITES_PER_KIND = 2

Path = tuple[Any, ...]


class NoExample(Exception):
    """The type has no value ``example`` can make (a pattern it cannot satisfy)."""


@dataclass(frozen=True)
class Target:
    """A method the corpus calls, and how each language passes its parameters."""

    #: ``SWML`` or ``FunctionResult``.
    owner: str
    python: str
    camel: str
    #: TypeScript's form: ``options`` (one object of every parameter: the builder's, and a
    #: helper that takes one), ``action`` (the required parameters by position, then an
    #: object of the others: ``joinConference``) or ``positional`` (every parameter by
    #: position, in the reference's order: the other helpers).
    style: str = "options"
    #: A static builder (``FunctionResult.create_payment_prompt(...)``).
    static: bool = False
    #: Every parameter in signature order: (Python name, camelCase name, required, the value a
    #: gap takes in a positional call).
    order: tuple[tuple[str, str, bool, Any], ...] = ()

    def by_keyword_in_typescript(self, python: str) -> bool:
        """Whether TypeScript names the parameter (in an options object), so that a misspelt
        name can be written in both languages."""
        if self.style == "options":
            return True
        if self.style == "action":
            return not next(required for py, _, required, _ in self.order if py == python)
        return False


@dataclass
class Case:
    kind: str
    target: Target
    #: ``[python, camel, value]`` a parameter, as tests/cross_language.py runs them.
    args: list[list[Any]]
    #: Parameters given in Python as their pydantic model (index in ``args`` -> model name).
    models: dict[int, str] = field(default_factory=dict)

    @property
    def verb(self) -> str:
        """The method, as the tables name it (``FunctionResult.pay``, a builder's verb bare)."""
        t = self.target
        return t.python if t.owner == "SWML" else f"{t.owner}.{t.python}"

    def python(self) -> str:
        keywords = ", ".join(
            f"{py}={self.models[i]}.model_validate({_py(value)})"
            if i in self.models
            else f"{py}={_py(value)}"
            for i, (py, _, value) in enumerate(self.args)
        )
        t = self.target
        owner = t.owner if t.static else f"{t.owner}()"
        return f"{owner}.{t.python}({keywords})"

    def typescript(self) -> str:
        t = self.target
        owner = t.owner if t.static else f"new {t.owner}()"
        given = {camel: value for _, camel, value in self.args}
        if t.style == "options":
            arguments = [_ts_object(list(given.items()))]
        elif t.style == "action":
            required = {camel for _, camel, req, _ in t.order if req}
            arguments = [_ts(given[c]) for _, c, req, _ in t.order if req and c in given]
            options = [(c, v) for c, v in given.items() if c not in required]
            if options:
                arguments.append(_ts_object(options))
        else:
            # By position, as far as the last one given; a gap takes the value the parameter
            # has when not given (undefined for none).
            names = [camel for _, camel, _, _ in t.order]
            last = max((names.index(c) for c in given if c in names), default=-1)
            arguments = []
            for _, camel, _, gap in t.order[: last + 1]:
                if camel in given:
                    arguments.append(_ts(given[camel]))
                else:
                    arguments.append("undefined" if gap is None or gap is MISSING else _ts(gap))
            # A name no parameter has (a misspelt keyword) has no position: never written.
            assert all(c in names for c in given), given
        return f"{owner}.{t.camel}({', '.join(arguments)});"


def _ts_object(pairs: list[tuple[str, Any]]) -> str:
    return "{" + ", ".join(f"{json.dumps(k)}: {_ts(v)}" for k, v in pairs) + "}"


def _py(value: Any) -> str:
    return repr(value)


def _ts(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@dataclass
class Examples:
    """Least values of IR types, recording where each object of a model was put."""

    package: Package
    #: (path from the parameter's value, model, inside an open object) of every object made.
    objects: list[tuple[Path, ir.Model, bool]] = field(default_factory=list)
    #: How many open objects the value being made is inside.
    open_depth: int = 0

    def value(self, t: Type, path: Path = ()) -> Any:
        match t:
            case ir.StringType():
                if t.pattern is not None:
                    raise NoExample
                if t.url_schemes is not None:
                    scheme = t.url_schemes[0] if t.url_schemes else "https"
                    return f"{scheme}://example.com/a"
                return "a" * max(t.min_length or 0, 1)
            case ir.VarType():
                return "${vars.a}"
            case ir.IntegerType() | ir.NumberType():
                low = t.minimum if t.minimum is not None else 1
                if t.exclusive_minimum is not None:
                    low = max(low, t.exclusive_minimum + 1)
                return int(low)
            case ir.BooleanType():
                return True
            case ir.NullType():
                return None
            case ir.LiteralType():
                return t.value
            case ir.EnumRef():
                return self.package.enums[t.name].values[0]
            case ir.JoinedListType():
                return self.package.enums[t.enum].values[0]
            case ir.AnyType():
                return "a"
            case ir.ArrayType():
                return [self.value(t.item, (*path, i)) for i in range(max(t.min_items or 0, 1))]
            case ir.MapType():
                return {"a": self.value(t.values, (*path, "a"))}
            case ir.ModelRef():
                return self.model(self.package.models[t.name], path, t.min_properties or 0)
            case ir.AliasRef():
                return self.first(self.package.aliases[t.name].variants, path)
            case ir.UnionType():
                return self.first(t.variants, path)
            case ir.MethodType():
                verbs = t.only or tuple(v.wire_name for v in self.package.verbs)
                for wire in verbs:
                    try:
                        return {wire: self.value(self.package.verb(wire).argument, (*path, wire))}
                    except NoExample:
                        continue
                raise NoExample
        raise AssertionError(t)

    def first(self, variants: tuple[Type, ...], path: Path) -> Any:
        # Objects first: they are what the structural types are for.
        ordered = sorted(variants, key=lambda v: not isinstance(v, (ir.ModelRef, ir.AliasRef)))
        for variant in ordered:
            mark = len(self.objects)
            try:
                return self.value(variant, path)
            except NoExample:
                del self.objects[mark:]
        raise NoExample

    def model(self, model: ir.Model, path: Path, least: int) -> dict[str, Any]:
        is_open = model.extra is not None
        self.objects.append((path, model, is_open or self.open_depth > 0))
        self.open_depth += is_open
        try:
            out = {f.names.wire: self.value(f.type, (*path, f.names.wire)) for f in model.required}
            for f in model.optional:
                if len(out) >= least:
                    break
                out[f.names.wire] = self.value(f.type, (*path, f.names.wire))
        finally:
            self.open_depth -= is_open
        return out


def _flat(t: Type, package: Package) -> list[Type]:
    if isinstance(t, ir.UnionType):
        return [v for x in t.variants for v in _flat(x, package)]
    if isinstance(t, ir.AliasRef):
        return _flat(package.aliases[t.name], package)
    return [t]


_STRINGS = (ir.StringType, ir.EnumRef, ir.JoinedListType, ir.AnyType, ir.VarType)
_NUMBERS = (ir.IntegerType, ir.NumberType, ir.AnyType)


def wrong_scalar(t: Type, package: Package) -> tuple[Any, bool] | None:
    """A value of the wrong scalar type for ``t`` and whether only a SWML variable's type can
    refuse it; None where every scalar is some variant's."""
    flat = _flat(t, package)
    if not all(isinstance(x, ir.SCALARS) for x in flat):
        return None
    strings = [x for x in flat if isinstance(x, _STRINGS)]
    strings += [x for x in flat if isinstance(x, ir.LiteralType) and isinstance(x.value, str)]
    numbers = [x for x in flat if isinstance(x, _NUMBERS)]
    if not strings or all(isinstance(x, ir.VarType) for x in strings):
        return "30", bool(strings)
    if not numbers and not any(isinstance(x, ir.BooleanType) for x in flat):
        return 30, False
    return None


def outside_value_set(t: Type, package: Package) -> tuple[Any, bool] | None:
    """A string outside ``t``'s value set, and whether only a SWML variable's type can refuse
    it; None where ``t`` has no value set or takes any string."""
    flat = _flat(t, package)
    if not any(isinstance(x, ir.EnumRef) for x in flat):
        return None
    if any(isinstance(x, (ir.StringType, ir.AnyType, ir.JoinedListType)) for x in flat):
        return None
    return "bogus", any(isinstance(x, ir.VarType) for x in flat)


def _typo(key: str, taken: set[str]) -> str:
    for candidate in (key[:-1], key + "x", key + "_x"):
        if len(candidate) > 1 and candidate not in taken:
            return candidate
    raise AssertionError(key)


def _at(value: Any, path: Path) -> Any:
    for step in path:
        value = value[step]
    return value


@dataclass
class Corpus:
    valid: list[Case]
    mistakes: list[Case]


def method_cases(package: Package, target: Target, params: Sequence[Any]) -> Iterator[Case]:
    """A valid call of ``target``, whose parameters are ``params`` (the plan's ``Param`` or a
    helper's ``HelperParam``: names, type, required), and the mistakes made from it (not yet
    checked at run time)."""
    examples = Examples(package)
    args: list[list[Any]] = []
    sites: list[tuple[int, Path, ir.Model, bool]] = []
    for p in params:
        if not p.required and not any(
            isinstance(x, ir.ModelRef) for x in _flat_deep(p.type, package)
        ):
            continue
        mark = len(examples.objects)
        try:
            value = examples.value(p.type)
        except NoExample:
            if p.required:
                return
            del examples.objects[mark:]
            continue
        sites += [(len(args), *site) for site in examples.objects[mark:]]
        args.append([p.names.python, p.names.camel, value])
    yield Case("valid", target, args)
    # The same call with each parameter that is one object given as its pydantic model.
    models = {i: model.name for i, path, model, _ in sites if path == ()}
    if models:
        yield Case("valid", target, args, models)

    def changed(index: int, path: Path, change: Any) -> list[list[Any]]:
        new = copy.deepcopy(args)
        change(_at(new[index][2], path))
        return new

    counts: dict[str, int] = {}

    def room(kind: str) -> bool:
        counts[kind] = counts.get(kind, 0) + 1
        return counts[kind] <= SITES_PER_KIND

    for index, path, model, inside_open in sites:
        keys = {f.names.wire for f in model.fields}

        def kind_of(kind: str, inside_open: bool = inside_open) -> str:
            return OPEN_KIND if inside_open else kind

        if model.extra is None and model.fields and room(kind_of(KINDS[0])):
            first = model.fields[0]
            wrong_key = _typo(first.names.wire, keys)

            def typo(obj: dict[str, Any], f: ir.Field = first, k: str = wrong_key) -> None:
                obj[k] = obj.pop(f.names.wire, None) or examples.value(f.type)

            yield Case(kind_of(KINDS[0]), target, changed(index, path, typo))
        for f in model.fields:
            for kind, found in (
                (KINDS[1], wrong_scalar(f.type, package)),
                (KINDS[2], outside_value_set(f.type, package)),
            ):
                if found is None:
                    continue
                bad, variable_only = found
                name = kind_of(VARIABLE_KIND if variable_only else kind)
                if not room(name):
                    continue

                def put(obj: dict[str, Any], k: str = f.names.wire, v: Any = bad) -> None:
                    obj[k] = v

                yield Case(name, target, changed(index, path, put))
        if model.required and room(kind_of(KINDS[3])):

            def drop(obj: dict[str, Any], k: str = model.required[0].names.wire) -> None:
                obj.pop(k, None)

            yield Case(kind_of(KINDS[3]), target, changed(index, path, drop))
    for p in params:
        # A top-level value of the wrong type, and one outside a value set (``tap(direction=
        # "hear")``).
        for kind, found in (
            (KINDS[4], wrong_scalar(p.type, package)),
            (KINDS[2], outside_value_set(p.type, package)),
        ):
            if found is None:
                continue
            bad, variable_only = found
            name = VARIABLE_KIND if variable_only else kind
            if not room(name):
                continue
            others = [a for a in args if a[0] != p.names.python]
            yield Case(name, target, [*others, [p.names.python, p.names.camel, bad]])
    named = [i for i, (py, _, _) in enumerate(args) if target.by_keyword_in_typescript(py)]
    if named:
        index = named[0]
        py, camel, value = args[index]
        taken = {q.names.python for q in params} | {q.names.camel for q in params}
        typo = [_typo(py, taken), _typo(camel, taken), value]
        yield Case(KINDS[5], target, [*args[:index], typo, *args[index + 1 :]])


def _flat_deep(t: Type, package: Package) -> list[Type]:
    """The variants of ``t`` and of the lists and maps in it."""
    out = []
    for x in _flat(t, package):
        out.append(x)
        if isinstance(x, ir.ArrayType):
            out += _flat_deep(x.item, package)
        elif isinstance(x, ir.MapType):
            out += _flat_deep(x.values, package)
    return out


def targets(plan: Plan) -> Iterator[tuple[Target, Sequence[Any]]]:
    """Every method the corpus calls, with its parameters: the builder's object verbs, then
    FunctionResult's action methods and helpers."""
    for m in plan.swml:
        if m.form == "object":
            yield Target("SWML", m.verb.names.python, m.verb.names.camel), m.params
    for m in plan.function_result:
        order = tuple((p.names.python, p.names.camel, p.required, MISSING) for p in m.params)
        names = m.verb.names
        yield Target("FunctionResult", names.python, names.camel, "action", order=order), m.params
    for h in plan.package.helpers:
        order = tuple((p.names.python, p.names.camel, p.required, p.default) for p in h.params)
        style = "options" if h.options else "positional"
        target = Target(
            "FunctionResult", h.names.python, h.names.camel, style, bool(h.returns), order
        )
        yield target, h.params


def runs(case: Case) -> bool:
    """Whether the case's Python line runs: refused calls raise ``InvalidArgumentError`` (or
    ``TypeError``, for a keyword the signature does not have)."""
    import swml_verbs
    from swml_verbs import InvalidArgumentError

    names = {n: getattr(swml_verbs, n) for n in ["SWML", "FunctionResult", *case.models.values()]}
    try:
        exec(case.python(), names)
    except (InvalidArgumentError, TypeError):
        return False
    return True


def make_corpus(plan: Plan) -> Corpus:
    """Every method's cases, each checked at run time: valid calls the run time accepts,
    mistakes it refuses (the others are dropped)."""
    cases = [c for t, params in targets(plan) for c in method_cases(plan.package, t, params)]
    ran = [runs(c) for c in cases]
    valid = [c for c, ok in zip(cases, ran, strict=True) if c.kind == "valid" and ok]
    fine = {c.target for c in valid}
    mistakes = [
        c
        for c, ok in zip(cases, ran, strict=True)
        if c.kind != "valid" and c.target in fine and not ok
    ]
    return Corpus(valid, mistakes)
