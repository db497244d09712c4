"""The chaining methods of ``SWML`` and ``FunctionResult``, decided once for both languages.

A method's form follows its verb's argument:

* ``object``: an object verb; its properties are the parameters (Python keywords, TypeScript
  options), those of ``x-positional`` (else the required ones) also by position in Python.
* ``union``: a union holding object variants (``play``: url | urls); the parameters of every
  variant, merged by name, and the keys given choose the variant. A scalar variant
  (``sleep(5000)``) is the short form, given instead.
* ``value``: a scalar, list, map or any-value argument (``label("start")``, ``cond([...])``).
* ``empty``: an object verb with no properties (``answer()``).
* ``action``: the reference SDK's SWAIG-action form on ``FunctionResult``
  (``x-function-result-method``): options equal to their method default are left out, and with
  all of them left out the short form ``{verb: value}`` of the one required parameter is sent.

What a printer still decides is only spelling: Python keywords with ``MISSING`` / ``None``
defaults, TypeScript option objects with ``undefined`` as "not given".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from codegen import ir
from codegen.ir import MISSING, Field, Json, Model, Names, Type, UnionType, Verb
from codegen.ir import admits_null as nullable
from codegen.plan.checkers import Checkers, Ref

Form = Literal["object", "union", "value", "empty", "action"]
Owner = Literal["SWML", "FunctionResult"]


@dataclass(frozen=True)
class Param:
    """One parameter of a method and the wire key it fills."""

    names: Names
    type: Type
    required: bool
    #: Python takes it by position too (the reference SDK's order); TypeScript's convention
    #: is an options object, with an action's required values before it.
    positional: bool
    description: str
    deprecated: bool
    pointer: str
    #: null is a value of the type (``codegen.ir.admits_null``): "not given" must be told
    #: apart from null (``MISSING`` in Python, ``undefined`` in TypeScript), and a null given
    #: is sent.
    nullable: bool
    #: The wire default, documented (``MISSING``: none).
    default: Json
    #: An ``action`` leaves the key out when the value equals this (``MISSING``: never).
    dropped: Json = MISSING


@dataclass(frozen=True)
class MethodPlan:
    owner: Owner
    verb: Verb
    form: Form
    #: In spec order (``positional`` says which come first in a Python signature).
    params: tuple[Param, ...]
    #: ``object``: the parameters in the checkers' order (required first), the order in which
    #: keys are checked and emitted, as they are nested in a document.
    checked: tuple[Param, ...] = ()
    #: ``object`` / ``action``: the argument's model.
    model: Model | None = None
    #: ``union``: the models of the object variants, in spec order.
    variants: tuple[Model, ...] = ()
    #: ``union``: the short form's type (None: keywords only); ``value``: the argument's type.
    short: Type | None = None
    #: The name of the short-form parameter (``value``, unless a variant has a key of that name).
    short_name: str = "value"
    #: The checker of the whole argument (None: an inline scalar test).
    argument: Ref | None = None
    #: The parameters also taken by position, in that order (the reference SDK's).
    positional: tuple[Param, ...] = ()

    @property
    def keyword_only(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if not p.positional)

    @property
    def extra(self) -> Type | None:
        """The type of other keys an open object takes (``**extra``)."""
        return self.model.extra if self.model is not None and self.form == "object" else None

    @property
    def description(self) -> str:
        """The verb's description (an action's falls back on its model's); "" for none."""
        text = str(self.verb.description)
        if self.form == "action" and self.model is not None:
            return text or str(self.model.description)
        return text


def _param(f: Field, positional: bool, *, dropped: Json = MISSING) -> Param:
    return Param(
        f.names,
        f.type,
        f.required,
        positional,
        str(f.description),
        f.deprecated,
        f.pointer,
        nullable(f.type),
        f.default,
        dropped,
    )


def model_params(model: Model) -> tuple[Param, ...]:
    """A model's fields as parameters, in spec order (a union variant's own options)."""
    return _signature(model)[0]


def _signature(
    model: Model, *, dropped: bool = False
) -> tuple[tuple[Param, ...], tuple[Param, ...]]:
    """The model's fields as parameters in spec order, and those taken by position too."""
    first = model.by_position
    params = {
        f.names.wire: _param(f, f in first, dropped=f.method_default if dropped else MISSING)
        for f in model.fields
    }
    return tuple(params.values()), tuple(params[f.names.wire] for f in first)


def swml_method(verb: Verb, checkers: Checkers, argument: Ref) -> MethodPlan:
    """``SWML.<verb>``: check the argument (``argument``: its checker), append
    ``{verb: argument}``."""
    t = verb.argument
    package = checkers.package
    if isinstance(t, ir.ModelRef) and t.min_properties is None:
        model = package.models[t.name]
        params, positional = _signature(model)
        by_wire = {p.names.wire: p for p in params}
        for p in params:
            checkers.value(p.type, f"{model.name}_{p.names.wire}", p.pointer)
        if model.extra is not None:
            checkers.value(model.extra, f"{model.name}_extra", model.pointer)
        return MethodPlan(
            "SWML",
            verb,
            "object",
            params,
            checked=tuple(by_wire[f.names.wire] for f in model.checked),
            model=model,
            argument=argument,
            positional=positional,
        )
    if isinstance(t, UnionType) and any(isinstance(x, ir.ModelRef) for x in t.variants):
        return _union_method(verb, t, checkers, argument)
    if isinstance(t, ir.ModelRef) and not package.models[t.name].fields:
        # minProperties beside the $ref of an object with no properties: nothing to give.
        return MethodPlan("SWML", verb, "empty", (), argument=argument)
    return MethodPlan("SWML", verb, "value", (), short=t, argument=argument)


def _union_method(verb: Verb, t: UnionType, checkers: Checkers, argument: Ref) -> MethodPlan:
    package = checkers.package
    variants = tuple(package.models[x.name] for x in t.variants if isinstance(x, ir.ModelRef))
    first: dict[str, Field] = {}
    types: dict[str, list[Type]] = {}
    for model in variants:
        for f in model.fields:
            first.setdefault(f.names.python, f)
            types.setdefault(f.names.python, []).append(f.type)
    params = []
    for name, f in first.items():
        merged = list(dict.fromkeys(types[name]))
        typ: Type = merged[0] if len(merged) == 1 else UnionType(tuple(types[name]))
        params.append(
            Param(
                f.names,
                typ,
                False,
                False,
                str(f.description),
                f.deprecated,
                f.pointer,
                nullable(typ),
                MISSING,
            )
        )
    others = [x for x in t.variants if not isinstance(x, ir.ModelRef)]
    short: Type | None = None
    if others:
        short = others[0] if len(others) == 1 else UnionType(tuple(others))
    short_name = "value"
    while short_name in first:
        short_name += "_"
    return MethodPlan(
        "SWML",
        verb,
        "union",
        tuple(params),
        variants=variants,
        short=short,
        short_name=short_name,
        argument=argument,
    )


def action_method(verb: Verb, checkers: Checkers, argument: Ref) -> MethodPlan:
    """``FunctionResult.<verb>`` in the reference SDK's form."""
    t = verb.argument
    assert isinstance(t, ir.ModelRef)
    model = checkers.package.models[t.name]
    params, positional = _signature(model, dropped=True)
    for p in params:
        checkers.value(p.type, f"{verb.wire_name}_{p.names.wire}", p.pointer)
    return MethodPlan(
        "FunctionResult",
        verb,
        "action",
        params,
        model=model,
        argument=argument,
        positional=positional,
    )


__all__ = [
    "Form",
    "MethodPlan",
    "Param",
    "action_method",
    "model_params",
    "swml_method",
]
