"""The package's releases: ``spec/releases.yaml``, the version scheme, and what a release tag must
match.

One version, the same string on PyPI and npm, says what a release holds: ``MAJOR.YYYYMMDD.PATCH``.
YYYYMMDD is the SignalWire SWML schema release the package was generated from (2026-08-18 gives
20260818); PATCH counts the releases made from that schema (overlay or generator changes); MAJOR
goes up when a release breaks callers of the one before, so that npm's ``^`` ranges and pip's
``~=`` keep their promise (while MAJOR is 0, a new schema date is already a new ``^`` range). A
plain three-part number is both a canonical PEP 440 version (PyPI refuses local versions, so the
schema cannot go after a ``+``) and a semver version, and both order it the same way.

``spec/releases.yaml`` lists the releases, oldest first, each with its schema release; the newest
is the version of both generated packages. The spec each release was made from is kept beside it
as ``spec/releases/VERSION/`` (a copy of spec/ at that release), so the changelog
(``codegen/changelog.py``) can diff each release against the one before from committed files,
without git history. ``python -m codegen release record VERSION SCHEMA`` adds one, and
``check-tag TAG`` is what the release workflow runs before it builds (``codegen/release_cli.py``).
"""

from __future__ import annotations

import ast
import datetime
import itertools
import json
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen.beyond import FILE as BEYOND_FILE
from codegen.errors import SpecError, SpecProblem
from codegen.loader import OVERLAY_DIR, UPSTREAM_FILE
from codegen.overlay import display_path, overlay_paths

#: The release record in a spec directory, and the directory of each release's spec beside it.
RECORD_FILE = "releases.yaml"
SNAPSHOT_DIR = "releases"
#: The version of a package generated from a spec without a release record (one schema file
#: given to ``--spec``, the construct specs of the tests): it names no release.
UNRECORDED_VERSION = "0.0.0"

VERSION = re.compile(r"(0|[1-9][0-9]*)\.([0-9]{8})\.(0|[1-9][0-9]*)")
SCHEMA_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
EXPECTED_VERSION = (
    "MAJOR.YYYYMMDD.PATCH, where YYYYMMDD is the schema release's date (0.20260818.0), without "
    "leading zeros in MAJOR and PATCH"
)
EXPECTED_RECORD = "a mapping with `releases:`, a list of {version, schema} entries, oldest first"


@dataclass(frozen=True)
class Release:
    version: str
    #: The SignalWire SWML schema release it was generated from, as a date: ``2026-08-18``.
    schema: str
    #: The copy of spec/ it was made from.
    snapshot: Path

    @property
    def parts(self) -> tuple[int, int, int]:
        major, minor, patch = (int(part) for part in self.version.split("."))
        return major, minor, patch

    def in_caret_range_of(self, older: Release) -> bool:
        """Whether npm's ``^older`` (semver's compatible range) takes this version: the same
        MAJOR, and while MAJOR is 0 the same MINOR too."""
        (major, minor, _), (old_major, old_minor, _) = self.parts, older.parts
        return major == old_major and (major != 0 or minor == old_minor)


@dataclass(frozen=True)
class Record:
    #: The record as messages name it (``spec/releases.yaml``).
    file: str
    #: Oldest first; never empty.
    releases: tuple[Release, ...]

    @property
    def newest(self) -> Release:
        return self.releases[-1]


def load_record(spec_dir: Path) -> Record | None:
    """``spec_dir/releases.yaml``, checked; None when there is none. Raises SpecError with every
    problem in it."""
    path = spec_dir / RECORD_FILE
    if not path.is_file():
        return None
    file = display_path(path)
    try:
        data = yaml.safe_load(path.read_bytes())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "file"
        raise SpecError([SpecProblem(file, where, f"not YAML: {exc.problem}")]) from None
    except yaml.YAMLError as exc:
        raise SpecError([SpecProblem(file, "file", f"not YAML: {exc}")]) from None
    entries = data.get("releases") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries or set(data) != {"releases"}:
        raise SpecError([SpecProblem(file, "#", "not a release record", EXPECTED_RECORD)])
    problems: list[SpecProblem] = []
    releases = [
        release
        for index, entry in enumerate(entries)
        if (release := _release(entry, f"#/releases/{index}", file, spec_dir, problems))
    ]
    if not problems:
        problems += _order_problems(releases, file)
    if problems:
        raise SpecError(problems)
    return Record(file, tuple(releases))


def _release(
    entry: Any, where: str, file: str, spec_dir: Path, problems: list[SpecProblem]
) -> Release | None:
    if not isinstance(entry, dict) or set(entry) != {"version", "schema"}:
        problems.append(
            SpecProblem(
                file,
                where,
                f"{entry!r} is not a release",
                "a mapping with exactly `version` and `schema` (both quoted strings)",
            )
        )
        return None
    version, schema = entry["version"], entry["schema"]
    found = len(problems)
    if not isinstance(schema, str) or not SCHEMA_DATE.fullmatch(schema) or not _is_date(schema):
        quote = " (a YAML date: write it in quotes)" if isinstance(schema, datetime.date) else ""
        problems.append(
            SpecProblem(
                file,
                f"{where}/schema",
                f"{schema!r} is not a schema release{quote}",
                "the date of the SignalWire SWML schema release as a quoted YYYY-MM-DD string",
            )
        )
    elif not isinstance(version, str) or not VERSION.fullmatch(version):
        problems.append(
            SpecProblem(file, f"{where}/version", f"{version!r} is not a version", EXPECTED_VERSION)
        )
    elif version.split(".")[1] != schema.replace("-", ""):
        problems.append(
            SpecProblem(
                file,
                f"{where}/version",
                f"{version} does not name its schema release {schema}",
                f"{version.split('.')[0]}.{schema.replace('-', '')}.PATCH",
            )
        )
    elif not (spec_dir / SNAPSHOT_DIR / version / UPSTREAM_FILE).is_file():
        problems.append(
            SpecProblem(
                file,
                where,
                f"release {version} has no copy of its spec "
                f"({display_path(spec_dir / SNAPSHOT_DIR / version)}/{UPSTREAM_FILE} is missing)",
                "a release recorded with `python -m codegen release record VERSION SCHEMA`",
            )
        )
    if len(problems) > found:
        return None
    assert isinstance(version, str) and isinstance(schema, str)
    return Release(version, schema, spec_dir / SNAPSHOT_DIR / version)


