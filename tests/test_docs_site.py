"""The reference site: every page's TypeScript example compiled by the pinned ``tsc --strict``
and run by node, printing what the page shows; the site built by mkdocs in strict mode; and the
built ``join_conference`` page opened in headless Chromium, read as a reader sees it (the
parameter table, a row a parameter, and both signatures).

Run once (``ONCE`` in the noxfile): the answers do not depend on the Python. Without node the
TypeScript test skips, and without Chromium the browser test, except in CI:
``SWML_VERBS_REQUIRE_NODE=1`` and ``SWML_VERBS_REQUIRE_CHROMIUM=1`` (``.ci/run`` sets both)
make them fail instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from codegen.plan import Plan, make_plan
from tests.test_docs import DOCS, examples, package
from tests.test_typescript import NODE, TS, node, require_compiler

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_REQUIRED = os.environ.get("SWML_VERBS_REQUIRE_CHROMIUM") == "1"
#: What keeps Chromium from reaching for the network (it hangs on a closed one without them).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def test_the_typescript_examples_compile_and_print_what_the_pages_show(tmp_path: Path) -> None:
    """Each page's TypeScript program, compiled strictly against the package's declarations
    and run against its ES modules, prints the JSON under it, byte for byte."""
    if NODE is None:
        pytest.skip("node is not installed")
    tsc = require_compiler()
    shown = examples()
    names = sorted(shown)
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "swml-verbs").symlink_to(TS, target_is_directory=True)
    (tmp_path / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    files = []
    for index, name in enumerate(names):
        file = f"example_{index:03}.ts"
        (tmp_path / file).write_text(shown[name][1] + "\n", encoding="utf-8")
        files.append(file)
    options = {
        "strict": True,
        "target": "ES2022",
        "lib": ["ES2022", "DOM"],
        "module": "NodeNext",
        "moduleResolution": "NodeNext",
        "types": [],
        "outDir": "out",
        "rootDir": ".",
    }
    config = tmp_path / "tsconfig.json"
    config.write_text(json.dumps({"compilerOptions": options, "files": files}), encoding="utf-8")
    proc = node(str(tsc), "-p", str(config))
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    # One node for every example: each module prints when it is first imported.
    runner = tmp_path / "runner.mjs"
    runner.write_text(
        "const printed = {};\n"
        "const log = console.log;\n"
        f"for (const file of {json.dumps([f[:-3] + '.js' for f in files])}) {{\n"
        "  const lines = [];\n"
        "  console.log = (...args) => lines.push(args.join(' '));\n"
        "  await import(`./out/${file}`);\n"
        "  printed[file] = lines.join('\\n');\n"
        "}\n"
        "console.log = log;\n"
        "process.stdout.write(JSON.stringify(printed));\n",
        encoding="utf-8",
    )
    ran = subprocess.run(
        [NODE, str(runner)], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    assert ran.returncode == 0, ran.stderr[-4000:]
    printed = json.loads(ran.stdout)
    for name, file in zip(names, files, strict=True):
        assert printed[file[:-3] + ".js"] == shown[name][2], name
    assert len(names) == len(shown) > 200


# -- the site ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built by mkdocs in strict mode (a broken link, a page missing from the nav or
    a nav entry without its page fails the build)."""
    out = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        cwd=DOCS,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    return out


def test_the_site_has_every_page(site: Path) -> None:
    built = {
        p.parent.relative_to(site).as_posix()
        for p in site.rglob("index.html")
        if p.parent != site and "assets" not in p.parts
    }
    p = package()
    assert {f"swml/{v.wire_name}" for v in p.verbs} <= built
    assert {f"function-result/{h.names.python}" for h in p.helpers} <= built
    assert {f"models/{m}" for m in p.models} | {f"enums/{e}" for e in p.enums} <= built


class Reader(HTMLParser):
    """What a reader sees of a page: its tables (cell texts, row by row) and its code blocks
    (text, and whether they sit in one side-by-side grid), scripts and styles aside."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.blocks: list[tuple[str, int | None]] = []
        self._stack: list[tuple[str, bool]] = []
        self._grids = 0
        self._cell: list[str] | None = None
        self._pre: list[str] | None = None
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        grid = tag == "div" and "grid" in classes
        if grid:
            self._grids += 1
        if tag in ("script", "style"):
            self._hidden += 1
        self._stack.append((tag, grid))
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "pre":
            self._pre = []

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            open_tag, _ = self._stack.pop()
            if open_tag == tag:
                break
        if tag in ("script", "style"):
            self._hidden -= 1
        if tag in ("td", "th") and self._cell is not None and self.tables:
            self.tables[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "pre" and self._pre is not None:
            grid = self._grids if any(g for _, g in self._stack) else None
            self.blocks.append(("".join(self._pre), grid))
            self._pre = None

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if self._cell is not None:
            self._cell.append(data)
        if self._pre is not None:
            self._pre.append(data)


def rendered_dom(page: Path, profile: Path) -> str:
    """The page's DOM after Chromium has loaded it and run its scripts."""
    if CHROMIUM is None:
        reason = "chromium is not installed (apt-get install chromium)"
        if CHROMIUM_REQUIRED:
            pytest.fail(reason)
        pytest.skip(reason)
    proc = subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc.stdout


