"""Every difference between the intermediate models of two specs, as a flat list of ``Delta``.

The IR (``codegen.ir.Package``) is all the renderers read, so a difference in the generated files
is a difference here, and the rules (``codegen/diff/rules/``) judge these records, never the raw
schema. The walk is total: every attribute of every verb, model, field, value set, named union and
type node is compared, so nothing the generator sees can change without a ``Delta``; the engine
reports each one a rule does not explain as ``unclassified-change``.

Types are compared node by node: two nodes of the same kind compare attribute by attribute
(``type.max_length``, ``type.url_schemes``, ...), containers recurse (``items``, ``values``,
``extra``, union variants matched by kind), and nodes of different kinds are one ``type.kind``
delta. A model or value set that disappears while a reference to it is retargeted at a new one
(a ``$defs`` key or ``x-enum-name`` renamed) is a rename: one ``renamed`` delta, then the content
of the old one compared with the new one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from codegen.ir import (
    AliasRef,
    ArrayType,
    EnumDef,
    EnumRef,
    Field,
    JoinedListType,
    LiteralType,
    MapType,
    Model,
    ModelRef,
    Package,
    Type,
    UnionType,
    Verb,
)


@dataclass(frozen=True)
class Delta:
    """One difference. ``scope`` and ``name`` say what holds it (a verb, model, value set, named
    union, the package, or the generated Python surface), ``member`` which field, enum value or
    parameter, ``attr`` what changed, ``trail`` where inside a type."""

    scope: str
    name: str
    member: str = ""
    attr: str = ""
    trail: tuple[str, ...] = ()
    before: Any = None
    after: Any = None
    #: A JSON pointer into the effective spec where the change lives (for naming the file).
    pointer: str = ""

    @property
    def is_type(self) -> bool:
        return self.attr.startswith("type.")

    @property
    def type_attr(self) -> str:
        return self.attr.removeprefix("type.")

    @property
    def in_map(self) -> bool:
        """Inside the values of a map or of an object's extra keys."""
        return "values" in self.trail or "extra" in self.trail


# -- types ---------------------------------------------------------------------------------------

_REFS = (ModelRef, EnumRef, AliasRef)
_SCALAR_KINDS = {"StringType", "IntegerType", "NumberType", "BooleanType", "NullType"}


def kind(t: Type) -> str:
    """The kind of a type node as people read it: ``string``, ``model JoinConferenceStream``."""
    names = {
        "StringType": "string",
        "IntegerType": "integer",
        "NumberType": "number",
        "BooleanType": "boolean",
        "NullType": "null",
        "VarType": "SWML variable",
        "AnyType": "any value",
        "ArrayType": "list",
        "MapType": "map",
        "MethodType": "SWML method",
    }
    cls = type(t).__name__
    if cls in names:
        return names[cls]
    if isinstance(t, LiteralType):
        return f"the constant {t.value!r}"
    if isinstance(t, EnumRef):
        return f"a value of {t.name}"
    if isinstance(t, JoinedListType):
        return f"values of {t.enum} joined by {t.separator!r}"
    if isinstance(t, ModelRef):
        return f"a {t.name} object"
    if isinstance(t, AliasRef):
        return f"a {t.name}"
    if isinstance(t, UnionType):
        shown = [kind(v) for v in t.variants[:4]]
        more = f" or {len(t.variants) - 4} more" if len(t.variants) > 4 else ""
        return " or ".join(shown) + more
    return cls


def _variant_key(t: Type) -> str:
    """How union variants are matched across sides: by kind, and by name or value where a kind
    can appear more than once (``PlayWithURL`` and ``PlayWithURLS`` are both models)."""
    if isinstance(t, _REFS):
        return f"{type(t).__name__}:{t.name}"
    if isinstance(t, LiteralType):
        return f"LiteralType:{t.value!r}"
    return type(t).__name__