def _is_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _order_problems(releases: Sequence[Release], file: str) -> list[SpecProblem]:
    problems = []
    for index, (older, newer) in enumerate(itertools.pairwise(releases), start=1):
        if newer.parts <= older.parts:
            problems.append(
                SpecProblem(
                    file,
                    f"#/releases/{index}/version",
                    f"{newer.version} does not come after {older.version}",
                    "releases oldest first, each version greater than the one before",
                )
            )
        elif newer.schema < older.schema:
            problems.append(
                SpecProblem(
                    file,
                    f"#/releases/{index}/schema",
                    f"schema {newer.schema} is older than {older.version}'s {older.schema}",
                    "a schema release at least as new as the release before's",
                )
            )
    return problems


def spec_files(spec_dir: Path) -> dict[str, bytes]:
    """The files the generator reads in a spec directory (upstream's document, our own schema
    file when there is one, and the overlays), by their name in it: what a release's copy must
    hold to stand for that spec."""
    files = {UPSTREAM_FILE: (spec_dir / UPSTREAM_FILE).read_bytes()}
    if (spec_dir / BEYOND_FILE).is_file():
        files[BEYOND_FILE] = (spec_dir / BEYOND_FILE).read_bytes()
    for path in overlay_paths(spec_dir / OVERLAY_DIR):
        files[f"{OVERLAY_DIR}/{path.name}"] = path.read_bytes()
    return files


# -- recording a release ---------------------------------------------------------------------------


def record_release(spec_dir: Path, version: str, schema: str) -> Release:
    """Add ``version`` (made from schema release ``schema``) to the record, newest, with a copy
    of the spec as it is now. Raises SpecError, writing nothing, when the result would not be a
    valid record."""
    path = spec_dir / RECORD_FILE
    text = path.read_text(encoding="utf-8") if path.is_file() else "releases:\n"
    entry = f"  - version: {json.dumps(version)}\n    schema: {json.dumps(schema)}\n"
    if not VERSION.fullmatch(version):
        # Checked before anything is written: the version names a directory.
        raise SpecError(
            [
                SpecProblem(
                    display_path(path), "version", f"{version!r} is not a version", EXPECTED_VERSION
                )
            ]
        )
    snapshot = spec_dir / SNAPSHOT_DIR / version
    if snapshot.exists():
        raise SpecError(
            [SpecProblem(display_path(snapshot), "file", "exists already", "a new version")]
        )
    for name, data in spec_files(spec_dir).items():
        (snapshot / name).parent.mkdir(parents=True, exist_ok=True)
        (snapshot / name).write_bytes(data)
    path.write_text(text.rstrip("\n") + "\n" + entry, encoding="utf-8")
    try:
        record = load_record(spec_dir)
    except SpecError:
        # Put the record back as it was: a refused release leaves no trace.
        if text == "releases:\n":
            path.unlink()
        else:
            path.write_text(text, encoding="utf-8")
        shutil.rmtree(snapshot)
        raise
    assert record is not None
    return record.newest


# -- what a release tag must match ---------------------------------------------------------------

#: Where the generated packages say their version.
PYTHON_INIT = Path("generated/swml_verbs/__init__.py")
NPM_PACKAGE = Path("generated/ts/package.json")


def generated_versions(root: Path) -> dict[str, str]:
    """The version each generated package declares, by the file that declares it."""
    module = ast.parse((root / PYTHON_INIT).read_text(encoding="utf-8"))
    python = [
        node.value.value
        for node in module.body
        if isinstance(node, ast.Assign)
        and [getattr(t, "id", None) for t in node.targets] == ["__version__"]
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]
    npm = json.loads((root / NPM_PACKAGE).read_text(encoding="utf-8")).get("version")
    return {
        PYTHON_INIT.as_posix(): python[0] if len(python) == 1 else "none",
        NPM_PACKAGE.as_posix(): npm if isinstance(npm, str) else "none",
    }


def tag_problems(root: Path, tag: str) -> list[str]:
    """Why ``tag`` cannot be released from the checkout at ``root``: it must be ``v`` and the
    newest recorded version, which both generated packages carry, and spec/ must be that
    release's spec (no unreleased change)."""
    spec_dir = root / "spec"
    record = load_record(spec_dir)
    if record is None:
        return [f"spec/{RECORD_FILE} is missing: no release is recorded"]
    newest = record.newest
    problems = []
    if tag != f"v{newest.version}":
        problems.append(
            f"tag {tag!r} is not the newest recorded release: expected 'v{newest.version}' "
            f"(spec/{RECORD_FILE})"
        )
    for file, version in generated_versions(root).items():
        if version != newest.version:
            problems.append(
                f"{file} has version {version}, not {newest.version}: run "
                "`python -m codegen generate` and commit"
            )
    if spec_files(spec_dir) != spec_files(newest.snapshot):
        problems.append(
            f"spec/ differs from release {newest.version}'s spec "
            f"(spec/{SNAPSHOT_DIR}/{newest.version}/): record a release for it first "
            "(CHANGELOG.md lists the changes under Unreleased)"
        )
    return problems
