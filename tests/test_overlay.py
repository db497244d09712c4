"""Overlays (codegen/overlay.py) and the spec package (codegen/spec_package.py): how an update
merges, every problem an overlay can have and its exact message, and that
spec/overlays/join_conference.yaml says on upstream's document everything the hand-kept
spec/join_conference.yaml said (kept, since the move, as tests/diff/fixtures/join_conference.yaml).
"""

from __future__ import annotations

import json
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.errors import SpecError
from codegen.loader import structural_problems
from codegen.overlay import apply, check_overlay, load_overlays, merge, parse_pointer, read_overlay
from codegen.spec_package import load_package, package_problems

ROOT = Path(__file__).resolve().parents[1]
SPEC_DIR = ROOT / "spec"
#: The hand-kept verb file the overlays replaced, now a fixture of the spec-diff tests.
OLD_SPEC = ROOT / "tests" / "diff" / "fixtures" / "join_conference.yaml"
JOIN_CONFERENCE = SPEC_DIR / "overlays" / "join_conference.yaml"

#: A small stand-in for upstream's document, shaped like it.
DOCUMENT: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "SWMLObject.json",
    "type": "object",
    "$defs": {
        "VerbObject": {
            "type": "object",
            "properties": {
                "beep": {
                    "anyOf": [
                        {"type": "string", "const": "on"},
                        {"type": "string", "const": "off"},
                    ],
                    "default": "on",
                    "description": "Upstream's words.",
                },
                "url": {"type": "string", "format": "uri"},
            },
            "title": "VerbObject object",
        },
    },
}

HEADER = "overlay: 1.0.0\ninfo: {title: test, version: 1.0.0}\n"


def with_header(body: str) -> str:
    """An overlay with the usual first two keys and ``body`` (indented in the test) after them."""
    return HEADER + textwrap.dedent(body)


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str, document: Any = None) -> list[str]:
    """Every problem, as printed, of one overlay file applied to ``document``."""
    write(tmp_path, "o.yaml", text)
    overlays, problems = load_overlays(tmp_path)
    applied = apply(DOCUMENT if document is None else document, overlays, "SWMLObject.json")
    return [str(p).replace(str(tmp_path), "DIR") for p in [*problems, *applied.problems]]


# -- merging -------------------------------------------------------------------------------------


def test_merge_mappings_recursively_and_replaces_anything_else() -> None:
    node: dict[str, Any] = {
        "description": "old",
        "x-items": {"anyOf": [{"const": "a"}], "x-keep": 1},
        "x-url-schemes": ["http", "https"],
        "x-method-default": {"a": 1},
    }
    merge(
        node,
        {
            "description": "new",
            "x-items": {"anyOf": [{"const": "b"}]},
            "x-url-schemes": ["https"],
            "x-method-default": None,
            "x-enum-name": "Beep",
        },
    )
    assert node == {
        "description": "new",  # a scalar replaces
        "x-items": {"anyOf": [{"const": "b"}], "x-keep": 1},  # mappings merge, lists replace
        "x-url-schemes": ["https"],
        "x-method-default": None,  # any value replaces a mapping
        "x-enum-name": "Beep",  # new keys are added
    }


def test_merge_copies_so_no_node_is_shared_with_the_overlay() -> None:
    update = {"x-items": {"anyOf": [{"const": "a"}]}}
    node: dict[str, Any] = {}
    merge(node, update)
    node["x-items"]["anyOf"].append({"const": "b"})
    assert update == {"x-items": {"anyOf": [{"const": "a"}]}}


