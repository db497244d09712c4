"""What each checker's value holds, for ``validate``'s every-problem pass, in both languages.

The generated checkers stop at the first fault. ``validate`` runs the document's checker first
and only where it refuses looks inside the refused value, part by part, with the same checkers;
to do so it needs to know what each checker's value holds: its *shape*. This module decides the
shapes once, from the plan's checkers, for the Python package (``_validate.py``) and the
TypeScript one (``validate.ts``); a printer only spells them (``CheckPrinter.shape``), each as a
tuple whose first item names the kind:

- ``model``: the model's keys, then per field (wire key, required, part, expected), then what a
  key beyond them may hold (an open object) or nothing;
- ``list`` / ``map``: the items' part with what each may be, the bounds, what the whole may be;
- ``union``: the variant table the keys choose from (as ``pick_variant`` chooses), the checkers
  of the list variants, and the tag (key, (constant, checker) pairs) that chooses first;
- ``least``: an object with a minimum number of keys, looked at as its model;
- ``method``: a SWML method, ``{verb: argument}``, of any verb or of those listed.

A *part* is checked on its own: a scalar by its inline test, any value by the JSON copy, the rest
by its checker. A checker without a shape (a scalar verb argument, a joined list, any value) is
one whose refusal is the only fault there is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from codegen import ir
from codegen.ir import Field, Model, Package, Type
from codegen.plan.checkers import METHOD, Checker, Ref, Tag, VariantTable

ShapeKind = Literal["model", "list", "map", "union", "least", "method"]


@dataclass(frozen=True)
class ModelShape:
    """An object of the model's keys: each field's value is a part; keys beyond them are
    unknown, or (``extra``) each a part of that type."""

    kind: ClassVar[ShapeKind] = "model"
    model: Model
    #: In the model's order: the order the walk reports their faults in.
    fields: tuple[Field, ...]
    extra: Type | None


@dataclass(frozen=True)
class ListShape:
    """A list of ``type.item`` parts, between ``low`` and ``high`` (None: no bound) long."""

    kind: ClassVar[ShapeKind] = "list"
    type: ir.ArrayType

    @property
    def item(self) -> Type:
        return self.type.item

    @property
    def low(self) -> int:
        return self.type.min_items or 0

    @property
    def high(self) -> int | None:
        return self.type.max_items


@dataclass(frozen=True)
class MapShape:
    """An object of ``type.values`` parts under any string keys, at least ``low`` of them."""

    kind: ClassVar[ShapeKind] = "map"
    type: ir.MapType

    @property
    def item(self) -> Type:
        return self.type.values

    @property
    def low(self) -> int:
        return self.type.min_properties or 0


@dataclass(frozen=True)
class UnionShape:
    """A union: an object is looked at as the one variant of ``table`` its keys select, a list
    as the list variant when there is one (several, or none: the union's refusal is the
    fault)."""

    kind: ClassVar[ShapeKind] = "union"
    table: VariantTable | None
    arrays: tuple[Ref, ...]
    #: The key whose constant names the variant, which selects it before the keys do.
    tag: Tag | None = None


@dataclass(frozen=True)
class LeastShape:
    """An object with at least some keys: looked at as ``model``, whose checker it calls."""

    kind: ClassVar[ShapeKind] = "least"
    model: ir.ModelRef


@dataclass(frozen=True)
class MethodShape:
    """``{verb: argument}``: the argument looked at with the verb's checker, where the verb is
    one (of ``only``, when given)."""

    kind: ClassVar[ShapeKind] = "method"
    only: tuple[str, ...] | None


Shape = ModelShape | ListShape | MapShape | UnionShape | LeastShape | MethodShape

#: The shape of the checker of any SWML method (``check_method`` / ``checkMethod``), which the
#: plan does not list among its functions.
ANY_METHOD = MethodShape(None)


def shape_of(checker: Checker, package: Package) -> Shape | None:
    """What the value ``checker`` checks holds, or None where its refusal is the one fault
    there is (scalars, joined lists, any value)."""
    t = checker.type
    if checker.union is not None:
        return UnionShape(checker.union.table, checker.union.arrays, checker.union.tag)
    match t:
        case ir.ModelRef() if checker.ref.kind == "model":
            model = package.models[t.name]
            return ModelShape(model, model.fields, model.extra)
        case ir.ModelRef():
            return LeastShape(ir.ModelRef(t.name))
        case ir.ArrayType():
            return ListShape(t)
        case ir.MapType():
            return MapShape(t)
        case ir.MethodType():
            return MethodShape(t.only)
        case _:
            return None


def with_shapes(checkers: tuple[Checker, ...], package: Package) -> tuple[tuple[Ref, Shape], ...]:
    """Each checker that has a shape, with it: any SWML method's first, then ``checkers``'s in
    their order."""
    found = ((c.ref, shape_of(c, package)) for c in checkers)
    return ((METHOD, ANY_METHOD), *((ref, s) for ref, s in found if s is not None))


__all__ = [
    "ANY_METHOD",
    "LeastShape",
    "ListShape",
    "MapShape",
    "MethodShape",
    "ModelShape",
    "Shape",
    "ShapeKind",
    "UnionShape",
    "shape_of",
    "with_shapes",
]
