"""``python -m codegen sync --from FILE [--check] [--spec-dir spec]``: take a new upstream release.

The spec is SignalWire's published SWML schema stored verbatim as ``spec/SWMLObject.json``, plus
our overlays in ``spec/overlays`` (see ``codegen/overlay.py``). Taking a release is therefore a
byte-for-byte copy, and nothing else in spec/ is edited: the overlays are re-applied to the new
document, which is what makes the copy safe. Before anything is written:

- the file must parse as JSON, declare JSON Schema 2020-12, keep ``$id`` naming SWMLObject.json
  (upstream's relative ``$ref: SWMLObject.json`` means the root document only then), and have
  ``$defs/SWMLMethod`` as an ``anyOf`` of ``$ref`` s to one-property verb wrappers;
- every overlay must still apply (a target upstream removed or renamed is reported, with the
  deepest part that still exists and a did-you-mean), and the effective document must pass the
  structural checks (meta-schema, x- keywords) the generator makes.

Any problem: every one is listed, nothing is written, exit 2. Otherwise a short report: the
verbs (entries of ``$defs/SWMLMethod``) added and removed, and for each verb whose definitions
changed, which ones. A verb's definitions are its wrapper and every ``$defs`` entry reached from
it through ``$ref``, transitively, compared as canonical JSON. References to ``SWMLMethod`` (any
SWML method) and to the root document are not followed: every verb that nests SWML would
otherwise list every other verb's change, which the report already gives under that verb. It
also lists the overlay actions whose target node upstream changed, since an annotation that fit
the old node (a per-value description addressed by position, say) may not fit the new one.

Our own schema file (``spec/beyond.schema.json``, ``codegen/beyond.py``: what the platform takes
but upstream's schema lacks) is kept: it is merged into the new release before the overlays apply,
and a problem in it refuses the release like an overlay's. When the release defines one of our
additions itself (an action key among ``$defs/Action``'s variants, a verb of ``SWMLMethod``, a
property such as ``full_reset``), upstream's definition wins and ours is left out of the
effective document; the report names each such addition and says to remove it from our file.

``--check`` writes nothing and exits 1 when spec/ would change. A second run is a no-op (exit 0,
the file is not rewritten).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen import beyond
from codegen.errors import SpecError, SpecProblem
from codegen.loader import OVERLAY_DIR, UPSTREAM_FILE, Spec, parse, structural_problems
from codegen.overlay import Overlay, apply, blame, display_path, load_overlays
from codegen.spec_package import read_beyond

JSON = Any

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
METHODS = "SWMLMethod"
#: A reference to a whole ``$defs`` entry; deeper pointers (none upstream so far) count as it.
LOCAL_DEF = re.compile(r"#/\$defs/([^/]+)(?:/.*)?")


def canonical(value: JSON) -> str:
    """One spelling per JSON value, so "changed" means changed in content, not in layout."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def def_name(ref: str) -> str | None:
    """The ``$defs`` entry a ``$ref`` points into (``#/$defs/Play`` or
    ``SWMLObject.json#/$defs/Play``), or None for the root document and anything else."""
    document, _, fragment = ref.partition("#")
    if document not in ("", UPSTREAM_FILE):
        return None
    match = LOCAL_DEF.fullmatch("#" + fragment)
    return match.group(1).replace("~1", "/").replace("~0", "~") if match else None


# -- checking a release ---------------------------------------------------------------------------


def verbs(document: JSON) -> dict[str, str]:
    """Verb (the wire key, ``join_conference``) -> its wrapper's ``$defs`` name, in
    ``SWMLMethod`` order. Assumes ``release_problems`` found nothing."""
    out: dict[str, str] = {}
    for entry in document["$defs"][METHODS]["anyOf"]:
        name = def_name(entry["$ref"])
        assert name is not None
        (verb,) = document["$defs"][name]["properties"]
        out[verb] = name
    return out


