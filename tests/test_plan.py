"""The plan (codegen/plan/): what both printers and the spec diff read.

The plan's API surface must be what the generated Python declares (the spec diff compares
surfaces, not generated code), checker names must say what they check, and
``python -m codegen ir`` must show a verb's IR and plan.
"""

from __future__ import annotations

import ast
import functools
import subprocess
import sys
from pathlib import Path

from codegen import ir
from codegen.build import build
from codegen.diff.side import plan_surface
from codegen.ir import admits_null as nullable
from codegen.plan import Plan, make_plan
from codegen.python.methods import Parameter
from codegen.spec_package import load_package

REPO = Path(__file__).resolve().parents[1]
GENERATED = REPO / "generated" / "swml_verbs"


@functools.cache
def plan() -> Plan:
    return make_plan(build(load_package(REPO / "spec")))


def declared(module: str, cls: str) -> dict[str, tuple[Parameter, ...]]:
    """The public methods of ``cls`` in the committed generated ``module``, read with ast."""
    tree = ast.parse((GENERATED / module).read_text(encoding="utf-8"))
    found: dict[str, tuple[Parameter, ...]] = {}
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and node.name == cls):
            continue
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and not item.name.startswith("_"):
                found[f"{cls}.{item.name}"] = _params(item.args)
    return found


def _params(args: ast.arguments) -> tuple[Parameter, ...]:
    def text(node: ast.expr | None) -> str:
        return ast.unparse(node) if node is not None else ""

    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    defaults += list(args.defaults)
    out = []
    for index, (arg, default) in enumerate(zip(positional, defaults, strict=True)):
        if arg.arg != "self":
            kind = "positional" if index < len(args.posonlyargs) else "either"
            out.append(Parameter(arg.arg, kind, text(arg.annotation), text(default)))
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        out.append(Parameter(arg.arg, "keyword", text(arg.annotation), text(kw_default)))
    if args.kwarg is not None:
        out.append(Parameter(args.kwarg.arg, "**kwargs", text(args.kwarg.annotation), ""))
    return tuple(out)


def normal(params: tuple[Parameter, ...]) -> tuple[Parameter, ...]:
    """Annotations and defaults as ast prints them (quotes, spacing)."""
    return tuple(
        Parameter(
            p.name,
            p.kind,
            ast.unparse(ast.parse(p.annotation, mode="eval").body),
            ast.unparse(ast.parse(p.default, mode="eval").body) if p.default else "",
        )
        for p in params
    )


def test_the_surface_the_diff_compares_is_what_the_generated_code_declares() -> None:
    surface = plan_surface(plan())
    code = {**declared("swml.py", "SWML"), **declared("function_result.py", "FunctionResult")}
    for method, params in surface.methods.items():
        assert method in code, method
        assert normal(params) == code[method], method
    planned = {f"{m.owner}.{m.verb.names.python}" for m in (*plan().swml, *plan().function_result)}
    planned |= {f"FunctionResult.{h.names.python}" for h in plan().package.helpers}
    # The generated classes hold nothing spec-driven that the plan does not.
    assert {
        m for m in code if m.split(".")[1] in {v.names.python for v in plan().package.verbs}
    } <= planned
    helpers = len(plan().package.helpers)
    assert len(surface.methods) == len(plan().package.verbs) + len(plan().function_result) + helpers


def test_every_verb_has_one_swml_method_and_its_argument_a_checker() -> None:
    p = plan()
    assert [m.verb.wire_name for m in p.swml] == [v.wire_name for v in p.package.verbs]
    defined = {c.ref for c in p.checker_list} | {c.ref for c in p.functions}
    for verb, ref in p.verbs:
        assert ref in defined or ref.kind == "method", verb.wire_name


def test_anonymous_checkers_are_named_by_what_they_check() -> None:
    names = {c.ref.name: c.type for c in plan().functions}
    assert names["list_of_str"] == ir.ArrayType(ir.StringType())
    assert names["map_of_any"] == ir.MapType(ir.AnyType())
    assert isinstance(names["joined_StatusCallbackEvent"], ir.JoinedListType)
    # Every name is used once, and no name is a bare counter.
    assert len(names) == len(set(names))
    assert not any(name.rstrip("_0123456789") in ("list", "variant", "joined") for name in names)


def test_nullability_is_decided_once() -> None:
    assert nullable(ir.LiteralType(None))
    assert nullable(ir.UnionType((ir.StringType(), ir.NullType())))
    assert nullable(ir.AnyType())
    assert not nullable(ir.LiteralType("x"))
    assert not nullable(ir.StringType())


def test_action_parameters_say_what_is_left_out() -> None:
    (action,) = [m for m in plan().function_result if m.verb.wire_name == "join_conference"]
    by_wire = {p.names.wire: p for p in action.params}
    assert by_wire["beep"].dropped == "true"
    assert by_wire["max_participants"].dropped is None
    assert [p.names.wire for p in action.positional][:3] == ["name", "muted", "beep"]
    assert not by_wire["stream"].positional


def ir_command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "ir", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_ir_command_prints_a_verbs_ir_and_plan() -> None:
    proc = ir_command("join_conference")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith(
        "verb join_conference  (#/$defs/JoinConference/properties/join_conference)"
    )
    assert "  model JoinConference  (#/$defs/JoinConferenceObject; closed)" in out
    assert '    beep: value set Beep  [optional, default "true"]' in out
    assert "  SWML.join_conference / SWML.joinConference: object form" in out
    assert "  FunctionResult.join_conference / FunctionResult.joinConference: action form" in out
    assert 'left out when "true"' in out
    assert "anonymous checker joined_StatusCallbackEvent" in out


def test_the_ir_command_lists_verbs_and_refuses_an_unknown_one() -> None:
    listing = ir_command()
    assert listing.returncode == 0 and "  play: union" in listing.stdout
    unknown = ir_command("no_such_verb")
    assert unknown.returncode == 2
    assert "no verb 'no_such_verb'" in unknown.stderr and "join_conference" in unknown.stderr
