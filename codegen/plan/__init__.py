"""The plan: every decision the Python and TypeScript printers share, made once from the IR.

``codegen.ir`` says what the spec means; the plan says what the packages hold: which checker
functions exist, in which order, under which names, how each union finds its variant
(``checkers``), and what each checker's value holds, for the every-problem pass
(``shapes``); which chaining methods ``SWML`` and ``FunctionResult`` have, with their
parameters, positional split, defaults, nullability and wire keys (``methods``); what the
package exports. A printer (``codegen/python``, ``codegen/typescript``) reads the plan and says
how its language spells it; the spec diff compares plans. ``python -m codegen ir VERB`` prints a
verb's IR and plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from codegen import ir
from codegen.ir import Package, Verb
from codegen.plan.checkers import Checker, Checkers, Ref, VariantTable
from codegen.plan.methods import MethodPlan, action_method, swml_method
from codegen.plan.shapes import Shape, with_shapes


@dataclass(frozen=True)
class Plan:
    package: Package
    #: ``check_<Model>`` of every model, in the package's order.
    models: tuple[Checker, ...]
    #: ``check_<Name>`` of every named union.
    aliases: tuple[Checker, ...]
    #: Each verb with the checker of its argument (``check_method``'s table).
    verbs: tuple[tuple[Verb, Ref], ...]
    #: The checkers of scalar verb arguments (a function where the value is tested inline
    #: elsewhere), then every anonymous checker, in the order they were first needed.
    functions: tuple[Checker, ...]
    tables: tuple[VariantTable, ...]
    swml: tuple[MethodPlan, ...]
    function_result: tuple[MethodPlan, ...]
    checkers: Checkers

    @property
    def checker_list(self) -> tuple[Checker, ...]:
        """Every checker function, in the order the modules define them."""
        return self.models + self.aliases + self.functions

    @property
    def shapes(self) -> tuple[tuple[Ref, Shape], ...]:
        """What each checker's value holds, for ``validate`` (``codegen.plan.shapes``)."""
        return with_shapes(self.checker_list, self.package)

    @property
    def exports(self) -> tuple[str, ...]:
        """The spec's names the package exports: value sets, models, named unions."""
        return (*self.package.enums, *self.package.models, *self.package.aliases)


def action_verbs(package: Package) -> tuple[Verb, ...]:
    """Verbs whose argument object asks for a FunctionResult method
    (``x-function-result-method``)."""
    return tuple(
        verb
        for verb in package.verbs
        if isinstance(verb.argument, ir.ModelRef)
        and package.models[verb.argument.name].action_method
    )


def make_plan(package: Package) -> Plan:
    checkers = Checkers(package)
    models = []
    for model in package.models.values():
        for f in model.checked:
            checkers.value(f.type, f"{model.name}_{f.names.wire}", f.pointer)
        if model.extra is not None:
            checkers.value(model.extra, f"{model.name}_extra", model.pointer)
        models.append(Checker(Ref("model", model.name), ir.ModelRef(model.name), model.pointer))
    aliases = []
    for name, union in package.aliases.items():
        checker = Checker(Ref("alias", name), union, f"#/$defs/{name}")
        aliases.append(checkers.plan_children(checker))
    verbs: list[tuple[Verb, Ref]] = []
    scalar_verbs: list[Checker] = []
    for verb in package.verbs:
        owner = f"verb_{verb.wire_name}"
        if ir.is_scalar(verb.argument):
            ref = Ref("anonymous", "verb_" + re.sub(r"\W", "_", verb.wire_name))
            scalar_verbs.append(Checker(ref, verb.argument, verb.pointer))
        else:
            ref = checkers.ref(verb.argument, owner, verb.pointer)
        verbs.append((verb, ref))
    refs = dict((v.wire_name, r) for v, r in verbs)
    swml = tuple(swml_method(v, checkers, refs[v.wire_name]) for v in package.verbs)
    actions = tuple(action_method(v, checkers, refs[v.wire_name]) for v in action_verbs(package))
    anonymous = tuple(checkers.drain())
    return Plan(
        package,
        tuple(models),
        tuple(aliases),
        tuple(verbs),
        (*scalar_verbs, *anonymous),
        tuple(checkers.tables),
        swml,
        actions,
        checkers,
    )


__all__ = ["MethodPlan", "Plan", "action_verbs", "make_plan"]
