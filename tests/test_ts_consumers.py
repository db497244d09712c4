"""The TypeScript package as its users install it: ``npm pack`` of generated/ts/, installed
offline into consumer projects, each compiled with TypeScript 5 (the 5.9.3 that
generated/ts/package-lock.json pins) and TypeScript 7 (tests/ts/consumers/package-lock.json)
under the set-ups people use, and run with node.

The set-ups: no tsconfig at all (TypeScript 5's defaults are ``--target es5 --module commonjs``
with node10 resolution, as in a fresh ``npm init`` project; TypeScript 7's are ES modules),
``tsc --init``'s tsconfig, ``module`` node16 and nodenext in an ES module package and in a
CommonJS one, and ``moduleResolution`` bundler (``import``, and ``import x = require()`` under
``module`` preserve). Each compiles with ``skipLibCheck`` off, so the package's declarations
are type-checked under that set-up, must read the declarations of the build its module format
gets (``dist/`` for ``import``, ``dist/cjs/`` for ``require``), and must print the same lines.
A CommonJS consumer runs with ``--no-experimental-require-module`` where node has it, so it
passes only through the CommonJS build, as on node 18, not through node's ``require(esm)``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any, NoReturn

import pytest

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "generated" / "ts"
#: package.json and package-lock.json pinning the compilers beside the package's own.
TOOLCHAIN = REPO / "tests" / "ts" / "consumers"
NODE = shutil.which("node")
NPM = shutil.which("npm")
REQUIRED = os.environ.get("SWML_VERBS_REQUIRE_NODE") == "1"

if (NODE is None or NPM is None) and REQUIRED:
    raise RuntimeError("SWML_VERBS_REQUIRE_NODE=1 but node or npm is not installed")
pytestmark = pytest.mark.skipif(
    NODE is None or NPM is None, reason="node and npm are needed to install the package"
)

#: The consumer, with ``NS.`` before every name the package exports: nothing for the ES module
#: import, ``swml.`` for ``import swml = require("swml-verbs")``.
BODY = """\
const options: NS.JoinConferenceActionOptions = {
  muted: true,
  beep: NS.Beep.OnEnter,
  maxParticipants: 10,
  statusCallbackEvent: [NS.StatusCallbackEvent.Join, "leave"],
};
const doc: NS.SwmlDocument = new NS.SWML().answer().play({ url: "say:Welcome" }).hangup().toDict();
const result = new NS.FunctionResult("Connecting").joinConference("support-room", options);
const action: NS.JsonValue = result.toDict().action ?? null;
let refused = "nothing";
try {
  new NS.FunctionResult().joinConference("room", { maxParticipants: 1 });
} catch (error) {
  if (error instanceof NS.InvalidArgumentError) {
    refused = error.name + " " + error.path + ": " + error.expected;
  }
}
console.log(JSON.stringify(doc));
console.log(JSON.stringify(action));
console.log(refused);
"""
IMPORT = (
    "import {\n  Beep,\n  FunctionResult,\n  InvalidArgumentError,\n  SWML,\n"
    "  StatusCallbackEvent,\n  type JoinConferenceActionOptions,\n  type JsonValue,\n"
    '  type SwmlDocument,\n} from "swml-verbs";\n\n'
)
REQUIRE = 'import swml = require("swml-verbs");\n\n'
SOURCES = {
    "import": IMPORT + BODY.replace("NS.", ""),
    "require": REQUIRE + BODY.replace("NS.", "swml."),
}
#: What every consumer prints.
PRINTED = [
    '{"version":"1.0.0","sections":{"main":[{"answer":{}},{"play":{"url":"say:Welcome"}},'
    '{"hangup":{}}]}}',
    '[{"SWML":{"version":"1.0.0","sections":{"main":[{"join_conference":{"name":"support-room",'
    '"muted":true,"beep":"onEnter","max_participants":10,"status_callback_event":"join leave"}}'
    "]}}}]",
    "InvalidArgumentError joinConference.maxParticipants: an integer from 2 to 100000 or a SWML "
    "variable such as '${name}'",
]
#: Options every written tsconfig adds: the package's declarations are checked, strictly.
CHECKED = {"strict": True, "skipLibCheck": False, "types": [], "noEmitOnError": True}


@dataclasses.dataclass(frozen=True)
class Setup:
    """A consumer project: its package.json ``type``, its compiler options (None: no tsconfig,
    the compiler's defaults; "init": ``tsc --init``'s), how it imports the package, and the
    compilers it applies to."""

    name: str
    project: str
    options: dict[str, Any] | str | None
    source: str = "import"
    compilers: tuple[str, ...] = ("5", "7")

    @property
    def build(self) -> str:
        """The build the consumer must get: ``cjs`` (``require``) or ``esm`` (``import``)."""
        return "cjs" if self.project == "commonjs" else "esm"


SETUPS = [
    # `tsc consumer.ts` in a fresh `npm init` project: TypeScript 5 targets ES5 and emits
    # CommonJS, resolving as node10 (package.json's types and main, not its exports).
    Setup("defaults", "commonjs", None, compilers=("5",)),
    # TypeScript 7 has no ES5 and emits ES modules by default: the project must say so.
    Setup("defaults", "module", None, compilers=("7",)),
    Setup("init", "module", "init"),
    # tsc --init's verbatimModuleSyntax: a CommonJS file spells its import as a require.
    Setup("init", "commonjs", "init", source="require"),
    Setup("node16", "module", {"module": "node16"}),
    Setup("node16", "commonjs", {"module": "node16"}),
    Setup("nodenext", "module", {"module": "nodenext"}),
    Setup("nodenext", "commonjs", {"module": "nodenext"}),
    Setup("bundler", "module", {"module": "esnext", "moduleResolution": "bundler"}),
    Setup("bundler", "commonjs", {"module": "preserve"}, source="require"),
]
CASES = [
    pytest.param(version, setup, id=f"ts{version}-{setup.name}-{setup.build}")
    for setup in SETUPS
    for version in setup.compilers
]


def run(args: list[str], cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )


def unavailable(reason: str) -> NoReturn:
    if REQUIRED:
        pytest.fail(reason)
    pytest.skip(reason)


@functools.cache
def _compilers() -> dict[str, Path] | str:
    from codegen.errors import GenerationError
    from codegen.typescript.render import node_modules_cache

    found = {}
    for version, lock, package in (
        ("5", TS, "typescript"),
        ("7", TOOLCHAIN, "typescript-7"),
    ):
        files = {
            n: (lock / n).read_text(encoding="utf-8") for n in ("package.json", "package-lock.json")
        }
        try:
            installed = node_modules_cache(files, package=package)
        except GenerationError as error:
            return f"npm could not install the pinned TypeScript {version}: {error}"
        found[version] = installed / "node_modules" / package / "bin" / "tsc"
    return found


def compiler(version: str) -> Path:
    """``tsc`` of TypeScript ``version`` (``npm ci`` of its lock into the cache, once)."""
    found = _compilers()
    if isinstance(found, str):
        unavailable(found)
    return found[version]


@functools.cache
def _no_require_esm() -> list[str]:
    """node's switch that turns ``require(esm)`` off, where node has one (20.19, 22.12 on)."""
    assert NODE is not None
    probe = run([NODE, "--no-experimental-require-module", "-e", "0"], REPO)
    return ["--no-experimental-require-module"] if probe.returncode == 0 else []


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball ``npm pack`` makes of generated/ts/ (no scripts run)."""
    assert NPM is not None
    out = tmp_path_factory.mktemp("pack")
    proc = run([NPM, "pack", "--ignore-scripts", "--json", "--pack-destination", str(out)], TS)
    assert proc.returncode == 0, proc.stderr
    (name,) = [str(entry["filename"]) for entry in json.loads(proc.stdout)]
    return out / name


@pytest.fixture(scope="module")
def projects(packed: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory where ``npm install`` (offline) put the tarball in ``node_modules``: the
    consumer projects are its subdirectories."""
    assert NPM is not None
    root = tmp_path_factory.mktemp("consumers")
    manifest = {
        "name": "consumers",
        "private": True,
        "dependencies": {"swml-verbs": f"file:{packed}"},
    }
    (root / "package.json").write_text(json.dumps(manifest), encoding="utf-8")
    proc = run([NPM, "install", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (root / "node_modules" / "swml-verbs" / "dist" / "cjs" / "index.js").is_file()
    return root


def test_the_compilers_are_the_pinned_ones() -> None:
    from codegen.typescript.render import TYPESCRIPT_VERSION

    assert NODE is not None
    pinned = json.loads((TOOLCHAIN / "package.json").read_text(encoding="utf-8"))
    seven = pinned["devDependencies"]["typescript-7"].removeprefix("npm:typescript@")
    for version, expected in (("5", TYPESCRIPT_VERSION), ("7", seven)):
        shown = run([NODE, str(compiler(version)), "--version"], REPO).stdout.strip()
        assert shown == f"Version {expected}"
        assert expected.startswith(f"{version}.")


def test_the_tarball_holds_both_builds_and_nothing_of_the_build(packed: Path) -> None:
    with tarfile.open(packed) as archive:
        names = sorted(n.removeprefix("package/") for n in archive.getnames())
    modules = sorted(p.stem for p in (TS / "src").glob("*.ts"))
    expected = ["README.md", "package.json", "dist/cjs/package.json"]
    for module in modules:
        expected += [f"src/{module}.ts"]
        for build in ("dist", "dist/cjs"):
            expected += [f"{build}/{module}.js", f"{build}/{module}.d.ts"]
    assert names == sorted(expected)


@pytest.mark.parametrize(("version", "setup"), CASES)
def test_a_consumer_compiles_and_runs(projects: Path, version: str, setup: Setup) -> None:
    assert NODE is not None
    tsc = str(compiler(version))
    work = projects / f"ts{version}-{setup.name}-{setup.build}"
    work.mkdir()
    (work / "package.json").write_text(
        json.dumps({"name": work.name, "private": True, "type": setup.project}), encoding="utf-8"
    )
    (work / "consumer.ts").write_text(SOURCES[setup.source], encoding="utf-8")
    if setup.options is None:
        command = [NODE, tsc, "--listFiles", "consumer.ts"]
    elif setup.options == "init":
        made = run([NODE, tsc, "--init"], work)
        assert made.returncode == 0, made.stdout + made.stderr
        command = [NODE, tsc, "-p", ".", "--listFiles", "--skipLibCheck", "false"]
    else:
        assert isinstance(setup.options, dict)
        config = {"compilerOptions": {**setup.options, **CHECKED}, "files": ["consumer.ts"]}
        (work / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
        command = [NODE, tsc, "-p", ".", "--listFiles"]
    compiled = run(command, work)
    errors = [line for line in compiled.stdout.splitlines() if re.search(r"error TS\d+", line)]
    assert compiled.returncode == 0 and not errors, compiled.stdout + compiled.stderr
    package = (projects / "node_modules" / "swml-verbs").resolve()
    read = {
        Path(line).resolve().relative_to(package).as_posix()
        for line in compiled.stdout.splitlines()
        if Path(line).is_absolute() and Path(line).resolve().is_relative_to(package)
    }
    build = "dist/cjs" if setup.build == "cjs" else "dist"
    assert f"{build}/index.d.ts" in read, sorted(read)
    assert {name.rsplit("/", 1)[0] for name in read} == {build}, sorted(read)
    switches = _no_require_esm() if setup.build == "cjs" else []
    ran = run([NODE, *switches, "consumer.js"], work)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == PRINTED


def test_a_javascript_program_requires_and_imports_the_package(projects: Path) -> None:
    """Without TypeScript: ``require`` gets the CommonJS build and ``import`` the ES modules,
    each with its own classes (a program should load one of them; README says so)."""
    assert NODE is not None
    script = (
        "const cjs = require('swml-verbs');"
        "import('swml-verbs').then((esm) => console.log(JSON.stringify(["
        "require.resolve('swml-verbs').endsWith('/dist/cjs/index.js'),"
        "JSON.stringify(new cjs.SWML().hangup()) === JSON.stringify(new esm.SWML().hangup()),"
        "cjs.SWML === esm.SWML])));"
    )
    ran = run([NODE, *_no_require_esm(), "-e", script], projects)
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == [True, True, False]
