"""The reference pages (generated/docs/): what the spec renders, every page's Python example run
with the output the page shows, the seed page's parameters and value meanings on
``join_conference``'s pages, and spec text that cannot become HTML, a link or a broken table.

The TypeScript examples, the site's strict build and the browser test are in
``tests/test_docs_site.py`` (run once, not on every Python)."""

from __future__ import annotations

import contextlib
import functools
import io
import json
import re
from pathlib import Path

import pytest

from codegen.build import build
from codegen.docs import render as docs
from codegen.ir import Package
from codegen.output import TARGETS
from codegen.spec_package import load_package

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "generated" / "docs"
PAGES = DOCS / "pages"
SEED = REPO.parent / "shared" / "seed" / "joinConference.txt"

#: A page's example: the Python program, the TypeScript program and what both print.
EXAMPLE = re.compile(
    r'^## Example\n.*?```python title="Python"\n(.*?)\n```\n.*?```ts title="TypeScript"\n(.*?)\n```'
    r".*?Both print:\n\n```json\n(.*?)\n```",
    re.DOTALL | re.MULTILINE,
)


@functools.cache
def package() -> Package:
    return build(load_package(REPO / "spec"))


@functools.cache
def pages() -> dict[str, str]:
    return {
        p.relative_to(PAGES).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(PAGES.rglob("*.md"))
    }


@functools.cache
def examples() -> dict[str, tuple[str, str, str]]:
    found = {}
    for name, text in pages().items():
        match = EXAMPLE.search(text)
        if match is not None:
            found[name] = (match.group(1), match.group(2), match.group(3))
    return found


def test_docs_are_a_target_of_generate() -> None:
    assert "docs" in TARGETS


def test_the_pages_python_is_formatted_as_the_package_is() -> None:
    from codegen import output

    assert docs.RUFF_ARGS == output.RUFF_ARGS


def test_a_page_per_verb_method_helper_model_and_value_set() -> None:
    p = package()
    names = set(pages())
    assert {f"swml/{v.wire_name}.md" for v in p.verbs} <= names
    assert {f"function-result/{h.names.python}.md" for h in p.helpers} <= names
    assert {f"models/{m}.md" for m in p.models} <= names
    assert {f"enums/{e}.md" for e in p.enums} <= names
    assert "function-result/join_conference.md" in names
    expected = len(p.verbs) + len(p.helpers) + len(p.models) + len(p.enums) + 1 + 1  # action, index
    assert len(names) == expected
    # Every page but the index has its example.
    assert set(examples()) == names - {"index.md"}


def test_the_nav_lists_every_page() -> None:
    config = (DOCS / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r": ([\w/-]+\.md)$", config, re.MULTILINE))
    assert listed == set(pages())


@pytest.mark.parametrize("name", sorted(examples()))
def test_the_python_example_prints_what_the_page_shows(name: str) -> None:
    """Each page's Python program, run as written, prints the JSON under it, byte for byte
    (keys in the order the package emits them)."""
    python, _, output = examples()[name]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(python, name, "exec"), {"__name__": "__example__"})
    assert printed.getvalue().rstrip("\n") == output


def test_the_examples_show_every_form() -> None:
    """The examples do not all take the easy way: options, by-position values, nested models and
    short forms all appear."""
    shown = examples()
    joined = "\n".join(py for py, _, _ in shown.values())
    assert 'FunctionResult().join_conference("example", muted=True)' in joined
    ts = shown["function-result/join_conference.md"][1]
    assert 'joinConference("example", { muted: true })' in ts
    assert any("model_validate" in py for py, _, _ in shown.values())
    assert '"join_conference": "example"' not in shown["function-result/join_conference.md"][2]


def test_the_signatures_are_the_printers() -> None:
    """The page prints the Python ``def`` line of the generated module and the TypeScript
    method of the generated source, parameter for parameter."""
    text = pages()["function-result/join_conference.md"]
    module = (REPO / "generated/swml_verbs/function_result.py").read_text(encoding="utf-8")

    def bare(source: str) -> str:  # the tokens, without layout (each side wraps at its indent)
        return re.sub(r"\s+", "", source).replace(",)", ")").replace(",]", "]")

    source = re.search(r"    def join_conference\(\n(.*?)\n    \) -> FunctionResult:", module, re.S)
    assert source is not None
    block = re.search(
        r'```python title="Python"\ndef join_conference\(\n(.*?)\n\) -> Fu', text, re.S
    )
    assert block is not None
    assert bare(block.group(1)) == bare(source.group(1))
    ts = (REPO / "generated/ts/src/function-result.ts").read_text(encoding="utf-8")
    signature = re.search(r"^  (joinConference\(.*?\): this) \{", ts, re.M | re.S)
    assert signature is not None
    block = re.search(r'```ts title="TypeScript"\n(joinConference\(.*?\): this)\n```', text, re.S)
    assert block is not None
    assert bare(block.group(1)) == bare(signature.group(1))


