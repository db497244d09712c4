"""SignalWire's published SWML schema as a test oracle for every verb.

Test modules use this to check what a generated builder emits against the newest upstream document
schema, ``../shared/upstream/swml/SWMLObject-2026-08-18.json`` (JSON Schema 2020-12):

* ``validator()``: a cached validator of a whole SWML document that reads ``pattern`` as ECMA-262
  (via ``regress``), as the schema means it; ``is_valid_method(verb, argument)`` and
  ``method_errors(verb, argument)`` check ``{verb: argument}`` as one entry of a section.
* ``verbs()``: the 43 verb keys, in the order of ``$defs/SWMLMethod``.
* ``argument_strategy(verb)``: valid arguments, drawn by hypothesis-jsonschema from a draft-7,
  finite copy of the verb's definition; every value is re-checked with ``is_valid_method``
  (``filter_rates()`` counts how many that check threw away).
* ``invalid_mutations(verb, argument)``: deterministic edits of a valid argument that the schema
  refuses, each described with its JSON path.

How the schema is made something hypothesis-jsonschema (draft 7 at most, no recursion) can use:

* ``draft7_document()``: ``$defs`` become ``definitions``, the root's self-reference
  ``SWMLObject.json`` becomes ``#``, and ``unevaluatedProperties`` becomes
  ``additionalProperties``. That is the same only where ``properties`` is the sole keyword beside
  it that evaluates properties (no ``allOf``/``anyOf``/``oneOf``/``$ref``/... at that level); it
  holds at all 249 places in the 2026-08-18 file, and ``_to_draft7`` checks it at each one and
  raises where it would not hold, rather than generate values the real schema refuses. A ``$ref``
  with siblings (``minProperties``, 4 places) is wrapped in ``allOf``, since draft 7 ignores the
  siblings of ``$ref``. Annotations are dropped (they never change validity; canonicalising them
  costs time on every draw). Each ECMA-262 ``pattern`` becomes the Python regex matching the
  same strings (``_python_pattern``: ``.`` stops at line terminators, ``$`` is ``\\Z``, ``\\d``
  is ``[0-9]``), since hypothesis-jsonschema generates from it with Python's ``re``.
* ``generation_schema(verb)``: the verb's argument with every reference inlined, recursion
  cut. The schema has four cycles: verb lists (``$defs/SWMLMethod``, under cond, switch,
  execute, connect, join_conference and, through the ``SWML`` action of a SWAIG function, which
  refers to the root document, the AI verbs), POM sections, function-parameter schemas and
  ai_sidecar parameters. A verb list's entries become a placeholder (and the list at most
  ``_VERB_LIST_MAX`` long) that ``argument_strategy`` fills with methods drawn for any of the 43
  verbs, ``method_depth`` (default 1) levels deep; below that with the few smallest
  non-recursive verbs (``_leaf_verbs``, chosen from the file: denoise, label, return, set,
  unset). A definition of another cycle entered more than ``_CYCLE_DEPTH`` times on one path
  becomes ``false``, which hypothesis-jsonschema prunes (optional property left out, array
  empty, union branch removed).
* Size: ai, amazon_bedrock and connect still inline to 96-526 kB. For a schema over
  ``_VIEW_SIZE`` each draw first picks one of ``_VIEWS`` views, in which every closed object
  keeps its required properties and a seeded random ``_VIEW_OPTIONAL`` of its optional ones (the
  schema's own subschemas, cut; views are 1-80 kB and build in 0.01-0.4 s). Independently of
  size, hypothesis-jsonschema rebuilds a property's strategy on every draw of that property,
  canonicalising the whole subschema again, and checks each subschema against the 2020-12
  meta-schema; ``_memoised_building`` memoises the one and skips the other while this module's
  strategies run (about 10x faster on the AI verbs).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import json
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final, NamedTuple

import hypothesis_jsonschema._canonicalise as _hjs_canonicalise
import hypothesis_jsonschema._from_schema as _hjs_from_schema
import regress
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft7Validator, Draft202012Validator, ValidationError
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
DRAFT7: Final = "http://json-schema.org/draft-07/schema#"

Schema = dict[str, Any]
#: A place in a JSON value: object keys and array indexes from the top.
JsonPath = tuple[str | int, ...]

# -- the upstream document and its ECMA-262 validator ---------------------------------------------


@functools.cache
def document() -> Schema:
    """The upstream schema as published (shared: do not mutate it)."""
    loaded: Schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return loaded


@functools.cache
def _ecma_regex(pattern: str) -> regress.Regex:
    # "u": JSON Schema patterns are Unicode-aware ECMA-262 regexes. `find` searches anywhere, as
    # `pattern` does (it is not implicitly anchored).
    return regress.Regex(pattern, "u")


def _ecma_pattern(
    validator: Validator, pattern: str, instance: object, schema: Schema
) -> Iterator[ValidationError]:
    """The ``pattern`` keyword with ECMA-262 semantics (jsonschema's own uses Python's ``re``)."""
    if isinstance(instance, str) and _ecma_regex(pattern).find(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r} (ECMA-262)")


#: Draft 2020-12 with an ECMA-262 ``pattern``; ``format`` stays an annotation, as 2020-12 says.
# (types-jsonschema leaves `extend` unannotated.)
EcmaValidator: Final[type[Validator]] = extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, validators={"pattern": _ecma_pattern}
)


@functools.cache
def _registry() -> Registry[Any]:
    # The AI verbs' SWML action refers to the root by its relative `$id` ("SWMLObject.json");
    # registered under that URI, it resolves, and so does "SWMLObject.json#/$defs/...".
    doc = document()
    registry: Registry[Any] = Registry().with_resource(doc["$id"], DRAFT202012.create_resource(doc))
    return registry


@functools.cache
def validator() -> Validator:
    """A validator of a whole SWML document: ``{"version": "1.0.0", "sections": {...}}``."""
    return EcmaValidator(document(), registry=_registry())


@functools.cache
def _validator_at(pointer: str) -> Validator:
    """A validator of the upstream subschema at ``pointer`` (``#/$defs/...``), in the root."""
    return EcmaValidator({"$ref": f"{document()['$id']}{pointer}"}, registry=_registry())


def is_valid_method(verb: str, argument: Any) -> bool:
    """Whether ``{verb: argument}`` is a valid SWML method (one entry of a section)."""
    return _validator_at("#/$defs/SWMLMethod").is_valid({verb: argument})


def method_errors(verb: str, argument: Any) -> list[str]:
    """Why ``{verb: argument}`` is not a valid SWML method, as ``json-path: message``; [] if it is.

    ``SWMLMethod`` is an ``anyOf`` whose every branch requires its own verb key, so its one error
    says nothing: the messages come from the verb's own branch, unions opened down to the errors
    of each alternative.
    """
    if is_valid_method(verb, argument):
        return []
    definition = _verb_definitions().get(verb)
    if definition is None:
        return [f"$: {verb!r} is not one of the SWML verbs"]
    leaves: list[str] = []

    def collect(error: ValidationError) -> None:
        if error.context:
            for sub in error.context:
                collect(sub)
        else:
            leaves.append(f"{error.json_path}: {error.message}")

    for error in _validator_at(f"#/$defs/{definition}").iter_errors({verb: argument}):
        collect(error)
    return sorted(set(leaves))


# -- verbs -----------------------------------------------------------------------------------------


@functools.cache
def _verb_definitions() -> dict[str, str]:
    """Verb key -> name of its ``$defs`` entry, in ``SWMLMethod`` order."""
    defs = document()["$defs"]
    out: dict[str, str] = {}
    for branch in defs["SWMLMethod"]["anyOf"]:
        name = _def_name(branch["$ref"])
        (verb,) = defs[name]["properties"]  # each branch is an object with the verb as sole key
        if defs[name].get("required") != [verb]:
            raise ValueError(f"$defs/{name} does not require its one property {verb!r}")
        out[verb] = name
    return out


def verbs() -> list[str]:
    """The verb keys of ``$defs/SWMLMethod``, in its order (43 in the 2026-08-18 file)."""
    return list(_verb_definitions())


def _def_name(ref: str) -> str:
    """``#/$defs/X`` -> ``X``; the root document (``SWMLObject.json``) -> ``""``."""
    if ref == document()["$id"]:
        return ""
    prefix = "#/$defs/"
    name = ref.removeprefix(prefix)
    if not ref.startswith(prefix) or "/" in name or "~" in name:
        raise NotImplementedError(f"$ref {ref!r} is neither a definition nor the root")
    return name


# -- the draft-7 copy ------------------------------------------------------------------------------

#: Annotations: they never change validity.
_DROPPED: Final = frozenset({"title", "description", "examples", "default", "deprecated"})
#: Keywords copied as they are: they mean the same in draft 7 (`const` since draft 6).
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
#: Keywords that, beside `unevaluatedProperties`, would evaluate properties too.
_EVALUATES_PROPERTIES: Final = frozenset(
    {
        "allOf",
        "anyOf",
        "oneOf",
        "$ref",
        "$dynamicRef",
        "if",
        "then",
        "else",
        "dependentSchemas",
        "patternProperties",
        "additionalProperties",
    }
)


def _to_draft7(node: Any, pointer: str) -> Any:
    """One upstream (2020-12) schema in draft 7; raises on a keyword it has no translation of."""
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
            clash = _EVALUATES_PROPERTIES.intersection(node)
            if clash:
                # Properties evaluated by these would have to be added to each branch's
                # `properties` first; no upstream schema needs that yet.
                raise NotImplementedError(
                    f"{pointer}: unevaluatedProperties beside {sorted(clash)} is not "
                    "additionalProperties"
                )
            # Only `properties` at this level evaluates properties, so "unevaluated" is "not
            # listed in properties", which is what additionalProperties says.
            out["additionalProperties"] = _to_draft7(value, where)
        else:
            raise NotImplementedError(f"{where}: keyword {key!r} has no draft-7 translation")
    if "$ref" in out and len(out) > 1:
        # Draft 7 ignores the siblings of $ref; 2020-12 applies them.
        out = {"allOf": [{"$ref": out.pop("$ref")}], **out}
    return out


@functools.cache
def _draft7_json() -> str:
    doc = document()
    root = {k: v for k, v in doc.items() if k not in ("$schema", "$id", "$defs")}
    return json.dumps(
        {
            "$schema": DRAFT7,
            **_to_draft7(root, "#"),
            "definitions": {k: _to_draft7(v, f"#/$defs/{k}") for k, v in doc["$defs"].items()},
        }
    )


def draft7_document() -> Schema:
    """The whole upstream document in draft 7 (a fresh copy; still recursive).

    Its patterns are Python regexes, so jsonschema's ``Draft7Validator`` over it accepts what
    ``validator()`` accepts; it is what ``generation_schema`` inlines from.
    """
    loaded: Schema = json.loads(_draft7_json())
    return loaded


@functools.cache
def _draft7() -> Schema:
    """The shared, read-only parse of ``draft7_document`` the functions below walk."""
    return draft7_document()


# -- ECMA-262 patterns as Python regexes -----------------------------------------------------------

#: ECMA-262's `.`: anything but its four line terminators (Python's `.` stops only at \n).
_DOT: Final = "[^\\n\\r\\u2028\\u2029]"
#: ECMA-262's \d and \w are ASCII; Python's match any Unicode digit or letter.
_CLASS_ESCAPES: Final = {"d": "0-9", "w": "A-Za-z0-9_"}
_NEGATED_ESCAPES: Final = {"D": "[^0-9]", "W": "[^A-Za-z0-9_]"}
#: Escapes of a character that stands for itself in both dialects, or the same control character.
_SAME_ESCAPES: Final = frozenset("$%{}()[].*+?^|/\\-nrtf")


def _python_pattern(pattern: str) -> str:
    """An ECMA-262 ``pattern`` (no flags) as a Python regex matching the same strings.

    Covers what the upstream patterns use: classes, groups, lookahead, quantifiers, ``.``, ``$``
    and ``\\d``. An escape whose reading could differ and that has no translation raises, so a new
    upstream pattern fails here instead of generating strings the real validator refuses.
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            escaped = pattern[i + 1 : i + 2]
            if escaped in _CLASS_ESCAPES:
                body = _CLASS_ESCAPES[escaped]
                out.append(body if in_class else f"[{body}]")
            elif escaped in _NEGATED_ESCAPES and not in_class:
                out.append(_NEGATED_ESCAPES[escaped])
            elif escaped and escaped in _SAME_ESCAPES:
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
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                # `[]` and `[^]` mean "nothing" and "anything" in ECMA-262, not so in Python.
                raise NotImplementedError(f"empty class in {pattern!r} is not translated")
        elif char == ".":
            out.append(_DOT)
        elif char == "$":
            out.append("\\Z")  # ECMA-262's $ (no m flag) is the end; Python's allows a final \n
        else:
            out.append(char)
        i += 1
    return "".join(out)


# -- a finite schema per verb ----------------------------------------------------------------------

#: How often a definition of a cycle other than verb lists (POM sections, function-parameter
#: schemas, ai_sidecar parameters) may be entered on one path; deeper it becomes `false`.
_CYCLE_DEPTH: Final = 2
#: How many of the smallest non-recursive verbs fill the verb lists below ``method_depth``.
_LEAF_VERBS: Final = 5
#: The most entries a verb list is drawn with.
_VERB_LIST_MAX: Final = 3
#: The placeholder of a nested SWML method, a key no schema names: ``argument_strategy`` replaces
#: each ``{_NESTED: 0}`` with a method drawn for any verb.
_NESTED: Final = "\x00nested SWML method"


def _refs(node: Any) -> Iterator[str]:
    """The definition names a draft-7 schema refers to ("" is the root)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value.removeprefix("#/definitions/") if value != "#" else ""
            elif key != "definitions":
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _body(name: str) -> Any:
    """A definition of the draft-7 copy by name; "" is the root (without its definitions)."""
    doc = _draft7()
    if name:
        return doc["definitions"][name]
    return {k: v for k, v in doc.items() if k not in ("$schema", "definitions")}


@functools.cache
def _reachable(name: str) -> frozenset[str]:
    """Every definition reachable from ``name`` through references."""
    seen: set[str] = set()
    todo = list(_refs(_body(name)))
    while todo:
        other = todo.pop()
        if other not in seen:
            seen.add(other)
            todo.extend(_refs(_body(other)))
    return frozenset(seen)


def _recursive(name: str) -> bool:
    return name in _reachable(name)


@functools.cache
def _leaf_verbs() -> tuple[str, ...]:
    """The verbs of a verb list below ``method_depth``: the ``_LEAF_VERBS`` smallest (as inlined
    JSON) whose definitions reach nothing recursive, so their schemas end; in file order."""
    candidates = []
    for order, (verb, name) in enumerate(_verb_definitions().items()):
        if not any(_recursive(other) for other in _reachable(name) | {name}):
            size = len(json.dumps(_inline(_body(name), {}, {})))
            candidates.append((size, order, verb))
    chosen = sorted(candidates)[:_LEAF_VERBS]
    return tuple(verb for _, _, verb in sorted(chosen, key=lambda c: c[1]))


#: The keywords whose values are schemas (or lists of them) in the draft-7 copy.
_SUBSCHEMA_KEYS: Final = ("items", "not", "additionalProperties", "anyOf", "allOf", "oneOf")


def _inline(node: Any, entered: dict[str, int], method: Schema) -> Any:
    """``node`` with every ``$ref`` replaced by its target; a verb list's entries become
    ``method``, another cycle's definition entered ``_CYCLE_DEPTH`` times becomes ``false``."""
    if isinstance(node, list):
        return [_inline(v, entered, method) for v in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:  # alone: _to_draft7 moved any siblings into an allOf
        (name,) = _refs(node)
        if name == "SWMLMethod":
            return method
        count = entered.get(name, 0)
        if _recursive(name) and count >= _CYCLE_DEPTH:
            return False
        return _inline(_body(name), {**entered, name: count + 1}, method)
    out: Schema = {}
    for key, value in node.items():
        if key == "properties":
            out[key] = {k: _inline(v, entered, method) for k, v in value.items()}
        elif key in _SUBSCHEMA_KEYS:
            out[key] = _inline(value, entered, method)
        else:
            out[key] = value
    if node.get("items") == {"$ref": "#/definitions/SWMLMethod"}:
        # Each entry becomes a whole method drawn for some verb (an AI agent, say): a short list
        # keeps a nesting verb's draws and checks fast. Still a subset of the schema's lists.
        out["maxItems"] = max(
            out.get("minItems", 0), min(out.get("maxItems", _VERB_LIST_MAX), _VERB_LIST_MAX)
        )
    return out


@functools.cache
def _generation_schema_json(verb: str) -> str:
    name = _verb_definitions()[verb]
    argument = _body(name)["properties"][verb]
    placeholder = {"const": {_NESTED: 0}}
    return json.dumps({"$schema": DRAFT7, **_inline(argument, {name: 1}, placeholder)})


def generation_schema(verb: str) -> Schema:
    """The finite draft-7 schema of ``verb``'s argument that ``argument_strategy`` draws from.

    The entries of its verb lists are the placeholder ``{_NESTED: 0}``, filled after each draw.
    """
    loaded: Schema = json.loads(_generation_schema_json(verb))
    return loaded


def leaf_method_schema() -> Schema:
    """The finite draft-7 schema of a method in a verb list below ``method_depth``."""
    defs = _verb_definitions()
    return {"$schema": DRAFT7, "anyOf": [_inline(_body(defs[v]), {}, {}) for v in _leaf_verbs()]}


# -- views of the huge verbs -----------------------------------------------------------------------

#: A generation schema larger than this (JSON characters) is drawn through views: only ai
#: (526 kB), amazon_bedrock (258 kB) and connect (96 kB); the next, ai_sidecar, is 14 kB.
_VIEW_SIZE: Final = 50_000
#: How many views a huge verb has; each is built (0.01-0.4 s) the first time a draw picks it.
_VIEWS: Final = 8
#: Optional properties a closed object keeps in a view, beside all its required ones.
_VIEW_OPTIONAL: Final = 2
_CLOSED: Final[tuple[object, ...]] = ({"not": {}}, False)


def _view(node: Any, rng: random.Random) -> Any:
    """``node`` with each closed object's optional properties cut to a random few."""
    if isinstance(node, list):
        return [_view(v, rng) for v in node]
    if not isinstance(node, dict):
        return node
    out: Schema = {}
    for key, value in node.items():
        if key == "properties":
            required = set(node.get("required", ()))
            optional = [k for k in value if k not in required]
            keep = set(optional)
            # An open object would take a dropped name as an unconstrained extra property.
            if node.get("additionalProperties") in _CLOSED and len(optional) > _VIEW_OPTIONAL:
                keep = set(rng.sample(optional, _VIEW_OPTIONAL))
            out[key] = {k: _view(v, rng) for k, v in value.items() if k in required or k in keep}
        elif key in _SUBSCHEMA_KEYS:
            out[key] = _view(value, rng)
        else:
            out[key] = value
    return out


# -- strategies ------------------------------------------------------------------------------------

_built: dict[int, tuple[object, st.SearchStrategy[Any]]] = {}


def _from_schema_memoised(schema: Any, **options: Any) -> st.SearchStrategy[Any]:
    # Keyed on identity: the subschemas hypothesis-jsonschema passes here again and again are the
    # same objects each draw (its canonical schema's `properties` values); the entry keeps the
    # schema alive, so the id is not reused. The options are the same for every caller here
    # (from_schema's defaults).
    hit = _built.get(id(schema))
    if hit is not None and hit[0] is schema:
        return hit[1]
    strategy: st.SearchStrategy[Any] = _UNPATCHED["__from_schema"](schema, **options)
    _built[id(schema)] = (schema, strategy)
    return strategy


def _draft7_validator_class(_: object) -> type[Validator]:
    # Every schema hypothesis-jsonschema meets here is a draft-7 piece of this module's making;
    # its own choice checks each one against the 2020-12 meta-schema (none names a `$schema`),
    # which took half the time of an AI draw.
    return Draft7Validator


#: hypothesis-jsonschema 0.23.1 (pinned in pyproject.toml) internals replaced while this
#: module's strategies build or draw; with another version they are left alone (only slower).
_PATCHES: Final = (
    (_hjs_from_schema, "__from_schema", _from_schema_memoised),
    (_hjs_canonicalise, "__get_validator_class", _draft7_validator_class),
)
_UNPATCHED: Final[dict[str, Any]] = {
    name: getattr(module, name, None) for module, name, _ in _PATCHES
}
_patch_users = 0


@contextlib.contextmanager
def _memoised_building() -> Iterator[None]:
    """Speed hypothesis-jsonschema up while this module's strategies build or draw.

    Its object strategy builds the strategy of a property each time it draws that property,
    canonicalising the whole subschema again (seconds per draw for the AI verbs): the build is
    memoised; and the validators it makes on the way skip a meta-schema check. The module
    attributes are swapped only inside this block (re-entrant), so other users of
    hypothesis-jsonschema are unaffected.
    """
    global _patch_users
    active = all(callable(f) for f in _UNPATCHED.values())
    if active and _patch_users == 0:
        for module, name, replacement in _PATCHES:
            setattr(module, name, replacement)
    _patch_users += 1
    try:
        yield
    finally:
        _patch_users -= 1
        if active and _patch_users == 0:
            for module, name, _ in _PATCHES:
                setattr(module, name, _UNPATCHED[name])


@st.composite
def _drawn_memoised(draw: st.DrawFn, strategy: st.SearchStrategy[Any]) -> Any:
    with _memoised_building():
        return draw(strategy)


#: (verb, method_depth) -> [values drawn, values ``is_valid_method`` refused]; see filter_rates.
_checked_counts: dict[tuple[str, int], list[int]] = {}


def filter_rates() -> dict[tuple[str, int], tuple[int, int]]:
    """(verb, method_depth) -> (values drawn, values the upstream validator refused and the
    strategy filtered out), for the strategies used so far in this process."""
    return {key: (drawn, refused) for key, (drawn, refused) in _checked_counts.items()}


def _validity_check(verb: str, method_depth: int) -> Callable[[Any], bool]:
    counts = _checked_counts.setdefault((verb, method_depth), [0, 0])

    def check(value: Any) -> bool:
        counts[0] += 1
        if is_valid_method(verb, value):
            return True
        counts[1] += 1
        return False

    return check


@functools.cache
def _schema_strategy(verb: str | None, view: int | None) -> st.SearchStrategy[Any]:
    """From ``generation_schema(verb)`` (``view`` of it), or ``leaf_method_schema()`` (None)."""
    schema = leaf_method_schema() if verb is None else generation_schema(verb)
    if view is not None:
        schema = _view(schema, random.Random(f"{verb}/{view}"))
    with _memoised_building():
        return from_schema(schema)


def _fill(draw: st.DrawFn, value: Any, methods: st.SearchStrategy[Any]) -> Any:
    """``value`` with each placeholder of a nested method replaced by a draw from ``methods``."""
    if isinstance(value, dict):
        if value.keys() == {_NESTED}:
            return draw(methods)
        return {k: _fill(draw, v, methods) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(draw, v, methods) for v in value]
    return value


@st.composite
def _filled(draw: st.DrawFn, verb: str, method_depth: int) -> Any:
    if len(_generation_schema_json(verb)) > _VIEW_SIZE:
        view: int | None = draw(st.integers(0, _VIEWS - 1))
    else:
        view = None
    value = draw(_drawn_memoised(_schema_strategy(verb, view)))
    if method_depth > 0:
        methods = method_strategy(method_depth - 1)
    else:
        methods = _drawn_memoised(_schema_strategy(None, None))
    return _fill(draw, value, methods)


@functools.cache
def argument_strategy(verb: str, method_depth: int = 1) -> st.SearchStrategy[Any]:
    """Valid arguments of ``verb``: ``is_valid_method(verb, value)`` holds for every value.

    ``method_depth`` is how many levels of nested verb lists may hold any verb (each drawn by
    its own ``argument_strategy`` one level less deep); deeper lists hold the leaf verbs.
    """
    if verb not in _verb_definitions():
        raise KeyError(f"{verb!r} is not one of the SWML verbs {verbs()}")
    return _filled(verb, method_depth).filter(_validity_check(verb, method_depth))


@functools.cache
def method_strategy(method_depth: int = 1) -> st.SearchStrategy[dict[str, Any]]:
    """Valid SWML methods ``{verb: argument}`` of any verb (see ``argument_strategy``)."""
    return st.sampled_from(verbs()).flatmap(
        lambda verb: argument_strategy(verb, method_depth).map(lambda argument: {verb: argument})
    )


# -- invalid mutations -----------------------------------------------------------------------------

#: The keywords that can refuse a value (an annotation-only schema cannot).
_CONSTRAINING: Final = frozenset(
    {"$ref", "allOf", "anyOf", "oneOf", "not", "type", "const", "enum", "required", "properties"}
    | {"unevaluatedProperties", "items", "minimum", "maximum", "minItems", "maxItems"}
    | {"minLength", "minProperties", "pattern"}
)
#: Candidates validated per kind at most, kept or not: each costs a validation of the argument.
_ATTEMPTS_PER_KIND: Final = 8
#: A property name no upstream object lists.
UNKNOWN_KEY: Final = "not_in_the_schema"
#: At most this many mutations of each kind, the shallowest first, so that a large argument
#: (an AI agent) does not produce hundreds.
_PER_KIND: Final = 3
_METHOD_ITEMS: Final = {"$ref": "#/$defs/SWMLMethod"}


def json_path(path: JsonPath) -> str:
    """``("a", 0, "b c")`` -> ``$.a[0]["b c"]``."""
    out = "$"
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part)}]"
    return out