def test_apply_leaves_the_input_alone_and_applies_files_and_actions_in_order(
    tmp_path: Path,
) -> None:
    before = json.dumps(DOCUMENT, sort_keys=True)
    write(
        tmp_path,
        "20-later.yaml",
        with_header(
            """\
        actions:
          - target: /$defs/VerbObject/properties/beep
            update: {x-enum-name: Second}
        """
        ),
    )
    write(
        tmp_path,
        "10-first.yaml",
        with_header(
            """\
        actions:
          - target: /$defs/VerbObject/properties/beep
            update: {x-enum-name: First, x-camel-name: beep}
          - target: /$defs/VerbObject/properties/beep/anyOf/1
            description: per-value words
            update: {description: beep off}
          - target: /$defs/VerbObject/properties
            update:
              description: {x-non-blank: true}
        """
        ),
    )
    overlays, problems = load_overlays(tmp_path)
    assert problems == []
    assert [Path(o.file).name for o in overlays] == ["10-first.yaml", "20-later.yaml"]
    applied = apply(DOCUMENT, overlays, "SWMLObject.json")
    assert applied.problems == []
    beep = applied.document["$defs"]["VerbObject"]["properties"]["beep"]
    assert beep["x-enum-name"] == "Second"
    assert beep["x-camel-name"] == "beep"
    assert beep["anyOf"][1] == {"type": "string", "const": "off", "description": "beep off"}
    assert beep["description"] == "Upstream's words."
    # A mapping under "description" of a properties map is a property of that name.
    assert applied.document["$defs"]["VerbObject"]["properties"]["description"] == {
        "x-non-blank": True
    }
    assert json.dumps(DOCUMENT, sort_keys=True) == before


def test_parse_pointer() -> None:
    assert parse_pointer("") == ()
    assert parse_pointer("/$defs/a~1b/c~0d/0") == ("$defs", "a/b", "c~d", "0")
    assert parse_pointer("$defs/x") is None
    assert parse_pointer("/a~2b") is None
    assert parse_pointer("/a~") is None


# -- problems ------------------------------------------------------------------------------------

TARGET_EXPECTED = "expected a JSON pointer to an existing object in SWMLObject.json"
ALLOWED = "expected description, title or an x- keyword (at any depth of an update)"


def test_a_target_that_does_not_exist_names_the_deepest_part_that_does(tmp_path: Path) -> None:
    assert problems_of(
        tmp_path,
        with_header(
            """\
        actions:
          - target: /$defs/VerbObject/properties/beeep/anyOf/0
            update: {description: x}
          - target: /$defs/VerbObjet
            update: {description: x}
          - target: /defs
            update: {description: x}
          - target: /$defs/VerbObject/properties/beep/anyOf/2
            update: {description: x}
          - target: /$defs/VerbObject/properties/beep/anyOf/01
            update: {description: x}
          - target: /$defs/VerbObject/properties/beep/default/x
            update: {description: x}
        """
        ),
    ) == [
        "DIR/o.yaml: #/actions/0/target: target '/$defs/VerbObject/properties/beeep/anyOf/0' does "
        "not exist: '/$defs/VerbObject/properties' has no 'beeep' (did you mean 'beep'?); "
        + TARGET_EXPECTED,
        "DIR/o.yaml: #/actions/1/target: target '/$defs/VerbObjet' does not exist: '/$defs' has "
        "no 'VerbObjet' (did you mean 'VerbObject'?); " + TARGET_EXPECTED,
        "DIR/o.yaml: #/actions/2/target: target '/defs' does not exist: the document root has no "
        "'defs' (did you mean '$defs'?); " + TARGET_EXPECTED,
        "DIR/o.yaml: #/actions/3/target: target '/$defs/VerbObject/properties/beep/anyOf/2' does "
        "not exist: '/$defs/VerbObject/properties/beep/anyOf' is an array of 2, which has no "
        "item '2'; " + TARGET_EXPECTED,
        "DIR/o.yaml: #/actions/4/target: target '/$defs/VerbObject/properties/beep/anyOf/01' does "
        "not exist: '/$defs/VerbObject/properties/beep/anyOf' is an array of 2, which has no "
        "item '01'; " + TARGET_EXPECTED,
        "DIR/o.yaml: #/actions/5/target: target '/$defs/VerbObject/properties/beep/default/x' "
        "does not exist: '/$defs/VerbObject/properties/beep/default' is a string, which has no "
        "'x'; " + TARGET_EXPECTED,
    ]


