"""Spec -> intermediate model (``codegen.ir.Package``). Every problem is collected; the caller
gets all of them at once.

The walk starts at ``$defs/SWMLMethod`` (each entry is one verb, ``{verb: argument}``) and follows
``$ref`` from there; the kind of each subschema is decided in ``Builder.type_of`` and built by its
module in ``codegen/kinds/``, each of which returns the IR node or a ``SpecProblem``. Named things
(object models, value sets) are registered here, so their names are unique across the package.

Names are chosen in two passes so they depend on the schema alone, never on the order of the
walk: the first pass records, for every object and value set, the name it would like and a
qualified fallback; ``naming_plan`` keeps a preferred name where exactly one schema claims it (or
every claimant is the same schema, such as one HTTP method set used by three properties) and
gives every claimant of a contested name its qualified one; the second pass builds with that plan.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from codegen import kinds, naming
from codegen.errors import SpecError, SpecProblem
from codegen.ir import (
    AliasRef,
    EnumDef,
    EnumMember,
    MethodType,
    Model,
    ModelRef,
    Names,
    Package,
    Type,
    UnionType,
    VarType,
    Verb,
)
from codegen.kinds import helpers
from codegen.kinds._common import SWML_METHOD, SWML_VAR, Site, pointer_join, ref_name
from codegen.loader import Spec, resolve_pointer, structural_problems
from codegen.text import Identifier, UntrustedText, is_identifier

#: Keywords that only annotate: they never change what a value may be.
ANNOTATIONS = frozenset(
    {"title", "description", "examples", "default", "deprecated", "$comment", "readOnly"}
)


@dataclass
class Claim:
    kind: str  # "model" or "enum"
    preferred: str
    qualified: str
    explicit: bool
    shape: str  # canonical JSON of the schema: equal shapes may share one name


def _canonical(node: Any) -> str:
    return json.dumps(node, sort_keys=True, separators=(",", ":"), default=str)


@dataclass
class Builder:
    spec: Spec
    #: pointer -> final name, from the first pass (None during the first pass).
    plan: dict[str, str] | None = None
    problems: list[SpecProblem] = field(default_factory=list)
    claims: dict[str, Claim] = field(default_factory=dict)
    models: dict[str, Model] = field(default_factory=dict)
    enums: dict[str, EnumDef] = field(default_factory=dict)
    model_pointers: dict[str, str] = field(default_factory=dict)
    enum_pointers: dict[str, str] = field(default_factory=dict)
    in_progress: set[str] = field(default_factory=set)
    in_progress_models: set[str] = field(default_factory=set)
    recursive: set[str] = field(default_factory=set)
    aliases: dict[str, UnionType] = field(default_factory=dict)
    _wrappers: dict[str, str] | None = None
    var_pattern: str | None = None
    #: Types of ``$defs`` entries already built (a $ref is built once).
    by_pointer: dict[str, Type | None] = field(default_factory=dict)

    # -- reporting -------------------------------------------------------------------------------

    def problem(self, pointer: str, message: str, expected: str = "") -> SpecProblem:
        found = SpecProblem(self.spec.file, pointer, message, expected)
        if found not in self.problems:
            self.problems.append(found)
        return found

    # -- $ref ------------------------------------------------------------------------------------

    def resolve(self, ref: str, pointer: str) -> tuple[Any, str] | SpecProblem:
        """The schema a ``$ref`` names and its pointer; relative refs to the document's own
        ``$id`` (upstream's ``SWMLObject.json``) mean the root."""
        if not isinstance(ref, str):
            return self.problem(pointer, f"$ref {ref!r} is not a string", "a JSON pointer string")
        target, _, fragment = ref.partition("#")
        own_id = (
            str(self.spec.document.get("$id", "")) if isinstance(self.spec.document, dict) else ""
        )
        if target and target != own_id:
            return self.problem(
                pointer,
                f"$ref {ref!r} points outside this document",
                f"a local reference such as '#/$defs/Name' (or {own_id!r} for the whole document)",
            )
        try:
            return resolve_pointer(self.spec.document, fragment), "#" + fragment
        except KeyError:
            return self.problem(
                pointer,
                f"$ref {ref!r} points to nothing",
                "a reference to an existing definition, such as '#/$defs/SWMLVar'",
            )

    # -- naming ----------------------------------------------------------------------------------

    def claim(
        self,
        kind: str,
        pointer: str,
        node: Any,
        preferred: str,
        qualified: str,
        explicit: bool,
    ) -> Identifier | SpecProblem:
        """The final name of the object or value set at ``pointer``."""
        self.claims.setdefault(
            pointer, Claim(kind, preferred, qualified, explicit, _canonical(node))
        )
        name = self.plan.get(pointer, preferred) if self.plan is not None else preferred
        if not is_identifier(name):
            key = "x-enum-name" if kind == "enum" else "x-python-name"
            return self.problem(
                pointer,
                f"{kind} name {name!r} is not a Python identifier",
                f"an ASCII identifier (set {key})",
            )
        return Identifier(name)

    # -- the dispatch ----------------------------------------------------------------------------

    def type_of(
        self, schema: Any, site: Site, inherited: dict[str, Any] | None = None
    ) -> Type | SpecProblem:
        """The IR type of ``schema``; ``inherited`` holds constraints written beside an
        ``anyOf`` (``minimum`` next to ``anyOf: [integer, SWMLVar]``), which apply to every branch
        they can constrain."""
        if isinstance(schema, bool):
            if schema:
                return kinds.special.build_any()
            return self.problem(site.pointer, "the schema 'false' admits nothing", "a schema")
        if not isinstance(schema, dict):
            return self.problem(site.pointer, "not a schema object", "a JSON Schema object")
        if "$ref" in schema:
            return self.ref_type(schema, site, inherited)
        node = _with_inherited(schema, inherited or {})
        if "x-separator" in node:
            return kinds.enum.build_joined(node, site, self)
        if "anyOf" in node or "oneOf" in node:
            return kinds.union.build(node, site, self)
        if "const" in node or "enum" in node:
            return kinds.enum.build_values(node, site, self)
        kind = node.get("type")
        if isinstance(kind, list):
            return kinds.union.build_type_list(node, site, self)
        builder: Callable[[dict[str, Any], Site, Builder], Type | SpecProblem] | None = (
            {
                "string": kinds.string.build,
                "integer": kinds.number.build,
                "number": kinds.number.build,
                "boolean": kinds.special.build_boolean,
                "null": kinds.special.build_null,
                "array": kinds.array.build,
                "object": kinds.obj.build,
            }.get(kind)
            if isinstance(kind, str)
            else None
        )
        if builder is not None:
            return builder(node, site, self)
        if kind is None:
            if "properties" in node:
                return kinds.obj.build(node, site, self)
            constraints = sorted(k for k in node if k not in ANNOTATIONS and not k.startswith("x-"))
            if not constraints or set(constraints) <= set(inherited or {}):
                return kinds.special.build_any()
            return self.problem(
                site.pointer,
                f"missing type (constraints {', '.join(constraints)} without one)",
                "type: string, integer, number, boolean, null, object or array, or anyOf/oneOf",
            )
        return self.problem(
            site.pointer + "/type",
            f"unsupported type {kind!r}",
            "string, integer, number, boolean, null, object or array",
        )

    def ref_type(
        self, schema: dict[str, Any], site: Site, inherited: dict[str, Any] | None
    ) -> Type | SpecProblem:
        ref = schema["$ref"]
        name = ref_name(str(ref))
        if name == SWML_VAR:
            resolved = self.resolve(ref, site.pointer + "/$ref")
            if isinstance(resolved, SpecProblem):
                return resolved
            target = resolved[0]
            if not (isinstance(target, dict) and isinstance(target.get("pattern"), str)):
                return self.problem(resolved[1], "SWMLVar has no pattern", "type: string, pattern")
            self.var_pattern = target["pattern"]
            bad = kinds.string.check_pattern(self, target["pattern"], resolved[1] + "/pattern")
            return bad if bad is not None else VarType()
        if name == SWML_METHOD:
            return MethodType()
        siblings = {
            k: v
            for k, v in schema.items()
            if k != "$ref" and k not in ANNOTATIONS and not k.startswith("x-")
        }
        resolved = self.resolve(ref, site.pointer + "/$ref")
        if isinstance(resolved, SpecProblem):
            return resolved
        target, pointer = resolved
        result = self.named(target, pointer)
        if siblings and not isinstance(result, SpecProblem):
            if set(siblings) == {"minProperties"} and isinstance(result, ModelRef):
                return ModelRef(result.name, min_properties=int(siblings["minProperties"]))
            return self.problem(
                site.pointer,
                f"keywords beside $ref are not supported here: {', '.join(sorted(siblings))}",
                "annotations only (title, description, default, examples), or minProperties on "
                "a reference to an object",
            )
        return result

    def named(self, target: Any, pointer: str) -> Type | SpecProblem:
        """The type of a ``$defs`` entry (or the root), built once; its key names a model."""
        if pointer in self.by_pointer:
            built = self.by_pointer[pointer]
            if built is not None:
                return built
        key = pointer.rsplit("/", 1)[-1] if pointer != "#" else self.root_name()
        hint = key if is_identifier(key) else naming.pascal(key)
        if pointer in self.in_progress:
            # A definition met again while it is being built: a union that holds itself through
            # a model (POM sections hold POM sections) is referred to by name.
            alias = self.claim("alias", pointer, target, hint, hint, True)
            if isinstance(alias, SpecProblem):
                return alias
            self.recursive.add(pointer)
            return AliasRef(alias)
        site = Site(pointer, hint, hint)
        self.in_progress.add(pointer)
        try:
            result = self.type_of(target, site)
        finally:
            self.in_progress.discard(pointer)
        if pointer in self.recursive and not isinstance(result, SpecProblem):
            if not isinstance(result, UnionType):
                return self.problem(
                    pointer,
                    "recursive definition without an object model on the cycle",
                    "recursion only through objects with properties",
                )
            name = self.claim("alias", pointer, target, hint, hint, True)
            if isinstance(name, SpecProblem):
                return name
            self.aliases[name] = result
            result = AliasRef(name)
        self.by_pointer[pointer] = None if isinstance(result, SpecProblem) else result
        return result

    def root_name(self) -> str:
        doc = self.spec.document
        stem = str(doc.get("$id", "SWMLObject")).rsplit("/", 1)[-1].split(".")[0]
        return str(
            doc.get("x-python-name") or naming.pascal(stem) if not is_identifier(stem) else stem
        )

    # -- registration ----------------------------------------------------------------------------

    def add_model(self, model: Model) -> None:
        existing = self.models.get(model.name)
        if existing is not None and existing.pointer != model.pointer and self.plan is not None:
            same = _canonical(self._node(existing.pointer)) == _canonical(self._node(model.pointer))
            if not same:
                self.problem(
                    model.pointer,
                    f"class name {model.name!r} is already used by {existing.pointer}",
                    "distinct names (set x-python-name on one of them)",
                )
            return
        self.models[model.name] = model

    def add_enum(self, enum: EnumDef, pointer: str) -> None:
        existing = self.enums.get(enum.name)
        if existing is not None:
            if existing.values != enum.values:
                # The first pass meets contested names by design; the plan resolves them.
                if self.plan is not None:
                    self.problem(
                        pointer,
                        f"enum {enum.name} is already used with values {list(existing.values)}",
                        "the same values for a shared x-enum-name, or another name",
                    )
                return
            if enum.users[0] in existing.users:
                return
            users = (*existing.users, *enum.users)
            meanings = (*existing.meanings, *enum.meanings)
            members = tuple(
                EnumMember(m.name, m.value, _agreed(column))
                for m, column in zip(existing.members, zip(*meanings, strict=True), strict=True)
            )
            described = existing.description
            if enum.description not in described:
                more = enum.description[len("Values of ") :]
                described = UntrustedText(f"{described[:-1]}, {more}")
            self.enums[enum.name] = EnumDef(enum.name, described, members, users, meanings)
            return
        self.enums[enum.name] = enum

    def _node(self, pointer: str) -> Any:
        try:
            return resolve_pointer(self.spec.document, pointer.lstrip("#"))
        except KeyError:
            return None

    def verbs_of(self, branches: list[Any]) -> tuple[str, ...] | None:
        """The verb names when every branch is a $ref to a verb of SWMLMethod, else None."""
        if self._wrappers is None:
            self._wrappers = {wrapper: verb for verb, _, _, wrapper in self.verb_entries()}
        names: list[str] = []
        for branch in branches:
            ref = branch.get("$ref") if isinstance(branch, dict) else None
            verb = self._wrappers.get("#" + str(ref).partition("#")[2]) if ref else None
            if verb is None:
                return None
            names.append(verb)
        return tuple(names)

    # -- the package -----------------------------------------------------------------------------

    def verb_entries(self) -> Iterator[tuple[str, Any, str, str]]:
        """(verb, argument schema, argument pointer, wrapper pointer) of each SWMLMethod entry."""
        defs = self.spec.document.get("$defs") if isinstance(self.spec.document, dict) else None
        methods = defs.get(SWML_METHOD) if isinstance(defs, dict) else None
        branches = methods.get("anyOf", methods.get("oneOf")) if isinstance(methods, dict) else None
        if not isinstance(branches, list) or not branches:
            self.problem(
                f"#/$defs/{SWML_METHOD}",
                "no verbs: $defs/SWMLMethod is missing or is not an anyOf of verb objects",
                "anyOf: [{$ref: '#/$defs/Play'}, ...], each an object with one property",
            )
            return
        for index, branch in enumerate(branches):
            where = f"#/$defs/{SWML_METHOD}/anyOf/{index}"
            wrapper, wrapper_pointer = branch, where
            if isinstance(branch, dict) and "$ref" in branch:
                resolved = self.resolve(branch["$ref"], where + "/$ref")
                if isinstance(resolved, SpecProblem):
                    continue
                wrapper, wrapper_pointer = resolved
            props = wrapper.get("properties") if isinstance(wrapper, dict) else None
            if not (
                isinstance(props, dict)
                and len(props) == 1
                and wrapper.get("required") == list(props)
            ):
                self.problem(
                    wrapper_pointer,
                    "a verb must be an object with exactly one required property, the verb's name",
                    "{type: object, properties: {verb: ...}, required: [verb]}",
                )
                continue
            ((verb, argument),) = props.items()
            yield (
                str(verb),
                argument,
                pointer_join(wrapper_pointer, "properties", verb),
                wrapper_pointer,
            )

    def build(self) -> Package:
        verbs: list[Verb] = []
        seen: dict[str, str] = {}
        for wire, argument, pointer, _ in self.verb_entries():
            python = naming.snake(wire)
            if not is_identifier(python.rstrip("_") or "_") and not is_identifier(python):
                self.problem(pointer, f"verb name {wire!r} does not give a Python identifier")
                continue
            if python in seen:
                self.problem(pointer, f"verb {wire!r} repeats {seen[python]!r}", "distinct verbs")
                continue
            seen[python] = wire
            site = Site(pointer, naming.pascal(wire), naming.pascal(wire) + "Argument")
            typed = self.type_of(argument, site)
            if isinstance(typed, SpecProblem):
                continue
            description = argument.get("description") if isinstance(argument, dict) else None
            verbs.append(
                Verb(
                    Names(wire, Identifier(python), naming.camel(wire)),
                    UntrustedText(str(description or "")),
                    typed,
                    pointer,
                )
            )
        document = self.named(self.spec.document, "#")
        if self.problems:
            raise SpecError(self.problems)
        package = Package(
            verbs=tuple(verbs),
            models=dict(sorted(self.models.items())),
            enums=dict(sorted(self.enums.items())),
            aliases=dict(sorted(self.aliases.items())),
            var_pattern=self.var_pattern,
            document=document.name if isinstance(document, ModelRef) else None,
            source=self.spec.file,
        )
        found = helpers.declared(self.spec.document)
        if found is None:
            return package
        # Helpers take their types from the action models, so they are built once those are.
        built = helpers.build_helpers(package, *found)
        if isinstance(built, list):
            raise SpecError(built)
        return dataclasses.replace(
            package, helpers=built, swml_action=helpers.swml_action(package, found[0])
        )


#: Bounds that may be written both beside a union and in its branch: both hold (JSON Schema
#: applies every keyword), so the tighter one is the branch's (``minimum: -12`` beside
#: ``anyOf: [{type: integer, minimum: -2147483648}, SWMLVar]`` makes -12 the integer's minimum).
_LOWER_BOUNDS = frozenset({"minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"})
_UPPER_BOUNDS = frozenset({"maximum", "exclusiveMaximum", "maxLength", "maxItems"})


def _with_inherited(schema: dict[str, Any], inherited: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with the constraints written beside its union; where both give a bound, the
    tighter."""
    node = {**inherited, **schema}
    for key in inherited.keys() & schema.keys():
        outer, own = inherited[key], schema[key]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (outer, own)):
            continue
        if key in _LOWER_BOUNDS:
            node[key] = max(outer, own)
        elif key in _UPPER_BOUNDS:
            node[key] = min(outer, own)
    return node


def _agreed(meanings: tuple[UntrustedText, ...]) -> UntrustedText:
    """One value's meaning across the users of a shared value set: the one every user that
    describes it gives, else none (the users' own meanings stay in ``EnumDef.meanings``)."""
    given = {m for m in meanings if m.strip()}
    return next(iter(given)) if len(given) == 1 else UntrustedText("")


def naming_plan(claims: dict[str, Claim]) -> dict[str, str]:
    """pointer -> final name: preferred names where uncontested, qualified ones where not."""
    # Models, enums and named unions share one namespace: the package exports all of them.
    by_name: dict[str, list[str]] = {}
    for pointer, claim in claims.items():
        by_name.setdefault(claim.preferred, []).append(pointer)
    plan: dict[str, str] = {}
    for name, pointers in by_name.items():
        shapes = {(claims[p].kind, claims[p].shape) for p in pointers}
        explicit = [p for p in pointers if claims[p].explicit]
        for pointer in pointers:
            claim = claims[pointer]
            contested = len(shapes) > 1 and not claim.explicit
            # A name given in the spec (x-python-name, x-enum-name, a $defs key) is kept; derived
            # names that meet it, or each other with different schemas, are qualified.
            if contested or (explicit and not claim.explicit and len(shapes) > 1):
                plan[pointer] = claim.qualified
            else:
                plan[pointer] = name
    return plan


def build(spec: Spec) -> Package:
    """The intermediate model of ``spec``; raises SpecError listing every problem."""
    first = Builder(spec)
    first.build()
    plan = naming_plan(first.claims)
    return Builder(spec, plan=plan).build()


def validate(spec: Spec) -> Package:
    """The intermediate model of ``spec`` once it passes every check, built once; raises
    SpecError listing every problem, so one run reports all of them: the structural ones
    (meta-schema, x- keywords), then those the builder finds, less any at a location already
    reported (a misspelt ``type`` is one problem, not two)."""
    problems = structural_problems(spec)
    try:
        package = build(spec)
    except SpecError as exc:
        reported = {p.location for p in problems}
        problems.extend(p for p in exc.problems if p.location not in reported)
        raise SpecError(problems) from None
    except Exception:
        # build assumes a structurally valid schema; on one that is not, whatever it trips on
        # is a consequence of the problems already listed, which are what the author must fix.
        if not problems:
            raise
        raise SpecError(problems) from None
    if problems:
        raise SpecError(problems)
    return package
