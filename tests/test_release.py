"""Releases: one version for PyPI and npm that names the schema release, the changelog made by the
spec diff between releases, the release build and its checks, and the release workflow.

Run once (noxfile ``ONCE``): nothing here depends on the Python version.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import semver
import swml_verbs
import yaml
from hypothesis import given
from hypothesis import strategies as st
from packaging.version import Version

from codegen import changelog
from codegen.diff.model import Finding
from codegen.errors import SpecError
from codegen.release import (
    RECORD_FILE,
    UNRECORDED_VERSION,
    load_record,
    record_release,
    spec_files,
    tag_problems,
)

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "spec"
UPSTREAM = REPO / ".." / "shared" / "upstream" / "swml"
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"
NODE, NPM = shutil.which("node"), shutil.which("npm")
REQUIRED = os.environ.get("SWML_VERBS_REQUIRE_NODE") == "1"
if (NODE is None or NPM is None) and REQUIRED:
    raise RuntimeError("SWML_VERBS_REQUIRE_NODE=1 but node or npm is not installed")
needs_node = pytest.mark.skipif(NODE is None or NPM is None, reason="node and npm are needed")

#: What the release workflow's build job runs, in order; the tests below run the same.
CHECK_TAG = 'python -m codegen release check-tag "$TAG"'
CHECK_GENERATED = "python -m codegen generate --check"
BUILD = "python -m codegen release build dist"


def newest() -> str:
    record = load_record(SPEC)
    assert record is not None
    return record.newest.version


def upstream(schema: str) -> Path:
    path = UPSTREAM / f"SWMLObject-{schema}.json"
    if not UPSTREAM.is_dir():
        pytest.skip("../shared/upstream/swml is not present")
    return path


# -- the version -----------------------------------------------------------------------------------


def test_every_place_that_says_the_version_says_the_newest_release() -> None:
    version = newest()
    package = json.loads((REPO / "generated/ts/package.json").read_text(encoding="utf-8"))
    lock = json.loads((REPO / "generated/ts/package-lock.json").read_text(encoding="utf-8"))
    assert swml_verbs.__version__ == version
    assert (package["version"], lock["version"], lock["packages"][""]["version"]) == (version,) * 3
    # The installed distribution's metadata is read from __init__.py when it is installed.
    assert metadata.version("swml-verbs") == version, "reinstall: pip install -e '.[dev]'"


def test_the_newest_release_names_the_schema_that_is_in_spec() -> None:
    record = load_record(SPEC)
    assert record is not None
    release = record.newest
    schema = upstream(release.schema)
    assert schema.is_file(), f"{release.version} names schema {release.schema}: no {schema.name}"
    assert (SPEC / "SWMLObject.json").read_bytes() == schema.read_bytes()
    assert (release.snapshot / "SWMLObject.json").read_bytes() == schema.read_bytes()
    assert release.version.split(".")[1] == release.schema.replace("-", "")


@given(
    first=st.tuples(st.integers(0, 40), st.dates(date(1000, 1, 1)), st.integers(0, 10**6)),
    second=st.tuples(st.integers(0, 40), st.dates(date(1000, 1, 1)), st.integers(0, 10**6)),
)
def test_the_scheme_is_one_version_on_pypi_and_npm(
    first: tuple[int, date, int], second: tuple[int, date, int]
) -> None:
    """Every MAJOR.YYYYMMDD.PATCH is a canonical PEP 440 release (no local or pre-release part,
    which PyPI would refuse or rank differently) and a semver version, and PEP 440, semver and
    the order of (major, schema date, patch) agree."""
    a, b = (f"{major}.{day:%Y%m%d}.{patch}" for major, day, patch in (first, second))
    for version in (a, b):
        pep = Version(version)
        assert str(pep) == version and pep.local is None and not pep.is_prerelease
        assert str(semver.Version.parse(version)) == version
    by_pep = (Version(a) > Version(b)) - (Version(a) < Version(b))
    assert by_pep == semver.Version.parse(a).compare(b) == (first > second) - (first < second)


def test_a_spec_without_a_record_has_the_unrecorded_version(tmp_path: Path) -> None:
    assert load_record(tmp_path) is None
    golden = REPO / "tests/generator/expected/boolean/__init__.py"  # from a schema file
    assert f'\n__version__ = "{UNRECORDED_VERSION}"\n' in golden.read_text(encoding="utf-8")
    assert Version(UNRECORDED_VERSION) < Version(newest())


# -- the release record ----------------------------------------------------------------------------


def spec_copy(where: Path, document: Path | None = None) -> Path:
    """A spec directory with spec/'s overlays and ``document`` (spec/'s own by default) as
    upstream's file, and no release."""
    spec = where / "spec"
    (spec / "overlays").mkdir(parents=True)
    shutil.copyfile(document or SPEC / "SWMLObject.json", spec / "SWMLObject.json")
    for overlay in (SPEC / "overlays").glob("*.yaml"):
        shutil.copyfile(overlay, spec / "overlays" / overlay.name)
    return spec


