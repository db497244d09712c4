"""Overlays: our annotations on SignalWire's published SWML schema, kept in files of their own.

Why apart: ``spec/SWMLObject.json`` is SignalWire's document byte for byte, so taking a new release
is a copy, and ``git diff`` of it is exactly what upstream changed. Everything code generation
needs beyond the wire facts (class and enum names, method defaults, list encodings, the stricter
checks a method makes, per-value descriptions) lives in ``spec/overlays/*.yaml`` and is re-applied
to every release, in the manner of the OpenAPI Overlay Specification 1.0.0. The *effective*
document is upstream's with every overlay applied; it is what the generator reads.

Format: one YAML document per file. Files apply in sorted file-name order, actions in order::

    overlay: 1.0.0
    info: {title: join_conference annotations, version: 1.0.0}
    actions:
      - target: /$defs/JoinConferenceObject/properties/beep
        description: why this annotation exists (optional)
        update: {x-enum-name: Beep}

``update`` is merged into the node ``target`` names: a mapping merges into a mapping key by key,
recursively; any other value (string, list, ...) replaces what is there. Where this departs from
the Overlay Specification, and why:

- ``target`` is an RFC 6901 JSON pointer, not JSONPath. A pointer names exactly one node, so a
  node that vanishes upstream is an error instead of a query that silently matches nothing, and
  it is the notation every problem in this project is reported in. The target must be an object.
- An ``update`` holds only ``description``, ``title`` and ``x-`` keywords, at any depth (inside
  an ``x-`` keyword's value anything goes: it is ours). An overlay annotates; the wire facts
  (types, value sets, bounds, defaults, ``required``) stay upstream's, so our generated code can
  never disagree with the published schema about what goes on the wire.
- There is no ``remove`` and no ``extends``; top-level keys are ``overlay``, ``info`` and
  ``actions`` only.

Every problem is collected, never only the first, as a ``SpecProblem`` whose ``file`` is the
overlay file and whose ``location`` points into it (``#/actions/3/target``): a malformed document,
a target that does not exist (naming the deepest part that does, with a did-you-mean among its
keys), an update that is not a mapping, a key an update may not hold.
"""

from __future__ import annotations

import copy
import difflib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.errors import SpecError, SpecProblem
from codegen.loader import parse, pointer_of

JSON = Any

#: The Overlay Specification versions whose shape this module reads.
VERSION = re.compile(r"1\.0\.\d+")
TOP_LEVEL_KEYS = ("overlay", "info", "actions")
INFO_KEYS = ("title", "version")
ACTION_KEYS = ("target", "description", "update")
#: Plain keywords an update may set besides ``x-`` ones: documentation, never wire facts.
ANNOTATIONS = ("description", "title")
ALLOWED = "description, title or an x- keyword (at any depth of an update)"
UPDATE_EXPECTED = "a mapping of description, title and x- keywords"
POINTER_EXPECTED = (
    "an RFC 6901 JSON pointer: empty (the whole document) or '/'-separated segments, "
    "with ~0 for '~' and ~1 for '/'"
)
EXAMPLE_TARGET = "/$defs/JoinConferenceObject/properties/beep"


@dataclass(frozen=True)
class Action:
    """One action whose target is a pointer (``parts``, its segments). ``update`` is None when it
    was refused (the problem is already reported): the target is still resolved, so one run
    reports a bad update and a missing target of the same action alike."""

    file: str
    index: int
    target: str
    parts: tuple[str, ...]
    update: Mapping[str, JSON] | None

    def location(self, *more: str | int) -> str:
        """A pointer into the overlay file, below this action."""
        return pointer_of(("actions", self.index, *more))


@dataclass(frozen=True)
class Overlay:
    """One overlay file: its display name, its bytes (for the inputs hash) and its actions."""

    file: str
    raw: bytes
    actions: tuple[Action, ...]


@dataclass
class Applied:
    """The effective document, every problem met applying the overlays, and where each value an
    overlay set came from: effective-document pointer -> (overlay file, pointer into it), so a
    later check of the effective document can blame the overlay line rather than upstream."""

    document: JSON
    problems: list[SpecProblem] = field(default_factory=list)
    origins: dict[str, tuple[str, str]] = field(default_factory=dict)


