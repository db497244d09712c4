"""Read a spec (YAML or JSON, optionally ``file#/json/pointer``) and validate it as a spec.

Validation here is structural: the JSON Schema 2020-12 meta-schema, then our ``x-`` keywords
against ``schemas/x-keywords.schema.json``. Meaning (types, defaults inside value sets, names)
is checked while building the intermediate model; ``codegen.build.validate`` reports both kinds,
so one run reports every problem.

The spec as a package (upstream's ``SWMLObject.json`` with our overlays applied) is read by
``codegen.spec_package``, on top of this module and ``codegen.overlay``.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from codegen.errors import SpecError, SpecProblem

JSON = Any


@dataclass(frozen=True)
class Spec:
    """A loaded spec: the whole document, and the verb object a pointer selects inside it."""

    file: str
    document: JSON
    pointer: str
    raw: bytes

    @property
    def root(self) -> JSON:
        return resolve_pointer(self.document, self.pointer)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that refuses duplicate keys, which PyYAML would otherwise drop silently."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            mark = key_node.start_mark
            raise yaml.MarkedYAMLError(
                "while reading a mapping",
                node.start_mark,
                f"duplicate key {key!r} (first at line {seen[key].start_mark.line + 1})",
                mark,
            )
        seen[key] = key_node
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_mapping,
)


def split_ref(ref: str) -> tuple[str, str]:
    """``path#/pointer`` -> (path, ``/pointer``); a bare path selects the whole document."""
    path, _, pointer = ref.partition("#")
    return path, pointer


def resolve_pointer(document: JSON, pointer: str) -> JSON:
    """RFC 6901 lookup; raises KeyError naming the first segment that is missing."""
    node = document
    if not pointer:
        return node
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(part)
    return node


def pointer_of(parts: Iterator[str | int] | list[str | int] | tuple[str | int, ...]) -> str:
    """A JSON pointer (``#/a/b~1c``) for display, from path segments."""
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "#/" + "/".join(escaped)