def test_a_target_must_be_an_object_named_by_a_pointer(tmp_path: Path) -> None:
    assert problems_of(
        tmp_path,
        with_header(
            """\
        actions:
          - target: /$defs/VerbObject/properties/beep/anyOf
            update: {description: x}
          - target: $defs/VerbObject
            update: {description: x}
          - target: 3
            update: {description: x}
        """
        ),
    ) == [
        "DIR/o.yaml: #/actions/1/target: target '$defs/VerbObject' is not a JSON pointer; "
        "expected an RFC 6901 JSON pointer: empty (the whole document) or '/'-separated "
        "segments, with ~0 for '~' and ~1 for '/'",
        "DIR/o.yaml: #/actions/2/target: target is a number, not a string; expected an RFC 6901 "
        "JSON pointer: empty (the whole document) or '/'-separated segments, with ~0 for '~' "
        "and ~1 for '/'",
        "DIR/o.yaml: #/actions/0/target: target '/$defs/VerbObject/properties/beep/anyOf' is an "
        "array, not an object; expected a target naming an object (a schema, or a properties "
        "map): an update merges into it",
    ]


def test_an_update_is_a_mapping_of_annotations_only(tmp_path: Path) -> None:
    assert problems_of(
        tmp_path,
        with_header(
            """\
        actions:
          - target: /$defs/VerbObject/properties/beep
            update: x-enum-name
          - target: /$defs/VerbObject/properties/beep
            update:
              default: "off"
              x-enum-name: Beep
              x-items: {anyOf: [{const: anything, type: string}]}
              description: fine
          - target: /$defs/VerbObject
            update:
              properties:
                beep: {x-enum-name: Beep}
          - target: /$defs/VerbObject/properties
            update:
              title:
                type: string
                description: {minLength: 1}
          - target: /$defs/VerbObjet
            update: {const: x}
        """
        ),
    ) == [
        "DIR/o.yaml: #/actions/0/update: update is a string, not a mapping; expected a mapping "
        "of description, title and x- keywords",
        "DIR/o.yaml: #/actions/1/update/default: 'default' may not appear in an update: an "
        "overlay annotates, and the wire facts stay upstream's; " + ALLOWED,
        "DIR/o.yaml: #/actions/2/update/properties: 'properties' may not appear in an update: "
        "an overlay annotates, and the wire facts stay upstream's; " + ALLOWED,
        "DIR/o.yaml: #/actions/3/update/title/type: 'type' may not appear in an update: an "
        "overlay annotates, and the wire facts stay upstream's; " + ALLOWED,
        "DIR/o.yaml: #/actions/3/update/title/description/minLength: 'minLength' may not appear "
        "in an update: an overlay annotates, and the wire facts stay upstream's; " + ALLOWED,
        "DIR/o.yaml: #/actions/4/update/const: 'const' may not appear in an update: an overlay "
        "annotates, and the wire facts stay upstream's; " + ALLOWED,
        # A refused update's target is still resolved, so this run reports both.
        "DIR/o.yaml: #/actions/4/target: target '/$defs/VerbObjet' does not exist: '/$defs' has "
        "no 'VerbObjet' (did you mean 'VerbObject'?); " + TARGET_EXPECTED,
    ]


