"""IR and plan -> the reference pages (Markdown) and the mkdocs configuration of their site.

A page per ``SWML`` method (verb), per ``FunctionResult`` method (the verbs' action form and
every ``x-helpers`` helper), per model and per value set, in the layout of the reference page
the project started from: name, description, every parameter with its type, default and each
value's meaning, what it returns; the Python and TypeScript signatures side by side, spelled by
the two printers' own parameter lists, so a page cannot drift from the code; and one example
call in each language with the JSON both print (``codegen.docs.examples``).

Spec text reaches a page only through the ``md`` and ``cell`` filters (HTML and Markdown
syntax escaped) or inside a code span or fence that it cannot close; the jinja environment
refuses to print anything else that is not ``Markdown``.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import yaml

from codegen import ir
from codegen.describe import first_sentence
from codegen.docs.examples import (
    Example,
    enum_example,
    helper_example,
    method_example,
    model_example,
)
from codegen.errors import GenerationError
from codegen.ir import MISSING, EnumDef, Helper, Json, Model, Package, Type
from codegen.plan import Plan, make_plan
from codegen.plan.methods import MethodPlan
from codegen.python import methods as py_methods
from codegen.python.checks import Emitter
from codegen.python.models import attribute_name, field_type
from codegen.typescript import methods as ts_methods
from codegen.typescript.checks import TsEmitter
from codegen.typescript.text import property_key
from codegen.typescript.types import ts_type

TEMPLATES = Path(__file__).resolve().parents[1] / "templates" / "docs"
#: Where the pages go under the site's configuration (``generated/docs/``).
PAGES = "pages"
#: ruff's settings for the pages' Python: the generated modules' (codegen/output.py imports this
#: module, so it cannot be imported from there; a test keeps the two equal), which are also the
#: repository's, so ``ruff format --check`` leaves the pages as they are.
RUFF_ARGS = ["--isolated", "--line-length", "100", "--target-version", "py310"]
#: The width past which a TypeScript signature is written one parameter a line: half a page,
#: beside the Python one.
_WIDTH = 60


class Markdown(str):
    """Markdown the generator made, or spec text made inert by a filter."""

    __slots__ = ()


class UnsafePageValue(TypeError):
    pass


def _finalize(value: Any) -> Any:
    if isinstance(value, Markdown) or (
        isinstance(value, (int, float)) and not isinstance(value, bool)
    ):
        return value
    raise UnsafePageValue(
        f"page template printed {type(value).__name__} {value!r} without a filter; "
        "use |md or |cell for prose, |code for code"
    )


#: Markdown's backslash escapes; ``&``, ``<``, ``>`` and ``|`` (a table's column break) become
#: character references instead.
_SPECIAL = re.compile(r"([\\`*_{}\[\]#!])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;"}


def md(text: str) -> Markdown:
    """Spec prose as Markdown text: no HTML, link or emphasis can come of it. Code spans the
    spec writes (```true```) stay code spans where the backticks pair up; otherwise they are
    escaped too."""
    text = str(text)
    parts = re.split(r"(`[^`\n]+`)", text) if text.count("`") % 2 == 0 else [text]
    out: list[str] = []
    for part in parts:
        if len(part) > 2 and part.startswith("`") and part.endswith("`"):
            out.append(code(part[1:-1]))
        else:
            escaped = _SPECIAL.sub(r"\\\1", part)
            out.append(re.sub(r"[&<>|]", lambda m: _ENTITIES[m.group(0)], escaped))
    return Markdown("".join(out))


def cell(text: str) -> Markdown:
    """Spec prose inside a table cell: one line (paragraphs become line breaks)."""
    paragraphs = [" ".join(p.split()) for p in str(text).split("\n\n")]
    return Markdown("<br>".join(md(p) for p in paragraphs if p))


def code(text: str) -> Markdown:
    """An inline code span that no backtick in ``text`` can close."""
    text = " ".join(str(text).split())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or longest else ""
    return Markdown(f"{fence}{pad}{text}{pad}{fence}")


def fence(text: str, language: str, title: str = "") -> Markdown:
    """A fenced code block that no backtick run in ``text`` can close."""
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    ticks = "`" * (longest + 1)
    head = f'{ticks}{language} title="{title}"' if title else f"{ticks}{language}"
    return Markdown(f"{head}\n{text.rstrip()}\n{ticks}")


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=False,  # Markdown: safety comes from _finalize and the filters
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md
    env.filters["cell"] = cell
    env.filters["code"] = code
    env.filters["json"] = lambda value: code(json.dumps(value, ensure_ascii=False))
    env.filters["fence"] = fence
    # A macro's output: every value in it already went through _finalize.
    env.filters["made"] = Markdown
    env.filters["path"] = page_link
    return env


# -- what a page shows -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One row of a parameter or field table."""

    python: str
    typescript: str
    wire: str
    required: bool
    #: What the value may be, in words: the refusal texts' own description, in JSON's words
    #: for its values (``true``, ``null``: the TypeScript package's), as neither language's.
    allowed: str
    #: The default as JSON, MISSING for none.
    default: Json
    description: str
    #: (value, meaning) of each value of the value sets the type takes, as given here.
    meanings: tuple[tuple[str, str], ...]
    #: (title, page) of the models and value sets the type names.
    links: tuple[tuple[str, str], ...]

    @property
    def default_cell(self) -> Markdown:
        if self.required:
            return Markdown("required")
        if self.default is MISSING:
            return Markdown("-")
        return code(json.dumps(self.default, ensure_ascii=False))