def release_problems(file: str, document: JSON) -> list[SpecProblem]:
    """What makes ``document`` unusable as spec/SWMLObject.json, every item of it."""
    if not isinstance(document, dict):
        return [SpecProblem(file, "#", "not a JSON object", "the SWMLObject JSON Schema document")]
    problems: list[SpecProblem] = []
    if document.get("$schema") != DRAFT_2020_12:
        problems.append(
            SpecProblem(
                file,
                "#/$schema",
                f"$schema is {document.get('$schema')!r}",
                f"{DRAFT_2020_12} (JSON Schema 2020-12, what the generator reads)",
            )
        )
    id_ = document.get("$id")
    if not isinstance(id_, str) or id_.rpartition("/")[2] != UPSTREAM_FILE:
        problems.append(
            SpecProblem(
                file,
                "#/$id",
                f"$id is {id_!r}",
                f"an $id naming {UPSTREAM_FILE}, which upstream's relative $refs to the root "
                "document rely on",
            )
        )
    defs = document.get("$defs")
    methods = defs.get(METHODS) if isinstance(defs, dict) else None
    union = methods.get("anyOf") if isinstance(methods, dict) else None
    expected = f"$defs/{METHODS} as an anyOf of $refs to $defs entries, one per verb"
    if not isinstance(union, list) or not union:
        problems.append(
            SpecProblem(file, f"#/$defs/{METHODS}", f"no $defs/{METHODS} anyOf", expected)
        )
        return problems
    assert isinstance(defs, dict)
    for index, entry in enumerate(union):
        where = f"#/$defs/{METHODS}/anyOf/{index}"
        ref = entry.get("$ref") if isinstance(entry, dict) else None
        name = def_name(ref) if isinstance(ref, str) else None
        wrapper = defs.get(name) if name is not None else None
        if not isinstance(ref, str) or name is None:
            problems.append(
                SpecProblem(file, where, f"not a $ref to a $defs entry: {entry!r}", expected)
            )
        elif wrapper is None:
            problems.append(
                SpecProblem(file, where, f"$ref {ref!r} names no $defs entry", expected)
            )
        elif not (
            isinstance(wrapper, dict)
            and isinstance(wrapper.get("properties"), dict)
            and len(wrapper["properties"]) == 1
        ):
            problems.append(
                SpecProblem(
                    file,
                    f"#/$defs/{name}",
                    f"verb wrapper {name!r} does not have exactly one property",
                    "an object whose one property is the verb's key, such as play",
                )
            )
    return problems


# -- what changed ---------------------------------------------------------------------------------


def reachable(document: JSON, start: str) -> list[str]:
    """``start`` and every ``$defs`` entry reached from it through ``$ref``, transitively, in
    first-reference order; SWMLMethod and the root document are boundaries (module docstring)."""
    defs = document.get("$defs", {})
    seen: list[str] = []
    pending = [start]
    while pending:
        name = pending.pop(0)
        if name in seen or name == METHODS or name not in defs:
            continue
        seen.append(name)
        pending.extend(_refs(defs[name]))
    return seen