def _pointer(node_pointer: str, *parts: str) -> str:
    escaped = (p.replace("~", "~0").replace("/", "~1") for p in parts)
    return "/".join((node_pointer, *escaped))


def _upstream_at(pointer: str) -> Any:
    node: Any = document()
    for part in pointer.removeprefix("#").split("/")[1:]:
        key = part.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def _applicable(
    pointer: str, value: Any, path: JsonPath, out: dict[JsonPath, list[Schema]]
) -> None:
    """Record in ``out``, for ``value`` and every value inside it, the upstream subschemas that
    apply to it: through references, ``allOf``, and the first branch of a union it satisfies."""
    node = _upstream_at(pointer)
    if not isinstance(node, dict) or not _CONSTRAINING.intersection(node):
        # Open content (`set`'s values, `return`): nothing in it can be made invalid, and every
        # candidate tried there would cost a validation of the whole argument.
        return
    out.setdefault(path, []).append(node)
    if "$ref" in node:
        name = _def_name(node["$ref"])
        _applicable(f"#/$defs/{name}" if name else "#", value, path, out)
    for i in range(len(node.get("allOf", ()))):
        _applicable(f"{pointer}/allOf/{i}", value, path, out)
    for union in ("anyOf", "oneOf"):
        for i in range(len(node.get(union, ()))):
            branch = f"{pointer}/{union}/{i}"
            if _validator_at(branch).is_valid(value):
                _applicable(branch, value, path, out)
                break
    if isinstance(value, dict):
        properties = node.get("properties", {})
        for key, item in value.items():
            if key in properties:
                _applicable(_pointer(pointer, "properties", key), item, (*path, key), out)
            elif "unevaluatedProperties" in node:
                _applicable(f"{pointer}/unevaluatedProperties", item, (*path, key), out)
    if isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            _applicable(f"{pointer}/items", item, (*path, i), out)


