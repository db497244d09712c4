"""What the checks may ask about the two sides of a diff (``Context``): which verbs a change
reaches and by which path, which spec file it was made in, who it affects, and what the generated
API holds.

Its own module, below the rules and the engine, so that both import it and neither imports the
other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from codegen.ir import (
    AliasRef,
    ArrayType,
    EnumRef,
    JoinedListType,
    MapType,
    ModelRef,
    Package,
    Type,
    UnionType,
)
from codegen.loader import resolve_pointer

from .delta import Delta
from .model import PYTHON, TYPESCRIPT, WIRE
from .side import Side

#: A verb's API methods: on the SWML builder always, on FunctionResult for action verbs.
METHOD_CLASSES = ("SWML", "FunctionResult")


# -- where a change is -----------------------------------------------------------------------------


@dataclass
class Reach:
    """For each model, value set and named union: the verbs whose argument reaches it, each with
    the path from the argument to it (``stream``; "" for the argument itself)."""

    models: dict[str, dict[str, str]] = field(default_factory=dict)
    enums: dict[str, dict[str, str]] = field(default_factory=dict)
    aliases: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Verbs with a SWML-variable type somewhere in their argument.
    var_users: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, package: Package) -> Reach:
        reach = cls()
        for verb in package.verbs:
            reach._walk(package, verb.wire_name, verb.argument, "", set())
        return reach

    def _walk(self, package: Package, verb: str, t: Type, path: str, seen: set[str]) -> None:
        def join(*parts: str) -> str:
            return ".".join(p for p in parts if p)

        if isinstance(t, ModelRef):
            self.models.setdefault(t.name, {}).setdefault(verb, path)
            if t.name in seen or t.name not in package.models:
                return
            seen.add(t.name)
            model = package.models[t.name]
            for f in model.fields:
                self._walk(package, verb, f.type, join(path, f.names.wire), seen)
            if model.extra is not None:
                self._walk(package, verb, model.extra, join(path, "*"), seen)
        elif isinstance(t, (EnumRef, JoinedListType)):
            name = t.name if isinstance(t, EnumRef) else t.enum
            self.enums.setdefault(name, {}).setdefault(verb, path)
        elif isinstance(t, AliasRef):
            self.aliases.setdefault(t.name, {}).setdefault(verb, path)
            if t.name in seen or t.name not in package.aliases:
                return
            seen.add(t.name)
            self._walk(package, verb, package.aliases[t.name], path, seen)
        elif isinstance(t, UnionType):
            for variant in t.variants:
                self._walk(package, verb, variant, path, seen)
        elif isinstance(t, ArrayType):
            self._walk(package, verb, t.item, path + "[]", seen)
        elif isinstance(t, MapType):
            self._walk(package, verb, t.values, join(path, "*"), seen)
        elif type(t).__name__ == "VarType":
            self.var_users.setdefault(verb, path)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


@dataclass
class Context:
    """What the checks may ask about the two sides."""

    base: Side
    head: Side
    reach_base: Reach = field(init=False)
    reach_head: Reach = field(init=False)

    def __post_init__(self) -> None:
        #: old name -> new name of every model, value set and union renamed (``renamed`` deltas).
        self.renamed: dict[str, str] = {}
        self.reach_base = Reach.of(self.base.package)
        self.reach_head = Reach.of(self.head.package)
        self.changed_inputs = [
            name
            for name in sorted(set(self.base.inputs) | set(self.head.inputs))
            if _canonical(self.base.inputs.get(name)) != _canonical(self.head.inputs.get(name))
        ]

    # -- names ------------------------------------------------------------------------------------

    def exported(self, name: str, *, head: bool) -> bool:
        side = self.head if head else self.base
        return name in side.surface.exports

    def affects(self, *, wire: bool = False, python: bool = True) -> tuple[str, ...]:
        """Who a change reaches: Python callers, TypeScript callers when that package is
        generated on both sides, and payloads (the wire) when what is valid changed."""
        who: list[str] = []
        if python:
            who.append(PYTHON)
            if self.base.typescript is not None and self.head.typescript is not None:
                who.append(TYPESCRIPT)
        if wire:
            who.append(WIRE)
        return tuple(who)

    # -- verbs and paths -------------------------------------------------------------------------

    def verbs_of(self, d: Delta) -> dict[str, str]:
        """Verb -> path to what ``d`` changed, head side first, then the base side's."""
        if d.scope == "verb":
            return {d.name: ""}
        if d.scope == "method":
            method = d.name.partition(".")[2]
            for side in (self.head, self.base):
                for verb in side.package.verbs:
                    if verb.names.python == method:
                        return {verb.wire_name: ""}
            return {}
        if d.scope == "package" and d.attr == "var-pattern":
            return {**self.reach_base.var_users, **self.reach_head.var_users}
        table = {"model": "models", "enum": "enums", "alias": "aliases"}.get(d.scope)
        if table is None:
            return {}
        found: dict[str, str] = {}
        names = {d.name, *(n for n in (d.before, d.after) if isinstance(n, str))}
        if d.attr != "renamed":
            names = {d.name}
        for reach in (self.reach_head, self.reach_base):
            for name in names:
                for verb, path in getattr(reach, table).get(name, {}).items():
                    found.setdefault(verb, path)
        return found

    def path_of(self, d: Delta) -> str:
        """``verb:path.to.field``; the name of what changed when no verb reaches it."""
        verbs = self.verbs_of(d)
        member = d.member if d.scope == "model" else ""
        if d.scope == "method":
            member = d.member
        if d.scope == "package":
            return {"var_pattern": "SWMLVar", "document": "(document)"}.get(d.name, d.name)
        documents = {self.base.package.document, self.head.package.document} - {None}
        renamed_from = d.before if d.attr == "renamed" else None
        if d.scope == "model" and (d.name in documents or renamed_from in documents):
            # The whole SWML document (``SWML``'s own model), not a field of one verb.
            return "(document)" + (f".{d.member}" if d.member else "")
        if not verbs:
            if d.scope == "export":
                return d.name
            return ".".join(p for p in (d.name, member) if p) or d.scope
        verb, path = next(iter(verbs.items()))
        inner = ".".join(p for p in (path, member) if p)
        if d.scope == "enum":
            inner = path
        return f"{verb}:{inner or '(verb)'}"

    def where(self, d: Delta) -> str:
        """How a message names the place: ``stream.url`` or the verb."""
        path = self.path_of(d)
        verb, colon, inner = path.partition(":")
        if not colon:
            return path
        return verb if inner == "(verb)" else inner

    # -- files -------------------------------------------------------------------------------------

    def file_of(self, d: Delta) -> str:
        """The changed input file that holds the change at ``d.pointer``; every changed input
        when the pointer does not say (a rename decided by another part of the spec)."""
        changed = self.changed_inputs
        if len(changed) <= 1:
            return changed[0] if changed else ""
        pointer = d.pointer.lstrip("#")
        touched = [n for n in changed if pointer and self._touches(n, pointer)]
        return ", ".join(touched or changed)

    def _touches(self, name: str, pointer: str) -> bool:
        old, new = self.base.inputs.get(name), self.head.inputs.get(name)
        if _is_overlay(old) or _is_overlay(new):
            return _actions_at(old, pointer) != _actions_at(new, pointer)
        return _node_at(old, pointer) != _node_at(new, pointer)

    # -- the generated API -------------------------------------------------------------------------

    def covers(self, d: Delta) -> frozenset[tuple[str, str]]:
        """The (method, ``*``) and ("export", name) pairs of the generated API that ``d``
        accounts for: every method of every verb it reaches (a value set's new name changes the
        annotations of the keywords it types; a field removed from a union's variant changes the
        variant choice), and the names it is about."""
        out: set[tuple[str, str]] = set()
        if d.scope in ("model", "enum", "alias"):
            for name in {d.name, *(n for n in (d.before, d.after) if isinstance(n, str))}:
                out.add(("export", name))
        for wire in self.verbs_of(d):
            for cls in METHOD_CLASSES:
                out.add((f"{cls}.{self._python_verb(wire)}", "*"))
        return frozenset(out)

    def _python_verb(self, wire: str) -> str:
        for side in (self.head, self.base):
            for verb in side.package.verbs:
                if verb.wire_name == wire:
                    return verb.names.python
        return wire


def _is_overlay(document: Any) -> bool:
    return isinstance(document, dict) and "overlay" in document and "actions" in document


def _actions_at(document: Any, pointer: str) -> str:
    actions = document.get("actions", []) if isinstance(document, dict) else []
    mine = []
    for action in actions if isinstance(actions, list) else []:
        target = str(action.get("target", "")) if isinstance(action, dict) else ""
        if _related(target, pointer):
            mine.append(action)
    return _canonical(mine)


def _related(a: str, b: str) -> bool:
    a, b = a.rstrip("/"), b.rstrip("/")
    return a == b or a.startswith(b + "/") or b.startswith(a + "/")


def _node_at(document: Any, pointer: str) -> str:
    try:
        return _canonical(resolve_pointer(document, pointer))
    except (KeyError, TypeError, ValueError, IndexError):
        return "<missing>"