def _refs(node: JSON) -> Iterator[str]:
    """The ``$defs`` names ``node`` refers to, in document order."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and (name := def_name(ref)) is not None:
            yield name
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


@dataclass
class Report:
    """What a sync changes: verbs added and removed, per verb its changed definitions (name and
    "new"/"gone"/""), definitions changed that no verb reaches, annotated nodes upstream changed,
    and our own additions (``beyond``: the file, what it adds, what upstream now defines)."""

    source: str
    target: str
    before: int
    after: int
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    elsewhere: list[str] = field(default_factory=list)
    review: list[tuple[str, str]] = field(default_factory=list)
    actions: int = 0
    overlays: int = 0
    beyond_file: str = ""
    beyond_added: list[beyond.Addition] = field(default_factory=list)
    beyond_shadowed: list[beyond.Addition] = field(default_factory=list)


def _changed(
    old: JSON, new: JSON, old_reach: Sequence[str], new_reach: Sequence[str]
) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in [*new_reach, *(n for n in old_reach if n not in new_reach)]:
        before = old["$defs"][name] if name in old_reach else None
        after = new["$defs"][name] if name in new_reach else None
        if canonical(before) != canonical(after):
            out.append((name, "new" if before is None else "gone" if after is None else ""))
    return out


def compare(old: JSON, new: JSON, overlays: Sequence[Overlay], source: str, target: str) -> Report:
    """The report of replacing ``old`` (upstream's document, or {} when there is none yet) by
    ``new``; both documents are upstream's own, without overlays."""
    old_verbs = verbs(old) if old else {}
    new_verbs = verbs(new)
    report = Report(source, target, len(old_verbs), len(new_verbs))
    report.added = sorted(set(new_verbs) - set(old_verbs))
    report.removed = sorted(set(old_verbs) - set(new_verbs))
    reached: set[str] = set()
    for verb in sorted(set(old_verbs) & set(new_verbs)):
        old_reach = reachable(old, old_verbs[verb])
        new_reach = reachable(new, new_verbs[verb])
        reached.update(old_reach, new_reach)
        changes = _changed(old, new, old_reach, new_reach)
        if changes:
            report.changed[verb] = changes
    for verb in report.added:
        reached.update(reachable(new, new_verbs[verb]))
    for verb in report.removed:
        reached.update(reachable(old, old_verbs[verb]))
    old_defs, new_defs = old.get("$defs", {}), new["$defs"]
    report.elsewhere = sorted(
        name
        for name in set(old_defs) | set(new_defs)
        if name not in reached
        and name != METHODS
        and canonical(old_defs.get(name)) != canonical(new_defs.get(name))
    )
    for overlay in overlays:
        report.overlays += 1
        for action in overlay.actions:
            report.actions += 1
            before, after = _at(old, action.parts), _at(new, action.parts)
            if before is not None and canonical(before) != canonical(after):
                report.review.append((f"{action.file}{action.location()}", action.target))
    return report


def _at(document: JSON, parts: Sequence[str]) -> JSON:
    node = document
    for part in parts:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def render(report: Report) -> str:
    """The report as a few lines of text for a terminal or a pull-request description."""
    lines = [
        f"sync {report.source} -> {report.target}",
        f"verbs: {report.before} -> {report.after}",
        f"  added: {', '.join(report.added) or 'none'}",
        f"  removed: {', '.join(report.removed) or 'none'}",
    ]
    if report.changed:
        lines.append("changed definitions, by verb:")
        for verb, changes in report.changed.items():
            names = ", ".join(f"{name} ({how})" if how else name for name, how in changes)
            lines.append(f"  {verb}: {names}")
    else:
        lines.append("changed definitions, by verb: none")
    if report.elsewhere:
        lines.append(f"changed definitions no verb reaches: {', '.join(report.elsewhere)}")
    lines.append(
        f"overlays: {report.actions} action(s) in {report.overlays} file(s) re-applied cleanly"
    )
    if report.review:
        lines.append("annotated nodes upstream changed (check the annotation still fits):")
        lines.extend(f"  {where}: {target}" for where, target in report.review)
    lines.extend(beyond_lines(report))
    return "\n".join(lines) + "\n"


def beyond_lines(report: Report) -> list[str]:
    """What the report says of our own schema file: how many additions merged, and each one the
    release now defines itself (upstream's is used; ours should go)."""
    if not report.beyond_file:
        return []
    lines = [
        f"beyond the published schema: {len(report.beyond_added)} addition(s) of "
        f"{report.beyond_file} merged"
    ]
    if report.beyond_shadowed:
        lines.append(
            f"upstream now defines these additions of {report.beyond_file} itself; upstream's "
            "definition is used and ours is left out (remove it from the file):"
        )
        lines.extend(f"  {item.describe()}" for item in report.beyond_shadowed)
    return lines


# -- the command -----------------------------------------------------------------------------------


@dataclass
class Plan:
    """The bytes spec/SWMLObject.json would get, and the report; or the problems refusing it."""

    raw: bytes = b""
    report: Report | None = None
    problems: list[SpecProblem] = field(default_factory=list)


def plan(source: Path, spec_dir: Path) -> Plan:
    """Check ``source`` as the new upstream document of ``spec_dir`` without writing anything."""
    file = display_path(source)
    target = spec_dir / UPSTREAM_FILE
    target_file = display_path(target)
    try:
        raw = source.read_bytes()
    except OSError as exc:
        return Plan(problems=[SpecProblem(file, "file", f"cannot read: {exc.strerror}")])
    if source.suffix != ".json":
        return Plan(problems=[SpecProblem(file, "file", "not a .json file", "SWMLObject JSON")])
    try:
        document = parse(file, raw)
    except SpecError as exc:
        return Plan(problems=list(exc.problems))
    problems = release_problems(file, document)
    if problems:
        return Plan(problems=problems)
    try:
        ours = read_beyond(spec_dir)
    except SpecError as exc:
        return Plan(problems=list(exc.problems))
    merged = beyond.merge(document, ours[1], ours[0]) if ours is not None else None
    if merged is not None and merged.problems:
        return Plan(problems=merged.problems)
    overlays, problems = load_overlays(spec_dir / OVERLAY_DIR)
    applied = apply(merged.document if merged else document, overlays, file)
    if merged is not None:
        applied.origins = {**merged.origins, **applied.origins}
    problems.extend(applied.problems)
    structural = structural_problems(Spec(file, applied.document, "", raw))
    problems.extend(blame(structural, file, applied))
    if problems:
        return Plan(problems=problems)
    old: JSON = {}
    if target.exists():
        try:
            old = parse(target_file, target.read_bytes())
        except SpecError:
            old = {}  # the broken copy is replaced; nothing to compare it with
        if release_problems(target_file, old):
            old = {}
    report = compare(old, document, overlays, file, target_file)
    if ours is not None and merged is not None:
        report.beyond_file = ours[0]
        report.beyond_added = merged.added
        report.beyond_shadowed = merged.shadowed
    return Plan(raw, report)


def _write(path: Path, raw: bytes) -> None:
    """Replace ``path`` atomically: a reader sees the old bytes or the new, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(raw)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen sync",
        description="Copy an upstream SWMLObject JSON Schema into the spec verbatim, after "
        "checking it and re-applying every overlay to it; print the verbs added and removed and "
        "the definitions changed, by verb.",
    )
    parser.add_argument(
        "--from", dest="source", required=True, metavar="FILE", help="upstream SWMLObject JSON"
    )
    parser.add_argument(
        "--spec-dir",
        default="spec",
        help=f"holds {UPSTREAM_FILE} and {OVERLAY_DIR}/ (default: spec)",
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the spec would change"
    )
    args = parser.parse_args(list(argv))
    source, spec_dir = Path(args.source), Path(args.spec_dir)
    result = plan(source, spec_dir)
    if result.problems or result.report is None:
        for problem in result.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(
            f"{len(result.problems)} problem(s); {display_path(spec_dir)}/ was not changed.",
            file=sys.stderr,
        )
        return 2
    target = spec_dir / UPSTREAM_FILE
    report = result.report
    current = target.read_bytes() if target.exists() else None
    if current == result.raw:
        print(f"{report.target} is already {report.source}; nothing to do.")
        if report.beyond_shadowed:
            # Still worth saying on every run: ours is dead weight until it is removed.
            print("\n".join(beyond_lines(report)[1:]), file=sys.stderr)
        return 0
    sys.stdout.write(render(report))
    if args.check:
        print(
            f"{display_path(spec_dir)}/ would change: run `python -m codegen sync --from "
            f"{report.source}`, review, regenerate and commit.",
            file=sys.stderr,
        )
        return 1
    _write(target, result.raw)
    print(f"updated {report.target}; run `python -m codegen generate` and commit.")
    return 0
