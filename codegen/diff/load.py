"""Read one side of a spec diff: a spec directory, a file, or a git revision and path, optionally
with a JSON pointer; each becomes the ``Spec`` the generator would read.

A side is written ``LOCATION[#POINTER]``. LOCATION is a spec directory (``spec/``: upstream's
document with our own schema file and the overlays, read by
``codegen.spec_package.load_package``), a file path when such a file exists, and otherwise
``REV:PATH`` read with ``git show`` (so ``origin/main:spec/SWMLObject.json`` works from anywhere
inside the repository). A file is a whole SWML document (read as it is, without overlays) or a
verb object schema of the old kind (one verb, such as tests/diff/fixtures/join_conference.yaml),
which is wrapped into a one-verb document.
POINTER is an RFC 6901 JSON pointer to a verb object inside a whole document
(``#/$defs/JoinConferenceObject``): the report then keeps the findings that reach that verb.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from codegen import beyond, loader
from codegen.errors import SpecError, SpecProblem
from codegen.loader import Spec
from codegen.overlay import display_path
from codegen.spec_package import load_package


class LoadError(Exception):
    """A side of the diff could not be read or is not a verb schema; the message says why."""


class SpecRefused(LoadError):
    """The generator refuses a side's spec (a syntax error, an overlay that does not apply, a
    construct it does not support), as ``python -m codegen generate`` would: its problems, each
    with its file and JSON pointer (or line and column)."""

    def __init__(
        self,
        shown: str,
        problems: Sequence[SpecProblem],
        reported: Sequence[SpecProblem] | None = None,
        places: Sequence[str] | None = None,
    ) -> None:
        self.shown = shown
        self.problems = tuple(problems)
        #: The problems with their files named as the report names the side's inputs
        #: (``spec/overlays/x.yaml`` for a spec directory read from anywhere).
        self.reported = tuple(reported if reported is not None else problems)
        #: For each problem, the place in the document it concerns: its location, or the target
        #: of the overlay action it is about.
        self.places = tuple(places if places is not None else (p.location for p in problems))
        listed = "; ".join(str(problem) for problem in self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        super().__init__(f"the generator refuses {shown}: {listed}{more}")


def split_pointer(spec: str) -> tuple[str, str | None]:
    """Split ``LOCATION#POINTER``; the pointer is returned without its ``#``."""
    location, hash_sign, pointer = spec.partition("#")
    return location, (pointer if hash_sign else None)


def read_text(location: str, *, cwd: Path | None = None) -> str:
    """Return the text at a file path, or at ``REV:PATH`` in git when no such file exists."""
    base = cwd or Path.cwd()
    path = base / location
    if path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LoadError(f"cannot read {location!r}: {exc}") from exc
    revision, colon, git_path = location.partition(":")
    if not colon or not revision or not git_path:
        raise LoadError(
            f"{location!r} is neither an existing file nor a git revision and path "
            "(write REV:PATH, e.g. origin/main:spec/SWMLObject.json)"
        )
    return git_show(revision, git_path, cwd=base)


