"""Spec-dir mode: the spec at the merge-base with the main branch against the working tree.

A side is a ``spec/`` directory. With ``SWMLObject.json`` in it, it is read as the generator reads
it (``codegen.loader.load_package``: upstream's document with ``overlays/`` applied) and each entry
of ``$defs/SWMLMethod`` is one verb; other files in it are not read, as the generator does not read
them. Without it (a revision from before the move to upstream's document), every ``*.yaml``,
``*.yml`` and ``*.json`` file under it is one verb schema of the old kind, named by its ``x-verb``
(else its file name), as the tool always read them.

The rules compare a verb whose argument is an object schema (after following ``$ref``s). Any other
argument (``sleep``'s union, ``label``'s string, ``play``'s ``oneOf``) is listed as not compared,
with whether it changed, so a reviewer knows which ones to read by hand; so is an object verb
whose schema changed where no rule looks (an ``x-url-schemes`` edit in an overlay, say).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from codegen.errors import SpecError
from codegen.loader import OVERLAY_DIR, UPSTREAM_FILE, Spec, load_package, resolve_pointer
from codegen.overlay import display_path
from codegen.sync import METHODS, canonical, def_name, reachable

from .load import LoadedSchema, LoadError, load_side
from .report import NO_RULE, NOT_AN_OBJECT, Skipped
from .rules import RULES, Finding, Pair, run_rule
from .rules import compare as compare_views
from .schema_view import Param, build_view

SPEC_DIR = "spec"
SPEC_SUFFIXES = (".yaml", ".yml", ".json")
DEFAULT_BASE_REVISIONS = ("main", "origin/main")

JsonDict = dict[str, Any]


@dataclass(frozen=True)
class Verb:
    """One verb of a side: its argument schema when the rules can compare it."""

    name: str
    #: The argument's object schema, or None when the argument is not an object schema.
    argument: LoadedSchema | None
    #: ``object``, or what the argument is instead (``oneOf: PlayWithURL | PlayWithURLS``).
    shape: str
    #: Canonical JSON of everything the verb's schema is made of; equal means unchanged.
    fingerprint: str


@dataclass(frozen=True)
class SpecTree:
    """One side of spec-dir mode."""

    #: How the directory is shown in messages: ``spec`` or ``0123456789ab:spec``.
    shown: str
    verbs: dict[str, Verb]
    #: The effective spec the generator would read, for the regenerated-files diffstat; None for
    #: a directory of old-style verb files, which the generator no longer reads.
    package: Spec | None


def read_tree(directory: Path, shown: str) -> SpecTree:
    """Every verb of the spec directory ``directory``; messages name it ``shown``."""
    try:
        if (directory / UPSTREAM_FILE).is_file():
            package = load_package(directory)
            package = replace(package, file=f"{shown}/{UPSTREAM_FILE}")
            return SpecTree(shown, package_verbs(package.document, shown), package)
        return SpecTree(shown, _old_style_verbs(directory, shown), None)
    except SpecError as exc:
        problems = "; ".join(str(problem) for problem in exc.problems)
        raise LoadError(_renamed(f"cannot read {shown}: {problems}", directory, shown)) from None
    except LoadError as exc:
        raise LoadError(_renamed(str(exc), directory, shown)) from None


def package_verbs(document: Any, shown: str) -> dict[str, Verb]:
    """The verbs of an effective SWML document, in ``$defs/SWMLMethod`` order."""
    defs = document.get("$defs") if isinstance(document, dict) else None
    methods = defs.get(METHODS) if isinstance(defs, dict) else None
    union = methods.get("anyOf") if isinstance(methods, dict) else None
    if not isinstance(defs, dict) or not isinstance(union, list):
        raise LoadError(f"{shown}: $defs/{METHODS} is not an anyOf of verbs, so no verb is known")
    verbs: dict[str, Verb] = {}
    for index, entry in enumerate(union):
        ref = entry.get("$ref") if isinstance(entry, dict) else None
        wrapper_name = def_name(ref) if isinstance(ref, str) else None
        wrapper = defs.get(wrapper_name) if wrapper_name is not None else None
        properties = wrapper.get("properties") if isinstance(wrapper, dict) else None
        if wrapper_name is None or not isinstance(properties, dict) or len(properties) != 1:
            raise LoadError(
                f"{shown}: $defs/{METHODS}/anyOf/{index} is not a $ref to a verb wrapper "
                "(a $defs entry with exactly one property, the verb)"
            )
        ((name, argument),) = properties.items()
        fingerprint = canonical({n: defs[n] for n in reachable(document, wrapper_name)})
        target = _follow(document, argument, shown)
        if isinstance(target, dict) and target.get("type") == "object":
            loaded = LoadedSchema(
                label=f"{name} in {shown}",
                document=document,
                verb=target,
                text="",
                is_whole_document=False,
                # Only a verb with a FunctionResult method has keywords defaulting to the wire
                # defaults; the SWML builder's methods default every keyword to None.
                signature_defaults=bool(target.get("x-function-result-method")),
            )
            verbs[name] = Verb(name, loaded, "object", fingerprint)
        else:
            verbs[name] = Verb(name, None, _shape(argument, document, shown), fingerprint)
    return verbs


def _old_style_verbs(directory: Path, shown: str) -> dict[str, Verb]:
    """One verb per spec file, as before ``SWMLObject.json``; ``overlays/`` is not one."""
    files = sorted(
        path
        for path in directory.rglob("*")
        if path.is_file()
        and path.name.endswith(SPEC_SUFFIXES)
        and OVERLAY_DIR not in path.relative_to(directory).parts[:1]
    )
    verbs: dict[str, Verb] = {}
    for path in files:
        label = f"{shown}/{path.relative_to(directory).as_posix()}"
        loaded = replace(load_side(str(path)), label=label)
        declared = loaded.document.get("x-verb") if isinstance(loaded.document, dict) else None
        name = declared if isinstance(declared, str) and declared else path.stem
        if name in verbs:
            raise LoadError(f"{label}: verb {name!r} is defined by another file under {shown} too")
        verbs[name] = Verb(name, loaded, "object", canonical(loaded.document))
    return verbs


def _follow(document: Any, node: Any, shown: str) -> Any:
    """``node`` with its chain of ``$ref``s followed (to the whole document: left as it is)."""
    seen: list[str] = []
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        location, _, pointer = ref.partition("#")
        if location not in ("", UPSTREAM_FILE) or not pointer:
            return node  # another document, or this whole one: not an object schema of its own
        if ref in seen:
            raise LoadError(f"{shown}: circular $ref {' -> '.join([*seen, ref])}")
        seen.append(ref)
        try:
            node = resolve_pointer(document, pointer)
        except KeyError as exc:
            raise LoadError(f"{shown}: $ref {ref!r} does not resolve (no {exc})") from None
    return node


def _shape(argument: Any, document: Any, shown: str) -> str:
    """What a verb argument is when it is no object schema, in a few words."""
    target = _follow(document, argument, shown)
    if not isinstance(target, dict):
        return "a boolean schema" if isinstance(target, bool) else "not a schema"
    if isinstance(target.get("$ref"), str):
        return "the whole SWML document"
    for keyword in ("anyOf", "oneOf"):
        branches = target.get(keyword)
        if isinstance(branches, list):
            return f"{keyword}: " + " | ".join(_branch(branch) for branch in branches)
    declared = target.get("type")
    if isinstance(declared, str):
        return declared
    if isinstance(declared, list):
        return " | ".join(map(str, declared))
    if "const" in target or "enum" in target:
        return "a value set"
    return "any value"


def _branch(branch: Any) -> str:
    if isinstance(branch, dict):
        ref = branch.get("$ref")
        if isinstance(ref, str):
            return def_name(ref) or ref
        declared = branch.get("type")
        if isinstance(declared, str):
            return declared
        if isinstance(declared, list):
            return "/".join(map(str, declared))
        if "const" in branch:
            return "const"
    return "schema"


# -- comparing two sides --------------------------------------------------------------------------


def compare_trees(base: SpecTree, head: SpecTree) -> tuple[list[Finding], list[Skipped]]:
    """Findings of every verb, each named by its verb, and the verbs the rules cannot compare."""
    findings: list[Finding] = []
    skipped: list[Skipped] = []
    for name in _ordered(base.verbs, head.verbs):
        before, after = base.verbs.get(name), head.verbs.get(name)
        if before is None or after is None:
            found = [_presence(before is None)]
        elif before.argument is not None and after.argument is not None:
            found = compare_views(build_view(before.argument), build_view(after.argument))
            if not found and before.fingerprint != after.fingerprint:
                skipped.append(Skipped(name, before.shape, after.shape, True, NO_RULE))
        else:
            changed = before.fingerprint != after.fingerprint or before.shape != after.shape
            skipped.append(Skipped(name, before.shape, after.shape, changed, NOT_AN_OBJECT))
            continue
        findings.extend(replace(f, path=f"{name}:{f.path}", verb=name) for f in found)
    return sorted(findings, key=Finding.sort_key), sorted(skipped, key=lambda s: s.verb)


def _ordered(*sides: dict[str, Verb]) -> Iterable[str]:
    seen: dict[str, None] = {}
    for side in sides:
        seen.update(dict.fromkeys(side))
    return seen


def _presence(added: bool) -> Finding:
    """``verb-added`` or ``verb-removed``, for any verb, whether the rules can compare it or not."""
    stub = Param(path="", parent=None, required=True, types=None, value_set=None, default=None)
    pair = Pair("", None, stub) if added else Pair("", stub, None)
    (finding,) = run_rule(RULES["verb-added" if added else "verb-removed"], pair)
    return finding


# -- git ------------------------------------------------------------------------------------------


def find_merge_base(root: Path, base_rev: str | None) -> str:
    """The merge-base of HEAD and ``base_rev`` (default: main, else origin/main)."""
    candidates = (base_rev,) if base_rev else DEFAULT_BASE_REVISIONS
    for candidate in candidates:
        try:
            return git("merge-base", "HEAD", candidate, cwd=root).decode().strip()
        except LoadError:
            continue
    raise LoadError(
        f"no merge-base of HEAD with {' or '.join(candidates)}; pass BASE and HEAD "
        "explicitly, or --base-rev REV"
    )


def materialise(root: Path, revision: str, dest: Path) -> Path:
    """Write ``spec/`` as it is at ``revision`` under ``dest``; return ``dest/spec``.

    Regular files only (a symbolic link or submodule under spec/ is not a spec file).
    """
    listing = git("ls-tree", "-r", "-z", "--full-tree", revision, "--", SPEC_DIR, cwd=root)
    inside = dest.resolve()
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, raw_path = entry.partition(b"\t")
        mode, kind, obj = meta.decode().split()
        if kind != "blob" or mode not in ("100644", "100755"):
            continue
        target = dest / raw_path.decode("utf-8", errors="surrogateescape")
        if not target.resolve().is_relative_to(inside):
            raise LoadError(f"{revision}: {raw_path!r} lies outside {SPEC_DIR}/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(git("cat-file", "blob", obj, cwd=root))
    return dest / SPEC_DIR


def git(*args: str, cwd: Path) -> bytes:
    """Run git; its standard output, or LoadError with its complaint."""
    try:
        completed = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        raise LoadError(f"cannot run git: {exc}") from exc
    if completed.returncode != 0:
        detail = completed.stderr.decode(errors="replace").strip()
        raise LoadError(f"git {' '.join(args)} failed: {detail or f'exit {completed.returncode}'}")
    return completed.stdout


def _renamed(message: str, directory: Path, shown: str) -> str:
    """A message about a temporary copy, naming the directory as the reader knows it."""
    spellings = {str(directory.resolve()), str(directory), display_path(directory)}
    # Longest first: a relative spelling may be the tail of an absolute one.
    for spelling in sorted(spellings - {"", "."}, key=len, reverse=True):
        message = message.replace(spelling, shown)
    return message