@dataclass(frozen=True)
class Page:
    path: str
    title: str
    text: str


def page_path(kind: str, name: str) -> str:
    return f"{kind}/{name}.md"


def page_link(path: str) -> Markdown:
    """A page's path as a link target: made of names the IR has already checked."""
    if not re.fullmatch(r"[A-Za-z0-9_./-]+", path):
        raise UnsafePageValue(f"not a page path: {path!r}")
    return Markdown(path)


def _named(t: Type, package: Package, seen: set[str] | None = None) -> list[tuple[str, str]]:
    """The models and value sets ``t`` names (through unions, lists, maps and named unions),
    as (title, page path) for the links under a table row."""
    seen = set() if seen is None else seen
    found: list[tuple[str, str]] = []
    match t:
        case ir.EnumRef():
            found.append((t.name, page_path("enums", t.name)))
        case ir.JoinedListType():
            found.append((t.enum, page_path("enums", t.enum)))
        case ir.ModelRef():
            found.append((t.name, page_path("models", t.name)))
        case ir.ArrayType():
            found += _named(t.item, package, seen)
        case ir.MapType():
            found += _named(t.values, package, seen)
        case ir.UnionType():
            for x in t.variants:
                found += _named(x, package, seen)
        case ir.AliasRef():
            if t.name not in seen:
                seen.add(t.name)
                found += _named(package.aliases[t.name], package, seen)
    return list(dict.fromkeys(found))


def _meanings(t: Type, package: Package, pointer: str) -> tuple[tuple[str, str], ...]:
    """Each value of the value sets ``t`` takes directly (or joined, in a list, in a union)
    with what it means at ``pointer`` (``EnumDef.meanings_at``)."""
    names: list[str] = []

    def walk(x: Type) -> None:
        if isinstance(x, ir.EnumRef):
            names.append(x.name)
        elif isinstance(x, ir.JoinedListType):
            names.append(x.enum)
        elif isinstance(x, ir.ArrayType):
            walk(x.item)
        elif isinstance(x, ir.UnionType):
            for variant in x.variants:
                walk(variant)

    walk(t)
    found: list[tuple[str, str]] = []
    for name in dict.fromkeys(names):
        enum = package.enums[name]
        for member, meaning in zip(enum.members, enum.meanings_at(pointer), strict=True):
            found.append((member.value, " ".join(str(meaning).split())))
    return tuple(found)