def parse(file: str, raw: bytes) -> JSON:
    """Parse YAML or JSON; a syntax error becomes a SpecProblem with line and column."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise SpecError(
            [
                SpecProblem(
                    file,
                    f"line {line}, column {column}",
                    f"byte 0x{raw[exc.start]:02x} is not valid UTF-8",
                    "a UTF-8 text file",
                )
            ]
        ) from None
    if file.endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}"
            raise SpecError([SpecProblem(file, where, f"invalid JSON: {exc.msg}")]) from None
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        problem = (exc.problem or "invalid YAML").strip()
        context = f" ({exc.context.strip()})" if exc.context else ""
        expected = (
            "each key at most once in a mapping"
            if problem.startswith("duplicate key")
            else "well-formed YAML"
        )
        raise SpecError(
            [SpecProblem(file, where, f"invalid YAML: {problem}{context}", expected)]
        ) from None
    except yaml.YAMLError as exc:
        raise SpecError(
            [SpecProblem(file, "document", f"invalid YAML: {exc}", "well-formed YAML")]
        ) from None


def load(ref: str) -> Spec:
    """Read and parse ``ref`` (``path`` or ``path#/pointer``); raises SpecError."""
    path, pointer = split_ref(ref)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SpecError([SpecProblem(path, "file", f"cannot read: {exc.strerror}")]) from None
    document = parse(path, raw)
    spec = Spec(path, document, pointer, raw)
    try:
        root = spec.root
    except KeyError as exc:
        raise SpecError(
            [
                SpecProblem(
                    path,
                    "#" + pointer,
                    f"the pointer does not exist (no {exc.args[0]!r})",
                    "a JSON pointer to an object schema, like #/$defs/JoinConferenceObject",
                )
            ]
        ) from None
    if not isinstance(root, dict):
        raise SpecError(
            [SpecProblem(path, "#" + pointer, "the spec is not an object", "a JSON Schema object")]
        )
    return spec


def _x_keyword_schema() -> JSON:
    text = resources.files("codegen.schemas").joinpath("x-keywords.schema.json").read_text()
    return json.loads(text)


def _schema_nodes(
    node: JSON, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """Every subschema (dict) in the document, with its path, in document order."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            if not (isinstance(key, str) and key.startswith("x-")) or key == "x-items":
                yield from _schema_nodes(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schema_nodes(value, (*path, index))


def structural_problems(spec: Spec) -> list[SpecProblem]:
    """Meta-schema and x- keyword problems, all of them, in document order."""
    problems: list[SpecProblem] = []
    scope = spec.document if not spec.pointer else spec.root
    base: tuple[str | int, ...] = tuple(p for p in spec.pointer.lstrip("/").split("/") if p)
    meta = jsonschema.Draft202012Validator(jsonschema.Draft202012Validator.META_SCHEMA)
    for error in sorted(meta.iter_errors(scope), key=lambda e: list(map(str, e.absolute_path))):
        message, expected = _explain_meta_error(error)
        problems.append(
            SpecProblem(spec.file, pointer_of((*base, *error.absolute_path)), message, expected)
        )

    x_schema = _x_keyword_schema()
    known = sorted(x_schema["properties"])
    x_validator = jsonschema.Draft202012Validator(x_schema)
    for path, node in _schema_nodes(scope, base):
        hints = {k: v for k, v in node.items() if isinstance(k, str) and k.startswith("x-")}
        if not hints:
            continue
        for key in hints:
            if key not in x_schema["properties"]:
                close = difflib.get_close_matches(key, known, n=1)
                suggestion = f" (did you mean {close[0]!r}?)" if close else ""
                problems.append(
                    SpecProblem(
                        spec.file,
                        pointer_of((*path, key)),
                        f"unknown keyword {key!r}{suggestion}",
                        "one of " + ", ".join(known),
                    )
                )
        known_hints = {k: v for k, v in hints.items() if k in x_schema["properties"]}
        for error in x_validator.iter_errors(known_hints):
            if error.validator == "dependentRequired":
                continue  # reported below, naming the keyword that is missing
            key = str(error.absolute_path[0]) if error.absolute_path else ""
            problems.append(
                SpecProblem(
                    spec.file,
                    pointer_of((*path, *error.absolute_path)),
                    f"invalid {key}: {error.message}",
                    _description(x_schema, key),
                )
            )
        for present, needs in x_schema["dependentRequired"].items():
            missing = [d for d in needs if present in hints and d not in hints]
            if missing:
                problems.append(
                    SpecProblem(
                        spec.file,
                        pointer_of((*path, present)),
                        f"{present} is given without {', '.join(missing)}",
                        f"{missing[0]} beside it: {_description(x_schema, missing[0])}",
                    )
                )
    return problems


def _description(x_schema: JSON, key: str) -> str:
    return str(x_schema["properties"].get(key, {}).get("description", ""))


#: The type names JSON Schema knows, for "did you mean" on a misspelt ``type``.
_SIMPLE_TYPES = ("array", "boolean", "integer", "null", "number", "object", "string")


def _explain_meta_error(error: jsonschema.ValidationError) -> tuple[str, str]:
    """(message, expected) for a meta-schema error, in the spec author's terms where we can.

    jsonschema's own wording names the meta-schema's structure ("not valid under any of the
    given schemas"); the common cases are rephrased, the rest keep its message.
    """
    path = list(error.absolute_path)
    if path and path[-1] == "type" and error.validator == "anyOf":
        names = error.instance if isinstance(error.instance, list) else [error.instance]
        unknown = [n for n in names if n not in _SIMPLE_TYPES]
        if unknown:
            close = difflib.get_close_matches(str(unknown[0]), _SIMPLE_TYPES, n=1)
            suggestion = f" (did you mean {close[0]!r}?)" if close else ""
            return (
                f"unknown type {unknown[0]!r}{suggestion}",
                "one of " + ", ".join(_SIMPLE_TYPES),
            )
    prefix = "not valid JSON Schema 2020-12: "
    wanted: Any = error.validator_value
    if error.validator == "type":
        wanted_text = " or ".join(wanted) if isinstance(wanted, list) else str(wanted)
        return (
            f"{prefix}{error.instance!r} is not of type {wanted_text}",
            f"a{'n' if wanted_text[0] in 'aeiou' else ''} {wanted_text}",
        )
    if error.validator == "minItems":
        count = int(wanted)
        return f"{prefix}{error.message}", f"at least {count} item{'s' if count != 1 else ''}"
    if error.validator == "minimum":
        return f"{prefix}{error.message}", f"a value of at least {wanted}"
    if error.validator == "enum":
        return (
            f"{prefix}{error.message}",
            "one of " + ", ".join(map(repr, wanted)),
        )
    return f"{prefix}{error.message}", "a schema valid under the JSON Schema 2020-12 meta-schema"


# -- the spec directory ---------------------------------------

#: SignalWire's published document, stored verbatim in the spec directory.
UPSTREAM_FILE = "SWMLObject.json"
#: Our annotations on it (codegen/overlay.py describes the format), applied in file-name order.
OVERLAY_DIR = "overlays"