def test_the_committed_pages_are_what_the_spec_renders() -> None:
    """What ``generate --check`` checks for generated/docs/, without the other targets."""
    rendered = docs.render_docs(package(), _header())
    committed = {
        p.relative_to(DOCS).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(DOCS.rglob("*"))
        if p.is_file()
    }
    assert rendered == committed


def _header() -> str:
    first = (DOCS / "mkdocs.yml").read_text(encoding="utf-8").splitlines()[:2]
    return "\n".join(line.removeprefix("# ") for line in first)


def seed_sections() -> list[tuple[str, str]]:
    if not SEED.is_file():
        pytest.skip("../shared/seed/joinConference.txt is not there")
    seed = SEED.read_text(encoding="utf-8")
    sections = re.split(r"^opts\.(\w+)$", seed, flags=re.MULTILINE)[1:]
    return list(zip(sections[::2], sections[1::2], strict=True))


@pytest.mark.parametrize("page", ["function-result/join_conference.md", "swml/join_conference.md"])
def test_the_seed_pages_parameters_and_value_meanings_are_on_the_page(page: str) -> None:
    """Every ``opts.<name>`` of the reference page the project started from is a row of the
    parameter table (by its TypeScript name), and every value meaning it lists is in that row,
    with the meaning the spec gives at that parameter."""
    text = pages()[page]
    rows = {
        row.split(" | ")[2].strip("`"): row
        for row in re.findall(r"^\| `\w+` \| .*\|$", text, re.MULTILINE)
    }
    sections = seed_sections()
    assert len(sections) >= 17
    assert "name" in rows
    listed = 0
    for name, body in sections:
        assert name in rows, f"opts.{name} of the seed page is not a row of {page}"
        for value, meaning in re.findall(r'"([^"]+)"\u2014 ?([^"]+)', body):
            cell = f"`{json.dumps(value)}` \u2014 {docs.md(meaning.strip())}"
            assert cell in rows[name], f"opts.{name}: {cell!r} not in its row"
            listed += 1
    assert listed >= 20


def test_max_participants_default_is_the_schemas() -> None:
    """The seed page has no default for maxParticipants and the TypeScript SDK documents 250;
    the page says what the schema says."""
    default = package().models["JoinConference"].fields
    schema = next(f.default for f in default if f.names.wire == "max_participants")
    row = next(
        line
        for line in pages()["function-result/join_conference.md"].splitlines()
        if line.startswith("| `max_participants`")
    )
    assert f"| `{schema}` |" in row


# -- spec text on a page ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "a | b",
        "[click](javascript:alert(1))",
        "*bold* _it_ # heading",
        "![img](x.png)",
        "&amp; {{ jinja }}",
    ],
)
def test_spec_prose_cannot_become_markup(text: str) -> None:
    # The docs extra (the site's tools) needs Python 3.11; the pages' other tests do not.
    markdown = pytest.importorskip("markdown")

    out = markdown.markdown(str(docs.cell(text)), extensions=["tables"])
    assert "<script" not in out and "<a " not in out and "<img" not in out
    assert "<em>" not in out and "<strong>" not in out and "<h1" not in out
    table = markdown.markdown(
        f"| a | b |\n| --- | --- |\n| {docs.cell(text)} | x |", extensions=["tables"]
    )
    assert table.count("<td>") == 2


def test_code_spans_of_the_spec_stay_code() -> None:
    assert docs.md("Default `true`.") == "Default `true`."
    assert docs.md("an odd ` backtick") == "an odd \\` backtick"


def test_the_templates_print_nothing_unfiltered() -> None:
    env = docs.environment()
    with pytest.raises(docs.UnsafePageValue):
        env.from_string("{{ value }}").render(value="<b>spec</b>")