def _row(
    names: ir.Names,
    t: Type,
    required: bool,
    default: Json,
    description: str,
    pointer: str,
    ts: TsEmitter,
    python: str | None = None,
) -> Row:
    package = ts.package
    return Row(
        python if python is not None else names.python,
        names.camel,
        names.wire,
        required,
        ts.expected(t),
        default,
        description,
        _meanings(t, package, pointer),
        tuple(_named(t, package)),
    )


def _python_signature(name: str, params: Iterable[str], returns: str) -> str:
    """The ``def`` line as a stub, unformatted (``_format_python`` formats every page's Python
    at once)."""
    return f"def {name}({', '.join(['self', *params])}) -> {returns}: ..."


#: A Python block of a page, as ``fence`` writes it.
_PYTHON_BLOCK = re.compile(r'(```python title="Python"\n)(.*?)(\n```\n)', re.DOTALL)


def _format_python(files: dict[str, str]) -> dict[str, str]:
    """Every Python block of every page formatted by the pinned ruff, as the generated modules
    are (one run for all), so that ``ruff format`` leaves the pages as they are."""
    blocks = [(name, m) for name, text in files.items() for m in _PYTHON_BLOCK.finditer(text)]
    marker = "# --- next block"
    source = "".join(f"{m.group(2)}\n\n\n{marker}\n" for _, m in blocks)
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "format", *RUFF_ARGS, "--stdin-filename", "page.py", "-"],
        input=source,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise GenerationError(f"ruff could not format the pages' Python:\n{proc.stderr}")
    formatted = [part.strip() for part in proc.stdout.split(f"{marker}\n")[:-1]]
    if len(formatted) != len(blocks):
        raise GenerationError("ruff changed the number of the pages' Python blocks")
    out = dict(files)
    # Back to front within a file, so that earlier offsets stay valid.
    for (name, m), text in reversed(list(zip(blocks, formatted, strict=True))):
        page = out[name]
        out[name] = page[: m.start(2)] + text + page[m.end(2) :]
    return out


def _ts_signature(name: str, params: Iterable[str], returns: str) -> str:
    items = list(params)
    line = f"{property_key(name)}({', '.join(items)}): {returns}"
    if len(line) <= _WIDTH:
        return line
    inner = "".join(f"  {p},\n" for p in items)
    return f"{property_key(name)}(\n{inner}): {returns}"


@dataclass(frozen=True)
class MethodPage:
    """What a method page shows."""

    kind: str  # "swml", "action" or "helper"
    owner: str
    python: str
    typescript: str
    pointer: str
    description: str
    python_signature: str
    typescript_signature: str
    rows: tuple[Row, ...]
    #: The TypeScript options type whose members the rows are (None: positional parameters).
    options: str | None
    returns: Markdown
    note: str
    example: Example


