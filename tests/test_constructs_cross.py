"""Python and TypeScript decide alike on every construct spec of tests/generator/specs.

Each construct (one schema feature alone: a null constant, a value set that takes null, a union
of objects, ...) is rendered in both languages from one plan; every method of the plan is then
called in both with each of its parameters set, in turn, to values of every JSON kind and to
values of its own type (``null`` included, which is where the two printers once disagreed: a
``{"const": null}`` option was sent by Python and dropped by TypeScript). Both packages must
make the same decision, emit the same bytes and refuse with the same parameter, path and text.

The TypeScript packages are compiled by one run of the pinned ``tsc``; each Python package runs
in its own interpreter (every one is named ``swml_verbs``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen import ir
from codegen.build import validate
from codegen.errors import GenerationError, SpecError
from codegen.loader import load
from codegen.plan import Plan, make_plan
from codegen.plan.methods import MethodPlan, Param
from codegen.python.render import render_python
from codegen.text import Identifier, PyCode
from codegen.typescript.render import node_modules_cache, render_typescript
from tests.cross_language import in_typescript_words

REPO = Path(__file__).resolve().parents[1]
SPECS = REPO / "tests" / "generator" / "specs"
NODE = shutil.which("node")
REQUIRED = os.environ.get("SWML_VERBS_REQUIRE_NODE") == "1"
if NODE is None and REQUIRED:
    raise RuntimeError("SWML_VERBS_REQUIRE_NODE=1 but node is not installed")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

#: A value of every JSON kind, and the SWML variable form; each parameter meets all of them.
KINDS: list[Any] = [None, True, False, 0, 7, 2.5, "", "a", "${x}", [], ["a"], {}, {"k": "v"}]


def sample(t: ir.Type, package: ir.Package, depth: int = 0) -> Any:
    """A value of ``t`` where one is easy to make (the comparison holds either way); past a few
    levels of verb lists, an empty list."""
    if depth > 4:
        return []
    match t:
        case ir.StringType():
            if t.url_schemes is not None:
                return f"{(t.url_schemes or ('https',))[0]}://example.com/a"
            return "a" * max(t.min_length or 1, 1)
        case ir.IntegerType() | ir.NumberType():
            low = t.minimum if t.minimum is not None else t.exclusive_minimum
            return int(low) + 1 if low is not None else 1
        case ir.BooleanType():
            return True
        case ir.NullType():
            return None
        case ir.LiteralType():
            return t.value
        case ir.EnumRef():
            return package.enums[t.name].values[0]
        case ir.JoinedListType():
            return package.enums[t.enum].values[0]
        case ir.VarType():
            return "${x}"
        case ir.AnyType():
            return {"k": [1, "b"]}
        case ir.ArrayType():
            return [sample(t.item, package, depth + 1)] * max(t.min_items or 1, 1)
        case ir.MapType():
            return {
                f"k{i}": sample(t.values, package, depth + 1) for i in range(t.min_properties or 1)
            }
        case ir.ModelRef():
            model = package.models[t.name]
            return {f.names.wire: sample(f.type, package, depth + 1) for f in model.required}
        case ir.AliasRef():
            return sample(package.aliases[t.name], package, depth + 1)
        case ir.MethodType():
            verb = (t.only or tuple(v.wire_name for v in package.verbs))[0]
            return {verb: sample(package.verb(verb).argument, package, depth + 1)}
        case ir.UnionType():
            return sample(t.variants[0], package, depth + 1)
    raise TypeError(t)


def values(p: Param, package: ir.Package) -> list[Any]:
    found = [*KINDS, sample(p.type, package)]
    if isinstance(p.type, ir.EnumRef):
        found += list(package.enums[p.type.name].values)
    return found


def options(params: dict[str, tuple[Param, Any]]) -> list[list[Any]]:
    return [[p.names.python, p.names.camel, value] for p, value in params.values()]


def method_calls(method: MethodPlan, package: ir.Package) -> Iterator[dict[str, Any]]:
    names = [method.verb.names.python, method.verb.names.camel]
    head = {"verb": method.verb.wire_name, "method": names}
    if method.owner == "FunctionResult":
        required = [p for p in method.params if p.required]
        filled = [[p.names.wire, sample(p.type, package)] for p in required]
        yield {**head, "kind": "action", "required": filled, "args": []}
        for p in method.params:
            for value in values(p, package):
                if p.required:
                    given = [
                        [q.names.wire, value if q is p else v]
                        for q, (_, v) in zip(required, filled, strict=True)
                    ]
                    yield {**head, "kind": "action", "required": given, "args": []}
                else:
                    args = [[p.names.python, p.names.camel, value]]
                    yield {**head, "kind": "action", "required": filled, "args": args}
        return
    head = {**head, "kind": "swml"}
    if method.short is not None:
        # Beside a short form, an object is the options (TypeScript) or keywords (Python).
        shorts = [*KINDS, sample(method.short, package)]
        if method.form == "union":
            shorts = [v for v in shorts if not isinstance(v, dict)]
        for value in shorts:
            yield {**head, "call": "value", "value": value}
    if method.form == "value":
        return
    base = {p.names.wire: (p, sample(p.type, package)) for p in method.params if p.required}
    yield {**head, "call": "options", "args": options(base)}
    for model in method.variants:
        wanted = {f.names.wire for f in model.required}
        given = {
            p.names.wire: (p, sample(p.type, package))
            for p in method.params
            if p.names.wire in wanted
        }
        yield {**head, "call": "options", "args": options(given)}
    for p in method.params:
        for value in values(p, package):
            args = {**base, p.names.wire: (p, value)}
            yield {**head, "call": "options", "args": options(args)}


def constructs() -> list[tuple[str, ir.Package]]:
    found = []
    for path in sorted(SPECS.glob("*.json")):
        try:
            package = validate(load(str(path)))
            render_typescript(package, "//")
        except (SpecError, GenerationError):  # refused: neither language has a package
            continue
        found.append((path.stem, package))
    return found


@pytest.fixture(scope="module")
def runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[list[Any], list[Any], list[Any], Plan]]:
    root = tmp_path_factory.mktemp("constructs")
    plans: dict[str, Plan] = {}
    for name, package in constructs():
        plan = make_plan(package)
        plans[name] = plan
        python = root / name / "py" / "swml_verbs"
        python.mkdir(parents=True)
        context = {"header": PyCode("# construct\n"), "package": Identifier("swml_verbs")}
        for file, text in render_python(package, context, plan).items():
            (python / file).write_text(text, encoding="utf-8")
        for file, text in render_typescript(package, "// construct", plan).items():
            if file.startswith("src/"):
                target = root / name / "ts" / file
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
    lock = {
        n: (REPO / "generated" / "ts" / n).read_text(encoding="utf-8")
        for n in ("package.json", "package-lock.json")
    }
    tsc = node_modules_cache(lock) / "node_modules" / "typescript" / "bin" / "tsc"
    config = json.loads((REPO / "generated" / "ts" / "tsconfig.json").read_text(encoding="utf-8"))
    config["compilerOptions"].update(rootDir=".", outDir="dist")
    config["include"] = ["*/ts/src/*.ts"]
    (root / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    (root / "package.json").write_text('{"type": "module"}', encoding="utf-8")
    proc = subprocess.run(
        [NODE or "node", str(tsc), "-p", "tsconfig.json"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]
    found = {}
    for name, plan in plans.items():
        corpus = [
            call
            for m in (*plan.swml, *plan.function_result)
            for call in method_calls(m, plan.package)
        ]
        corpus_path = root / name / "corpus.json"
        corpus_path.write_text(json.dumps(corpus), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / name / "py"), str(REPO)])}
        py = subprocess.run(
            [sys.executable, str(REPO / "tests" / "cross_language.py"), str(corpus_path)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert py.returncode == 0, py.stderr[-4000:]
        index = root / "dist" / name / "ts" / "src" / "index.js"
        ts = subprocess.run(
            [
                NODE or "node",
                str(REPO / "tests" / "ts" / "run_corpus.mjs"),
                str(corpus_path),
                str(index),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert ts.returncode == 0, ts.stderr[-4000:]
        found[name] = (corpus, json.loads(py.stdout), json.loads(ts.stdout), plan)
    return found


def wire_names(plan: Plan, verb: str) -> dict[str, str]:
    names = {"arguments": "options", "valueOrOptions": "value"}
    for method in (*plan.swml, *plan.function_result):
        if method.verb.wire_name == verb:
            names[method.short_name] = "value"
            for p in method.params:
                names[p.names.python] = names[p.names.camel] = p.names.wire
    return names


def refusal(
    plan: Plan, entry: dict[str, Any], result: dict[str, Any], python: bool
) -> tuple[str, ...]:
    verb = plan.package.verb(entry["verb"])
    names = wire_names(plan, verb.wire_name)
    path = result["path"]
    for prefix in (verb.wire_name, verb.names.camel, verb.names.python):
        if path.startswith(prefix) and path[len(prefix) : len(prefix) + 1] in ("", ".", "["):
            rest = path[len(prefix) :]
            break
    else:
        raise AssertionError(f"path {path!r} does not start with the verb {verb.wire_name}")
    if rest.startswith("."):
        head = re.split(r"[.\[]", rest[1:], maxsplit=1)[0]
        rest = "." + names.get(head, head) + rest[1 + len(head) :]
    method = (
        verb.wire_name
        if result["method"] in (verb.names.camel, verb.wire_name, verb.names.python)
        else result["method"]
    )
    expected = in_typescript_words(result["expected"]) if python else result["expected"]
    return (method, names.get(result["parameter"], result["parameter"]), rest, expected)


def test_every_construct_is_compared(runs: dict[str, Any]) -> None:
    assert len(runs) >= 30
    assert "null_const" in runs
    calls = sum(len(corpus) for corpus, *_ in runs.values())
    accepted = sum(r["ok"] for _, python, *_ in runs.values() for r in python)
    assert calls >= 1000 and accepted > calls // 5, (calls, accepted)


def test_python_and_typescript_decide_alike_on_every_construct(runs: dict[str, Any]) -> None:
    problems = []
    for name, (corpus, python, typescript, plan) in runs.items():
        for entry, py, ts in zip(corpus, python, typescript, strict=True):
            what = f"{name}: {json.dumps(entry)[:240]}"
            if py["ok"] != ts["ok"]:
                problems.append(f"{what}\n  python: {py}\n  typescript: {ts}")
            elif py["ok"] and py["out"] != ts["out"]:
                problems.append(f"{what}\n  python: {py['out']}\n  typescript: {ts['out']}")
            elif not py["ok"]:
                if py["error"] == "TypeError" or ts["error"] != "InvalidArgumentError":
                    problems.append(f"{what}\n  python: {py}\n  typescript: {ts}")
                    continue
                left, right = refusal(plan, entry, py, True), refusal(plan, entry, ts, False)
                if left != right:
                    problems.append(f"{what}\n  python: {left}\n  typescript: {right}")
    assert not problems, f"{len(problems)} calls differ:\n" + "\n".join(problems[:12])


def test_a_null_constant_is_sent_by_both(runs: dict[str, Any]) -> None:
    corpus, python, typescript, _ = runs["null_const"]
    sent = [
        (py["out"], ts["out"])
        for entry, py, ts in zip(corpus, python, typescript, strict=True)
        if entry.get("args") == [["clear", "clear", None]] and py["ok"]
    ]
    assert sent and all('"clear":null' in p and p == t for p, t in sent), sent