def test_a_malformed_overlay_document_gives_every_problem(tmp_path: Path) -> None:
    assert problems_of(
        tmp_path,
        """\
        overlay: 2.0.0
        info: {title: test, versoin: 1}
        action: []
        extends: SWMLObject.json
        """,
    ) == [
        "DIR/o.yaml: #/action: unknown key 'action' (did you mean 'actions'?); expected only "
        "overlay, info, actions",
        "DIR/o.yaml: #/extends: unknown key 'extends'; expected only overlay, info, actions",
        "DIR/o.yaml: #/overlay: unsupported overlay version '2.0.0'; expected 1.0.0 (the Overlay "
        "Specification version this format follows)",
        "DIR/o.yaml: #/info/versoin: unknown key 'versoin' (did you mean 'version'?); expected "
        "only title, version",
        "DIR/o.yaml: #/info: missing 'version'; expected info: {title: ..., version: ...}",
        "DIR/o.yaml: #: missing 'actions'; expected actions: a list of {target, update}",
    ]
    assert problems_of(tmp_path, "info: {title: 1, version: 1.0.0}\nactions: []\n") == [
        "DIR/o.yaml: #: missing 'overlay'; expected overlay: 1.0.0",
        "DIR/o.yaml: #/info/title: title is a number; expected a string",
        "DIR/o.yaml: #/actions: actions is empty; expected a list of at least one {target, "
        "update} mapping",
    ]
    assert problems_of(tmp_path, "overlay: 1.0.0\nactions: {target: /}\n") == [
        "DIR/o.yaml: #: missing 'info'; expected info: {title: ..., version: ...}",
        "DIR/o.yaml: #/actions: actions is an object; expected a list of at least one {target, "
        "update} mapping",
    ]
    assert problems_of(tmp_path, "- overlay\n") == [
        "DIR/o.yaml: #: an overlay document is a mapping, not an array; expected a mapping with "
        "overlay, info and actions"
    ]


def test_a_malformed_action_gives_every_problem(tmp_path: Path) -> None:
    assert problems_of(
        tmp_path,
        with_header(
            """\
        actions:
          - update: {description: x}
          - target: /$defs/VerbObject
          - target: /$defs/VerbObject
            remove: true
            description: [why]
            update: {description: x}
          - just a string
        """
        ),
    ) == [
        "DIR/o.yaml: #/actions/0: action without a target; expected target: a JSON pointer such "
        "as /$defs/JoinConferenceObject/properties/beep",
        "DIR/o.yaml: #/actions/1: action without an update; expected a mapping of description, "
        "title and x- keywords",
        "DIR/o.yaml: #/actions/2/remove: unknown key 'remove'; expected only target, "
        "description, update",
        "DIR/o.yaml: #/actions/2/description: description is an array, not a string; expected "
        "a string saying why the action exists",
        "DIR/o.yaml: #/actions/3: an action is a mapping, not a string; expected a mapping with "
        "target, update and optionally description",
    ]


def test_yaml_errors_give_line_and_column_and_duplicate_keys_are_refused(tmp_path: Path) -> None:
    assert problems_of(
        tmp_path,
        with_header(
            """\
        actions:
          - target: /$defs/VerbObject
            update: {description: a, description: b}
        """
        ),
    ) == [
        "DIR/o.yaml: line 5, column 30: invalid YAML: duplicate key 'description' (first at "
        "line 5) (while reading a mapping); expected each key at most once in a mapping"
    ]
    assert problems_of(tmp_path, HEADER + "actions: [\n") == [
        "DIR/o.yaml: line 4, column 1: invalid YAML: expected the node content, but found "
        "'<stream end>' (while parsing a flow node); expected well-formed YAML"
    ]


def test_every_file_is_checked_and_every_problem_reported(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "overlay: 1.0.0\n")
    write(tmp_path, "b.yaml", HEADER + "actions:\n  - target: /nope\n    update: {x-a: 1}\n")
    write(tmp_path, "c.yaml", "overlay: [\n")
    write(tmp_path, "notes.txt", "not an overlay")
    overlays, problems = load_overlays(tmp_path)
    applied = apply(DOCUMENT, overlays, "SWMLObject.json")
    files = [Path(p.file).name for p in [*problems, *applied.problems]]
    assert files == ["a.yaml", "a.yaml", "c.yaml", "b.yaml"]


def test_check_overlay_returns_the_actions_to_apply() -> None:
    actions, problems = check_overlay(
        "o.yaml",
        yaml.safe_load(HEADER + "actions: [{target: /a~1b, update: {x-a: 1}}]"),
    )
    assert problems == []
    assert [(a.index, a.target, a.parts, a.update) for a in actions] == [
        (0, "/a~1b", ("a/b",), {"x-a": 1})
    ]


# -- the spec package ----------------------------------------------------------------------------


def make_spec_dir(tmp_path: Path, overlay: str) -> Path:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    (spec_dir / "SWMLObject.json").write_text(json.dumps(DOCUMENT), encoding="utf-8")
    write(spec_dir / "overlays", "verb.yaml", overlay)
    return spec_dir


