"""``x-helpers``: FunctionResult's helper methods, declared on the SWAIG function result's schema
(``$defs/Output``) and built into ``ir.Helper`` once the models are known.

A helper emits one action of the result's ``action`` union. Its declaration names the action by
its key (``say``) and says, for each parameter, where its value lands:

- in a plain action, the action's value itself (no ``key``) or a key of its object value
  (``key: system_prompt``; a dotted key goes deeper, ``key: semantic_state``);
- in an ``SWML`` action, whose ``document`` lists the verbs of the document it carries (``[{set:
  {}}, {pay: {}}]``), a key of one of those verbs (``verb: pay, key: timeout``), or a key of the
  action object beside the document (``key: transfer``).

Every type comes from the schema at the place the value lands, so a helper checks exactly what
the spec says may be there; the declaration adds only names, order, defaults and the reference's
adjustments (a clamp, a short form), which the schema cannot say. Each problem is returned with
its pointer, so one run reports all of them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from codegen import ir, naming
from codegen.errors import SpecProblem
from codegen.ir import MISSING, Helper, HelperParam, Model, Names, Package, Path
from codegen.kinds._common import pointer_join
from codegen.text import Identifier, UntrustedText, is_identifier

KEYWORD = "x-helpers"
#: The section a SWML document runs first; an ``SWML`` action's verbs go there.
MAIN_SECTION = "main"


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
        built = _Builder(package, pointer_join(at, name)).helper(actions, name, node)
        if isinstance(built, Helper):
            helpers.append(built)
        else:
            problems += built
    return problems or tuple(helpers)


def swml_action(package: Package, owner: str) -> Identifier | None:
    """The model of the ``SWML`` action of the result at ``owner``, if it has one."""
    model = next((m for m in package.models.values() if m.pointer == owner), None)
    found = None if model is None else _actions(package, model).get("SWML")
    return None if found is None else Identifier(found.name)


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


class _Problem(Exception):
    """One problem in a declaration, raised where it is found and collected per helper."""

    def __init__(self, where: str, message: str, expected: str = "") -> None:
        super().__init__(where, message, expected)
        self.where, self.message, self.expected = where, message, expected


class _Builder:
    def __init__(self, package: Package, at: str) -> None:
        self.package = package
        self.at = at

    def problem(self, error: _Problem) -> SpecProblem:
        return SpecProblem(self.package.source, error.where, error.message, error.expected)

    def helper(
        self, actions: dict[str, Model], name: str, node: dict[str, Any]
    ) -> Helper | list[SpecProblem]:
        at = self.at
        if not is_identifier(name):
            return [self.problem(_Problem(at, f"helper name {name!r} is no Python identifier"))]
        if "returns" in node:
            return self.builder(name, node)
        action = node["action"]
        model = actions.get(action)
        if model is None:
            known = ", ".join(sorted(actions))
            where = pointer_join(at, "action")
            return [self.problem(_Problem(where, f"no action {action!r}", f"one of {known}"))]
        field = model.required[0]
        try:
            skeleton, verbs = self.skeleton(model, field, node)
        except _Problem as error:
            return [self.problem(error)]
        params: list[HelperParam] = []
        problems: list[SpecProblem] = []
        for param_name, spec in (node.get("parameters") or {}).items():
            where = pointer_join(at, "parameters", param_name)
            try:
                params.append(self.param(model, field, verbs, param_name, spec, where))
            except _Problem as error:
                problems.append(self.problem(error))
        problems += [self.problem(p) for p in _shape_problems(at, node, field, params, skeleton)]
        try:
            short = self.short(node, params)
        except _Problem as error:
            problems.append(self.problem(error))
            short = ()
        # The short form's value is always sent: it is the whole action when alone.
        params = [dataclasses.replace(p, omitted=MISSING) if p.path == short else p for p in params]
        precedence = tuple(node.get("precedence") or ())
        # A value among several that give the action's value is left out at its default, so
        # that the next in precedence gives it.
        params = [
            dataclasses.replace(p, omitted=p.default) if p.names.python in precedence else p
            for p in params
        ]
        if problems:
            return problems
        description = node.get("description") or str(field.description) or str(model.description)
        return Helper(
            Names(name, Identifier(name), str(node.get("camel") or naming.camel(name))),
            UntrustedText(description),
            action,
            Identifier(model.name),
            tuple(params),
            skeleton,
            at,
            node.get("options") is True,
            short,
            precedence=precedence,
        )

    def builder(self, name: str, node: dict[str, Any]) -> Helper | list[SpecProblem]:
        """A static builder (``returns``): the object of one of the named models, its keys
        filled by the parameters, returned rather than recorded."""
        at = self.at
        names = node["returns"]
        missing = [
            self.problem(
                _Problem(pointer_join(at, "returns", i), f"no model {n!r}", "a model of the spec")
            )
            for i, n in enumerate(names)
            if n not in self.package.models
        ]
        if missing:
            return missing
        models = [self.package.models[n] for n in names]
        refs = tuple(ir.ModelRef(Identifier(m.name)) for m in models)
        root: ir.Type = refs[0] if len(refs) == 1 else ir.UnionType(refs)
        params: list[HelperParam] = []
        problems: list[SpecProblem] = []
        for param_name, spec in (node.get("parameters") or {}).items():
            where = pointer_join(at, "parameters", param_name)
            key = str(spec.get("key", ""))
            try:
                if not is_identifier(param_name):
                    raise _Problem(where, f"parameter name {param_name!r} is no Python identifier")
                if not key:
                    raise _Problem(where, "a builder's parameter fills a key of what it returns")
                keys = key.split(".")
                params.append(
                    self.landing(param_name, spec, where, keys, (), root, models[0].pointer, None)
                )
            except _Problem as error:
                problems.append(self.problem(error))
        problems += [self.problem(p) for p in _order_problems(at, params)]
        if problems:
            return problems
        return Helper(
            Names(name, Identifier(name), str(node.get("camel") or naming.camel(name))),
            UntrustedText(node.get("description") or str(models[0].description)),
            "",
            Identifier(models[0].name),
            tuple(params),
            {},
            at,
            node.get("options") is True,
            returns=tuple(Identifier(m.name) for m in models),
        )

    def skeleton(
        self, model: Model, field: ir.Field, node: dict[str, Any]
    ) -> tuple[ir.Json, dict[str, Path]]:
        """The action object before the parameters fill it, and where each verb of its
        document sits (``{}`` for a plain action)."""
        action = field.names.wire
        if "document" not in node:
            value = node.get("value", MISSING)
            if value is not MISSING:
                return {action: value}, {}
            keyed = any("key" in spec for spec in (node.get("parameters") or {}).values())
            return ({action: {}} if keyed or isinstance(field.type, ir.ModelRef) else {}), {}
        where = pointer_join(self.at, "document")
        document = self.document_model(field, where)
        verbs: dict[str, Path] = {}
        steps: list[ir.Json] = []
        for index, step in enumerate(node["document"]):
            (verb,) = step
            try:
                self.package.verb(verb)
            except KeyError:
                known = ", ".join(v.wire_name for v in self.package.verbs)
                raise _Problem(
                    pointer_join(where, index), f"no verb {verb!r}", f"one of {known}"
                ) from None
            if verb in verbs:
                raise _Problem(
                    pointer_join(where, index),
                    f"verb {verb!r} twice: a parameter could not say which it fills",
                )
            verbs[verb] = (action, "sections", MAIN_SECTION, index, verb)
            steps.append(dict(step))
        body: dict[str, ir.Json] = {}
        version = next((f for f in document.fields if f.names.wire == "version"), None)
        if version is not None and isinstance(version.type, ir.LiteralType):
            body["version"] = version.type.value
        body["sections"] = {MAIN_SECTION: steps}
        return {action: body}, verbs

    def document_model(self, field: ir.Field, where: str) -> Model:
        root = self.package.document
        if not (isinstance(field.type, ir.ModelRef) and field.type.name == root):
            raise _Problem(
                where, "only an action that carries a SWML document has a document of verbs"
            )
        return self.package.models[root]

    def param(
        self,
        model: Model,
        field: ir.Field,
        verbs: dict[str, Path],
        name: str,
        spec: dict[str, Any],
        at: str,
    ) -> HelperParam:
        if not is_identifier(name):
            raise _Problem(at, f"parameter name {name!r} is no Python identifier")
        key = str(spec.get("key", ""))
        keys = key.split(".") if key else []
        verb = spec.get("verb")
        if verb is not None:
            if verb not in verbs:
                known = ", ".join(verbs) or "none: the action has no document"
                raise _Problem(
                    pointer_join(at, "verb"), f"no verb {verb!r} here", f"one of {known}"
                )
            start: Path = verbs[verb]
            typed, schema, wire = (
                self.package.verb(verb).argument,
                self.package.verb(verb).pointer,
                None,
            )
        elif verbs:
            if not keys:
                raise _Problem(at, "an SWML action's parameter needs a verb or a key beside it")
            start = ()
            typed, schema, wire = ir.ModelRef(Identifier(model.name)), model.pointer, None
        else:
            start = (field.names.wire,)
            typed, schema, wire = field.type, field.pointer, field
        return self.landing(name, spec, at, keys, start, typed, schema, wire)

    def landing(
        self,
        name: str,
        spec: dict[str, Any],
        at: str,
        keys: list[str],
        start: Path,
        typed: ir.Type,
        schema: str,
        wire: ir.Field | None,
    ) -> HelperParam:
        """The parameter whose value lands at ``keys`` below ``start``, a place of type
        ``typed`` (the schema at ``schema``; the field ``wire`` where the place is one)."""
        for index, part in enumerate(keys):
            found = self.lookup(typed, schema, part)
            if found is None:
                raise _Problem(
                    pointer_join(at, "key"),
                    f"no key {'.'.join(keys[: index + 1])!r} where this parameter lands",
                    f"one of {', '.join(self.known_keys(typed))}",
                )
            typed, schema, wire = found
        variant = spec.get("variant")
        if variant is not None:
            typed = self.variant(typed, variant, pointer_join(at, "variant"))
        if "gives" in spec:
            # A flag: true gives the declared value, which the place's schema then checks.
            typed = ir.BooleanType()
        path: Path = (*start, *keys)
        default = spec.get("default", MISSING)
        # Left out only where leaving it out means the same: null (not given), the schema's own
        # default, or a default the declaration says the platform implies.
        schema_default = MISSING if wire is None else wire.default
        implied = spec.get("implied") is True or default is None or schema_default == default
        gives = spec.get("gives", MISSING)
        omitted = default if keys and implied else MISSING
        description = spec.get("description") or (str(wire.description) if wire else "")
        clamp = spec.get("clamp")
        return HelperParam(
            Names(name, Identifier(name), str(spec.get("camel") or naming.camel(name))),
            path,
            typed,
            default,
            omitted,
            UntrustedText(description),
            at,
            schema,
            (clamp[0], clamp[1]) if clamp else None,
            gives,
        )

    def variant(self, t: ir.Type, kind: str, at: str) -> ir.Type:
        """The variants of the union ``t`` of the JSON kind ``kind`` (a boolean of a boolean,
        integer or constant), or a problem when there are none."""
        kinds = _JSON_KINDS[kind]
        found = tuple(v for v in _variants(t) if isinstance(v, kinds))
        if not found:
            raise _Problem(at, f"no {kind} variant where this parameter lands")
        return found[0] if len(found) == 1 else ir.UnionType(found)

    def lookup(
        self, t: ir.Type, schema: str, key: str
    ) -> tuple[ir.Type, str, ir.Field | None] | None:
        """The type, schema pointer and field of ``key`` in an object of type ``t``: in every
        object variant that has it (the union of their types), or else in the first that takes
        other keys."""
        if isinstance(t, ir.MapType):
            return t.values, schema, None
        if isinstance(t, ir.AnyType):
            return t, schema, None
        fields = [f for m in self.objects(t) for f in m.fields if f.names.wire == key]
        if fields:
            types = tuple(dict.fromkeys(f.type for f in fields))
            typed = types[0] if len(types) == 1 else ir.UnionType(types)
            return typed, fields[0].pointer, fields[0]
        for model in self.objects(t):
            if model.extra is not None:
                return model.extra, model.pointer, None
        return None

    def known_keys(self, t: ir.Type) -> list[str]:
        return sorted({f.names.wire for m in self.objects(t) for f in m.fields}) or ["none"]

    def objects(self, t: ir.Type) -> list[Model]:
        match t:
            case ir.ModelRef():
                return [self.package.models[t.name]]
            case ir.AliasRef():
                return self.objects(self.package.aliases[t.name])
            case ir.UnionType():
                return [m for v in t.variants for m in self.objects(v)]
            case _:
                return []

    def short(self, node: dict[str, Any], params: list[HelperParam]) -> Path:
        name = node.get("short")
        if name is None:
            return ()
        for p in params:
            if p.names.python == name and len(p.path) > 1:
                return p.path
        raise _Problem(
            pointer_join(self.at, "short"),
            f"short names {name!r}, no parameter that fills a key",
            "the parameter whose value alone is the short form",
        )


#: The IR types of each JSON kind a ``variant`` names.
_JSON_KINDS: dict[str, tuple[type, ...]] = {
    "boolean": (ir.BooleanType,),
    "integer": (ir.IntegerType,),
    "number": (ir.NumberType, ir.IntegerType),
    "string": (ir.StringType, ir.VarType, ir.EnumRef, ir.JoinedListType),
    "object": (ir.ModelRef, ir.MapType),
    "array": (ir.ArrayType,),
}


def _variants(t: ir.Type) -> tuple[ir.Type, ...]:
    return t.variants if isinstance(t, ir.UnionType) else (t,)


def _order_problems(at: str, params: list[HelperParam]) -> list[_Problem]:
    late = [
        p.names.python
        for index, p in enumerate(params)
        if p.required and any(not q.required for q in params[:index])
    ]
    if not late:
        return []
    return [
        _Problem(
            pointer_join(at, "parameters"),
            f"required parameters after optional ones: {', '.join(late)}",
            "the required ones first, as a signature must have them",
        )
    ]


def _shape_problems(
    at: str,
    node: dict[str, Any],
    field: ir.Field,
    params: list[HelperParam],
    skeleton: ir.Json,
) -> list[_Problem]:
    problems = _order_problems(at, params)
    action = field.names.wire
    whole = [p for p in params if p.path == (action,)]
    keyed = [p for p in params if len(p.path) > 1]
    given = "value" in node
    ranked = node.get("precedence")
    if ranked is not None:
        names = sorted(p.names.python for p in whole)
        if keyed or sorted(ranked) != names:
            problems.append(
                _Problem(
                    pointer_join(at, "precedence"),
                    "precedence ranks the parameters that give the action's value",
                    f"each of {', '.join(names) or 'none'} once, and no keyed parameter",
                )
            )
    elif len(whole) > 1 or (whole and (keyed or given)):
        problems.append(
            _Problem(
                at,
                "more than one thing gives the action's value",
                "one parameter with no key, or keys, or a value (or a precedence among them)",
            )
        )
    if not given and not params and skeleton == {}:
        problems.append(_Problem(at, "nothing gives the action's value", "parameters or a value"))
    return problems


__all__ = ["KEYWORD", "build_helpers", "declared"]
