"""What help() and an editor's hover show of a method's object parameters.

Python: the docstring of every method of ``SWML`` and ``FunctionResult`` lists, under each
parameter that takes an object (or a list, map or union of objects), the keys of that object,
one level down (``codegen.describe.Describer.key_groups``, spelled by
``codegen/python/methods.py``). The keys are drawn here from the IR, not from the code that
writes them: every key is named in the parameter's part of ``inspect.getdoc``, the first
``KEY_LINES`` with whether it is required and the first words of its description.

TypeScript: the interfaces carry each key's description as TSDoc; the pinned TypeScript's
language service is asked what it shows on a key of an object literal passed to a method
(a helper's options object, and the objects of a parameter of one model), as an editor would.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from codegen import ir
from codegen.build import build
from codegen.describe import KEY_LINES, first_sentence, models_in
from codegen.ir import Package, Type
from codegen.plan import Plan, make_plan
from codegen.spec_package import load_package

REPO = Path(__file__).resolve().parents[1]


@functools.cache
def plan() -> Plan:
    return make_plan(build(load_package(REPO / "spec")))


@dataclass(frozen=True)
class Site:
    """A parameter of a generated method that takes objects."""

    owner: str
    method: str
    parameter: str
    type: Type

    def __str__(self) -> str:
        return f"{self.owner}.{self.method}({self.parameter})"


def sites() -> Iterator[Site]:
    """Every parameter (a short form, ``value`` and ``**extra`` too) of every method of
    ``SWML`` and ``FunctionResult`` whose type holds an object."""
    p = plan()
    found: list[tuple[str, str, str, Type]] = []
    for method in p.swml:
        name = method.verb.names.python
        found += [("SWML", name, q.names.python, q.type) for q in method.params]
        if method.short is not None:
            short = "value" if method.form == "value" else method.short_name
            found.append(("SWML", name, short, method.short))
        if method.extra is not None:
            found.append(("SWML", name, "**extra", method.extra))
    for method in p.function_result:
        name = method.verb.names.python
        found += [("FunctionResult", name, q.names.python, q.type) for q in method.params]
    for helper in p.package.helpers:
        name = helper.names.python
        found += [("FunctionResult", name, q.names.python, q.type) for q in helper.params]
    for owner, method, parameter, t in found:
        if models_in(t, p.package):
            yield Site(owner, method, parameter, t)


SITES = list(sites())


def argument_part(doc: str, parameter: str) -> str:
    """The lines of ``Args:`` that document ``parameter``: from its name to the next
    argument or section."""
    lines = doc.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"    {parameter}: "))
    end = start + 1
    while end < len(lines) and not re.match(r"(    )?\S", lines[end]):
        end += 1
    return "\n".join(lines[start:end])


def groups_of(part: str, model: str) -> str:
    """The lines of an argument's part that list keys of ``model``: under a heading naming
    it (``Keys of ``X`` (``XDict``):``, ``Keys of ``X`` and ``Y`` alike:``, ``X (...) also
    takes:``)."""
    found = []
    heading = ""
    for line in part.splitlines()[1:]:
        text = line.strip()
        if text and not text.startswith("-") and not line.startswith(" " * 10):
            heading = text
        if f"``{model}``" in heading:
            found.append(line)
    return "\n".join(found)


def words(text: str) -> str:
    return " ".join(text.split())


def test_the_sites_cover_every_kind_of_method() -> None:
    """Builder methods (objects, lists, maps, unions, a value and a short form), the action
    form of FunctionResult and the helpers all have object parameters to check."""
    owners = {(s.owner, s.method) for s in SITES}
    assert ("SWML", "connect") in owners and ("SWML", "cond") in owners
    assert ("FunctionResult", "join_conference") in owners
    assert ("FunctionResult", "update_settings") in owners
    assert len(SITES) >= 40, len(SITES)


@pytest.mark.parametrize("site", SITES, ids=str)
def test_the_docstring_names_every_key(site: Site) -> None:
    import swml_verbs

    package = plan().package
    doc = inspect.getdoc(getattr(getattr(swml_verbs, site.owner), site.method))
    assert doc is not None
    part = argument_part(doc, site.parameter)
    again = re.search(r"Keys: as for ``(\w+)`` above\.", part)
    if again:
        # Listed once per docstring: under the earlier parameter that takes the same objects.
        part = argument_part(doc, again.group(1))
    for name in models_in(site.type, package):
        model = package.models[name]
        listed = groups_of(part, name)
        if not model.fields and model.extra is None:
            assert f"``{name}`` takes no keys" in part, part
        for f in model.fields:
            key = f"``{f.names.wire}``"
            assert key in listed, f"{site}: {f.names.wire} of {name} is not named\n{part}"
            bullet = re.search(
                rf"^ *- {re.escape(key)} \((required|optional)\): (.*?)(?=^ *- |\Z)",
                listed,
                re.M | re.S,
            )
            if bullet is None:
                continue  # past KEY_LINES: named only
            assert bullet.group(1) == ("required" if f.required else "optional"), bullet.group(0)
            summary = first_sentence(str(f.description))
            assert words(summary)[:30] in words(bullet.group(2)), (site, f.names.wire)
        if model.extra is not None:
            assert "- any other key:" in listed, (site, name)
    described = len(re.findall(r"^ *- ``[^`]+`` \((required|optional)\)", part, re.M))
    assert described <= KEY_LINES, (site, described)


def test_a_docstring_shows_the_keys_as_help_prints_them() -> None:
    """``help(SWML.connect)``'s ``headers``: each key with its type in words, whether it is
    required and its description; a list of objects names the deeper model."""
    from swml_verbs import SWML

    part = argument_part(inspect.getdoc(SWML.connect) or "", "headers")
    assert "Keys of ``ConnectHeaders`` (``ConnectHeadersDict``):" in part
    assert "- ``name`` (required): a string. The name of the header." in part
    serial = argument_part(inspect.getdoc(SWML.connect) or "", "serial")
    assert "- ``headers`` (optional): a list of ConnectHeaders objects." in serial
    assert "Keys: as for ``serial`` above." in argument_part(
        inspect.getdoc(SWML.connect) or "", "parallel"
    )


# -- TypeScript: what the language service shows on a key ----------------------------------------


def _literal(t: Type, keys: str, package: Package) -> str | None:
    """``t`` as a TypeScript expression holding the object literal ``keys`` where its one model
    is; None where ``t`` is several models (a union: TypeScript shows no description for a
    key that several members of a union declare each on its own)."""
    match t:
        case ir.ModelRef():
            return keys
        case ir.ArrayType():
            inner = _literal(t.item, keys, package)
            return None if inner is None else f"[{inner}]"
        case ir.MapType():
            inner = _literal(t.values, keys, package)
            return None if inner is None else f"{{ k: {inner} }}"
        case ir.UnionType():
            objects = [x for x in t.variants if models_in(x, package)]
            return _literal(objects[0], keys, package) if len(objects) == 1 else None
    return None


#: Members of a JavaScript string (``String.prototype``) a key of the spec may share.
STRING_MEMBERS = frozenset({"length", "replace", "search", "match", "split", "slice", "concat"})


def _takes_strings(t: Type, package: Package) -> bool:
    match t:
        case ir.StringType() | ir.VarType() | ir.EnumRef():
            return True
        case ir.ArrayType():
            return _takes_strings(t.item, package)
        case ir.MapType():
            return _takes_strings(t.values, package)
        case ir.UnionType():
            return any(_takes_strings(x, package) for x in t.variants)
    return False


HOVER = r"""
const ts = require(process.argv[2]);
const fs = require("fs");
const path = require("path");
const [file, positions] = [process.argv[3], JSON.parse(fs.readFileSync(process.argv[4], "utf8"))];
const host = {
  getScriptFileNames: () => [file],
  getScriptVersion: () => "1",
  getScriptSnapshot: (f) =>
    fs.existsSync(f) ? ts.ScriptSnapshot.fromString(fs.readFileSync(f, "utf8")) : undefined,
  getCurrentDirectory: () => path.dirname(file),
  getCompilationSettings: () => ({
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  }),
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
  realpath: ts.sys.realpath,
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());
const shown = positions.map((at) => {
  const info = service.getQuickInfoAtPosition(file, at);
  return info ? ts.displayPartsToString(info.documentation) : null;
});
process.stdout.write(JSON.stringify(shown));
"""


def test_typescript_hover_shows_each_key_description(tmp_path: Path) -> None:
    """On a key of an object literal passed to a method, the language service shows the
    key's description: the members of a helper's options object, and the keys of every
    parameter that takes objects of one model (a union's are left out, above)."""
    from codegen.typescript.text import property_key
    from tests.test_typescript import NODE, TS, node, require_compiler

    if NODE is None:
        pytest.skip("node is not installed")
    typescript = require_compiler().parents[1]
    package = plan().package
    helpers = {h.names.python: h for h in package.helpers}
    swml = {m.verb.names.python: m for m in plan().swml}
    lines = ['import { SWML, FunctionResult } from "swml-verbs";']
    expected: list[tuple[int, str, str]] = []

    def add(prefix: str, keys: list[tuple[str, str]], suffix: str, what: str) -> None:
        line = prefix
        offset = sum(len(x) + 1 for x in lines)
        for i, (key, description) in enumerate(keys):
            written = property_key(key)  # quoted only where it must be
            line += ("" if i == 0 else ", ") + f"{written}: null!"
            if description:
                at = offset + len(line) - len(f"{written}: null!") + 1
                expected.append((at, description, f"{what}.{key}"))
        lines.append(line + suffix)

    for helper in package.helpers:
        if helper.options:
            keys = [(p.names.camel, str(p.description)) for p in helper.params]
            add(f"new FunctionResult().{helper.names.camel}({{ ", keys, " });", helper.names.python)
    for site in SITES:
        names = models_in(site.type, package)
        if len(names) != 1 or site.parameter in ("value", "**extra"):
            continue
        model = package.models[names[0]]
        keys = [(f.names.wire, str(f.description)) for f in model.fields]
        if _takes_strings(site.type, package):
            # Where a string is taken too (``hints``: a string or a Hint), a key that strings
            # have (``replace``) is the union's, and TypeScript shows no description for it.
            keys = [(k, d if k not in STRING_MEMBERS else "") for k, d in keys]
        if not keys:
            continue
        marker = "@@KEYS@@"
        literal = _literal(site.type, "{ " + marker + " }", package)
        if literal is None:
            continue
        if site.owner == "FunctionResult" and site.method in helpers:
            helper = helpers[site.method]
            index = [p.names.python for p in helper.params].index(site.parameter)
            if helper.options:
                camel = helper.params[index].names.camel
                call = f"new FunctionResult().{helper.names.camel}({{ {camel}: {literal} }});"
            else:
                call = (
                    f"new FunctionResult().{helper.names.camel}("
                    + "null!, " * index
                    + literal
                    + ");"
                )
        elif site.owner == "SWML":
            method = swml[site.method]
            camel = next(p.names.camel for p in method.params if p.names.python == site.parameter)
            call = f"new SWML().{method.verb.names.camel}({{ {camel}: {literal} }});"
        else:
            continue  # FunctionResult.join_conference: its keys are the builder's, checked there
        prefix, suffix = call.split(marker)
        add(prefix, keys, suffix, f"{site}.{model.name}")
    source = tmp_path / "hover.ts"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    modules = tmp_path / "node_modules"
    modules.mkdir()
    (modules / "swml-verbs").symlink_to(TS, target_is_directory=True)
    script = tmp_path / "hover.cjs"
    script.write_text(HOVER, encoding="utf-8")
    positions = tmp_path / "positions.json"
    positions.write_text(json.dumps([at for at, _, _ in expected]), encoding="utf-8")
    proc = node(str(script), str(typescript), str(source), str(positions), timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    shown: list[Any] = json.loads(proc.stdout)
    missing = [
        f"{what}: {shown_text!r}"
        for (_, description, what), shown_text in zip(expected, shown, strict=True)
        if not shown_text or words(description).split()[0] not in shown_text
    ]
    assert len(expected) >= 100, len(expected)
    assert not missing, "\n".join(missing[:30]) + f"\n({len(missing)} of {len(expected)})"
