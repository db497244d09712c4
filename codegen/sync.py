"""``python -m codegen sync --from FILE[#POINTER]``: bring the spec up to an upstream verb schema.

Upstream (SignalWire's SWML JSON Schema) owns the wire facts: properties, types, value sets,
bounds, formats, defaults, ``required``, descriptions and examples, and the definitions the verb
reaches (JoinConferenceStream, RecordString, ...). The spec owns everything else: every ``x-``
annotation (so our stricter x-non-blank / x-url-schemes and our x-separator/x-items value sets
survive an upstream that only says "string"), per-value descriptions, method defaults, titles
(they name our classes) and ``$schema``.

The spec is edited in place with ruamel.yaml's round-trip mode: a node is assigned only when its
value changes, so comments, quoting, key order and untouched text stay as they were and the
review diff shows the upstream change alone. New properties and definitions are appended after
the existing ones (the method's new keywords come after the reference's). A second run finds
nothing to change.

Exit status: 0 after syncing (or, with ``--check``, when already in sync), 1 with ``--check``
when the spec would change (the report is printed, nothing is written), 2 when a file cannot be
read.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
)

from codegen.build import SWML_METHOD, ref_name
from codegen.diff.report import FORMATS
from codegen.loader import resolve_pointer

DEFAULT_SPEC = "spec/join_conference.yaml"
DEFAULT_POINTER = "/$defs/JoinConferenceObject"

#: Upstream's SWMLMethod is every SWML verb (hundreds of definitions); the generator treats it
#: as an opaque object, so the spec keeps its own one-line stand-in and sync never follows it.
OWN_DEFS = frozenset({SWML_METHOD})

#: Keys the spec keeps when upstream lacks them: documentation is never deleted by an upstream
#: that merely says less, and ``$defs`` / ``$schema`` belong to the spec document itself.
KEPT_WHEN_ABSENT = frozenset({"description", "examples", "title", "$schema", "$defs", "$comment"})

#: Keys where the spec's value wins over upstream's when both have one: titles name our
#: classes, and our per-value descriptions (const branches) document the enum members.
OURS_WHEN_PRESENT = frozenset({"title"})

#: Content width of new long descriptions, folded (``>-``) like the hand-written ones: the deepest
#: description (a nested model's field) starts at column 10, so lines stay within 100.
FOLD_WIDTH = 88
#: Longer text goes into a ``>-`` block rather than after its key, where ruamel would wrap it.
SHORT = 60


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    # The spec spells null out (``x-method-default: null``); ruamel would write nothing.
    yaml.representer.add_representer(
        type(None),
        lambda rep, _: RoundTripRepresenter.represent_scalar(rep, "tag:yaml.org,2002:null", "null"),
    )
    return yaml


# -- converting upstream JSON into YAML nodes ------------------------------------------------------


def _folded(text: str) -> Any:  # ruamel's scalar strings are untyped
    """``text`` as a ``>-`` block, folded at spaces to about FOLD_WIDTH columns."""
    folded = FoldedScalarString(text)
    positions: list[int] = []
    line_start = 0
    last_space = -1
    for index, char in enumerate(text):
        if char == " ":
            if index - line_start > FOLD_WIDTH and last_space > line_start:
                positions.append(last_space)
                line_start = last_space + 1
            last_space = index
    if len(text) - line_start > FOLD_WIDTH and last_space > line_start:
        positions.append(last_space)
    folded.fold_pos = positions
    return folded


def to_node(value: Any) -> Any:
    """Upstream JSON as round-trip YAML nodes, long text as block scalars like the spec's own."""
    if isinstance(value, dict):
        node = CommentedMap()
        for key, item in value.items():
            node[key] = to_node(item)
        return node
    if isinstance(value, list):
        return CommentedSeq(to_node(item) for item in value)
    if isinstance(value, str):
        if "\n" in value:
            return LiteralScalarString(value)
        if value.startswith("#/"):
            return DoubleQuotedScalarString(value)  # $ref values, quoted as the spec quotes them
        # Folding needs two spaces in a row nowhere, or it would change the value on reading.
        if len(value) > SHORT and "  " not in value and not value.endswith(" "):
            return _folded(value)
    return value


# -- merging -------------------------------------------------------------------------------------


def _same(ours: Any, theirs: Any) -> bool:
    """Equal as JSON: ``True`` is not ``1``, a folded block equals its plain string."""
    return json.dumps(ours, sort_keys=True) == json.dumps(theirs, sort_keys=True)


def _branch_key(branch: Any) -> str | None:
    """What identifies an anyOf/oneOf branch across versions: its const, $ref, title or type."""
    if not isinstance(branch, dict):
        return None
    for key in ("const", "$ref", "title", "type"):
        if key in branch:
            return f"{key}={json.dumps(branch[key], sort_keys=True)}"
    return None


def merge(ours: Any, theirs: Any) -> Any:
    """``ours`` brought up to ``theirs``; maps and lists are edited in place where possible and
    ``ours`` itself is returned when nothing changed, so unchanged text is never re-emitted."""
    if isinstance(ours, CommentedMap) and isinstance(theirs, dict):
        merge_map(ours, theirs)
        return ours
    if isinstance(ours, CommentedSeq) and isinstance(theirs, list):
        return merge_list(ours, theirs)
    return ours if _same(ours, theirs) else to_node(theirs)


