"""SignalWire's published SWML schema as a test oracle for every verb.

Other test modules use this to check what a generated builder emits against the newest upstream
document schema (``../shared/upstream/swml/SWMLObject-2026-08-18.json``):

* ``validator()``: a cached 2020-12 validator over the whole SWML document, reading ``pattern``
  as ECMA-262 (via ``regress``), as the schema means it; ``is_valid_method(verb, argument)`` and
  ``method_errors(verb, argument)`` check ``{verb: argument}`` as one entry of a section.
* ``verbs()``: the 43 verb keys, in the order of ``$defs/SWMLMethod``.
* ``argument_strategy(verb)``: valid arguments, drawn by hypothesis-jsonschema from a draft-7,
  finite copy of the verb's definition, each one re-checked with ``is_valid_method``.
* ``invalid_mutations(verb, argument)``: deterministic edits of a valid argument that the schema
  refuses, each with a description naming the JSON path.

Why the draft-7 copy differs from the upstream text (everything else is kept):

* hypothesis-jsonschema reads draft 7 at most: ``$defs`` become ``definitions`` and
  ``unevaluatedProperties`` becomes ``additionalProperties``. That is equivalent only where
  ``properties`` is the sole keyword at the same level that evaluates properties (no
  ``allOf``/``anyOf``/``oneOf``/``$ref``/``patternProperties`` beside it); ``_to_draft7`` checks
  this for every occurrence and refuses a schema where it does not hold, rather than generate
  values the real schema refuses. A ``$ref`` with siblings (``minProperties``) is wrapped in an
  ``allOf``, since draft 7 ignores the siblings of ``$ref``.
* ``pattern`` is ECMA-262; Python's ``re`` (used by hypothesis-jsonschema) reads ``.``, ``$`` and
  ``\\d`` differently, so each pattern is translated to a Python regex that matches the same
  strings (``_python_pattern``).
* Annotations (``title``, ``description``, ``examples``, ``default``, ``deprecated``) are dropped:
  they cannot change validity, and canonicalising them costs time on every draw.
* hypothesis-jsonschema refuses recursive references, and the schema has four cycles: verb lists
  (``$defs/SWMLMethod``, reached by cond, switch, execute, connect, join_conference and, through
  the ``SWML`` action of a SWAIG function that refers to the root document, by the AI verbs), POM
  sections, function-parameter schemas and ai_sidecar parameters. ``_generation_schema`` inlines
  every reference: a verb list below ``method_depth`` nested lists holds only the few smallest
  non-recursive verbs (their definitions from the file), and a definition of another cycle met
  again deeper than ``_CYCLE_DEPTH`` times becomes ``false``, which hypothesis-jsonschema prunes
  (optional property dropped, array empty, union branch removed).
"""

from __future__ import annotations

import copy
import functools
import json
import random
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import regress
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator, ValidationError
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from jsonschema.validators import extend
from referencing import Registry
from referencing.jsonschema import DRAFT202012

#: The newest upstream document schema (see ../shared/upstream/README.md).
SCHEMA_FILE: Final = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "upstream"
    / "swml"
    / "SWMLObject-2026-08-18.json"
)

Schema = dict[str, Any]
#: A JSON path as keys and indexes, rendered by ``json_path``.
Path_ = tuple[str | int, ...]

DRAFT7: Final = "http://json-schema.org/draft-07/schema#"

# -- the upstream document and its ECMA-262 validator ---------------------------------------------


@functools.cache
def document() -> Schema:
    """The upstream schema as published (do not mutate: it is shared)."""
    loaded: Schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return loaded


@functools.cache
def _ecma_regex(pattern: str) -> regress.Regex:
    # "u": JSON Schema patterns are Unicode-aware ECMA-262 regexes; `find` searches anywhere,
    # as `pattern` does (it is not implicitly anchored).
    return regress.Regex(pattern, "u")