def _method_page(method: MethodPlan, em: Emitter, ts: TsEmitter) -> MethodPage:
    verb = method.verb
    package = ts.package
    rows = [
        _row(p.names, p.type, p.required, p.default, p.description, p.pointer, ts)
        for p in method.params
    ]
    note = ""
    if method.form == "value":
        assert method.short is not None
        short = method.short
        meanings = _meanings(short, package, verb.pointer)
        links = tuple(_named(short, package))
        text = "The verb's value."
        rows.append(
            Row("value", "value", "", True, ts.expected(short), MISSING, text, meanings, links)
        )
    elif method.form == "union":
        names = ", ".join(m.name for m in method.variants)
        note = f"The keys given pick one variant ({names}); keys of two variants are refused."
        if method.short is not None:
            short = method.short
            text = "The short form, given instead of the keywords."
            links = tuple(_named(short, package))
            allowed = ts.expected(short)
            rows.insert(
                0,
                Row(
                    method.short_name,
                    "valueOrOptions",
                    "",
                    False,
                    allowed,
                    MISSING,
                    text,
                    (),
                    links,
                ),
            )
    elif method.form == "action":
        note = (
            "Options left at their defaults are left out of the SWML; when all of them are, the "
            "short form is emitted."
        )
    ts_params = ts_methods.parameters(method, ts)
    options = next((p.type for p in ts_params if p.name in ("options",)), None)
    owner = method.owner
    if owner == "SWML":
        returns = Markdown("This document (`SWML`), for chaining.")
        py_returns, ts_returns = "Self", "this"
    else:
        returns = Markdown("This result (`FunctionResult`), for chaining.")
        py_returns, ts_returns = "FunctionResult", "this"
    return MethodPage(
        "swml" if owner == "SWML" else "action",
        owner,
        verb.names.python,
        verb.names.camel,
        verb.pointer,
        method.description,
        _python_signature(verb.names.python, py_methods.signature(method, em), py_returns),
        _ts_signature(verb.names.camel, (p.source() for p in ts_params), ts_returns),
        tuple(rows),
        options if method.form in ("object", "action") else None,
        returns,
        note,
        method_example(method, em, ts),
    )


def _helper_page(helper: Helper, em: Emitter, ts: TsEmitter) -> MethodPage:
    rows = tuple(
        _row(p.names, p.type, p.required, p.default, str(p.description), p.pointer, ts)
        for p in helper.params
    )
    ts_params = ts_methods.helper_parameters(helper, ts)
    return MethodPage(
        "helper",
        "FunctionResult",
        helper.names.python,
        helper.names.camel,
        helper.pointer,
        str(helper.description),
        _python_signature(
            helper.names.python,
            (p.source() for p in py_methods.helper_parameters(helper, em)),
            "dict[str, Any]" if helper.returns else "FunctionResult",
        ),
        _ts_signature(
            helper.names.camel,
            (p.source() for p in ts_params),
            " | ".join(helper.returns) if helper.returns else "this",
        ),
        rows,
        "" if helper.options else None,
        Markdown(
            f"The `{' or '.join(helper.returns)}` object (a static method)."
            if helper.returns
            else "This result (`FunctionResult`), for chaining."
        ),
        "Records nothing." if helper.returns else f"Records the `{helper.action}` action.",
        helper_example(helper, em, ts),
    )


def _model_rows(model: Model, ts: TsEmitter) -> tuple[Row, ...]:
    return tuple(
        _row(
            f.names,
            f.type,
            f.required,
            f.default,
            str(f.description),
            f.pointer,
            ts,
            python=attribute_name(f.names.python),
        )
        for f in model.fields
    )


def _model_signatures(model: Model, em: Emitter, package: Package) -> tuple[str, str]:
    """The pydantic class's fields and the TypeScript interface, as the printers type them."""
    py = [f"class {model.name}(SpecModel):"]
    for f in model.fields:
        typ = field_type(f.type, em)
        if not f.required:
            typ = typ if "None" in typ.split(" | ") else f"{typ} | None"
        py.append(
            f"    {attribute_name(f.names.python)}: {typ}" + ("" if f.required else " = None")
        )
    if not model.fields:
        py.append("    pass")
    tsl = [f"interface {model.name} {{"]
    for f in model.fields:
        key = property_key(f.names.wire) + ("" if f.required else "?")
        tsl.append(f"  {key}: {ts_type(f.type, package)};")
    if model.extra is not None:
        tsl.append("  [key: string]: unknown;")
    tsl.append("}")
    return "\n".join(py), "\n".join(tsl)