def git_show(revision: str, path: str, *, cwd: Path) -> str:
    """Return a file's text at a revision; ``path`` is relative to the repository root."""
    try:
        completed = subprocess.run(
            ["git", "show", f"{revision}:{path}"],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as exc:
        raise LoadError(f"cannot run git to read {revision}:{path}: {exc}") from exc
    if completed.returncode != 0:
        reason = completed.stderr.strip().splitlines()
        detail = reason[-1] if reason else f"git exited with {completed.returncode}"
        raise LoadError(f"cannot read {path!r} at revision {revision!r}: {detail}")
    return completed.stdout


def parse_document(text: str, location: str) -> Any:
    """Parse JSON (``.json``) or YAML, with the generator's own parser (duplicate keys refused)."""
    try:
        return loader.parse(location, text.encode("utf-8"))
    except SpecError as exc:
        raise SpecRefused(location, exc.problems) from None


def resolve_pointer(document: Any, pointer: str, *, where: str) -> Any:
    """Follow an RFC 6901 pointer (as found in a URI fragment, so %-escapes are decoded)."""
    pointer = unquote(pointer)
    if pointer not in ("", "/") and not pointer.startswith("/"):
        raise LoadError(f"JSON pointer {pointer!r} in {where} must start with '/'")
    try:
        return loader.resolve_pointer(document, pointer.rstrip("/") if pointer == "/" else pointer)
    except KeyError as exc:
        raise LoadError(f"JSON pointer #{pointer} does not exist in {where} (no {exc})") from None


@dataclass(frozen=True)
class LoadedSpec:
    """One side: what the generator reads, and the input files by the name the report shows."""

    label: str
    spec: Spec
    inputs: dict[str, Any]
    #: The pointer (``#/$defs/JoinConferenceObject``) whose verb the report is about, or None.
    focus: str | None = None


def load_side(text: str, *, cwd: Path | None = None, shown: str | None = None) -> LoadedSpec:
    """Load one side (``BASE`` or ``HEAD``); ``shown`` names its input in the report."""
    location, pointer = split_pointer(text)
    if not location:
        raise LoadError(f"{text!r} names no file or git revision before the '#'")
    directory = (cwd or Path.cwd()) / location
    if directory.is_dir():
        return load_spec_dir(directory, text, shown or location.rstrip("/"))
    raw = read_text(location, cwd=cwd)
    document = parse_document(raw, location)
    if pointer is not None:
        resolve_pointer(document, pointer, where=location)
    if is_swml_document(document):
        focus = None if pointer in (None, "", "/") else "#" + unquote(pointer)
        spec = Spec(location, document, "", raw.encode("utf-8"))
        return LoadedSpec(text, spec, {shown or location: document}, focus)
    verb = resolve_pointer(document, pointer or "", where=location)
    if not isinstance(verb, dict) or verb.get("type") != "object":
        where = f"#{pointer}" if pointer else "the document root"
        raise LoadError(
            f"{where} in {location} is neither a whole SWML document ($defs/SWMLMethod) nor a "
            "verb object schema (a mapping with 'type: object')"
        )
    wrapped = wrap_verb(document, verb, location)
    spec = Spec(location, wrapped, "", raw.encode("utf-8"))
    return LoadedSpec(text, spec, {shown or location: document}, None)


def load_spec_dir(directory: Path, label: str, shown: str, prefix: str | None = None) -> LoadedSpec:
    """A spec directory as the generator reads it: upstream's document plus every overlay.
    ``shown`` names it in messages, ``prefix`` (default ``shown``) its files in findings."""
    prefix = prefix or shown
    if not (directory / loader.UPSTREAM_FILE).is_file():
        raise LoadError(
            f"{shown} has no {loader.UPSTREAM_FILE}: the generator reads only upstream's document "
            "with its overlays"
        )
    try:
        spec = load_package(directory)
    except SpecError as exc:
        named = [_in(problem, directory, prefix) for problem in exc.problems]
        places = [_place(problem) for problem in exc.problems]
        raise SpecRefused(shown, exc.problems, named, places) from None
    inputs: dict[str, Any] = {
        f"{prefix}/{loader.UPSTREAM_FILE}": parse_document(
            (directory / loader.UPSTREAM_FILE).read_text(encoding="utf-8"), loader.UPSTREAM_FILE
        )
    }
    ours = directory / beyond.FILE
    if ours.is_file():
        name = f"{prefix}/{beyond.FILE}"
        inputs[name] = parse_document(ours.read_text(encoding="utf-8"), name)
    overlays = directory / loader.OVERLAY_DIR
    for path in sorted(overlays.glob("*")) if overlays.is_dir() else []:
        if path.is_file():
            name = f"{prefix}/{loader.OVERLAY_DIR}/{path.name}"
            inputs[name] = parse_document(path.read_text(encoding="utf-8"), name)
    return LoadedSpec(label, replace(spec, file=f"{prefix}/{loader.UPSTREAM_FILE}"), inputs)


def _in(problem: SpecProblem, directory: Path, prefix: str) -> SpecProblem:
    """``problem`` with its file named below ``prefix``, as the side's inputs are named."""
    for spelling in (display_path(directory), directory.as_posix()):
        if problem.file.startswith(spelling + "/"):
            return replace(problem, file=prefix + problem.file[len(spelling) :])
    return problem


def _place(problem: SpecProblem) -> str:
    """The place in the document a problem concerns: the target of the overlay action at fault
    (``#/actions/3/target`` in an overlay -> that action's target), else its location."""
    action = re.match(r"#/actions/(\d+)(?:/|$)", problem.location)
    if action is None:
        return problem.location
    try:
        overlay = loader.parse(problem.file, Path(problem.file).read_bytes())
        target = overlay["actions"][int(action.group(1))]["target"]
    except (OSError, SpecError, LookupError, TypeError):
        return problem.location
    return "#" + target if isinstance(target, str) else problem.location


def is_swml_document(document: Any) -> bool:
    """Whether the generator can read ``document``: a schema listing its verbs in SWMLMethod."""
    defs = document.get("$defs") if isinstance(document, dict) else None
    methods = defs.get("SWMLMethod") if isinstance(defs, dict) else None
    return isinstance(methods, dict) and isinstance(methods.get("anyOf"), list)


def wrap_verb(document: Any, verb: dict[str, Any], location: str) -> dict[str, Any]:
    """A one-verb SWML document around a verb object schema of the old kind, so the generator
    (and so the diff) can read it: the verb is named by its ``x-verb``, else the file's name;
    its ``$defs`` stay where its ``$ref``s look for them."""
    name = verb.get("x-verb") if isinstance(verb.get("x-verb"), str) else None
    name = name or Path(location.rpartition(":")[2]).stem or "verb"
    defs = dict(document.get("$defs", {})) if isinstance(document, dict) else {}
    # x-verb names the verb here; the generator knows it only as the wrapper's property.
    argument = {k: v for k, v in verb.items() if k not in ("$defs", "$schema", "$id", "x-verb")}
    wrapper = "VerbWrapper"
    defs["SWMLMethod"] = {"anyOf": [{"$ref": f"#/$defs/{wrapper}"}]}
    defs[wrapper] = {
        "type": "object",
        "properties": {name: argument},
        "required": [name],
        "unevaluatedProperties": {"not": {}},
    }
    return swml_document(defs)


def swml_document(defs: dict[str, Any]) -> dict[str, Any]:
    """A SWML document schema (sections of methods) around ``defs``, which hold SWMLMethod."""
    sections = {
        "type": "object",
        "unevaluatedProperties": {"type": "array", "items": {"$ref": "#/$defs/SWMLMethod"}},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {"version": {"type": "string", "const": "1.0.0"}, "sections": sections},
        "required": ["sections"],
        "unevaluatedProperties": {"not": {}},
        "$defs": defs,
    }