def _replaced(value: Any, path: JsonPath, new: Callable[[Any], Any]) -> Any:
    """A deep copy of ``value`` with the value at ``path`` replaced by ``new(old)``."""
    if not path:
        return new(copy.deepcopy(value))
    head, *rest = path
    out = copy.copy(value)
    out[head] = _replaced(value[head], tuple(rest), new)
    return out


def _with_key(key: str, item: Any) -> Callable[[Any], Any]:
    return lambda obj: {**obj, key: item}


def _without_key(key: str) -> Callable[[Any], Any]:
    return lambda obj: {k: v for k, v in obj.items() if k != key}


def _constant(item: Any) -> Callable[[Any], Any]:
    return lambda _: copy.deepcopy(item)


#: Replacements of another JSON type, by the type of the value replaced; tried in order.
_OTHER_TYPES: Final[dict[type, tuple[Any, ...]]] = {
    str: (12345, None),
    bool: ("yes", 1),
    int: ("12345x", None),
    float: ("1.5x", None),
    list: ({"0": 1}, "[]"),
    dict: (["not", "an", "object"], "{}"),
    type(None): (0, "null"),
}


class _Candidate(NamedTuple):
    kind: str
    description: str
    #: The value mutated (a type replacement is counted once per path).
    path: JsonPath
    #: Where the edit applies (a verb list's entry 0 is one below ``path``) and the edit.
    target: JsonPath
    edit: Callable[[Any], Any]


