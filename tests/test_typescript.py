"""The TypeScript package (generated/ts/): its node tests, a consumer compiled with
``tsc --strict``, the committed files against what the spec renders, and a cross-language corpus.

The corpus is made from the spec: arguments of every verb drawn from SignalWire's schema
(``tests/upstream_schema.py``, valid ones and deterministic invalid mutations of them), edge
cases of the places where JavaScript reads text differently from Python, and
``joinConference`` option sets made from the IR's value sets and bounds. Each call runs once in
Python (generated/swml_verbs) and once in one node process (generated/ts/dist); both must make
the same decision, emit the same bytes (``json.dumps(..., separators=(",", ":"))`` against
``JSON.stringify``) and refuse with the same parameter, path and ``expected`` text. The
CommonJS build (generated/ts/dist/cjs) runs the corpus too and must give the ES modules'
results exactly.

What the corpus leaves out, because the two languages cannot agree on it: integral floats
(JavaScript has no ``5.0``, so they are sent as integers), integers beyond 2**53, floats that
Python and JavaScript print differently (exponent forms), and the order of object keys that are
array indexes (JavaScript puts ``"0"`` first; such calls are compared as parsed JSON).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from codegen.build import build
from codegen.ir import (
    MISSING,
    BooleanType,
    EnumRef,
    IntegerType,
    JoinedListType,
    ModelRef,
    NumberType,
    Package,
    StringType,
    Type,
    UnionType,
    VarType,
)
from codegen.release import load_record
from codegen.spec_package import load_package
from tests import upstream_schema
from tests.cross_language import in_typescript_words, run_python

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "generated" / "ts"
NODE = shutil.which("node")

#: CI sets this so that a machine without node (or without npm's registry) fails instead of
#: skipping the TypeScript tests.
REQUIRED = os.environ.get("SWML_VERBS_REQUIRE_NODE") == "1"

if NODE is None and REQUIRED:
    raise RuntimeError("SWML_VERBS_REQUIRE_NODE=1 but node is not installed")
pytestmark = pytest.mark.skipif(
    NODE is None, reason="node is not installed: the TypeScript package needs node 18 or later"
)


@functools.cache
def package() -> Package:
    return build(load_package(REPO / "spec"))


def node(
    *args: str, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    assert NODE is not None
    return subprocess.run(
        [NODE, *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


# -- node tests and a strict consumer ------------------------------------------------------------


def test_node_tests_pass() -> None:
    files = sorted(
        p.relative_to(REPO).as_posix() for p in (REPO / "tests" / "ts").glob("*.test.mjs")
    )
    assert len(files) >= 2
    proc = node("--test", *files)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert re.search(r"^# fail 0$", proc.stdout, re.MULTILINE), proc.stdout[-2000:]


@functools.cache
def typescript_compiler() -> Path | None:
    """``tsc`` of the pinned TypeScript (``npm ci`` into the cache once), or None without npm
    or the registry."""
    from codegen.errors import GenerationError
    from codegen.typescript.render import node_modules_cache

    if shutil.which("npm") is None:
        return None
    files = {n: (TS / n).read_text(encoding="utf-8") for n in ("package.json", "package-lock.json")}
    try:
        modules = node_modules_cache(files) / "node_modules"
    except GenerationError:
        return None
    return modules / "typescript" / "bin" / "tsc"


def require_compiler() -> Path:
    """The pinned ``tsc``; without npm or its registry the test is skipped, or fails in CI."""
    tsc = typescript_compiler()
    if tsc is None:
        reason = "npm or the npm registry is not available to install the pinned TypeScript"
        if REQUIRED:
            pytest.fail(reason)
        pytest.skip(reason)
    return tsc


CONSUMER = """\
import {
  Beep,
  FunctionResult,
  InvalidArgumentError,
  SWML,
  StatusCallbackEvent,
  type JoinConferenceActionOptions,
  type JsonValue,
  type SwmlDocument,
  type SwmlMethod,
} from "swml-verbs";

const options: JoinConferenceActionOptions = {
  muted: true,
  beep: Beep.OnEnter,
  maxParticipants: "${vars.max}",
  statusCallbackEvent: [StatusCallbackEvent.Join, "leave"],
  stream: { url: "wss://example.com/audio", codec: "PCMU" },
  result: [{ when: "x", then: [{ hangup: {} }] }],
};
const result: FunctionResult = new FunctionResult("Connecting").joinConference("room", options);
const verbs: SwmlMethod[] = [{ hangup: { reason: "busy" } }, { sleep: 100 }, { label: "x" }];
const doc: SwmlDocument = new SWML()
  .answer({ maxDuration: 60 })
  .play({ urls: ["say:a", "say:b"] })
  .sleep(500)
  .sleep({ duration: "${pause}" })
  .cond([{ when: "vars.x == 1", then: verbs }, { else: [{ transfer: { dest: "main" } }] }])
  .section("other")
  .return({ ok: true })
  .toDict();