def write_record(spec: Path, releases: Any) -> None:
    """``releases`` as the record, each entry that names a version of digits and dots with a copy
    of the spec (so that the problem found is the record's, not a missing copy)."""
    (spec / RECORD_FILE).write_text(yaml.safe_dump({"releases": releases}), encoding="utf-8")
    for entry in releases:
        version = entry.get("version") if isinstance(entry, dict) else None
        if isinstance(version, str) and re.fullmatch(r"[0-9.]+", version):
            for name, data in spec_files(spec).items():
                (spec / "releases" / version / name).parent.mkdir(parents=True, exist_ok=True)
                (spec / "releases" / version / name).write_bytes(data)


@pytest.mark.parametrize(
    ("releases", "message"),
    [
        (
            [{"version": "0.20260818.0", "schema": "2026-05-12"}],
            "#/releases/0/version: 0.20260818.0 does not name its schema release 2026-05-12; "
            "expected 0.20260512.PATCH",
        ),
        (
            [{"version": "0.20260818.0-rc.1", "schema": "2026-08-18"}],
            "#/releases/0/version: '0.20260818.0-rc.1' is not a version; expected MAJOR.YYYYMMDD",
        ),
        (
            [{"version": "01.20260818.0", "schema": "2026-08-18"}],
            "'01.20260818.0' is not a version",
        ),
        (
            [{"version": "0.20260231.0", "schema": "2026-02-31"}],
            "#/releases/0/schema: '2026-02-31' is not a schema release",
        ),
        (
            [{"version": "0.20260818.0", "schema": "2026-08-18", "date": "today"}],
            "#/releases/0: {",
        ),
        ([], "#: not a release record; expected a mapping with `releases:`"),
        (
            [
                {"version": "0.20260818.1", "schema": "2026-08-18"},
                {"version": "0.20260818.0", "schema": "2026-08-18"},
            ],
            "#/releases/1/version: 0.20260818.0 does not come after 0.20260818.1",
        ),
        (
            [
                {"version": "0.20260818.0", "schema": "2026-08-18"},
                {"version": "1.20260512.0", "schema": "2026-05-12"},
            ],
            "#/releases/1/schema: schema 2026-05-12 is older than 0.20260818.0's 2026-08-18",
        ),
    ],
)
def test_a_bad_record_is_refused_naming_the_entry(
    tmp_path: Path, releases: Any, message: str
) -> None:
    spec = spec_copy(tmp_path)
    write_record(spec, releases)
    with pytest.raises(SpecError) as caught:
        load_record(spec)
    assert message in str(caught.value)


