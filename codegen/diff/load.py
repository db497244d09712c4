"""Read one side of a spec diff: a file, or a git revision and path, optionally with a JSON pointer.

A side is written ``LOCATION[#POINTER]``. LOCATION is a file path when such a file exists, and
otherwise ``REV:PATH`` read with ``git show`` (so ``origin/main:spec/SWMLObject.json`` works
from anywhere inside the repository). POINTER is an RFC 6901 JSON pointer to the verb object
inside a larger document, such as ``#/$defs/JoinConferenceObject`` in SignalWire's SWMLObject.json.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from codegen import loader
from codegen.errors import SpecError

#: SignalWire's whole-SWML documents keep the verb here; used when a document has no pointer and
#: is not itself a verb schema, so ``SWMLObject-2026-08-18.json`` alone is enough as an argument.
DEFAULT_VERB_POINTER = "/$defs/JoinConferenceObject"


class LoadError(Exception):
    """A side of the diff could not be read or is not a verb schema; the message says why."""


@dataclass(frozen=True)
class LoadedSchema:
    """One side of the diff: the verb object and the document its local ``$ref``s resolve in."""

    label: str
    document: Any
    verb: dict[str, Any]
    #: The raw text, kept so the regenerated-files diffstat can feed it to the generator.
    text: str
    #: True when ``verb`` is the whole document (old-style spec files), not an object inside one.
    is_whole_document: bool
    #: True when the method the Python findings describe defaults its keywords to the wire
    #: defaults (``FunctionResult.join_conference``); False for the ``SWML`` builder's methods,
    #: whose keywords all default to None.
    signature_defaults: bool = True


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
        raise LoadError(str(exc)) from None


def resolve_pointer(document: Any, pointer: str, *, where: str) -> Any:
    """Follow an RFC 6901 pointer (as found in a URI fragment, so %-escapes are decoded)."""
    pointer = unquote(pointer)
    if pointer not in ("", "/") and not pointer.startswith("/"):
        raise LoadError(f"JSON pointer {pointer!r} in {where} must start with '/'")
    try:
        return loader.resolve_pointer(document, pointer.rstrip("/") if pointer == "/" else pointer)
    except KeyError as exc:
        raise LoadError(f"JSON pointer #{pointer} does not exist in {where} (no {exc})") from None


def load_side(spec: str, *, cwd: Path | None = None) -> LoadedSchema:
    """Load one side (``BASE`` or ``HEAD``) of the diff and locate the verb object in it."""
    location, pointer = split_pointer(spec)
    if not location:
        raise LoadError(f"{spec!r} names no file or git revision before the '#'")
    text = read_text(location, cwd=cwd)
    document = parse_document(text, location)
    if pointer is None and _looks_like_swml_document(document):
        pointer = DEFAULT_VERB_POINTER
    verb = resolve_pointer(document, pointer or "", where=location)
    if not isinstance(verb, dict) or verb.get("type") != "object":
        shown = f"#{pointer}" if pointer else "the document root"
        raise LoadError(
            f"{shown} in {location} is not a verb object schema (expected a mapping with "
            "'type: object'); add a JSON pointer such as '#/$defs/JoinConferenceObject'"
        )
    return LoadedSchema(
        label=spec,
        document=document,
        verb=verb,
        text=text,
        is_whole_document=verb is document,
    )


def _looks_like_swml_document(document: Any) -> bool:
    """True for a whole-SWML schema: the verb sits in ``$defs``; the root is no verb itself."""
    if not isinstance(document, dict):
        return False
    defs = document.get("$defs")
    return (
        isinstance(defs, dict)
        and "JoinConferenceObject" in defs
        and "x-verb" not in document
        and "name" not in (document.get("properties") or {})
    )