def type_deltas(a: Type, b: Type, where: Delta) -> Iterator[Delta]:
    """The differences between two type nodes at ``where`` (its scope, name, member, pointer)."""
    if a == b:
        return

    def at(attr: str, before: Any, after: Any, *more: str) -> Delta:
        return dataclasses.replace(
            where,
            attr=f"type.{attr}",
            trail=(*where.trail, *more),
            before=before,
            after=after,
        )

    if type(a) is not type(b):
        yield at("kind", a, b)
        return
    if isinstance(a, UnionType):
        assert isinstance(b, UnionType)
        yield from _union_deltas(a, b, where, at)
        return
    if isinstance(a, ArrayType):
        assert isinstance(b, ArrayType)
        inner = dataclasses.replace(where, trail=(*where.trail, "items"))
        yield from type_deltas(a.item, b.item, inner)
        for bound in ("min_items", "max_items"):
            if getattr(a, bound) != getattr(b, bound):
                yield at(bound, getattr(a, bound), getattr(b, bound))
        return
    if isinstance(a, MapType):
        assert isinstance(b, MapType)
        inner = dataclasses.replace(where, trail=(*where.trail, "values"))
        yield from type_deltas(a.values, b.values, inner)
        if a.min_properties != b.min_properties:
            yield at("min_properties", a.min_properties, b.min_properties)
        return
    if isinstance(a, _REFS):
        assert isinstance(b, _REFS)
        if a.name != b.name:
            yield at("ref", a, b)
    if isinstance(a, JoinedListType):
        assert isinstance(b, JoinedListType)
        if a.enum != b.enum:
            yield at("ref", EnumRef(a.enum), EnumRef(b.enum))
        if a.separator != b.separator:
            yield at("separator", a.separator, b.separator)
        return
    for item in dataclasses.fields(a):
        if item.name == "name" and isinstance(a, _REFS):
            continue
        old, new = getattr(a, item.name), getattr(b, item.name)
        if old != new:
            yield at(item.name, old, new)


def _union_deltas(a: UnionType, b: UnionType, where: Delta, at: Any) -> Iterator[Delta]:
    old = {_variant_key(v): v for v in a.variants}
    new = {_variant_key(v): v for v in b.variants}
    # A variant whose name changed (a model renamed) is matched by its kind when it is the only
    # variant of that kind gone and the only one new: new key -> old key.
    moved: dict[str, str] = {}
    for cls in sorted({type(v).__name__ for v in (*a.variants, *b.variants)}):
        lost = [k for k in old if k not in new and k.split(":")[0] == cls]
        gained = [k for k in new if k not in old and k.split(":")[0] == cls]
        if len(lost) == 1 and len(gained) == 1:
            moved[gained[0]] = lost[0]
    # One scalar kind replaced by another (number by integer) is a change of kind, not a
    # variant lost and another gained.
    lost = [k for k in old if k not in new and k not in moved.values() and ":" not in k]
    gained = [k for k in new if k not in old and k not in moved and ":" not in k]
    if len(lost) == 1 and len(gained) == 1 and {lost[0], gained[0]} <= _SCALAR_KINDS:
        moved[gained[0]] = lost[0]
    matched = {moved.get(k, k): k for k in new if moved.get(k, k) in old}
    for key, variant in old.items():
        if key not in matched:
            yield at("variant-removed", variant, None)
    for key, variant in new.items():
        if moved.get(key, key) not in matched:
            yield at("variant-added", None, variant)
    for key, variant in old.items():
        if key in matched:
            inner = dataclasses.replace(where, trail=(*where.trail, f"variant {kind(variant)}"))
            yield from type_deltas(variant, new[matched[key]], inner)
    if a.exclusive != b.exclusive:
        yield at("exclusive", a.exclusive, b.exclusive)
    order_old = [k for k in old if k in matched]
    order_new = [moved.get(k, k) for k in new if moved.get(k, k) in matched]
    if order_old != order_new:
        yield at("variant-order", a.variants, b.variants)


# -- models, fields, value sets ------------------------------------------------------------------