def test_an_unquoted_date_and_a_missing_copy_are_explained(tmp_path: Path) -> None:
    spec = spec_copy(tmp_path)
    (spec / RECORD_FILE).write_text(
        "releases:\n  - version: '0.20260818.0'\n    schema: 2026-08-18\n", encoding="utf-8"
    )
    with pytest.raises(SpecError, match=r"a YAML date: write it in quotes"):
        load_record(spec)
    (spec / RECORD_FILE).write_text(
        "releases:\n  - version: '0.20260818.0'\n    schema: '2026-08-18'\n", encoding="utf-8"
    )
    with pytest.raises(SpecError, match=r"release 0\.20260818\.0 has no copy of its spec"):
        load_record(spec)
    (spec / RECORD_FILE).write_text("releases: [\n", encoding="utf-8")
    with pytest.raises(SpecError, match=r"line 2, column 1: not YAML"):
        load_record(spec)


def test_recording_a_release_copies_the_spec_and_a_refused_one_leaves_nothing(
    tmp_path: Path,
) -> None:
    spec = spec_copy(tmp_path)
    first = record_release(spec, "0.20260818.0", "2026-08-18")
    second = record_release(spec, "0.20260818.1", "2026-08-18")
    assert (first.version, second.version) == ("0.20260818.0", "0.20260818.1")
    assert (second.snapshot / "overlays" / "join_conference.yaml").read_bytes() == (
        SPEC / "overlays" / "join_conference.yaml"
    ).read_bytes()
    before = (spec / RECORD_FILE).read_text(encoding="utf-8")
    with pytest.raises(SpecError, match="exists already"):
        record_release(spec, "0.20260818.0", "2026-08-18")
    with pytest.raises(SpecError, match=r"'\.\./0\.20260818\.2' is not a version"):
        record_release(spec, "../0.20260818.2", "2026-08-18")
    with pytest.raises(SpecError, match=r"does not come after 0\.20260818\.1"):
        record_release(spec, "0.20260512.9", "2026-05-12")
    assert (spec / RECORD_FILE).read_text(encoding="utf-8") == before
    assert sorted(p.name for p in (spec / "releases").iterdir()) == ["0.20260818.0", "0.20260818.1"]