def _candidates(verb: str, argument: Any) -> Iterator[_Candidate]:
    """Every mutation to try, the shallowest values first."""
    found: dict[JsonPath, list[Schema]] = {}
    _applicable(f"#/$defs/{_verb_definitions()[verb]}/properties/{verb}", argument, (), found)
    # Shallow paths first; the dict keeps walk order among paths of the same depth.
    paths = sorted(found, key=len)

    for path in paths:
        schemas, here = found[path], _at(argument, path)
        where = json_path(path)
        if isinstance(here, dict):
            if any(s.get("unevaluatedProperties") == {"not": {}} for s in schemas):
                yield _Candidate(
                    "unknown key",
                    f"unknown key {UNKNOWN_KEY!r} added at {where}",
                    path,
                    path,
                    _with_key(UNKNOWN_KEY, 1),
                )
            for key in sorted({k for s in schemas for k in s.get("required", ()) if k in here}):
                yield _Candidate(
                    "required key",
                    f"required key {key!r} removed at {where}",
                    path,
                    path,
                    _without_key(key),
                )
        typed = any("type" in s or "const" in s or "enum" in s for s in schemas)
        for other in _OTHER_TYPES[type(here)] if typed else ():
            yield _Candidate(
                "wrong type",
                f"{type(here).__name__} at {where} replaced by {type(other).__name__} {other!r}",
                path,
                path,
                _constant(other),
            )
        if isinstance(here, (int, float)) and not isinstance(here, bool):
            for s in schemas:
                if "maximum" in s:
                    above = s["maximum"] + 1
                    yield _Candidate(
                        "out of bounds",
                        f"{here!r} at {where} replaced by {above!r}, above its maximum",
                        path,
                        path,
                        _constant(above),
                    )
                if "minimum" in s:
                    below = s["minimum"] - 1
                    yield _Candidate(
                        "out of bounds",
                        f"{here!r} at {where} replaced by {below!r}, below its minimum",
                        path,
                        path,
                        _constant(below),
                    )
        if isinstance(here, str) and any("const" in s or "enum" in s for s in schemas):
            outside = f"{here}-not-in-the-set"
            yield _Candidate(
                "outside value set",
                f"{here!r} at {where} replaced by {outside!r}, outside its value set",
                path,
                path,
                _constant(outside),
            )
        if isinstance(here, list) and any(s.get("items") == _METHOD_ITEMS for s in schemas):
            bad = {"not_a_verb": 1}
            if here:
                yield _Candidate(
                    "verb list entry",
                    f"verb list entry {where}[0] replaced by {bad!r}",
                    path,
                    (*path, 0),
                    _constant(bad),
                )
            else:
                yield _Candidate(
                    "verb list entry",
                    f"{bad!r} added to the empty verb list at {where}",
                    path,
                    path,
                    _constant([bad]),
                )