def field_deltas(model: str, a: Field, b: Field) -> Iterator[Delta]:
    where = Delta("model", model, a.names.wire, pointer=b.pointer or a.pointer)
    pairs: list[tuple[str, Any, Any]] = [
        ("python-name", a.names.python, b.names.python),
        ("camel-name", a.names.camel, b.names.camel),
        ("required", a.required, b.required),
        ("description", a.description, b.description),
        ("default", a.default, b.default),
        ("method-default", a.method_default, b.method_default),
        ("deprecated", a.deprecated, b.deprecated),
        ("pointer", a.pointer, b.pointer),
    ]
    for attr, old, new in pairs:
        if old != new or type(old) is not type(new):
            yield dataclasses.replace(where, attr=attr, before=old, after=new)
    yield from type_deltas(a.type, b.type, where)


def model_deltas(name: str, a: Model, b: Model) -> Iterator[Delta]:
    where = Delta("model", name, pointer=b.pointer)
    for attr, was, now in (
        ("description", a.description, b.description),
        ("camel-name", a.camel_name, b.camel_name),
        ("action-method", a.action_method, b.action_method),
        ("positional", a.positional, b.positional),
        ("pointer", a.pointer, b.pointer),
    ):
        if was != now:
            yield dataclasses.replace(where, attr=attr, before=was, after=now)
    if (a.extra is None) != (b.extra is None):
        yield dataclasses.replace(where, attr="extra", before=a.extra, after=b.extra)
    elif a.extra is not None and b.extra is not None:
        inner = dataclasses.replace(where, trail=("extra",))
        yield from type_deltas(a.extra, b.extra, inner)
    old = {f.names.wire: f for f in a.fields}
    new = {f.names.wire: f for f in b.fields}
    for wire, f in old.items():
        if wire not in new:
            yield dataclasses.replace(
                where, member=wire, attr="removed", before=f, pointer=f.pointer
            )
    for wire, f in new.items():
        if wire not in old:
            yield dataclasses.replace(where, member=wire, attr="added", after=f, pointer=f.pointer)
    for wire, f in old.items():
        if wire in new:
            yield from field_deltas(name, f, new[wire])
    common_old = [w for w in old if w in new]
    common_new = [w for w in new if w in old]
    if common_old != common_new:
        yield dataclasses.replace(where, attr="order", before=common_old, after=common_new)


def enum_deltas(name: str, a: EnumDef, b: EnumDef) -> Iterator[Delta]:
    where = Delta("enum", name, pointer=(b.users or a.users or ("",))[0])
    if a.description != b.description:
        yield dataclasses.replace(
            where, attr="description", before=a.description, after=b.description
        )
    if a.users != b.users:
        yield dataclasses.replace(where, attr="users", before=a.users, after=b.users)
    old = {m.value: m for m in a.members}
    new = {m.value: m for m in b.members}
    for value, m in old.items():
        if value not in new:
            yield dataclasses.replace(where, member=value, attr="member-removed", before=m)
    for value, m in new.items():
        if value not in old:
            yield dataclasses.replace(where, member=value, attr="member-added", after=m)
    for value, m in old.items():
        if value in new:
            n = new[value]
            if m.name != n.name:
                yield dataclasses.replace(
                    where, member=value, attr="member-renamed", before=m.name, after=n.name
                )
            if m.description != n.description:
                yield dataclasses.replace(
                    where,
                    member=value,
                    attr="member-description",
                    before=m.description,
                    after=n.description,
                )
    if [v for v in old if v in new] != [v for v in new if v in old]:
        yield dataclasses.replace(where, attr="order", before=a.values, after=b.values)


def verb_deltas(a: Verb, b: Verb) -> Iterator[Delta]:
    where = Delta("verb", a.wire_name, pointer=b.pointer)
    for attr, old, new in (
        ("description", a.description, b.description),
        ("names", a.names, b.names),
        ("pointer", a.pointer, b.pointer),
    ):
        if old != new:
            yield dataclasses.replace(where, attr=attr, before=old, after=new)
    yield from type_deltas(a.argument, b.argument, where)