def merge_list(ours: CommentedSeq, theirs: list[Any]) -> Any:
    keys = [_branch_key(b) for b in theirs]
    if all(keys) and len(set(keys)) == len(keys):
        # Schema branches: match them by identity so our per-value descriptions survive.
        by_key = {_branch_key(b): b for b in ours}
        merged = []
        for key, branch in zip(keys, theirs, strict=True):
            mine = by_key.get(key)
            if isinstance(mine, CommentedMap) and isinstance(branch, dict):
                merge_map(mine, branch, const_branch="const" in branch)
                merged.append(mine)
            else:
                merged.append(to_node(branch))
        if len(merged) == len(ours) and all(a is b for a, b in zip(merged, ours, strict=True)):
            return ours
        return CommentedSeq(merged)
    return ours if _same(ours, theirs) else to_node(theirs)


def merge_map(
    ours: CommentedMap,
    theirs: dict[str, Any],
    *,
    const_branch: bool = False,
    append_new: bool = False,
) -> None:
    """``ours`` brought up to ``theirs`` in place. New properties (``append_new``) go last, so a
    new keyword follows the existing ones in the method signature and no caller's position
    shifts; any other new key goes right after the upstream key before it, else first."""
    for key in [k for k in ours if k not in theirs]:
        if not (str(key).startswith("x-") or key in KEPT_WHEN_ABSENT):
            del ours[key]  # upstream dropped this wire fact
    previous: str | None = None
    for key, value in theirs.items():
        if key in ours:
            keep_ours = key in OURS_WHEN_PRESENT or (const_branch and key == "description")
            if key == "properties" and isinstance(ours[key], CommentedMap):
                merge_map(ours[key], value, append_new=True)
            elif not keep_ours:
                merged = merge(ours[key], value)
                if merged is not ours[key]:
                    ours[key] = merged
        elif append_new:
            ours[key] = to_node(value)
        else:
            keys = list(ours)
            position = keys.index(previous) + 1 if previous in ours else 0
            ours.insert(position, key, to_node(value))
        previous = key


def reached_defs(document: Any, node: Any) -> Iterator[str]:
    """Names of the ``#/$defs/...`` a node reaches, transitively, in first-reference order."""
    seen: list[str] = []

    def walk(item: Any) -> None:
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                name = ref_name(ref)
                if name not in seen and name not in OWN_DEFS:
                    seen.append(name)
                    walk(resolve_pointer(document, ref[1:]))
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(node)
    return iter(seen)


def sync(spec: CommentedMap, upstream: Any, pointer: str) -> None:
    """Edit ``spec`` (the round-trip document) in place to follow upstream's verb at ``pointer``."""
    verb = resolve_pointer(upstream, pointer)
    if not isinstance(verb, dict) or not isinstance(verb.get("properties"), dict):
        raise ValueError(f"#{pointer} is not an object schema with properties")
    merge_map(spec, verb)
    defs = spec.get("$defs")
    if not isinstance(defs, CommentedMap):
        defs = spec["$defs"] = CommentedMap()
    for name in reached_defs(upstream, verb):
        theirs = upstream["$defs"][name]
        if name in defs:
            merged = merge(defs[name], theirs)
            if merged is not defs[name]:
                defs[name] = merged
        else:
            defs[name] = to_node(theirs)


# -- command line --------------------------------------------------------------------------------


def report(old_text: str, new_text: str, base: str, head: str, fmt: str = "text") -> str:
    """The spec-diff report (codegen/diff) from ``old_text`` to ``new_text``, its sides labelled
    ``base`` and ``head`` rather than by the temporary files the diff reads."""
    from codegen.diff.cli import diff_sides
    from codegen.diff.report import Report, render

    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp) / "before.yaml", Path(tmp) / "after.yaml"
        old.write_text(old_text, encoding="utf-8")
        new.write_text(new_text, encoding="utf-8")
        findings = diff_sides(str(old), str(new))
    return render(Report(base, head, findings, None), fmt, color=False)


def synced_text(spec_text: str, upstream: Any, pointer: str) -> str:
    """The spec text after syncing; ``spec_text`` itself when nothing changes."""
    yaml = _yaml()
    document = yaml.load(spec_text)
    sync(document, upstream, pointer)
    out = io.StringIO()
    yaml.dump(document, out)
    # ruamel re-emits an unchanged document byte for byte; comparing the data as well keeps a
    # no-op run from rewriting the file should that ever not hold.
    if _same(_yaml().load(out.getvalue()), _yaml().load(spec_text)):
        return spec_text
    return out.getvalue()


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen sync",
        description="Update the spec from an upstream SWML schema's verb object, keeping the "
        "spec's x- annotations, per-value descriptions and method defaults; print the spec-diff "
        "report of what changed.",
    )
    parser.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="FILE[#POINTER]",
        help=f"upstream SWMLObject JSON; the pointer defaults to #{DEFAULT_POINTER}",
    )
    parser.add_argument("--spec", default=DEFAULT_SPEC, help=f"default: {DEFAULT_SPEC}")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 with the report if the spec would change",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help="of the report; default: text"
    )
    args = parser.parse_args(list(argv))
    path, _, pointer = str(args.source).partition("#")
    spec_path = Path(args.spec)
    try:
        upstream = json.loads(Path(path).read_text(encoding="utf-8"))
        spec_text = spec_path.read_text(encoding="utf-8")
        new_text = synced_text(spec_text, upstream, pointer or DEFAULT_POINTER)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if new_text == spec_text:
        print(f"{spec_path} is in sync with {args.source}; nothing changed.")
        return 0
    sys.stdout.write(
        report(spec_text, new_text, str(spec_path), f"synced from {args.source}", args.format)
    )
    if args.check:
        print(
            f"\n{spec_path} is out of sync with {args.source}: run `python -m codegen sync "
            f"--from {args.source}`, review, regenerate and commit.",
            file=sys.stderr,
        )
        return 1
    spec_path.write_text(new_text, encoding="utf-8")
    print(f"\nupdated {spec_path}; run `python -m codegen generate` and commit both.")
    return 0