const json: JsonValue = result.toDict().action ?? null;
try {
  new SWML().label("x");
} catch (error) {
  if (error instanceof InvalidArgumentError) {
    const where: string = error.path + error.parameter + error.expected;
    console.log(where);
  }
}
console.log(doc.version, json);
"""

#: Calls the types refuse before anything runs: (source line, TypeScript error code).
WRONG = [
    ("new FunctionResult().joinConference(5);", "TS2345"),
    ('new FunctionResult().joinConference("r", { beep: "loud" });', "TS2322"),
    ('new FunctionResult().joinConference("r", { max_participants: 5 });', "TS2561"),
    ("new SWML().play({ url: 5 });", "TS2322"),
    ("new SWML().goto({ max: 3 });", "TS2345"),
    ("new SWML().sleep(true);", "TS2345"),
    ('const b: Beep = "never";', "TS2322"),
]


def test_a_consumer_compiles_with_tsc_strict(tmp_path: Path) -> None:
    tsc = require_compiler()
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "swml-verbs").symlink_to(TS, target_is_directory=True)
    (tmp_path / "consumer.ts").write_text(CONSUMER, encoding="utf-8")
    # The READMEs' examples are consumers too.
    readme = (TS / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```ts\n(.*?)```", readme, re.DOTALL)
    assert example is not None
    (tmp_path / "readme.ts").write_text(example.group(1), encoding="utf-8")
    (tmp_path / "main_readme.ts").write_text(side_by_side()[1], encoding="utf-8")
    wrong = "\n".join(
        ['import { Beep, FunctionResult, SWML } from "swml-verbs";', *(line for line, _ in WRONG)]
    )
    (tmp_path / "wrong.ts").write_text(wrong + "\nconsole.log(Beep);\n", encoding="utf-8")
    options = {
        "strict": True,
        "noEmit": True,
        "target": "ES2022",
        "lib": ["ES2022", "DOM"],
        "module": "NodeNext",
        "moduleResolution": "NodeNext",
        "types": [],
    }

    def compile_(name: str) -> subprocess.CompletedProcess[str]:
        config = tmp_path / f"tsconfig.{name}.json"
        config.write_text(json.dumps({"compilerOptions": options, "files": [f"{name}.ts"]}))
        return node(str(tsc), "-p", str(config))

    for name in ("consumer", "readme", "main_readme"):
        proc = compile_(name)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = compile_("wrong")
    errors = re.findall(r"wrong\.ts\((\d+),\d+\): error (TS\d+)", proc.stdout)
    assert sorted(errors) == sorted((str(i + 2), code) for i, (_, code) in enumerate(WRONG)), (
        proc.stdout
    )


def side_by_side() -> tuple[str, str]:
    """The Python and TypeScript examples of README's "Python and TypeScript side by side"."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("### Python and TypeScript side by side", 1)[1].split("\n#", 1)[0]
    python = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    typescript = re.search(r"```ts\n(.*?)```", section, re.DOTALL)
    assert python is not None and typescript is not None
    return python.group(1), typescript.group(1)