def _ecma_pattern(
    validator: Validator, pattern: str, instance: object, schema: Schema
) -> Iterator[ValidationError]:
    """The ``pattern`` keyword with ECMA-262 semantics (jsonschema's own uses Python's ``re``)."""
    if validator.is_type(instance, "string") and _ecma_regex(pattern).find(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


#: Draft 2020-12 with ECMA-262 ``pattern``; ``format`` stays an annotation, as 2020-12 says.
EcmaValidator: Final = extend(Draft202012Validator, validators={"pattern": _ecma_pattern})


@functools.cache
def _registry() -> Registry[Any]:
    # The AI verbs' SWML action refers to the root by its relative `$id` ("SWMLObject.json");
    # registering the document under that URI resolves it, and "SWMLObject.json#/$defs/..." too.
    doc = document()
    return Registry().with_resource(doc["$id"], DRAFT202012.create_resource(doc))


@functools.cache
def validator() -> Validator:
    """A validator of a whole SWML document (``{"version": ..., "sections": {"main": [...]}}``)."""
    return EcmaValidator(document(), registry=_registry())


@functools.cache
def _validator_at(pointer: str) -> Validator:
    """A validator of the subschema at ``pointer`` (``#/$defs/...``), refs resolved in the root."""
    return EcmaValidator({"$ref": f"{document()['$id']}{pointer}"}, registry=_registry())


def is_valid_method(verb: str, argument: Any) -> bool:
    """Whether ``{verb: argument}`` is a valid SWML method (one entry of a section)."""
    return _validator_at("#/$defs/SWMLMethod").is_valid({verb: argument})


def method_errors(verb: str, argument: Any) -> list[str]:
    """Why ``{verb: argument}`` is not a valid SWML method; empty when it is.

    ``SWMLMethod`` is an ``anyOf`` whose every branch requires its own verb key, so its single
    error says nothing; the messages come from the branch of ``verb`` (for a nested union, its
    most relevant sub-error), each as ``json-path: message``.
    """
    method = {verb: argument}
    if _validator_at("#/$defs/SWMLMethod").is_valid(method):
        return []
    definition = _verb_definitions().get(verb)
    if definition is None:
        return [f"$: {verb!r} is not one of the {len(verbs())} SWML verbs"]
    messages = []
    for error in _validator_at(f"#/$defs/{definition}").iter_errors(method):
        leaf = best_match(error.context) if error.context else error
        messages.append(f"{leaf.json_path}: {leaf.message}")
    return sorted(messages)


# -- verbs -----------------------------------------------------------------------------------------


@functools.cache
def _verb_definitions() -> dict[str, str]:
    """Verb key -> name of its ``$defs`` entry, in ``SWMLMethod`` order."""
    defs = document()["$defs"]
    out: dict[str, str] = {}
    for branch in defs["SWMLMethod"]["anyOf"]:
        name = _def_name(branch["$ref"])
        (verb,) = defs[name]["properties"]  # each branch is an object with the verb as sole key
        assert defs[name]["required"] == [verb], name
        out[verb] = name
    return out


def verbs() -> list[str]:
    """The verb keys of ``$defs/SWMLMethod``, in its order (43 in the 2026-08-18 schema)."""
    return list(_verb_definitions())


def _def_name(ref: str) -> str:
    """``#/$defs/X`` -> ``X``; the root document (``SWMLObject.json``) -> ``""``."""
    if ref == document()["$id"]:
        return ""
    prefix = "#/$defs/"
    if not ref.startswith(prefix) or "/" in ref[len(prefix) :]:
        raise ValueError(f"unsupported $ref {ref!r}")
    return ref[len(prefix) :]


# -- the draft-7 copy ------------------------------------------------------------------------------

#: Annotations: they never change validity.
_DROPPED: Final = frozenset({"title", "description", "examples", "default", "deprecated"})
#: Keywords whose value is copied as it is (their meaning is the same in draft 7).
_COPIED: Final = frozenset(
    {
        "type",
        "required",
        "const",
        "enum",
        "minimum",
        "maximum",
        "minItems",
        "maxItems",
        "minLength",
        "minProperties",
        "format",
    }
)
#: Keywords that, beside ``unevaluatedProperties``, would evaluate properties too.
_EVALUATES_PROPERTIES: Final = frozenset(
    {
        "allOf",
        "anyOf",
        "oneOf",
        "$ref",
        "if",
        "then",
        "else",
        "not",
        "dependentSchemas",
        "patternProperties",
        "additionalProperties",
    }
)


def _to_draft7(node: Any, pointer: str) -> Any:
    """One upstream (2020-12) schema as draft 7; raises on a keyword it does not know."""
    if isinstance(node, bool):
        return node
    out: Schema = {}
    for key, value in node.items():
        where = f"{pointer}/{key}"
        if key in _DROPPED:
            continue
        if key in _COPIED:
            out[key] = copy.deepcopy(value)
        elif key == "$ref":
            name = _def_name(value)
            out[key] = f"#/definitions/{name}" if name else "#"
        elif key == "pattern":
            out[key] = _python_pattern(value)
        elif key in ("items", "not"):
            out[key] = _to_draft7(value, where)
        elif key in ("anyOf", "allOf", "oneOf"):
            out[key] = [_to_draft7(v, f"{where}/{i}") for i, v in enumerate(value)]
        elif key == "properties":
            out[key] = {k: _to_draft7(v, f"{where}/{k}") for k, v in value.items()}
        elif key == "unevaluatedProperties":
            # Only `properties` at this level evaluates properties, so "unevaluated" means "not
            # listed in properties", which is what additionalProperties means.
            clash = _EVALUATES_PROPERTIES.intersection(node)
            if clash:
                raise NotImplementedError(
                    f"{pointer}: unevaluatedProperties beside {sorted(clash)} is not "
                    "additionalProperties; distribute it into the branches first"
                )
            out["additionalProperties"] = _to_draft7(value, where)
        else:
            raise NotImplementedError(f"{where}: keyword {key!r} has no draft-7 translation")
    if "$ref" in out and len(out) > 1:
        # Draft 7 ignores the siblings of $ref; 2020-12 applies them.
        out = {"allOf": [{"$ref": out.pop("$ref")}], **out}
    return out


@functools.cache
def draft7_document() -> Schema:
    """The whole upstream document as draft 7 (recursive; for validators, not for generation).

    Patterns are Python regexes here (see ``_python_pattern``), so jsonschema's
    ``Draft7Validator`` over this copy accepts exactly what ``validator()`` accepts.
    """
    doc = document()
    root = {k: v for k, v in doc.items() if k not in ("$schema", "$id", "$defs")}
    return {
        "$schema": DRAFT7,
        **_to_draft7(root, "#"),
        "definitions": {k: _to_draft7(v, f"#/$defs/{k}") for k, v in doc["$defs"].items()},
    }


# -- ECMA-262 patterns as Python regexes -----------------------------------------------------------

#: ECMA-262 line terminators: `.` matches anything else.
_DOT: Final = "[^\\n\\r\\u2028\\u2029]"
#: Escapes whose meaning differs: ECMA's classes are ASCII-only, Python's are Unicode.
_CLASS_ESCAPES: Final = {"d": "0-9", "w": "A-Za-z0-9_"}
_NEGATED_ESCAPES: Final = {"D": "[^0-9]", "W": "[^A-Za-z0-9_]"}
#: Escapes that mean the same in both (a literal character).
_LITERAL_ESCAPES: Final = frozenset("$%{}()[].*+?^|/\\-nrtf")


def _python_pattern(pattern: str) -> str:
    """An ECMA-262 ``pattern`` (no flags) as a Python regex that matches the same strings.

    Covers what the upstream patterns use (classes, groups, lookahead, quantifiers, ``\\d``);
    an escape whose reading could differ and is not translated raises, so a new upstream
    pattern fails loudly here instead of generating strings the real validator refuses.
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            escaped = pattern[i + 1]
            if escaped in _CLASS_ESCAPES:
                body = _CLASS_ESCAPES[escaped]
                out.append(body if in_class else f"[{body}]")
            elif escaped in _NEGATED_ESCAPES and not in_class:
                out.append(_NEGATED_ESCAPES[escaped])
            elif escaped in _LITERAL_ESCAPES:
                out.append(char + escaped)
            else:
                raise NotImplementedError(f"escape \\{escaped} in {pattern!r} is not translated")
            i += 2
            continue
        if in_class:
            in_class = char != "]"
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
            if pattern[i + 1 : i + 2] == "^":  # a leading ^ negates; it is not an anchor
                out.append("^")
                i += 1
        elif char == ".":
            out.append(_DOT)
        elif char == "$":
            out.append("\\Z")  # ECMA's $ (no m flag) is the end of input; Python's allows a \n
        else:
            out.append(char)
        i += 1
    return "".join(out)


# -- a finite schema per verb for hypothesis-jsonschema --------------------------------------------

#: How often a definition of a non-verb cycle (POM, parameter schemas) may nest in itself.
_CYCLE_DEPTH: Final = 2
#: How many of the smallest non-recursive verbs make the verb lists below ``method_depth``.
_LEAF_VERBS: Final = 5


def _refs(node: Any) -> Iterator[str]:
    """The definition names a draft-7 schema refers to directly ("" is the root)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value[len("#/definitions/") :] if value != "#" else ""
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


@functools.cache
def _reachable() -> dict[str, frozenset[str]]:
    """Definition name ("" = root) -> every definition reachable from it through references."""
    doc = draft7_document()
    bodies = {"": doc, **doc["definitions"]}
    direct = {
        name: frozenset(_refs(body if name else _root_body())) for name, body in bodies.items()
    }
    out: dict[str, frozenset[str]] = {}
    for name in direct:
        seen: set[str] = set()
        todo = list(direct[name])
        while todo:
            other = todo.pop()
            if other not in seen:
                seen.add(other)
                todo.extend(direct[other])
        out[name] = frozenset(seen)
    return out


def _root_body() -> Schema:
    return {k: v for k, v in draft7_document().items() if k not in ("$schema", "definitions")}


def _body(name: str) -> Any:
    return _root_body() if name == "" else draft7_document()["definitions"][name]


def _recursive(name: str) -> bool:
    return name in _reachable()[name]


@functools.cache
def _leaf_verbs() -> tuple[str, ...]:
    """The verbs a verb list holds below ``method_depth``: the smallest that refer to nothing
    recursive, so that the schema ends; chosen from the file, in ``SWMLMethod`` order."""
    candidates = []
    for order, (verb, name) in enumerate(_verb_definitions().items()):
        if not any(_recursive(other) for other in _reachable()[name] | {name}):
            size = len(json.dumps(_inline(_body(name), {}, 0)))
            candidates.append((size, order, verb))
    return tuple(
        verb for _, _, verb in sorted(sorted(candidates)[:_LEAF_VERBS], key=lambda c: c[1])
    )


def _inline(node: Any, depth: Mapping[str, int], method_depth: int) -> Any:
    """``node`` with every reference replaced by its target, recursion cut (see module doc)."""
    if isinstance(node, list):
        return [_inline(v, depth, method_depth) for v in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        (name,) = _refs({"$ref": node["$ref"]})
        seen = depth.get(name, 0)
        if name == "SWMLMethod" and seen >= method_depth:
            defs = _verb_definitions()
            return {"anyOf": [_inline(_body(defs[v]), {}, 0) for v in _leaf_verbs()]}
        if name != "SWMLMethod" and _recursive(name) and seen >= _CYCLE_DEPTH:
            return False
        return _inline(_body(name), {**depth, name: seen + 1}, method_depth)
    return {
        key: (
            {k: _inline(v, depth, method_depth) for k, v in value.items()}
            if key == "properties"
            else _inline(value, depth, method_depth)
            if key in ("items", "not", "additionalProperties", "anyOf", "allOf", "oneOf")
            else value
        )
        for key, value in node.items()
    }


@functools.cache
def _generation_schema_json(verb: str, method_depth: int) -> str:
    name = _verb_definitions()[verb]
    argument = _body(name)["properties"][verb]
    return json.dumps({"$schema": DRAFT7, **_inline(argument, {name: 1}, method_depth)})


def generation_schema(verb: str, method_depth: int = 1) -> Schema:
    """The finite draft-7 schema ``argument_strategy`` draws from (a fresh copy)."""
    loaded: Schema = json.loads(_generation_schema_json(verb, method_depth))
    return loaded


# -- strategies ------------------------------------------------------------------------------------

#: verb -> [values drawn, values the upstream validator refused]; see ``filter_rates``.
_DRAWN: Final[dict[str, list[int]]] = {}


def filter_rates() -> dict[str, tuple[int, int]]:
    """Verb -> (values drawn, values refused by ``is_valid_method`` and filtered out)."""
    return {verb: (drawn, refused) for verb, (drawn, refused) in _DRAWN.items()}


def _checked(verb: str) -> Callable[[Any], bool]:
    counts = _DRAWN.setdefault(verb, [0, 0])

    def check(value: Any) -> bool:
        counts[0] += 1
        if is_valid_method(verb, value):
            return True
        counts[1] += 1
        return False

    return check


@functools.cache
def argument_strategy(verb: str, method_depth: int = 1) -> st.SearchStrategy[Any]:
    """Valid arguments of ``verb``: ``{verb: value}`` passes ``is_valid_method`` for each."""
    if verb not in _verb_definitions():
        raise KeyError(f"{verb!r} is not one of the SWML verbs {verbs()}")
    return from_schema(generation_schema(verb, method_depth)).filter(_checked(verb))
