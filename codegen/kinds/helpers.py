"""``x-helpers``: FunctionResult's helper methods, declared on the SWAIG function result's schema
(``$defs/Output``) and built into ``ir.Helper`` once the models are known.

A helper emits one action of the result's ``action`` union. Its declaration names the action by
its key (``say``) and says, for each parameter, whether it is the action's value itself or fills
one key of the action's object value (``context_switch.system_prompt``). Every type comes from
the action's model, so a helper checks exactly what the spec says that action may hold; the
declaration adds only names, order and defaults, which the schema cannot say. Each problem is
returned with its pointer, so one run reports all of them.
"""

from __future__ import annotations

from typing import Any

from codegen import ir, naming
from codegen.errors import SpecProblem
from codegen.ir import MISSING, Helper, HelperParam, Model, Names, Package
from codegen.kinds._common import pointer_join
from codegen.text import Identifier, UntrustedText, is_identifier

KEYWORD = "x-helpers"


def declared(document: Any) -> tuple[str, dict[str, Any]] | None:
    """(pointer of the schema carrying ``x-helpers``, the declarations), if one does."""
    defs = document.get("$defs", {}) if isinstance(document, dict) else {}
    for name, node in defs.items():
        if isinstance(node, dict) and isinstance(node.get(KEYWORD), dict):
            return pointer_join("#/$defs", name), node[KEYWORD]
    return None


def build_helpers(
    package: Package, owner: str, declarations: dict[str, Any]
) -> tuple[Helper, ...] | list[SpecProblem]:
    """The helpers declared on the model at ``owner`` (a pointer), or every problem found."""
    model = next((m for m in package.models.values() if m.pointer == owner), None)
    at = pointer_join(owner, KEYWORD)
    if model is None:
        return [SpecProblem(package.source, at, "x-helpers is on a schema that is no object model")]
    actions = _actions(package, model)
    helpers: list[Helper] = []
    problems: list[SpecProblem] = []
    for name, node in declarations.items():
        built = _helper(package, actions, name, node, pointer_join(at, name))
        if isinstance(built, Helper):
            helpers.append(built)
        else:
            problems += built
    return problems or tuple(helpers)


def _actions(package: Package, result: Model) -> dict[str, Model]:
    """The result's action objects by their key: every object variant of its ``action`` field
    (one action or a list of them) with exactly one required key."""
    found: dict[str, Model] = {}
    todo = [f.type for f in result.fields if f.names.wire == "action"]
    while todo:
        t = todo.pop(0)
        match t:
            case ir.UnionType():
                todo += list(t.variants)
            case ir.ArrayType():
                todo.append(t.item)
            case ir.ModelRef():
                model = package.models[t.name]
                if len(model.required) == 1:
                    found.setdefault(model.required[0].names.wire, model)
    return found


def _helper(
    package: Package, actions: dict[str, Model], name: str, node: dict[str, Any], at: str
) -> Helper | list[SpecProblem]:
    def problem(where: str, message: str, expected: str = "") -> list[SpecProblem]:
        return [SpecProblem(package.source, where, message, expected)]

    if not is_identifier(name):
        return problem(at, f"helper name {name!r} is no Python identifier")
    action = node["action"]
    model = actions.get(action)
    if model is None:
        known = ", ".join(sorted(actions))
        return problem(pointer_join(at, "action"), f"no action {action!r}", f"one of {known}")
    field = model.required[0]
    params: list[HelperParam] = []
    problems: list[SpecProblem] = []
    for param_name, spec in (node.get("parameters") or {}).items():
        built = _param(package, field, param_name, spec, pointer_join(at, "parameters", param_name))
        if isinstance(built, HelperParam):
            params.append(built)
        else:
            problems += built
    value = node.get("value", MISSING)
    late: list[str] = []
    for index, p in enumerate(params):
        if p.required and any(not q.required for q in params[:index]):
            late.append(p.names.python)
    if late:
        problems += problem(
            pointer_join(at, "parameters"),
            f"required parameters after optional ones: {', '.join(late)}",
            "the required ones first, as a signature must have them",
        )
    whole = [p for p in params if not p.key]
    keyed = [p for p in params if p.key]
    if len(whole) > 1 or (whole and (keyed or value is not MISSING)):
        problems += problem(
            at,
            "more than one thing gives the action's value",
            "one parameter with no key, or keys, or a value",
        )
    if value is MISSING and not params and not isinstance(field.type, ir.ModelRef):
        problems += problem(at, "nothing gives the action's value", "parameters or a value")
    if problems:
        return problems
    description = node.get("description") or str(field.description) or str(model.description)
    return Helper(
        Names(name, Identifier(name), str(node.get("camel") or naming.camel(name))),
        UntrustedText(description),
        action,
        Identifier(model.name),
        tuple(params),
        value,
        at,
        node.get("options") is True,
    )


def _param(
    package: Package, field: ir.Field, name: str, spec: dict[str, Any], at: str
) -> HelperParam | list[SpecProblem]:
    if not is_identifier(name):
        return [SpecProblem(package.source, at, f"parameter name {name!r} is no Python identifier")]
    key = str(spec.get("key", ""))
    typed: ir.Type = field.type
    description = spec.get("description") or str(field.description)
    if key:
        target = field.type
        if not isinstance(target, ir.ModelRef) or target.name not in package.models:
            return [
                SpecProblem(
                    package.source,
                    pointer_join(at, "key"),
                    f"the action's value is no object, so it has no key {key!r}",
                )
            ]
        inner = {f.names.wire: f for f in package.models[target.name].fields}
        if key not in inner:
            known = ", ".join(inner)
            return [
                SpecProblem(
                    package.source,
                    pointer_join(at, "key"),
                    f"no key {key!r} in the action's value",
                    f"one of {known}",
                )
            ]
        typed = inner[key].type
        description = spec.get("description") or str(inner[key].description)
    return HelperParam(
        Names(name, Identifier(name), str(spec.get("camel") or naming.camel(name))),
        key,
        typed,
        spec.get("default", MISSING),
        UntrustedText(description),
        at,
    )


__all__ = ["KEYWORD", "build_helpers", "declared"]