def test_the_join_conference_page_in_a_browser(site: Path, tmp_path: Path) -> None:
    """The built FunctionResult.join_conference page, as Chromium renders it: a parameter
    table with a row for every parameter the plan gives the method, in order, each with its
    TypeScript name, and the two signatures side by side in one grid."""
    page = site / "function-result" / "join_conference" / "index.html"
    reader = Reader()
    reader.feed(rendered_dom(page, tmp_path / "profile"))
    method = next(
        m for m in package_plan().function_result if m.verb.wire_name == "join_conference"
    )
    table = next(t for t in reader.tables if t and t[0][:3] == ["Key", "Python", "TypeScript"])
    rows = table[1:]
    assert [row[0] for row in rows] == [p.names.wire for p in method.params]
    assert [row[2] for row in rows] == [p.names.camel for p in method.params]
    beep = next(row for row in rows if row[0] == "beep")
    assert '"onEnter" — beep only when a participant joins' in beep[5]
    max_participants = next(row for row in rows if row[0] == "max_participants")
    assert max_participants[4] == "100000"
    signatures = [(text, grid) for text, grid in reader.blocks if "join" in text.lower()]
    python = next(g for text, g in signatures if text.startswith("def join_conference("))
    ts = "joinConference( name: string, options?: JoinConferenceActionOptions, ): this"
    typescript = next(g for text, g in signatures if " ".join(text.split()) == ts)
    assert python is not None and python == typescript
    for p in method.params:
        assert f"    {p.names.python}: " in next(t for t, _ in signatures if t.startswith("def "))


def package_plan() -> Plan:
    return make_plan(package())


# -- the construct specs -------------------------------------------------------------------------

#: The runner of one package's Python examples: each run in a fresh namespace, its output kept.
_RUNNER = """
import contextlib, io, json, sys
printed = {}
for name, source in json.load(sys.stdin).items():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(source, name, "exec"), {"__name__": "__example__"})
    printed[name] = out.getvalue().rstrip("\\n")
print(json.dumps(printed))
"""


def test_every_construct_specs_pages_render_and_their_examples_run(tmp_path: Path) -> None:
    """Each construct spec of tests/generator/ (a schema feature alone) renders its pages, and
    every Python example on them, run against that construct's golden package, prints what its
    page shows. The construct goldens hold no pages (they would double in size); this is what
    keeps the renderer generic over them."""
    from codegen.build import validate
    from codegen.docs.render import render_docs
    from codegen.errors import SpecError
    from codegen.loader import load
    from tests.generator import goldens
    from tests.test_docs import EXAMPLE

    packages = goldens.unpack(goldens.read(REPO / "tests" / "generator" / "expected"))
    ran = 0
    for spec in sorted((REPO / "tests" / "generator" / "specs").glob("*.json")):
        try:
            package_ = validate(load(str(spec)))
        except SpecError:  # refused by the generator: no package, no pages
            continue
        files = render_docs(package_, "header")
        shown = {}
        for name, text in files.items():
            match = EXAMPLE.search(text)
            if match is not None:
                shown[name] = (match.group(1), match.group(3))
        assert len(shown) == len(files) - 2, spec.name  # every page but the index
        root = tmp_path / spec.stem / "swml_verbs"
        root.mkdir(parents=True)
        for name, data in packages[spec.stem].items():
            (root / name).write_bytes(data)
        proc = subprocess.run(
            [sys.executable, "-c", _RUNNER],
            input=json.dumps({name: python for name, (python, _) in shown.items()}),
            cwd=root.parent,
            env={**os.environ, "PYTHONPATH": str(root.parent), "PYTHONDONTWRITEBYTECODE": "1"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0, f"{spec.name}: {proc.stderr[-3000:]}"
        printed = json.loads(proc.stdout)
        for name, (_, output) in shown.items():
            assert printed[name] == output, f"{spec.name}: {name}"
            ran += 1
    assert ran >= 100