def render_docs(package: Package, header: str, plan: Plan | None = None) -> dict[str, str]:
    """Every file of generated/docs/: ``mkdocs.yml`` and ``pages/**.md`` (path -> text)."""
    plan = plan or make_plan(package)
    em = Emitter(plan)
    ts = TsEmitter(plan)
    env = environment()
    base = {"header": Markdown(f"<!-- {html.escape(header)} -->\n"), "depth": Markdown("../")}
    sections: dict[str, list[Page]] = {}

    def add(section: str, kind: str, name: str, template: str, **values: Any) -> None:
        text = env.get_template(template).render(**base, **values)
        sections.setdefault(section, []).append(Page(page_path(kind, name), name, text))

    methods = [
        *(("SWML methods", "swml", m.verb.wire_name, _method_page(m, em, ts)) for m in plan.swml),
        *(
            ("FunctionResult", "function-result", m.verb.names.python, _method_page(m, em, ts))
            for m in plan.function_result
        ),
        *(
            ("FunctionResult", "function-result", h.names.python, _helper_page(h, em, ts))
            for h in package.helpers
        ),
    ]
    for section, kind, name, page in methods:
        add(section, kind, name, "method.md.jinja", page=page)
    for model in package.models.values():
        python, typescript = _model_signatures(model, em, package)
        add(
            "Models",
            "models",
            model.name,
            "model.md.jinja",
            model=model,
            rows=_model_rows(model, ts),
            python=python,
            typescript=typescript,
            example=model_example(model, package),
        )
    for enum in package.enums.values():
        add(
            "Value sets",
            "enums",
            enum.name,
            "enum.md.jinja",
            enum=enum,
            members=_enum_members(enum),
            example=enum_example(enum),
        )
    files = {f"{PAGES}/{page.path}": page.text for pages in sections.values() for page in pages}
    files = _format_python(files)
    files[f"{PAGES}/index.md"] = env.get_template("index.md.jinja").render(
        **base, sections=sections, summary=_summary(package, plan)
    )
    files["mkdocs.yml"] = _mkdocs(header, sections)
    return dict(sorted(files.items()))


def _enum_members(enum: EnumDef) -> list[tuple[str, str, str, str]]:
    """(value, Python member, TypeScript member, meaning) of each member."""
    from codegen.naming import pascal

    return [(m.value, m.name, pascal(m.name), str(m.description)) for m in enum.members]


def _summary(package: Package, plan: Plan) -> dict[str, str]:
    """The first sentence of what each page documents, for the index."""
    found: dict[str, str] = {}
    for method in (*plan.swml, *plan.function_result):
        owner = "swml" if method.owner == "SWML" else "function-result"
        name = method.verb.wire_name if owner == "swml" else method.verb.names.python
        found[page_path(owner, name)] = first_sentence(method.description)
    for helper in package.helpers:
        found[page_path("function-result", helper.names.python)] = first_sentence(
            str(helper.description)
        )
    for model in package.models.values():
        found[page_path("models", model.name)] = first_sentence(str(model.description))
    for enum in package.enums.values():
        found[page_path("enums", enum.name)] = first_sentence(str(enum.description))
    return found


def _mkdocs(header: str, sections: dict[str, list[Page]]) -> str:
    """The site's configuration, its navigation made from the pages."""
    config = {
        "site_name": "swml-verbs reference",
        "docs_dir": PAGES,
        "theme": {"name": "material", "features": ["navigation.sections", "toc.integrate"]},
        "markdown_extensions": [
            "tables",
            "attr_list",
            "md_in_html",
            {"toc": {"permalink": True}},
            "pymdownx.highlight",
            "pymdownx.superfences",
        ],
        "validation": {
            "omitted_files": "warn",
            "absolute_links": "warn",
            "unrecognized_links": "warn",
            "anchors": "warn",
        },
        "nav": [
            {"Overview": "index.md"},
            *(
                {title: [{str(p.title): p.path} for p in items]}
                for title, items in sections.items()
            ),
        ],
    }
    text = yaml.safe_dump(config, sort_keys=False, allow_unicode=False, width=100)
    return "".join(f"# {line}\n" for line in header.splitlines()) + text


__all__ = ["Markdown", "render_docs"]