def test_the_readme_examples_print_the_same(tmp_path: Path) -> None:
    """README's two examples, run as written (with a line printing the JSON of each document
    and result added), print the same, and what their comments say they print."""
    python, typescript = side_by_side()
    python += "import json\n"
    python += 'print(json.dumps([doc.to_dict(), result.to_dict()], separators=(",", ":")))\n'
    typescript += "console.log(JSON.stringify([doc.toDict(), result.toDict()]));\n"
    script = tmp_path / "readme.mjs"
    # Type annotations aside, the example is JavaScript: only the import needs the path.
    script.write_text(
        typescript.replace('"swml-verbs"', json.dumps((TS / "dist" / "index.js").as_uri())),
        encoding="utf-8",
    )
    ran = subprocess.run(
        [sys.executable, "-c", python], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert ran.returncode == 0, ran.stderr
    proc = node(str(script))
    assert proc.returncode == 0, proc.stderr
    py_lines, ts_lines = ran.stdout.splitlines(), proc.stdout.splitlines()
    assert py_lines[1] == ts_lines[1]  # the documents and results, byte for byte
    assert py_lines[0].replace("max_participants", "maxParticipants") == ts_lines[0]
    assert f"# {py_lines[0]}" in python and f"// {ts_lines[0]}" in typescript


# -- the committed package is what the spec renders ----------------------------------------------


def test_generated_ts_is_what_the_spec_renders(tmp_path: Path) -> None:
    """The package files as rendered, src/ as the pinned prettier formats it and dist/ as the
    pinned tsc compiles that: the same bytes as committed (what ``python -m codegen generate
    --check`` checks, here with ``tsc`` run afresh rather than its output taken from the cache;
    the formatted sources come from the cache ``generate`` fills, as there)."""
    from codegen.typescript.generate import current, header_text
    from codegen.typescript.render import build_typescript, format_typescript, render_typescript

    spec = load_package(REPO / "spec")
    record = load_record(REPO / "spec")
    assert record is not None
    rendered = render_typescript(
        build(spec), header_text("spec", spec.raw), version=record.newest.version
    )
    committed = current(TS)
    assert sorted(n for n in committed if not n.startswith("dist/")) == sorted(rendered)
    for name, text in rendered.items():
        if not name.startswith("src/"):
            assert committed[name] == text, (
                f"generated/ts/{name} is stale: python -m codegen generate"
            )
    assert rendered == render_typescript(
        build(spec), header_text("spec", spec.raw), version=record.newest.version
    )
    require_compiler()
    formatted = format_typescript(rendered)
    assert sorted(formatted) == sorted(rendered)
    for name, text in formatted.items():
        assert committed[name] == text, f"generated/ts/{name} is stale: python -m codegen generate"
    built = build_typescript(formatted, tmp_path, reuse=False)
    assert sorted(built) == sorted(committed)
    for name in built:
        assert built[name] == committed[name], f"generated/ts/{name} is not what tsc makes"


def test_the_pinned_tools_are_the_ones_installed() -> None:
    from codegen.typescript.render import PRETTIER_VERSION, TYPESCRIPT_VERSION

    tsc = require_compiler()
    prettier = tsc.parents[2] / "prettier" / "bin" / "prettier.cjs"
    assert node(str(prettier), "--version").stdout.strip() == PRETTIER_VERSION
    assert node(str(tsc), "--version").stdout.strip() == f"Version {TYPESCRIPT_VERSION}"


UNFORMATTED = (
    'export function f(a: string): string[] { return [a, "a string of some considerable length", '
    "'single quotes', a + a + a, a, a]; }\n"
)
#: The pinned prettier with the package's options: 100 columns (the second line is 87, which
#: prettier's default of 80 would break), two spaces, double quotes, semicolons.
FORMATTED = """\
export function f(a: string): string[] {
  return [a, "a string of some considerable length", "single quotes", a + a + a, a, a];
}
"""


def test_prettier_reads_only_the_packages_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A configuration, ``.editorconfig`` or ignore file around the work directory changes
    nothing, and formatting again changes nothing (run afresh, not from the cache)."""
    import tempfile

    from codegen.errors import GenerationError
    from codegen.typescript.render import PRETTIER_CONFIG, format_typescript

    require_compiler()
    around = tmp_path / "around"
    around.mkdir()
    (around / ".editorconfig").write_text(
        "root = true\n[*]\nindent_style = tab\nmax_line_length = 40\n", encoding="utf-8"
    )
    (around / ".prettierrc").write_text(
        '{"printWidth": 40, "singleQuote": true, "semi": false, "useTabs": true}',
        encoding="utf-8",
    )
    (around / ".prettierignore").write_text("*.ts\nsrc/\n", encoding="utf-8")
    (around / ".gitignore").write_text("*.ts\nsrc/\n", encoding="utf-8")
    monkeypatch.setattr(tempfile, "tempdir", str(around))
    monkeypatch.chdir(around)
    package = {
        n: (TS / n).read_text(encoding="utf-8") for n in ("package.json", "package-lock.json")
    }
    package[PRETTIER_CONFIG] = (TS / PRETTIER_CONFIG).read_text(encoding="utf-8")
    files = {**package, "src/a.ts": UNFORMATTED, "src/b.ts": FORMATTED, "README.md": "x  y\n"}
    formatted = format_typescript(files, reuse=False)
    assert formatted == {**files, "src/a.ts": FORMATTED}
    assert format_typescript(formatted, reuse=False) == formatted
    with pytest.raises(GenerationError, match=r"(?s)prettier failed:.*c\.ts"):
        format_typescript({**files, "src/c.ts": "export const = ;\n"}, reuse=False)


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An out dir holding both committed packages, a stale Python module and a developer's
    ``node_modules`` in the TypeScript one."""
    require_compiler()
    monkeypatch.chdir(REPO)  # headers name the spec relative to the working directory
    target = tmp_path / "out"
    for name in ("swml_verbs", "ts"):
        shutil.copytree(
            REPO / "generated" / name,
            target / name,
            ignore=shutil.ignore_patterns("__pycache__", "node_modules"),
        )
    (target / "swml_verbs" / "enums.py").write_text("# stale\n", encoding="utf-8")
    (target / "ts" / "node_modules" / "x").mkdir(parents=True)
    (target / "ts" / "node_modules" / "x" / "index.js").write_text("", encoding="utf-8")
    return target


def test_generate_writes_and_checks_both_languages(out: Path) -> None:
    from codegen import output

    (out / "ts" / "src" / "stray.ts").write_text("export {};\n", encoding="utf-8")
    (out / "ts" / "dist" / "swml.js").write_text("// edited\n", encoding="utf-8")
    before = snapshot(out)
    changed, diff = output.generate("spec", out, check=True, languages=output.LANGUAGES)
    assert changed and snapshot(out) == before
    for name in ("swml_verbs/enums.py", "ts/src/stray.ts", "ts/dist/swml.js"):
        assert f"a/{name}" in diff, name
    assert "node_modules" not in diff
    changed, _ = output.generate("spec", out, languages=output.LANGUAGES)
    assert changed
    after = snapshot(out)
    assert {n: b for n, b in after.items() if n.startswith("ts/")} == {
        f"ts/{n}": b for n, b in snapshot(TS).items() if not n.startswith("node_modules/")
    } | {"ts/node_modules/x/index.js": b""}
    assert after["swml_verbs/enums.py"] == (REPO / "generated/swml_verbs/enums.py").read_bytes()
    assert sorted(p.name for p in out.iterdir()) == ["swml_verbs", "ts"]  # no staging left


def test_a_tsc_error_writes_nothing_in_either_language(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from codegen import output
    from codegen.errors import GenerationError
    from codegen.typescript import generate as ts_generate

    real = ts_generate.render_typescript

    def broken(*args: Any, **kwargs: Any) -> dict[str, str]:
        return {**real(*args, **kwargs), "src/broken.ts": 'export const x: number = "a";\n'}

    monkeypatch.setattr(ts_generate, "render_typescript", broken)
    before = snapshot(out)
    with pytest.raises(GenerationError, match=r"(?s)tsc failed:.*broken\.ts.*TS2322"):
        output.generate("spec", out, languages=output.LANGUAGES)
    assert snapshot(out) == before
    assert sorted(p.name for p in out.iterdir()) == ["swml_verbs", "ts"]


SEED = REPO.parent / "shared" / "seed" / "joinConference.txt"


def test_the_seed_pages_options_and_value_meanings_are_in_the_types() -> None:
    """Every ``opts.<name>`` of the reference page is an option of ``joinConference``'s options
    interface, and every value meaning it lists (``"onEnter"— beep only when a participant
    joins``) is in that option's TSDoc, in the package's declarations, with the meanings the
    spec gives at that option even where the value set is shared (``statusCallbackMethod`` and
    ``recordingStatusCallbackMethod`` are both ``HttpMethod``)."""
    if not SEED.is_file():
        pytest.skip("../shared/seed/joinConference.txt is not there")
    seed = SEED.read_text(encoding="utf-8")
    declarations = (TS / "dist" / "function-result.d.ts").read_text(encoding="utf-8")
    body = re.search(
        r"export interface JoinConferenceActionOptions \{(.*?)\n\}", declarations, re.DOTALL
    )
    assert body is not None
    member = r"/\*\*((?:(?!\*/).)*)\*/\s*(\w+)\?:"
    docs = {name: doc for doc, name in re.findall(member, body.group(1), re.DOTALL)}
    sections = re.split(r"^opts\.(\w+)$", seed, flags=re.MULTILINE)[1:]
    assert len(sections) // 2 >= 17
    listed = 0
    for name, text in zip(sections[::2], sections[1::2], strict=True):
        assert name in docs, f"opts.{name} of the seed page is not an option"
        for value, meaning in re.findall(r'"([^"]+)"\u2014 ?([^"]+)', text):
            line = f'- `"{value}"` - {meaning.strip()}'
            assert line in docs[name], f"opts.{name}: {line!r} not in its TSDoc"
            listed += 1
    assert listed >= 20
    assert "recording status callbacks as GET" in docs["recordingStatusCallbackMethod"]
    assert '@defaultValue `"true"`' in docs["beep"]


def test_rendering_is_the_same_under_other_hash_seeds() -> None:
    """The TypeScript files rendered in fresh interpreters under two hash seeds are the same
    (``generate`` itself under two seeds is tests/test_determinism.py's)."""
    script = (
        "import hashlib, json;"
        "from codegen.build import build; from codegen.spec_package import load_package;"
        "from codegen.typescript.generate import header_text;"
        "from codegen.typescript.render import render_typescript;"
        "from pathlib import Path;"
        "s = load_package(Path('spec'));"
        "f = render_typescript(build(s), header_text('spec', s.raw));"
        "print(hashlib.sha256(json.dumps(f, sort_keys=True).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("0", "4242"):
        proc = subprocess.run(
            [sys.executable, "-c", script],
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": "1"},
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        digests.add(proc.stdout.strip())
    assert len(digests) == 1


def test_every_construct_spec_renders() -> None:
    """The construct specs of tests/generator/ (each a schema feature alone) render too; every
    one also compiles with tsc (checked when this was written, 48 s for all, so not here)."""
    from codegen.build import validate
    from codegen.errors import SpecError
    from codegen.loader import load
    from codegen.typescript.render import render_typescript

    rendered = 0
    for path in sorted((REPO / "tests" / "generator" / "specs").glob("*.json")):
        try:
            package_ = validate(load(str(path)))
        except SpecError:  # refused by the generator: no package for either language
            continue
        files = render_typescript(package_, "header")
        assert "src/index.ts" in files and "src/checks.ts" in files, path.name
        rendered += 1
    assert rendered >= 10


# -- the cross-language corpus -------------------------------------------------------------------

#: Drawn arguments per verb (valid), and drawn arguments whose mutations are taken; fewer for
#: the AI verbs, whose arguments are large and slow to draw.
VALID_DRAWS, MUTATION_DRAWS = 24, 6
HEAVY = {
    "ai": (3, 1),
    "amazon_bedrock": (3, 1),
    "cond": (8, 4),
    "switch": (8, 4),
    "execute": (12, 4),
    "connect": (12, 4),
}
MIN_CALLS = 2000
SAFE_INTEGER = 2**53


class Unsendable(Exception):
    """A value JSON text cannot carry (NaN, infinity, a non-JSON type)."""


def portable(value: Any, adjusted: Counter[str]) -> Any:
    """``value`` as both languages read it back from JSON text alike: an integral float becomes
    an integer (JavaScript has no ``5.0``), an integer beyond 2**53 the largest safe one, and a
    float Python would print with an exponent (JavaScript prints ``1e-05`` as ``0.00001``) a
    plain one of the same sign. Each change is counted in ``adjusted``."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        if abs(value) >= SAFE_INTEGER:
            adjusted["integer beyond 2**53"] += 1
            return SAFE_INTEGER - 1 if value > 0 else 1 - SAFE_INTEGER
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise Unsendable(value)
        if value.is_integer():
            adjusted["integral float"] += 1
            return portable(int(value), adjusted)
        if "e" in repr(value):
            adjusted["float with an exponent"] += 1
            sign = 1 if value > 0 else -1
            return sign * (SAFE_INTEGER - 1) if abs(value) >= 1 else sign * 0.25
        return value
    if isinstance(value, list):
        return [portable(v, adjusted) for v in value]
    if isinstance(value, dict):
        return {k: portable(v, adjusted) for k, v in value.items()}
    raise Unsendable(value)


_INDEX_KEY = re.compile(r"0|[1-9][0-9]*")


def has_index_keys(value: Any) -> bool:
    """Whether an object key is an array index, which JavaScript orders first."""
    if isinstance(value, dict):
        return any(_INDEX_KEY.fullmatch(k) for k in value) or any(
            has_index_keys(v) for v in value.values()
        )
    if isinstance(value, list):
        return any(has_index_keys(v) for v in value)
    return False


def draws(verb: str, count: int, method_depth: int = 1) -> list[Any]:
    """``count`` arguments of ``verb``, the same ones every run (derandomized)."""
    out: list[Any] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def draw(data: st.DataObject) -> None:
        out.append(data.draw(upstream_schema.argument_strategy(verb, method_depth)))

    draw()
    return out


def keyword_fields(verb: str) -> dict[str, tuple[str, str]] | None:
    """wire key -> (Python keyword, TypeScript option) of a verb's method, None for a method
    that takes one value."""
    argument = package().verb(verb).argument
    models = (
        [argument] if isinstance(argument, ModelRef) and argument.min_properties is None else []
    )
    if isinstance(argument, UnionType):
        models = [v for v in argument.variants if isinstance(v, ModelRef)]
    if not models:
        return None
    names: dict[str, tuple[str, str]] = {}
    for ref in models:
        for f in package().models[ref.name].fields:
            names.setdefault(f.names.wire, (f.names.python, f.names.camel))
    return names


def has_short_form(verb: str) -> bool:
    argument = package().verb(verb).argument
    return isinstance(argument, UnionType) and any(
        not isinstance(v, ModelRef) for v in argument.variants
    )


def swml_call(verb: str, argument: Any, source: str) -> dict[str, Any]:
    """One SWML builder call, as tests/test_verbs.py's ``call`` makes it in Python."""
    names = package().verb(verb).names
    entry: dict[str, Any] = {
        "kind": "swml",
        "verb": verb,
        "method": [names.python, names.camel],
        "source": source,
    }
    fields = keyword_fields(verb)
    if fields is not None and isinstance(argument, dict):
        entry["call"] = "options"
        entry["args"] = [[*fields.get(k, (k, k)), v] for k, v in argument.items()]
    elif fields and not has_short_form(verb):
        # An object verb given a non-object: as its first option, which must refuse it.
        first = next(iter(fields.values()))
        entry["call"] = "options"
        entry["args"] = [[*first, argument]]
    else:
        entry["call"] = "value"
        entry["value"] = argument
    return entry


def action_call(verb: str, argument: dict[str, Any], source: str) -> dict[str, Any]:
    """One FunctionResult action call: the required values by position, the rest as options."""
    model = package().models[package().verb(verb).argument.name]  # type: ignore[union-attr]
    required = [f.names.wire for f in model.required]
    fields = {f.names.wire: (f.names.python, f.names.camel) for f in model.fields}
    names = package().verb(verb).names
    return {
        "kind": "action",
        "verb": verb,
        "method": [names.python, names.camel],
        "source": source,
        "required": [[k, argument[k]] if k in argument else [k] for k in required],
        "args": [[*fields.get(k, (k, k)), v] for k, v in argument.items() if k not in required],
    }


# Where JavaScript and Python read text differently: each must be decided as Python does.
EDGE_SWML = [
    ("sleep", "${a}"),
    ("sleep", "%{call.from}"),
    ("sleep", "${\r}"),
    ("sleep", "${\u2028}"),
    ("sleep", "${a}\n"),
    ("sleep", "${\U0001f600}"),
    ("sleep", {"duration": "${\n}"}),
    ("play", {"url": "say:\U0001f600"}),
    ("play", {"url": "say:a\nb"}),
    ("play", {"url": "say:a\u2029"}),
    ("play", {"url": "ring:1.5:us"}),
    ("play", {"url": "ring:\u0661:us"}),
    ("play", {"urls": ["silence:2", "https://example.com/a.mp3", "ftp://x"]}),
    ("ai_sidecar", {"lang": ""}),
    ("ai_sidecar", {"lang": "\U0001f600"}),
    ("join_conference", {"name": "\ufeff"}),
    ("join_conference", {"name": "\u0085"}),
    ("join_conference", {"name": "\u3000\u2028 "}),
    ("join_conference", {"name": "room", "wait_url": "https://a\u0085b"}),
    ("join_conference", {"name": "room", "wait_url": "https://a\ufeffb"}),
    ("join_conference", {"name": "room", "wait_url": "https://\u00a0"}),
    ("join_conference", {"name": "room", "wait_url": "HTTP://example.com"}),
    ("join_conference", {"name": "room", "status_callback": "https://x/\U0001f600"}),
    ("join_conference", {"name": "room", "status_callback_event": "join  leave"}),
    ("join_conference", {"name": "room", "status_callback_event": ["join", "join"]}),
    ("join_conference", {"name": "room", "stream": {"url": "wss://x", "custom_parameters": {}}}),
    ("label", ""),
    ("unset", []),
    ("set", {"__proto__": 1, "b": [1, 2.5, None]}),
    ("return", None),
    ("hangup", None),
    ("denoise", {"not_in_the_schema": 1}),
    ("cond", [{"when": "a", "then": [{"hangup": {}, "answer": {}}]}]),
    ("cond", [{"when": "a", "then": [{}]}]),
    ("goto", {"label": "a", "max": 0}),
]


def value_samples(t: Type) -> tuple[list[Any], list[Any]]:
    """(valid, invalid) values of a scalar, value set or joined list, from its IR type."""
    pkg = package()
    if isinstance(t, UnionType):
        valid: list[Any] = []
        for x in t.variants:
            valid += value_samples(x)[0]
        invalid = [v for x in t.variants for v in value_samples(x)[1]]
        return valid, invalid
    if isinstance(t, StringType):
        if t.url_schemes:
            ok = [f"{s}://example.com/x?y=1" for s in t.url_schemes]
            return ok, ["example.com", "ftp://example.com", f"{t.url_schemes[0]}://", 5]
        if t.non_blank:
            return ["room", "support room"], ["", " \t", 5, None]
        return ["x", "call-sid"], [5, True, ["x"]]
    if isinstance(t, EnumRef):
        values = list(pkg.enums[t.name].values)
        return values, [values[0] + "-x", values[0].upper() + "?", 1]
    if isinstance(t, JoinedListType):
        values = list(pkg.enums[t.enum].values)
        ok = [values[0], values[-1:] + values[:1], t.separator.join(values[:2]), values]
        return ok, [[], "", values[0] + ",x", [values[0], 5], {values[0]: 1}, 5]
    if isinstance(t, BooleanType):
        return [True, False], ["true", 0, 1]
    if isinstance(t, VarType):
        return ["${vars.x}", "%{call.to}"], ["$x", "${x}\n", "{x}"]
    if isinstance(t, IntegerType):
        low = int(t.minimum) if t.minimum is not None else -5
        high = int(t.maximum) if t.maximum is not None else 500
        return [low, high, (low + high) // 2], [low - 1, high + 1, 2.5, "7", True]
    if isinstance(t, NumberType):
        return [0.5, 3], ["1", "x"]
    return [], [[1], {"x": 1}, "x", 1]


def join_conference_calls(drawn: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """FunctionResult.joinConference option sets: each option alone with each sample value, the
    method defaults, and seeded random combinations."""
    model = package().models[package().verb("join_conference").argument.name]  # type: ignore[union-attr]
    samples: dict[str, tuple[list[Any], list[Any]]] = {}
    for f in model.fields:
        valid, invalid = value_samples(f.type)
        # Objects and verb lists: values drawn from the schema (valid) and broken ones.
        valid = valid + [a[f.names.wire] for a in drawn if f.names.wire in a][:4]
        samples[f.names.wire] = (valid, invalid)
    for wire, (valid, invalid) in samples.items():
        for value in valid + invalid:
            args = {"name": "room"} if wire != "name" else {}
            yield action_call("join_conference", {**args, wire: value}, f"option {wire}")
    defaults = {
        f.names.wire: f.method_default
        for f in model.fields
        if f.method_default is not MISSING and f.method_default is not None
    }
    yield action_call("join_conference", {"name": "room", **defaults}, "every default")
    rng = random.Random(20260818)
    optional = [f.names.wire for f in model.fields if not f.required]
    for i in range(300):
        chosen = rng.sample(optional, rng.randint(1, 7))
        argument: dict[str, Any] = {"name": rng.choice(samples["name"][0])}
        for wire in chosen:
            valid, invalid = samples[wire]
            pool = invalid if invalid and rng.random() < 0.15 else valid
            if wire in defaults and rng.random() < 0.2:
                pool = [defaults[wire]]
            argument[wire] = rng.choice(pool)
        yield action_call("join_conference", argument, f"combination {i}")


def build_corpus() -> tuple[list[dict[str, Any]], Counter[str]]:
    corpus: list[dict[str, Any]] = []
    adjusted: Counter[str] = Counter()

    def add(entry: dict[str, Any]) -> None:
        try:
            for key in ("args", "value", "required"):
                if key in entry:
                    entry[key] = portable(entry[key], adjusted)
        except Unsendable:
            adjusted["not JSON"] += 1
            return
        entry["unordered"] = has_index_keys([entry.get("args"), entry.get("value")])
        corpus.append(entry)

    joins: list[dict[str, Any]] = []
    for verb in upstream_schema.verbs():
        valid_count, mutation_count = HEAVY.get(verb, (VALID_DRAWS, MUTATION_DRAWS))
        for i, argument in enumerate(draws(verb, valid_count)):
            add(swml_call(verb, argument, f"valid {i}"))
            if isinstance(argument, dict) and argument and keyword_fields(verb):
                # null for a key: "not given" in both languages, unless null is a value there.
                first = next(iter(argument))
                add(swml_call(verb, {**argument, first: None}, f"valid {i}, {first}=null"))
            if verb == "join_conference" and isinstance(argument, dict):
                joins.append(argument)
                add(action_call(verb, argument, f"valid {i}"))
        for i, argument in enumerate(draws(verb, mutation_count, method_depth=0)):
            for what, mutated in upstream_schema.invalid_mutations(verb, argument):
                add(swml_call(verb, mutated, f"mutation of {i}: {what}"))
                if verb == "join_conference" and isinstance(mutated, dict):
                    add(action_call(verb, mutated, f"mutation of {i}: {what}"))
    for verb, argument in EDGE_SWML:
        add(swml_call(verb, argument, "edge"))
        if verb == "join_conference" and isinstance(argument, dict):
            add(action_call(verb, argument, "edge"))
    for entry in join_conference_calls(joins):
        add(entry)
    return corpus, adjusted


def test_typescript_words_differ_only_in_the_values() -> None:
    assert in_typescript_words(
        "True or False or None; one of 'None', 'x' (or an Encryption member); one or more of "
        "'a', as Event members or a string joined by ' '; a SWML method such as {'hangup': {}}"
    ) == (
        "true or false or null; one of 'None', 'x'; one or more of 'a', as an array or a "
        "string joined by ' '; a SWML method such as { hangup: {} }"
    )


def normalised(entry: dict[str, Any], method: str, parameter: str, path: str) -> tuple[str, ...]:
    """(verb, wire parameter, path from the verb with wire keys): Python names parameters by
    keyword and paths from the wire verb; TypeScript by camelCase option and method name."""
    verb = package().verb(entry["verb"])
    names: dict[str, str] = {"arguments": "options"}
    model_fields = keyword_fields(entry["verb"]) or {}
    for wire, (py, camel) in model_fields.items():
        names[py] = names[camel] = wire
    for prefix in (verb.wire_name, verb.names.camel, verb.names.python):
        if path.startswith(prefix) and path[len(prefix) : len(prefix) + 1] in ("", ".", "["):
            rest = path[len(prefix) :]
            break
    else:
        raise AssertionError(f"path {path!r} does not start with the verb {verb.wire_name}")
    if rest.startswith("."):
        head = re.split(r"[.\[]", rest[1:], maxsplit=1)[0]
        rest = "." + names.get(head, head) + rest[1 + len(head) :]
    wire_method = verb.wire_name if method in (verb.names.camel, verb.wire_name) else method
    return (wire_method, names.get(parameter, parameter), rest)


@pytest.fixture(scope="module")
def corpus_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    timings: dict[str, float] = {}
    start = time.perf_counter()
    corpus, adjusted = build_corpus()
    timings["corpus"] = time.perf_counter() - start
    path = tmp_path_factory.mktemp("corpus") / "corpus.json"
    path.write_text(json.dumps(corpus, ensure_ascii=True), encoding="utf-8")
    start = time.perf_counter()
    python = run_python(corpus)
    timings["python"] = time.perf_counter() - start
    start = time.perf_counter()
    proc = node("tests/ts/run_corpus.mjs", str(path))
    timings["node"] = time.perf_counter() - start
    assert proc.returncode == 0, proc.stderr[-4000:]
    typescript = json.loads(proc.stdout)
    commonjs = node("tests/ts/run_corpus.mjs", str(path), str(TS / "dist" / "cjs" / "index.js"))
    assert commonjs.returncode == 0, commonjs.stderr[-4000:]
    return {
        "corpus": corpus,
        "python": python,
        "typescript": typescript,
        "commonjs": json.loads(commonjs.stdout),
        "adjusted": adjusted,
        "timings": timings,
    }


def test_corpus_is_large_and_mixed(corpus_runs: dict[str, Any]) -> None:
    corpus, python = corpus_runs["corpus"], corpus_runs["python"]
    assert len(corpus) >= MIN_CALLS
    accepted = sum(r["ok"] for r in python)
    assert accepted > len(corpus) // 4, accepted
    assert len(corpus) - accepted > len(corpus) // 4
    verbs = {e["verb"] for e in corpus}
    assert verbs == set(upstream_schema.verbs())
    assert sum(e["kind"] == "action" for e in corpus) >= 400
    timings = ", ".join(f"{k} {v:.1f}s" for k, v in corpus_runs["timings"].items())
    adjusted = dict(corpus_runs["adjusted"])
    print(f"\ncorpus: {len(corpus)} calls ({accepted} accepted), adjusted {adjusted}, {timings}")


def test_python_and_typescript_decide_alike(corpus_runs: dict[str, Any]) -> None:
    corpus = corpus_runs["corpus"]
    python, typescript = corpus_runs["python"], corpus_runs["typescript"]
    assert len(python) == len(typescript) == len(corpus)
    problems: list[str] = []
    type_errors = 0
    for entry, py, ts in zip(corpus, python, typescript, strict=True):
        what = f"{entry['kind']} {entry['verb']} ({entry['source']}): {json.dumps(entry)[:300]}"
        if py["ok"] != ts["ok"]:
            problems.append(f"{what}\n  python: {py}\n  typescript: {ts}")
            continue
        if py["ok"]:
            same = (
                json.loads(py["out"]) == json.loads(ts["out"])
                if entry["unordered"]
                else py["out"] == ts["out"]
            )
            if not same:
                problems.append(f"{what}\n  python: {py['out']}\n  typescript: {ts['out']}")
            continue
        if ts["error"] != "InvalidArgumentError":
            problems.append(f"{what}\n  typescript threw {ts}")
            continue
        if py["error"] == "TypeError":
            # Python's signature refuses an unknown or missing keyword before any check.
            type_errors += 1
            continue
        left = (
            *normalised(entry, py["method"], py["parameter"], py["path"]),
            in_typescript_words(py["expected"]),
        )
        right = (*normalised(entry, ts["method"], ts["parameter"], ts["path"]), ts["expected"])
        if left != right:
            problems.append(f"{what}\n  python: {left}\n  typescript: {right}")
    assert not problems, f"{len(problems)} calls differ:\n" + "\n".join(problems[:12])
    assert type_errors < len(corpus) // 5


def test_the_commonjs_build_decides_as_the_es_modules(corpus_runs: dict[str, Any]) -> None:
    """dist/cjs/ (``require``) is the same sources as dist/ (``import``), compiled to CommonJS:
    every call of the corpus gives the same result, byte for byte, through either."""
    assert corpus_runs["commonjs"] == corpus_runs["typescript"]


# -- the filters -----------------------------------------------------------------------------------

HOSTILE = "end */ alert(1); /* \"q\" 's' \\ ${x} `t` @param \u2028 \x00 {{ x }}"


def test_spec_text_stays_inert() -> None:
    from codegen.typescript.render import UnsafeTemplateValue, environment, render_typescript
    from codegen.typescript.text import doc_block, ts_literal

    assert json.loads(ts_literal(HOSTILE)) == HOSTILE
    assert "\u2028" not in ts_literal(HOSTILE)
    block = doc_block(HOSTILE, "  ", ["@deprecated"])
    assert block.count("*/") == 1 and block.endswith("*/")
    assert "\\@param" in block
    with pytest.raises(UnsafeTemplateValue):
        environment().from_string("{{ x }}").render(x=HOSTILE)
    # A spec whose every description and enum value is hostile renders with each of them inert.
    pkg = package()
    models = {
        n: dataclasses.replace(
            m,
            description=HOSTILE,
            fields=tuple(dataclasses.replace(f, description=HOSTILE) for f in m.fields),
        )
        for n, m in pkg.models.items()
    }
    enums = {
        n: dataclasses.replace(
            e,
            description=HOSTILE,
            members=tuple(dataclasses.replace(x, description=HOSTILE) for x in e.members),
        )
        for n, e in pkg.enums.items()
    }
    verbs = tuple(dataclasses.replace(v, description=HOSTILE) for v in pkg.verbs)
    files = render_typescript(
        dataclasses.replace(pkg, models=models, enums=enums, verbs=verbs), HOSTILE
    )
    for name, text in files.items():
        if name.endswith(".ts"):
            code = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', text)  # string literals
            code = re.sub(r"/\*.*?\*/", "", code, flags=re.DOTALL)  # comments
            code = re.sub(r"//[^\n]*", "", code)
            assert "alert(1)" not in code, name
            assert "\u2028" not in text and "\x00" not in text, name


def test_the_node_benchmark_runs() -> None:
    """``bench.node`` (a group of ``nox -s bench``): its cases give the same JSON in node, in
    its hand-written baseline and in Python, and it reports a time for each side."""
    from bench import node as bench_node

    version, rows = bench_node.run(rounds=1, budget=0.001)
    assert version.startswith("v")
    assert len(rows) == 4 and rows[0][0] == "short form"
    assert all(ours > 0 and hand > 0 for _, ours, hand, _ in rows)


# -- FunctionResult's helpers -----------------------------------------------------------------


def helper_corpus() -> list[dict[str, Any]]:
    """Every helper called with arguments drawn from the schema where they land, and with each
    parameter in turn given values of other JSON kinds; by position, in the declared order."""
    from tests.helper_calls import calls, helpers

    corpus: list[dict[str, Any]] = []
    adjusted: Counter[str] = Counter()
    for helper in helpers():
        names = [helper.names.python, helper.names.camel]
        defaults = [None if p.required else p.default for p in helper.params]
        rows = [defaults]
        for kwargs in calls(helper):
            rows.append(
                [
                    kwargs.get(p.names.python, d)
                    for p, d in zip(helper.params, defaults, strict=True)
                ]
            )
        for index in range(len(helper.params)):
            for wrong in (None, 7, 2.5, "", [], {}, {"k": 1}, [1, "a"], "${x}"):
                rows.append([*defaults[:index], wrong, *defaults[index + 1 :]])
        for values in rows:
            try:
                sendable = portable(values, adjusted)
            except Unsendable:
                continue
            if not has_index_keys(sendable):
                entry = {"kind": "helper", "verb": helper.action, "method": names}
                if helper.returns:
                    entry["static"] = True
                if helper.options:
                    entry["options"] = [p.names.camel for p in helper.params]
                corpus.append({**entry, "values": sendable})
    return corpus


def test_the_helpers_decide_alike(tmp_path: Path) -> None:
    from tests.helper_calls import helpers

    corpus = helper_corpus()
    path = tmp_path / "helpers.json"
    path.write_text(json.dumps(corpus, ensure_ascii=True), encoding="utf-8")
    python = run_python(corpus)
    proc = node("tests/ts/run_corpus.mjs", str(path))
    assert proc.returncode == 0, proc.stderr[-4000:]
    typescript = json.loads(proc.stdout)
    names = {
        name: p.names.python
        for h in helpers()
        for p in h.params
        for name in (p.names.python, p.names.camel)
    }
    problems = []
    for entry, py, ts in zip(corpus, python, typescript, strict=True):
        what = json.dumps(entry)[:200]
        if py["ok"] != ts["ok"] or (py["ok"] and json.loads(py["out"]) != json.loads(ts["out"])):
            problems.append(f"{what}\n  python: {py}\n  typescript: {ts}")
        elif not py["ok"]:
            left = (
                names.get(py["parameter"], py["parameter"]),
                in_typescript_words(py["expected"]),
            )
            right = (names.get(ts["parameter"], ts["parameter"]), ts["expected"])
            if left != right:
                problems.append(f"{what}\n  python: {left}\n  typescript: {right}")
    accepted = sum(r["ok"] for r in python)
    assert len(corpus) > 500 and accepted > len(corpus) // 4, (len(corpus), accepted)
    assert not problems, f"{len(problems)} calls differ:\n" + "\n".join(problems[:12])