def json_type(value: JSON) -> str:
    """The JSON name of a parsed value's type, the words problems are reported in."""
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if value is None:
        return "null"
    return "string"


def _a(value: JSON) -> str:
    """``value``'s JSON type with its article: "an object", "a string"."""
    name = json_type(value)
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when it lies below it (``spec/x.yaml``), so
    messages and hashes carry no machine-specific prefix; otherwise as given."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def parse_pointer(text: str) -> tuple[str, ...] | None:
    """RFC 6901 segments of ``text`` (unescaped), or None when it is not a pointer."""
    if text == "":
        return ()
    if not text.startswith("/") or re.search(r"~(?![01])", text):
        return None
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in text[1:].split("/"))


def _escaped(parts: Sequence[str | int]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def overlay_paths(directory: Path) -> list[Path]:
    """The overlay files in ``directory``, in the order they apply (sorted by file name)."""
    if not directory.is_dir():
        return []
    return sorted(
        (p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()),
        key=lambda p: p.name,
    )


# -- reading -------------------------------------------------------------------------------------


def read_overlay(path: Path, display: str | None = None) -> tuple[Overlay, list[SpecProblem]]:
    """Read and check one overlay file; every problem in it is returned (a file that cannot be
    read or parsed gives its one problem and no actions)."""
    file = display if display is not None else display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Overlay(file, b"", ()), [SpecProblem(file, "file", f"cannot read: {exc.strerror}")]
    try:
        document = parse(file, raw)
    except SpecError as exc:
        return Overlay(file, raw, ()), list(exc.problems)
    actions, problems = check_overlay(file, document)
    return Overlay(file, raw, tuple(actions)), problems


def _unknown(
    file: str, where: tuple[str | int, ...], key: JSON, known: Sequence[str]
) -> SpecProblem:
    close = difflib.get_close_matches(str(key), known, n=1)
    suggestion = f" (did you mean {close[0]!r}?)" if close else ""
    return SpecProblem(
        file,
        pointer_of((*where, str(key))),
        f"unknown key {key!r}{suggestion}",
        "only " + ", ".join(known),
    )


def check_overlay(file: str, document: JSON) -> tuple[list[Action], list[SpecProblem]]:
    """The well-formed actions of a parsed overlay document and every problem in its shape.

    Targets are not resolved here (that needs the document they apply to; see ``apply``).
    """
    problems: list[SpecProblem] = []
    if not isinstance(document, dict):
        problems.append(
            SpecProblem(
                file,
                "#",
                f"an overlay document is a mapping, not {_a(document)}",
                "a mapping with overlay, info and actions",
            )
        )
        return [], problems
    for key in document:
        if key not in TOP_LEVEL_KEYS:
            problems.append(_unknown(file, (), key, TOP_LEVEL_KEYS))
    if "overlay" not in document:
        problems.append(SpecProblem(file, "#", "missing 'overlay'", "overlay: 1.0.0"))
    elif not (isinstance(document["overlay"], str) and VERSION.fullmatch(document["overlay"])):
        problems.append(
            SpecProblem(
                file,
                "#/overlay",
                f"unsupported overlay version {document['overlay']!r}",
                "1.0.0 (the Overlay Specification version this format follows)",
            )
        )
    problems.extend(_info_problems(file, document))
    actions: list[Action] = []
    if "actions" not in document:
        problems.append(
            SpecProblem(file, "#", "missing 'actions'", "actions: a list of {target, update}")
        )
    elif not isinstance(document["actions"], list) or not document["actions"]:
        what = "empty" if document["actions"] == [] else _a(document["actions"])
        problems.append(
            SpecProblem(
                file,
                "#/actions",
                f"actions is {what}",
                "a list of at least one {target, update} mapping",
            )
        )
    else:
        for index, item in enumerate(document["actions"]):
            action = _check_action(file, index, item, problems)
            if action is not None:
                actions.append(action)
    return actions, problems


def _info_problems(file: str, document: dict[str, JSON]) -> Iterator[SpecProblem]:
    expected = "info: {title: ..., version: ...}"
    if "info" not in document:
        yield SpecProblem(file, "#", "missing 'info'", expected)
        return
    info = document["info"]
    if not isinstance(info, dict):
        yield SpecProblem(file, "#/info", f"info is {_a(info)}, not a mapping", expected)
        return
    for key in info:
        if key not in INFO_KEYS:
            yield _unknown(file, ("info",), key, INFO_KEYS)
    for key in INFO_KEYS:
        if key not in info:
            yield SpecProblem(file, "#/info", f"missing {key!r}", expected)
        elif not isinstance(info[key], str):
            yield SpecProblem(
                file, pointer_of(("info", key)), f"{key} is {_a(info[key])}", "a string"
            )


def _check_action(file: str, index: int, item: JSON, problems: list[SpecProblem]) -> Action | None:
    """The action at ``#/actions/index`` if well-formed; its problems go into ``problems``."""
    here = pointer_of(("actions", index))
    if not isinstance(item, dict):
        problems.append(
            SpecProblem(
                file,
                here,
                f"an action is a mapping, not {_a(item)}",
                "a mapping with target, update and optionally description",
            )
        )
        return None
    ok = True
    for key in item:
        if key not in ACTION_KEYS:
            problems.append(_unknown(file, ("actions", index), key, ACTION_KEYS))
            ok = False
    parts: tuple[str, ...] | None = None
    target = item.get("target")
    if "target" not in item:
        problems.append(
            SpecProblem(
                file,
                here,
                "action without a target",
                f"target: a JSON pointer such as {EXAMPLE_TARGET}",
            )
        )
    elif not isinstance(target, str):
        problems.append(
            SpecProblem(
                file,
                here + "/target",
                f"target is {_a(target)}, not a string",
                POINTER_EXPECTED,
            )
        )
    else:
        parts = parse_pointer(target)
        if parts is None:
            problems.append(
                SpecProblem(
                    file,
                    here + "/target",
                    f"target {target!r} is not a JSON pointer",
                    POINTER_EXPECTED,
                )
            )
    if "description" in item and not isinstance(item["description"], str):
        problems.append(
            SpecProblem(
                file,
                here + "/description",
                f"description is {_a(item['description'])}, not a string",
                "a string saying why the action exists",
            )
        )
        ok = False
    update = item.get("update")
    if "update" not in item:
        problems.append(SpecProblem(file, here, "action without an update", UPDATE_EXPECTED))
        ok = False
    elif not isinstance(update, dict):
        problems.append(
            SpecProblem(
                file,
                here + "/update",
                f"update is {_a(update)}, not a mapping",
                UPDATE_EXPECTED,
            )
        )
        ok = False
    else:
        for path, key in _disallowed(update, ("actions", index, "update")):
            problems.append(
                SpecProblem(
                    file,
                    pointer_of((*path, str(key))),
                    f"{key!r} may not appear in an update: an overlay annotates, and the wire "
                    "facts stay upstream's",
                    ALLOWED,
                )
            )
            ok = False
    if parts is None or not isinstance(target, str):
        return None
    return Action(file, index, target, parts, update if ok and isinstance(update, dict) else None)


def _disallowed(
    update: Mapping[Any, JSON], path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], JSON]]:
    """(path, key) of every key in ``update`` that is neither an annotation nor ``x-``. The value
    of an ``x-`` keyword is ours and not looked into; a mapping under ``description``/``title``
    is a property of that name (below a ``properties`` target) and is checked in turn."""
    for key, value in update.items():
        if isinstance(key, str) and key.startswith("x-"):
            continue
        if key in ANNOTATIONS:
            if isinstance(value, dict):
                yield from _disallowed(value, (*path, key))
            continue
        yield path, key


