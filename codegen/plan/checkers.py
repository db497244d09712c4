"""Which checker functions a package needs, what each is called and how its unions decide.

A scalar is checked inline by each language's test expression; everything composite (objects,
lists, maps, unions, verb lists, joined lists) by a generated function. This module decides,
once for both languages, which functions exist, in which order they stand, what they are called
(``Ref``), and for a union how a value finds its variant (``UnionCheck``). A printer only spells
the result: ``check_X`` / ``checkX``, ``_list_of_str`` in both.

Names say what a checker checks: by its shape where that is short (``list_of_str``,
``map_of_any``, ``list_of_ConnectDestination``), otherwise after the first place that needs it
(``AIObject_prompt``, ``verb_sleep``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from codegen import ir
from codegen.ir import Model, Package, Type, UnionType, is_scalar

RefKind = Literal["model", "alias", "method", "anonymous"]


@dataclass(frozen=True)
class Ref:
    """A checker function: a model's or named union's (``kind`` says which, ``name`` is the
    model's), the one of any SWML method, or an anonymous one named ``name``."""

    kind: RefKind
    name: str


METHOD = Ref("method", "method")


@dataclass(frozen=True)
class Variant:
    """One entry of a union's variant table: a model (its keys choose it) or another composite."""

    type: Type
    checker: Ref
    model: Model | None


@dataclass(frozen=True)
class VariantTable:
    """The object variants of a union, for the runtime's ``pick_variant`` / ``pickVariant``;
    unions of the same variants share one table, named after the first."""

    name: str
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class Tag:
    """A key whose constant value names the variant (``type``: ``"Say"`` / ``"Play"``): every
    object variant is closed and either requires ``key`` as a string constant of its own or does
    not take it. An object whose ``key`` holds one of the constants can only be that variant, so
    it goes to that checker alone (whose refusal names the fault inside it) instead of each
    variant its keys fit being tried in turn."""

    key: str
    #: (constant, model), in the table's order.
    variants: tuple[tuple[str, Model], ...]


@dataclass(frozen=True)
class UnionCheck:
    """How a value finds its variant: scalars first, by their inline tests; then a joined list
    or lists; then objects, by their keys."""

    #: The variants with nested unions spread out.
    flat: UnionType
    scalars: tuple[Type, ...]
    joined: Ref | None
    arrays: tuple[Ref, ...]
    #: A variant takes any value: after scalars and lists, the value is copied as JSON.
    any: bool
    #: Fast paths (model name, key): a closed model requiring a key no other variant has is
    #: chosen by that key when every key given is its own (play: ``url`` / ``urls``).
    dispatch: tuple[tuple[Model, str], ...]
    table: VariantTable | None
    tag: Tag | None = None


@dataclass(frozen=True)
class Checker:
    """One generated checker function and what it checks."""

    ref: Ref
    type: Type
    #: The spec pointer of the first place that needs it, for the comment above it.
    origin: str
    union: UnionCheck | None = None


def _shape(t: Type) -> str | None:
    """A short name saying what ``t`` holds, or None when it needs more words than a name."""
    match t:
        case ir.StringType() if t == ir.StringType():
            return "str"
        case ir.IntegerType() if t == ir.IntegerType():
            return "int"
        case ir.NumberType() if t == ir.NumberType():
            return "number"
        case ir.BooleanType():
            return "bool"
        case ir.VarType():
            return "var"
        case ir.AnyType():
            return "any"
        case ir.ModelRef() if t.min_properties is None:
            return t.name
        case ir.AliasRef() | ir.EnumRef():
            return t.name
        case ir.MethodType() if t.only is None:
            return "method"
        case ir.JoinedListType():
            return f"joined_{t.enum}"
        case ir.ArrayType() if t.min_items is None and t.max_items is None:
            item = _shape(t.item)
            return None if item is None else f"list_of_{item}"
        case ir.MapType() if t.min_properties is None:
            values = _shape(t.values)
            return None if values is None else f"map_of_{values}"
        case ir.UnionType() if len(t.variants) <= 3:
            parts = [_shape(x) for x in t.variants]
            if any(p is None for p in parts):
                return None
            name = "_or_".join(p for p in parts if p is not None)
            return name if len(name) <= 40 else None
    return None


def _named(t: Type) -> Ref | None:
    """The checker a model, a named union or any SWML method has by its own name."""
    match t:
        case ir.ModelRef() if t.min_properties is None:
            return Ref("model", t.name)
        case ir.AliasRef():
            return Ref("alias", t.name)
        case ir.MethodType() if t.only is None:
            return METHOD
    return None


def needs_function(t: Type) -> bool:
    """Whether ``t`` is checked by a function (else by an inline test, or copied as JSON)."""
    return not is_scalar(t) and not isinstance(t, ir.AnyType)


def flat(t: UnionType) -> UnionType:
    """``t`` with nested unions spread out: a value is checked against every alternative either
    way (``TranscribeAction`` holds ``TranscribeSummarizeActionUnion``)."""
    out: list[Type] = []
    for x in t.variants:
        for inner in flat(x).variants if isinstance(x, UnionType) else (x,):
            if inner not in out:
                out.append(inner)
    return UnionType(tuple(out), t.exclusive)


@dataclass
class Checkers:
    """Every checker of a package, planned in the order the printers write them."""

    package: Package
    #: Named checkers (models, aliases) and anonymous ones, in order.
    checkers: list[Checker] = field(default_factory=list)
    _anonymous: dict[Type, Ref] = field(default_factory=dict)
    _pending: list[Checker] = field(default_factory=list)
    #: Keyed by the variants' types: unions of the same variants share a table.
    _tables: dict[tuple[Type, ...], VariantTable] = field(default_factory=dict)

    def ref(self, t: Type, owner: str, pointer: str = "") -> Ref:
        """The checker of a composite ``t``, planned now if it is new; ``owner`` names an
        anonymous one that has no short shape name, ``pointer`` is where the spec says it."""
        named = _named(t)
        if named is not None:
            return named
        if is_scalar(t):
            raise TypeError(f"{t!r} is checked inline, not by a function")
        found = self._anonymous.get(t)
        if found is not None:
            return found
        base = _shape(t) or re.sub(r"\W", "_", owner).strip("_")
        taken = {r.name for r in self._anonymous.values()}
        name, counter = base, 2
        while name in taken:
            name = f"{base}_{counter}"
            counter += 1
        ref = Ref("anonymous", name)
        self._anonymous[t] = ref
        self._pending.append(Checker(ref, t, pointer))
        return ref

    def value(self, t: Type, owner: str, pointer: str) -> None:
        """Plan what checking a value of ``t`` needs (nothing for an inline scalar)."""
        if needs_function(t):
            self.ref(t, owner, pointer)

    def lookup(self, t: Type) -> Ref:
        """The checker planned for ``t``; a printer asking for one the plan lacks is a bug."""
        return _named(t) or self._anonymous[t]

    def union(self, t: UnionType, within: Checker) -> UnionCheck:
        """How ``within``, the checker of ``t``, finds a value's variant; its children are
        named after it."""
        flattened = flat(t)
        variants = flattened.variants
        scalars = tuple(x for x in variants if is_scalar(x))
        joined = [x for x in variants if isinstance(x, ir.JoinedListType)]
        arrays = [x for x in variants if isinstance(x, ir.ArrayType)]
        has_any = any(isinstance(x, ir.AnyType) for x in variants)
        objects: list[Type] = [
            x
            for x in variants
            if needs_function(x) and not isinstance(x, (ir.ArrayType, ir.JoinedListType))
        ]
        at, owner = within.origin, within.ref.name
        joined_ref = self.ref(joined[0], f"{owner}_joined", at) if joined else None
        array_refs = tuple(self.ref(a, f"{owner}_list", at) for a in arrays)
        if has_any or not objects:
            return UnionCheck(flattened, scalars, joined_ref, array_refs, has_any, (), None)
        return UnionCheck(
            flattened,
            scalars,
            joined_ref,
            array_refs,
            False,
            self._dispatch(objects),
            self._table(objects, within),
            self._tag(objects),
        )

    def _dispatch(self, objects: list[Type]) -> tuple[tuple[Model, str], ...]:
        models = self._models(objects)
        if models is None:
            return ()
        found = []
        for model in models:
            others = {f.names.wire for m in models if m is not model for f in m.fields}
            unique = [f.names.wire for f in model.required if f.names.wire not in others]
            if unique:
                found.append((model, unique[0]))
        return tuple(found)

    def _models(self, objects: list[Type]) -> list[Model] | None:
        """The closed models ``objects`` are, or None when one is something else."""
        models = [
            self.package.models[x.name]
            for x in objects
            if isinstance(x, ir.ModelRef) and x.min_properties is None
        ]
        if len(models) != len(objects) or any(m.extra is not None for m in models):
            return None
        return models

    def _tag(self, objects: list[Type]) -> Tag | None:
        """The first key (in the first variants' field order) that is a ``Tag`` of ``objects``."""
        models = self._models(objects)
        if models is None:
            return None
        for key in dict.fromkeys(f.names.wire for m in models for f in m.fields):
            constants: list[tuple[str, Model]] = []
            for model in models:
                found = next((f for f in model.fields if f.names.wire == key), None)
                if found is None:
                    continue
                t = found.type
                if not found.required or not isinstance(t, ir.LiteralType):
                    break
                if not isinstance(t.value, str):
                    break
                constants.append((t.value, model))
            else:
                values = [value for value, _ in constants]
                if len(constants) > 1 and len(set(values)) == len(values):
                    return Tag(key, tuple(constants))
        return None

    def _table(self, objects: list[Type], within: Checker) -> VariantTable:
        owner = within.ref.name
        entries = tuple(
            Variant(
                x,
                self.ref(x, f"{owner}_variant", within.origin),
                self.package.models[x.name] if isinstance(x, ir.ModelRef) else None,
            )
            for x in objects
        )
        key = tuple(objects)
        table = self._tables.get(key)
        if table is None:
            # Named after the union that first needs it.
            table = VariantTable(owner, entries)
            self._tables[key] = table
        return table

    def plan_children(self, checker: Checker) -> Checker:
        """Plan what ``checker``'s body calls; returns it with its union decisions."""
        t = checker.type
        name = checker.ref.name
        match t:
            case ir.ArrayType():
                self.value(t.item, f"{name}_item", f"{checker.origin}/items")
            case ir.MapType():
                self.value(t.values, f"{name}_value", f"{checker.origin}/additionalProperties")
            case ir.UnionType():
                return Checker(checker.ref, t, checker.origin, self.union(t, checker))
        return checker

    def drain(self) -> Iterator[Checker]:
        """The anonymous checkers planned so far, and those they need in turn."""
        while self._pending:
            yield self.plan_children(self._pending.pop(0))

    @property
    def tables(self) -> list[VariantTable]:
        return list(self._tables.values())


__all__ = [
    "METHOD",
    "Checker",
    "Checkers",
    "Ref",
    "Tag",
    "UnionCheck",
    "Variant",
    "VariantTable",
]