def _at(value: Any, path: JsonPath) -> Any:
    for part in path:
        value = value[part]
    return value


def invalid_mutations(verb: str, argument: Any) -> list[tuple[str, Any]]:
    """Deterministic mutations of a valid ``argument`` of ``verb`` the upstream schema refuses.

    Each is ``(description with its JSON path, mutated argument)``, of these kinds: an unknown key
    added (top level and nested closed objects), a required key removed, a value of another JSON
    type, a number just past its bound, a string outside its value set, and a verb list entry
    replaced by ``{"not_a_verb": 1}``. A candidate the schema still accepts (a key another branch
    does not require, a type another branch allows) is dropped; of a value's type replacements
    only the first refused one is kept; each kind keeps its ``_PER_KIND`` shallowest, and gives
    up after ``_ATTEMPTS_PER_KIND`` candidates (each costs a validation of the whole argument).
    """
    if not is_valid_method(verb, argument):
        raise ValueError(f"not a valid {verb} argument: {method_errors(verb, argument)}")
    out: list[tuple[str, Any]] = []
    kept: dict[str, int] = {}
    tried: dict[str, int] = {}
    retyped: set[JsonPath] = set()
    for kind, description, path, target, edit in _candidates(verb, argument):
        if kept.get(kind, 0) >= _PER_KIND or tried.get(kind, 0) >= _ATTEMPTS_PER_KIND:
            continue
        if kind == "wrong type" and path in retyped:
            continue
        tried[kind] = tried.get(kind, 0) + 1
        mutated = _replaced(argument, target, edit)
        if is_valid_method(verb, mutated):
            continue
        kept[kind] = kept.get(kind, 0) + 1
        if kind == "wrong type":
            retyped.add(path)
        out.append((description, mutated))
    return out


def is_valid_at(pointer: str, value: Any) -> bool:
    """Whether ``value`` is valid against the upstream subschema at ``pointer`` (``#/$defs/X``)."""
    return _validator_at(pointer).is_valid(value)


def definition_schema(name: str) -> Schema:
    """The finite draft-7 schema of the definition ``name`` (``SayAction``), every reference
    inlined, for drawing values with hypothesis-jsonschema."""
    loaded: Schema = json.loads(
        json.dumps({"$schema": DRAFT7, **_inline(_body(name), {name: 1}, {})})
    )
    return loaded