# -- the changelog ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def may_to_august(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A spec directory whose record holds two releases made from SignalWire's May and August
    schemas (upstream's files as they are, no overlays), spec/ being the August one."""
    root = tmp_path_factory.mktemp("releases")
    spec = root / "spec"
    for version, schema in (("0.20260512.0", "2026-05-12"), ("0.20260818.0", "2026-08-18")):
        (spec / "releases" / version).mkdir(parents=True)
        shutil.copyfile(upstream(schema), spec / "releases" / version / "SWMLObject.json")
    shutil.copyfile(upstream("2026-08-18"), spec / "SWMLObject.json")
    return spec


#: The spec diff of two releases' copies (upstream's files, no overlays) by their bytes: each
#: pair is diffed once in this module (the May to August diff takes seconds).
_DIFFS: dict[tuple[bytes, bytes], list[Finding]] = {}


def diffed_once(base: Path, head: Path) -> list[Finding]:
    key = ((base / "SWMLObject.json").read_bytes(), (head / "SWMLObject.json").read_bytes())
    if key not in _DIFFS:
        _DIFFS[key] = changelog.spec_diff(base, head)
    return _DIFFS[key]


def record_of(spec: Path, *versions: str) -> None:
    """Make ``versions`` the record of ``spec``, each release's spec the fixture's copy of the
    schema its version names."""
    releases = []
    for version in versions:
        day = version.split(".")[1]
        releases.append({"version": version, "schema": f"{day[:4]}-{day[4:6]}-{day[6:]}"})
        if not (spec / "releases" / version).is_dir():
            shutil.copytree(spec / "releases" / f"0.{day}.0", spec / "releases" / version)
    (spec / RECORD_FILE).write_text(yaml.safe_dump({"releases": releases}), encoding="utf-8")


def test_an_entry_lists_the_spec_diff_between_two_real_releases_breaking_first(
    may_to_august: Path,
) -> None:
    record_of(may_to_august, "0.20260512.0", "0.20260818.0")
    record = load_record(may_to_august)
    assert record is not None
    found = changelog.entries(record, may_to_august, diffed_once)
    assert [e.release.version if e.release else None for e in found] == [
        "0.20260818.0",
        "0.20260512.0",
    ]
    august = found[0].findings
    assert august is not None and found[1].findings is None
    assert [f.severity.rank for f in august] == sorted(f.severity.rank for f in august)
    text = changelog.render(found)
    entry = text.split("## 0.20260818.0 — schema 2026-08-18\n")[1].split("\n## ")[0]
    headings = re.findall(r"^### (.*)$", entry, re.MULTILINE)
    assert headings[0] == "Breaking changes" and headings[-1] == "Additions and other changes"
    breaking = entry.split("### Changes to check")[0].split("### Additions")[0]
    # Findings the spec diff's own test of these two schemas lists (tests/diff).
    assert (
        "- `join_conference:region`: `region` narrowed from any string to a value of Region: "
        "other strings are refused (`value-set-introduced`)" in breaking
    )
    assert "(`export-removed`)" in breaking and "StatusCallbackEvent" in breaking
    additions = entry.split("### Additions and other changes")[1]
    assert "- `join_conference:stream`: " in additions and "(`param-added`)" in additions
    assert "The first release, generated from the SWML schema release 2026-05-12." in text
    assert "## Unreleased" not in text


def test_a_breaking_release_must_leave_the_caret_range_of_the_one_before(
    may_to_august: Path,
) -> None:
    record_of(may_to_august, "1.20260512.0", "1.20260818.0")
    record = load_record(may_to_august)
    assert record is not None
    with pytest.raises(SpecError) as caught:
        changelog.entries(record, may_to_august, diffed_once)
    message = str(caught.value)
    assert "#/releases/1/version: 1.20260818.0 breaks callers of 1.20260512.0" in message
    assert (
        "stays in its ^1.20260512.0 range; expected a new major version such as 2.20260818.0"
        in (message)
    )
    record_of(may_to_august, "1.20260512.0", "2.20260818.0")
    record = load_record(may_to_august)
    assert record is not None
    assert changelog.entries(record, may_to_august, diffed_once)[0].findings


def test_the_committed_changelog_is_the_one_the_record_makes() -> None:
    record = load_record(SPEC)
    assert record is not None
    expected = changelog.render(changelog.entries(record, SPEC))
    assert (REPO / "CHANGELOG.md").read_text(encoding="utf-8") == expected
    assert f"## {record.newest.version} — schema {record.newest.schema}" in expected


def test_generate_writes_the_version_and_the_changelog_and_check_finds_them_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line with a small spec directory of its own: one recorded release, then an
    edit of the spec, which the changelog lists as unreleased."""
    from codegen.cli import main

    monkeypatch.chdir(REPO)  # headers name the spec relative to the working directory
    spec = tmp_path / "spec"
    spec.mkdir()
    shutil.copyfile(REPO / "tests/generator/specs/boolean.json", spec / "SWMLObject.json")
    record_release(spec, "1.20260101.0", "2026-01-01")
    document = spec / "SWMLObject.json"
    document.write_text(
        document.read_text(encoding="utf-8").replace("Mute or unmute.", "Mute or not."),
        encoding="utf-8",
    )
    log = tmp_path / "CHANGELOG.md"
    argv = ["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]
    argv += ["--language", "python", "--changelog", str(log)]
    assert main(argv) == 0
    init = (tmp_path / "out" / "swml_verbs" / "__init__.py").read_text(encoding="utf-8")
    assert '\n__version__ = "1.20260101.0"\n' in init
    text = log.read_text(encoding="utf-8")
    assert text.index("## Unreleased") < text.index("## 1.20260101.0 — schema 2026-01-01")
    assert "- `mute:enabled`: `enabled`: description changed (`description-changed`)" in text
    assert main([*argv, "--check"]) == 0
    log.write_text(text.replace("## Unreleased", "## Soon"), encoding="utf-8")
    capsys.readouterr()
    assert main([*argv, "--check"]) == 1
    assert "-## Soon\n+## Unreleased" in capsys.readouterr().out
    assert "## Soon" in log.read_text(encoding="utf-8")  # --check writes nothing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["CHANGELOG.md", "out", "spec"]


# -- the release tag -------------------------------------------------------------------------------


def checkout_copy(where: Path) -> Path:
    """What the tag check reads of a checkout made at the newest release: spec/ (holding that
    release's files, whatever spec/ holds since) and the two version files."""
    shutil.copytree(SPEC, where / "spec")
    spec = where / "spec"
    for name in spec_files(spec):
        (spec / name).unlink()
    for name, data in spec_files(SPEC / "releases" / newest()).items():
        (spec / name).write_bytes(data)
    for name in ("generated/swml_verbs/__init__.py", "generated/ts/package.json"):
        (where / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / name, where / name)
    return where


def test_the_tag_must_be_the_version_the_packages_carry(tmp_path: Path) -> None:
    version = newest()
    root = checkout_copy(tmp_path)
    assert tag_problems(root, f"v{version}") == []
    assert tag_problems(root, version) == [
        f"tag {version!r} is not the newest recorded release: expected 'v{version}' "
        "(spec/releases.yaml)"
    ]
    package = root / "generated/ts/package.json"
    package.write_text(package.read_text().replace(version, "0.1.0"), encoding="utf-8")
    (root / "spec/overlays/join_conference.yaml").write_text("actions: []\n", encoding="utf-8")
    problems = tag_problems(root, f"v{version}")
    assert problems == [
        f"generated/ts/package.json has version 0.1.0, not {version}: run "
        "`python -m codegen generate` and commit",
        f"spec/ differs from release {version}'s spec (spec/releases/{version}/): record a "
        "release for it first (CHANGELOG.md lists the changes under Unreleased)",
    ]


def test_check_tag_exits_1_naming_the_expected_tag() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "codegen", "release", "check-tag", "v0.1.0"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1
    assert f"expected 'v{newest()}'" in completed.stderr


# -- the build -------------------------------------------------------------------------------------


@needs_node
def test_the_release_build_makes_and_checks_all_three(tmp_path: Path) -> None:
    """The workflow's build step, run for real: python -m build, twine check, npm pack, attw."""
    command = BUILD.split()
    completed = subprocess.run(
        [sys.executable, *command[1:-1], str(tmp_path / "dist")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    version = newest()
    made = sorted(p.name for p in (tmp_path / "dist").iterdir())
    assert made == [
        f"swml-verbs-{version}.tgz",
        f"swml_verbs-{version}-py3-none-any.whl",
        f"swml_verbs-{version}.tar.gz",
    ]
    assert "PASSED" in completed.stdout and "No problems found" in completed.stdout
    with zipfile.ZipFile(tmp_path / "dist" / made[1]) as wheel:
        meta = wheel.read(f"swml_verbs-{version}.dist-info/METADATA").decode()
        assert f"\nVersion: {version}\n" in meta
        assert "swml_verbs/__init__.py" in wheel.namelist()
    with tarfile.open(tmp_path / "dist" / made[2]) as sdist:
        names = sdist.getnames()
    assert f"swml_verbs-{version}/CHANGELOG.md" in names
    assert not any("generated/ts" in name for name in names)
    with tarfile.open(tmp_path / "dist" / made[0]) as tarball:
        member = tarball.extractfile("package/package.json")
        assert member is not None
        assert json.load(member)["version"] == version


@needs_node
def test_the_declarations_check_fails_a_package_whose_types_do_not_resolve(
    tmp_path: Path,
) -> None:
    """The mistake the TypeScript package once had: ES-module-only types, which a CommonJS
    consumer and TypeScript's default (node10) resolution cannot use."""
    from codegen.distribution import release_tools, steps

    package = tmp_path / "package"
    package.mkdir()
    manifest = {
        "name": "esm-only-types",
        "version": "1.0.0",
        "type": "module",
        "exports": {".": {"types": "./index.d.ts", "default": "./index.js"}},
    }
    (package / "package.json").write_text(json.dumps(manifest), encoding="utf-8")
    (package / "index.js").write_text("export const x = 1;\n", encoding="utf-8")
    (package / "index.d.ts").write_text("export declare const x: number;\n", encoding="utf-8")
    out = tmp_path / "dist"
    out.mkdir()
    subprocess.run(
        ["npm", "pack", str(package), "--pack-destination", str(out)],
        capture_output=True,
        check=True,
    )
    what, attw = steps(out, release_tools())[-1]
    completed = subprocess.run(attw, capture_output=True, text=True, check=False)
    assert what == "attw" and completed.returncode != 0
    assert "esm-only-types v1.0.0" in completed.stdout
    assert "No problems found" not in completed.stdout


# -- the workflow ----------------------------------------------------------------------------------


def workflow() -> dict[Any, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_it_runs_on_version_tags_only() -> None:
    # PyYAML reads the bare key `on` as True.
    assert workflow()[True] == {"push": {"tags": ["v*"]}}


def test_each_job_has_the_least_permissions_it_needs() -> None:
    loaded = workflow()
    assert loaded["permissions"] == {}
    assert {name: job["permissions"] for name, job in loaded["jobs"].items()} == {
        "build": {"contents": "read"},
        "pypi": {"id-token": "write"},
        "npm": {"id-token": "write"},
    }
    assert {name: job.get("needs") for name, job in loaded["jobs"].items()} == {
        "build": None,
        "pypi": "build",
        "npm": "build",
    }


def test_publishing_uses_trusted_publishing_and_no_stored_token() -> None:
    text = yaml.safe_dump(workflow())  # without the comments that explain it
    assert "secrets" not in text and "token:" not in text.replace("id-token:", "")
    assert "NODE_AUTH_TOKEN" not in text and "password" not in text
    jobs = workflow()["jobs"]
    pypi = [s for s in jobs["pypi"]["steps"] if "uses" in s]
    assert pypi[-1]["uses"].startswith("pypa/gh-action-pypi-publish@")
    assert pypi[-1]["with"] == {"packages-dir": "dist"}
    assert jobs["npm"]["steps"][-1]["run"] == (
        "npm publish ./dist/swml-verbs-*.tgz --provenance --access public"
    )
    assert {jobs[name]["environment"]["name"] for name in ("pypi", "npm")} == {"pypi", "npm"}


def test_the_publishing_jobs_publish_the_checked_artifacts_and_run_no_repository_code() -> None:
    jobs = workflow()["jobs"]
    uploaded = {
        s["with"]["name"]: s["with"]["path"]
        for s in jobs["build"]["steps"]
        if s.get("uses", "").startswith("actions/upload-artifact@")
    }
    assert uploaded == {"python-dist": "dist/*.whl\ndist/*.tar.gz\n", "npm-dist": "dist/*.tgz"}
    for name, artifact in (("pypi", "python-dist"), ("npm", "npm-dist")):
        steps = jobs[name]["steps"]
        assert not any(s.get("uses", "").startswith("actions/checkout@") for s in steps)
        downloads = [s for s in steps if s.get("uses", "").startswith("actions/download-artifact@")]
        assert [d["with"] for d in downloads] == [{"name": artifact, "path": "dist"}]
        assert all("python" not in s.get("run", "") for s in steps)


def test_the_build_job_runs_the_commands_the_tests_run() -> None:
    build = workflow()["jobs"]["build"]
    runs = [s["run"] for s in build["steps"] if "run" in s]
    assert runs == ['python -m pip install -e ".[dev]"', CHECK_TAG, CHECK_GENERATED, BUILD]
    checkout = build["steps"][0]
    assert checkout["uses"].startswith("actions/checkout@")
    assert checkout["with"] == {"persist-credentials": False}
    tag = next(s for s in build["steps"] if s.get("run") == CHECK_TAG)
    assert tag["env"] == {"TAG": "${{ github.ref_name }}"}
    # The tests above run these through the same module and arguments (the build for real);
    # generate --check is the first step of CI (.ci/run, through nox).
    assert BUILD.split()[1:-1] == ["-m", "codegen", "release", "build"]
