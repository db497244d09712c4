"""Beyond the published schema: the project's own schema file, merged into upstream's document.

SignalWire's published SWML schema lacks things the platform takes and the reference SDKs emit
(SWAIG actions such as ``wait_for_user``, the ``execute_rpc`` verb, ``context_switch``'s
``full_reset``). They are wire facts, so they cannot be overlays (an overlay only annotates);
they live in ``spec/beyond.schema.json``, a JSON Schema 2020-12 document that is ours and says
so. Its shape (checked against ``codegen/schemas/beyond-file.schema.json``)::

    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "x-additions": {
        "/$defs/Action": {"anyOf": [{"$ref": "#/$defs/WaitForUserAction"}]},
        "/$defs/ContextSwitchAction/properties/context_switch": {
          "properties": {"full_reset": {"type": "boolean", "x-source": "https://..."}}
        }
      },
      "$defs": {"WaitForUserAction": {..., "x-source": "https://..."}}
    }

Each ``x-additions`` entry names, by JSON pointer, a node of upstream's document and what to
add to it: variants appended to its ``anyOf`` (each a ``$ref`` to a definition of this file), or
properties added to its ``properties``. ``$ref`` s are read in the effective document, so
``#/$defs/SWMLVar`` is upstream's. Every definition and every added property says where its shape
is documented (``x-source``: SignalWire's page, or the reference SDK behaviour recorded in
``docs/``).

What an addition *is*, so that a later upstream release defining it can be recognised: a
variant is its key, the one property its definition requires (an action's key, a verb's name);
a property is its name. When upstream already defines the same key among the variants of that
union, or the same property, **upstream's wins**: ours is left out (with the definitions only
it uses) and listed in ``Merged.shadowed``, which ``codegen sync`` reports so ours can be
removed. Upstream describes what the platform takes; ours was only ever a stand-in.

The merge happens before the overlays apply, so overlays (``x-helpers`` naming these actions)
see one document; ``Merged.origins`` maps each merged node to this file, so a problem found in
it later is reported here rather than in upstream's file.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import jsonschema

from codegen.errors import SpecProblem
from codegen.loader import pointer_of

JSON = Any

#: The file, in the spec directory, beside upstream's SWMLObject.json.
FILE = "beyond.schema.json"
KEYWORD = "x-additions"
_LOCAL = "#/$defs/"


@dataclass(frozen=True)
class Addition:
    """One thing ours adds: ``what`` (``variant`` or ``property``), its ``key`` (the action key,
    verb or property name), the upstream node it goes into (``target``, a pointer) and the
    definition of ours that holds it (``definition``; none for a property)."""

    what: str
    key: str
    target: str
    definition: str | None

    def describe(self) -> str:
        if self.what == "variant":
            return f"{self.key!r} (variant $defs/{self.definition} of {self.target})"
        return f"{self.key!r} (property of {self.target})"


@dataclass
class Merged:
    """Upstream's document with ours merged in, what was merged, what upstream already defines
    (``shadowed``: left out, upstream's wins), problems, and effective pointer -> (our file,
    pointer into it) for every node ours put there."""

    document: JSON
    added: list[Addition] = field(default_factory=list)
    shadowed: list[Addition] = field(default_factory=list)
    problems: list[SpecProblem] = field(default_factory=list)
    origins: dict[str, tuple[str, str]] = field(default_factory=dict)


def _file_schema() -> JSON:
    text = resources.files("codegen.schemas").joinpath("beyond-file.schema.json").read_text()
    return json.loads(text)


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


def _node(document: JSON, pointer: str) -> JSON:
    node = document
    for part in _parts(pointer):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _def_name(ref: JSON) -> str | None:
    if isinstance(ref, str) and ref.startswith(_LOCAL) and "/" not in ref[len(_LOCAL) :]:
        return ref[len(_LOCAL) :].replace("~1", "/").replace("~0", "~")
    return None


def variant_key(schema: JSON) -> str | None:
    """What a union variant is known by: the one property it requires (an action's key, a
    verb's name), else its one property; None when it has neither."""
    if not isinstance(schema, dict):
        return None
    required = schema.get("required")
    if isinstance(required, list) and len(required) == 1 and isinstance(required[0], str):
        return required[0]
    properties = schema.get("properties")
    if isinstance(properties, dict) and len(properties) == 1:
        return str(next(iter(properties)))
    return None


def upstream_keys(document: JSON, target: str) -> dict[str, str]:
    """Key -> ``$defs`` name of every variant the union at ``target`` already has."""
    union = _node(document, target)
    defs = document.get("$defs", {}) if isinstance(document, dict) else {}
    out: dict[str, str] = {}
    for entry in union.get("anyOf", []) if isinstance(union, dict) else []:
        name = _def_name(entry.get("$ref")) if isinstance(entry, dict) else None
        if name is not None and (key := variant_key(defs.get(name))) is not None:
            out.setdefault(key, name)
    return out


def _refs(node: JSON) -> Iterator[str]:
    if isinstance(node, dict):
        name = _def_name(node.get("$ref"))
        if name is not None:
            yield name
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def merge(upstream: JSON, ours: JSON, file: str) -> Merged:
    """A copy of ``upstream`` with ``ours`` merged in (module docstring); ``upstream`` is left
    untouched. With problems, ``document`` is upstream's copy unchanged."""
    merged = Merged(copy.deepcopy(upstream))
    problems = merged.problems
    validator = jsonschema.Draft202012Validator(_file_schema())
    for error in sorted(validator.iter_errors(ours), key=lambda e: list(map(str, e.path))):
        problems.append(
            SpecProblem(
                file,
                pointer_of(list(error.absolute_path)),
                f"not the shape of {FILE}: {error.message}",
                str(error.schema.get("description", "")) or "see codegen/beyond.py",
            )
        )
    if problems:
        return merged
    our_defs: dict[str, JSON] = ours.get("$defs", {})
    upstream_defs: dict[str, JSON] = merged.document.setdefault("$defs", {})
    live: list[tuple[Addition, str, JSON]] = []  # (addition, its location in ours, node)
    for target, addition in ours[KEYWORD].items():
        at = pointer_of((KEYWORD, target))
        node = _node(merged.document, target)
        if not isinstance(node, dict):
            problems.append(
                SpecProblem(
                    file,
                    at,
                    f"{target} is not an object schema of upstream's document",
                    "a pointer to a union (anyOf) or an object schema (properties) upstream has",
                )
            )
            continue
        for index, entry in enumerate(addition.get("anyOf", [])):
            where = pointer_of((KEYWORD, target, "anyOf", index))
            name = _def_name(entry["$ref"])
            key = variant_key(our_defs.get(name)) if name is not None else None
            if not isinstance(node.get("anyOf"), list):
                problems.append(
                    SpecProblem(file, where, f"{target} has no anyOf to add a variant to")
                )
            elif name is None or name not in our_defs:
                problems.append(
                    SpecProblem(
                        file,
                        where + "/$ref",
                        f"{entry['$ref']!r} names no definition of this file",
                        f"#/$defs/NAME with NAME one of {', '.join(our_defs) or 'none'}",
                    )
                )
            elif key is None:
                problems.append(
                    SpecProblem(
                        file,
                        pointer_of(("$defs", name)),
                        f"variant $defs/{name} has no key: it neither requires exactly one "
                        "property nor has exactly one",
                        "an object whose one required property is its action key or verb",
                    )
                )
            else:
                item = Addition("variant", key, target, name)
                if key in upstream_keys(merged.document, target):
                    merged.shadowed.append(item)
                else:
                    live.append((item, where, entry))
        for name, schema in addition.get("properties", {}).items():
            where = pointer_of((KEYWORD, target, "properties", name))
            item = Addition("property", name, target, None)
            if not isinstance(node.get("properties"), dict):
                problems.append(
                    SpecProblem(file, where, f"{target} has no properties to add {name!r} to")
                )
            elif name in node["properties"]:
                merged.shadowed.append(item)
            else:
                live.append((item, where, schema))
    # The definitions to merge: those the live additions reach, through our own $refs.
    needed: list[str] = []
    pending = [name for item, _, node in live for name in [item.definition, *_refs(node)]]
    while pending:
        name = pending.pop(0)
        if name is None or name in needed or name not in our_defs:
            continue
        needed.append(name)
        pending.extend(_refs(our_defs[name]))
    for name in needed:
        if name in upstream_defs:
            problems.append(
                SpecProblem(
                    file,
                    pointer_of(("$defs", name)),
                    f"upstream's document has a $defs/{name} of its own",
                    "another name for ours (upstream's is a different thing: it is not among "
                    "the variants ours adds to)",
                )
            )
    if problems:
        return merged
    for name in needed:
        upstream_defs[name] = copy.deepcopy(our_defs[name])
        merged.origins["#/$defs/" + _escape(name)] = (file, pointer_of(("$defs", name)))
    for item, where, node in live:
        target_node = _node(merged.document, item.target)
        if item.what == "variant":
            target_node["anyOf"].append(copy.deepcopy(node))
            index = len(target_node["anyOf"]) - 1
            merged.origins[f"#{item.target}/anyOf/{index}"] = (file, where)
        else:
            target_node["properties"][item.key] = copy.deepcopy(node)
            merged.origins[f"#{item.target}/properties/{_escape(item.key)}"] = (file, where)
        merged.added.append(item)
    return merged


__all__ = ["FILE", "KEYWORD", "Addition", "Merged", "merge", "upstream_keys", "variant_key"]