def test_load_package_applies_the_overlays_to_a_copy(tmp_path: Path) -> None:
    spec_dir = make_spec_dir(
        tmp_path,
        HEADER + "actions:\n  - target: /$defs/VerbObject/properties/beep\n"
        "    update: {x-enum-name: Beep}\n",
    )
    upstream = (spec_dir / "SWMLObject.json").read_bytes()
    overlay = (spec_dir / "overlays" / "verb.yaml").read_bytes()
    spec = load_package(spec_dir)
    assert spec.pointer == ""
    assert spec.root is spec.document
    assert spec.document["$defs"]["VerbObject"]["properties"]["beep"]["x-enum-name"] == "Beep"
    assert spec.raw == upstream + f"\noverlays/verb.yaml {len(overlay)}\n".encode() + overlay
    assert (spec_dir / "SWMLObject.json").read_bytes() == upstream
    assert package_problems(spec_dir) == []


def test_load_package_raises_every_overlay_problem(tmp_path: Path) -> None:
    spec_dir = make_spec_dir(
        tmp_path,
        HEADER + "actions:\n  - target: /$defs/Gone\n    update: {x-a: 1}\n"
        "  - target: /$defs/VerbObject\n    update: {type: string}\n",
    )
    with pytest.raises(SpecError) as caught:
        load_package(spec_dir)
    assert [(Path(p.file).name, p.location) for p in caught.value.problems] == [
        ("verb.yaml", "#/actions/1/update/type"),
        ("verb.yaml", "#/actions/0/target"),
    ]


def test_structural_problems_of_the_effective_document_are_blamed_on_the_overlay(
    tmp_path: Path,
) -> None:
    spec_dir = make_spec_dir(
        tmp_path,
        with_header(
            """\
        actions:
          - target: /$defs/VerbObject/properties/beep
            update: {x-enum-nme: Beep, x-separator: " "}
          - target: /$defs/VerbObject/properties/url
            update:
              x-url-schemes: [HTTP]
              description: 3
        """
        ),
    )
    schema = json.loads((ROOT / "codegen" / "schemas" / "x-keywords.schema.json").read_bytes())
    known = ", ".join(sorted(schema["properties"]))
    assert [str(p).replace(str(tmp_path), "DIR") for p in package_problems(spec_dir)] == [
        "DIR/spec/overlays/verb.yaml: #/actions/1/update/description: not valid JSON Schema "
        "2020-12: 3 is not of type string; expected a string",
        "DIR/spec/overlays/verb.yaml: #/actions/0/update/x-enum-nme: unknown keyword "
        f"'x-enum-nme' (did you mean 'x-enum-name'?); expected one of {known}",
        "DIR/spec/overlays/verb.yaml: #/actions/0/update/x-separator: x-separator is given "
        "without x-items; expected x-items beside it: the value set of one list item when "
        "x-separator is given: an object with anyOf of {const, description}",
        "DIR/spec/overlays/verb.yaml: #/actions/1/update/x-url-schemes/0: invalid x-url-schemes: "
        "'HTTP' does not match '^[a-z][a-z0-9+.-]*$'; expected the URL schemes the method "
        "accepts for a format: uri string, such as [http, https]",
    ]


def test_the_committed_package_loads_cleanly_and_in_reasonable_time() -> None:
    started = time.perf_counter()
    spec = load_package(SPEC_DIR)
    loaded = time.perf_counter()
    assert structural_problems(spec) == []
    checked = time.perf_counter()
    assert spec.file.endswith("spec/SWMLObject.json")
    # About 0.03 s to load and 0.6 s to check the 623 KB document on a laptop-class machine.
    assert loaded - started < 5
    assert checked - loaded < 30


def test_load_package_displays_the_spec_relative_to_the_working_directory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    assert load_package().file == "spec/SWMLObject.json"