# -- the package ---------------------------------------------------------------------------------


def _renames(deltas: list[Delta], removed: set[str], added: set[str]) -> dict[str, str]:
    """old name -> new name, where a reference moved from a name that is gone to a new one."""
    pairs: dict[str, str] = {}
    for d in deltas:
        if d.attr == "type.ref" and d.before.name in removed and d.after.name in added:
            pairs.setdefault(d.before.name, d.after.name)
    return pairs


def _named(
    scope: str,
    old: dict[str, Any],
    new: dict[str, Any],
    content: Any,
    renames: dict[str, str],
    pointer: Any,
) -> Iterator[Delta]:
    renamed_to = set(renames.values())
    for name, value in old.items():
        if name in new:
            yield from content(name, value, new[name])
        elif name in renames:
            target = renames[name]
            yield Delta(
                scope,
                target,
                attr="renamed",
                before=name,
                after=target,
                pointer=pointer(new[target]),
            )
            yield from content(target, value, new[target])
        else:
            yield Delta(scope, name, attr="removed", before=value, pointer=pointer(value))
    for name, value in new.items():
        if name not in old and name not in renamed_to:
            yield Delta(scope, name, attr="added", after=value, pointer=pointer(value))


def _alias_deltas(name: str, a: UnionType, b: UnionType) -> Iterator[Delta]:
    yield from type_deltas(a, b, Delta("alias", name))


def package_deltas(a: Package, b: Package) -> list[Delta]:
    """Every difference between two packages, in a stable order."""
    deltas: list[Delta] = []
    old_verbs = {v.wire_name: v for v in a.verbs}
    new_verbs = {v.wire_name: v for v in b.verbs}
    for wire, verb in old_verbs.items():
        if wire not in new_verbs:
            deltas.append(Delta("verb", wire, attr="removed", before=verb, pointer=verb.pointer))
    for wire, verb in new_verbs.items():
        if wire not in old_verbs:
            deltas.append(Delta("verb", wire, attr="added", after=verb, pointer=verb.pointer))
    for wire, verb in old_verbs.items():
        if wire in new_verbs:
            deltas.extend(verb_deltas(verb, new_verbs[wire]))
    if [w for w in old_verbs if w in new_verbs] != [w for w in new_verbs if w in old_verbs]:
        deltas.append(
            Delta("package", "verbs", attr="order", before=list(old_verbs), after=list(new_verbs))
        )

    # Content first without renames, to find the references that moved; then again with them.
    kinds: list[tuple[str, dict[str, Any], dict[str, Any], Any, Any]] = [
        ("model", a.models, b.models, model_deltas, lambda m: m.pointer),
        ("enum", a.enums, b.enums, enum_deltas, lambda e: (e.users or ("",))[0]),
        ("alias", a.aliases, b.aliases, _alias_deltas, lambda _u: ""),
    ]
    probe: list[Delta] = list(deltas)
    for _, old, new, content, _ in kinds:
        for name in old.keys() & new.keys():
            probe.extend(content(name, old[name], new[name]))
    for scope, old, new, content, pointer in kinds:
        renames = _renames(probe, set(old) - set(new), set(new) - set(old))
        if scope == "model" and a.document in set(old) - set(new) and b.document in new:
            renames.setdefault(str(a.document), str(b.document))  # the root's own name
        deltas.extend(_named(scope, old, new, content, renames, pointer))

    if a.var_pattern != b.var_pattern:
        deltas.append(
            Delta(
                "package",
                "var_pattern",
                attr="var-pattern",
                before=a.var_pattern,
                after=b.var_pattern,
                pointer="#/$defs/SWMLVar",
            )
        )
    if a.document != b.document:
        deltas.append(
            Delta(
                "package",
                "document",
                attr="document",
                before=a.document,
                after=b.document,
                pointer="#",
            )
        )
    return deltas