# -- applying ------------------------------------------------------------------------------------


def load_overlays(directory: Path) -> tuple[list[Overlay], list[SpecProblem]]:
    """Every overlay in ``directory`` (sorted by name) and every problem in any of them."""
    overlays: list[Overlay] = []
    problems: list[SpecProblem] = []
    for path in overlay_paths(directory):
        overlay, found = read_overlay(path)
        overlays.append(overlay)
        problems.extend(found)
    return overlays, problems


def merge(node: dict[str, JSON], update: Mapping[str, JSON]) -> None:
    """Merge ``update`` into ``node`` in place: mapping into mapping recursively, any other value
    replaces (lists included: an overlay states an annotation whole). Values are copied, so the
    effective document never shares a node with an overlay."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(node.get(key), dict):
            merge(node[key], value)
        else:
            node[key] = copy.deepcopy(value)


def _locate(document: JSON, parts: Sequence[str]) -> tuple[JSON, str | None]:
    """(node, None) for an existing pointer; else (None, why): the deepest part that exists and,
    among its keys, the closest to the missing one."""
    node = document
    for depth, part in enumerate(parts):
        where = f"{_escaped(parts[:depth])!r}" if depth else "the document root"
        if isinstance(node, dict):
            if part in node:
                node = node[part]
                continue
            close = difflib.get_close_matches(part, [str(k) for k in node], n=1)
            suggestion = f" (did you mean {close[0]!r}?)" if close else ""
            return None, f"{where} has no {part!r}{suggestion}"
        if isinstance(node, list):
            if part.isdigit() and str(int(part)) == part and int(part) < len(node):
                node = node[int(part)]
                continue
            return None, f"{where} is an array of {len(node)}, which has no item {part!r}"
        return None, f"{where} is {_a(node)}, which has no {part!r}"
    return node, None


def apply(document: JSON, overlays: Sequence[Overlay], document_file: str) -> Applied:
    """A deep copy of ``document`` with every action of every overlay applied, in order. The
    input is left untouched. An action whose target is missing is skipped and reported; the
    rest still apply, so one run reports every missing target."""
    applied = Applied(copy.deepcopy(document))
    for overlay in overlays:
        for action in overlay.actions:
            node, why = _locate(applied.document, action.parts)
            if why is not None:
                applied.problems.append(
                    SpecProblem(
                        action.file,
                        action.location("target"),
                        f"target {action.target!r} does not exist: {why}",
                        f"a JSON pointer to an existing object in {document_file}",
                    )
                )
                continue
            if not isinstance(node, dict):
                applied.problems.append(
                    SpecProblem(
                        action.file,
                        action.location("target"),
                        f"target {action.target!r} is {_a(node)}, not an object",
                        "a target naming an object (a schema, or a properties map): an update "
                        "merges into it",
                    )
                )
                continue
            if action.update is None:
                continue
            merge(node, action.update)
            _record(applied.origins, action, action.parts, action.update, ("update",))
    return applied


def _record(
    origins: dict[str, tuple[str, str]],
    action: Action,
    at: tuple[str, ...],
    update: Mapping[str, JSON],
    inside: tuple[str, ...],
) -> None:
    """Remember, for each value ``update`` set, the overlay location that set it (the deepest
    mapping level, so a later action's key does not claim its neighbours)."""
    for key, value in update.items():
        if isinstance(value, dict) and not key.startswith("x-"):
            _record(origins, action, (*at, key), value, (*inside, key))
        else:
            origins["#" + _escaped((*at, key))] = (action.file, action.location(*inside, key))


def blame(
    problems: Sequence[SpecProblem], document_file: str, applied: Applied
) -> list[SpecProblem]:
    """``problems`` found in the effective document, each one at or below a value an overlay
    set moved to that overlay's line: the fix belongs there, not in upstream's file."""
    out: list[SpecProblem] = []
    for problem in problems:
        origin = None
        if problem.file == document_file:
            location = problem.location
            while location and location != "#":
                if location in applied.origins:
                    origin = (location, *applied.origins[location])
                    break
                location = location.rpartition("/")[0]
        if origin is None:
            out.append(problem)
            continue
        prefix, file, where = origin
        out.append(
            SpecProblem(
                file, where + problem.location[len(prefix) :], problem.message, problem.expected
            )
        )
    return out


def effective(document: JSON, directory: Path, document_file: str) -> tuple[Applied, list[Overlay]]:
    """Load every overlay in ``directory`` and apply them to ``document``; raises SpecError with
    every problem (in the overlays' shape, then in applying them)."""
    overlays, problems = load_overlays(directory)
    applied = apply(document, overlays, document_file)
    problems.extend(applied.problems)
    if problems:
        raise SpecError(problems)
    return applied, overlays