def test_overlay_files_open_with_a_comment_and_join_conference_documents_the_format() -> None:
    paths = sorted((SPEC_DIR / "overlays").glob("*.yaml"))
    assert SPEC_DIR / "overlays" / "join_conference.yaml" in paths
    for path in paths:
        head = path.read_text(encoding="utf-8").split("\noverlay:", 1)[0]
        assert head.startswith("#"), path
        assert all(line.startswith("#") for line in head.splitlines()), path
    head = JOIN_CONFERENCE.read_text(encoding="utf-8").split("\noverlay:", 1)[0]
    for words in ("overlay: 1.0.0", "target:", "update:", "JSON pointer", "x- keywords"):
        assert words in head, words


# -- the conversion of the hand-kept spec ---------------------------------------------------------

#: The old spec's NON-x facts that differ from upstream, on purpose, found by the walk below:
#: ``$schema`` sat on the verb object (upstream has it on the document); the title named our class
#: (x-python-name does that now); and SWMLMethod was a stand-in (any non-empty object) for
#: upstream's anyOf of the 43 verb wrappers.
KNOWN_DIFFERENCES = {
    ("#", "$schema"),
    ("#", "title"),
    ("#/$defs/SWMLMethod", "type"),
    ("#/$defs/SWMLMethod", "minProperties"),
    ("#/$defs/SWMLMethod", "anyOf"),
    ("#/$defs/SWMLMethod", "title"),
}


def _pointer(parts: tuple[str | int, ...]) -> str:
    return "#" + "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


@pytest.mark.parametrize("alone", [True, False], ids=["join_conference.yaml", "all overlays"])
def test_the_join_conference_overlay_says_everything_the_old_spec_said(alone: bool) -> None:
    """Walk the old spec beside the effective JoinConferenceObject, following each ``$ref`` into
    both documents' ``$defs``: every x- keyword and description of the old file is at the same
    place in the effective document, and the wire facts are upstream's, but for the differences
    listed above. With join_conference.yaml alone the match is exact (it adds nothing the old
    file lacked); with every overlay, later files may add annotations of their own."""
    old = yaml.safe_load(OLD_SPEC.read_text(encoding="utf-8"))
    if alone:
        upstream = json.loads((SPEC_DIR / "SWMLObject.json").read_bytes())
        overlay, problems = read_overlay(JOIN_CONFERENCE)
        applied = apply(upstream, [overlay], "SWMLObject.json")
        assert problems == applied.problems == []
        effective = applied.document
    else:
        effective = load_package(SPEC_DIR).document
    annotations: list[str] = []
    differences: set[tuple[str, str]] = set()
    followed: set[str] = set()

    def walk(mine: Any, theirs: Any, at: tuple[str | int, ...]) -> None:
        where = _pointer(at)
        if isinstance(mine, dict) and isinstance(theirs, dict):
            ref = mine.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/") and ref == theirs.get("$ref"):
                name = ref.removeprefix("#/$defs/")
                if name not in followed:
                    followed.add(name)
                    walk(old["$defs"][name], effective["$defs"][name], ("$defs", name))
            for key in sorted(set(mine) | set(theirs)):
                if at == () and key in ("$defs", "x-verb"):
                    continue  # the old file's own definitions; the verb is its wrapper's key now
                if key.startswith("x-") or key == "description":
                    if key not in mine and not alone:
                        continue  # another overlay's
                    if mine.get(key, "<absent>") != theirs.get(key, "<absent>"):
                        annotations.append(f"{where}/{key}")
                elif key not in mine or key not in theirs:
                    differences.add((where, key))
                else:
                    walk(mine[key], theirs[key], (*at, key))
        elif isinstance(mine, list) and isinstance(theirs, list) and len(mine) == len(theirs):
            for index, (a, b) in enumerate(zip(mine, theirs, strict=True)):
                walk(a, b, (*at, index))
        elif json.dumps(mine) != json.dumps(theirs):
            differences.add((_pointer(at[:-1]), str(at[-1])))

    walk(old, effective["$defs"]["JoinConferenceObject"], ())
    assert annotations == []
    assert differences == KNOWN_DIFFERENCES
    assert followed == set(old["$defs"]), "every old definition was reached through a $ref"
