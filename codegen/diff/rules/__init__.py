"""The rule registry: every check of the spec diff and the rules each reports, listed by hand.

Each module in this package is one check (oasdiff's ``checker/`` is the model, and as oasdiff's
``rules.go`` does, this module lists every rule): it defines its ``Rule`` values and one function
that looks at one ``Delta`` (one difference between the intermediate models or the generated APIs
of the two sides, ``codegen/diff/delta.py``) and returns a ``Hit`` for each finding, or a silent
hit when another finding already says it (a rename explains the reference that moved with it). A
delta no check explains is reported by the engine as ``unclassified-change``, which is breaking
until a rule explains it.

The list is explicit rather than discovered, so what runs is what is written here: a new check
module is added to ``CHECKERS`` with its rules (tests/diff/rules/test_rules.py fails on a rule
defined in a module and missing here, and on a rule without a case).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import SPEC_REFUSED, UNCLASSIFIED, Hit, Rule

from . import (
    bounds,
    defaults,
    deprecation,
    docs,
    exports,
    formats,
    function_result,
    joined_lists,
    map_values,
    method_defaults,
    method_lists,
    names,
    non_blank,
    nulls,
    objects,
    order,
    params,
    patterns,
    positional,
    python_api,
    refs,
    renames,
    required,
    scalar_forms,
    swml_var,
    types,
    unions,
    url_schemes,
    value_sets,
    var_pattern,
    verbs,
)

Check = Callable[[Delta, Context], Iterable[Hit]]


@dataclass(frozen=True)
class Checker:
    """One check and every rule it may report."""

    check: Check
    rules: tuple[Rule, ...]

    @property
    def module(self) -> str:
        """The check's module in this package (``bounds``), as docs/spec-diff.md names it."""
        return self.check.__module__.removeprefix(__name__ + ".")


#: Every check, in module name order; docs/spec-diff.md lists their rules in this order.
CHECKERS: tuple[Checker, ...] = (
    Checker(bounds.bounds, (bounds.TIGHTENED, bounds.LOOSENED)),
    Checker(defaults.defaults, (defaults.CHANGED, defaults.ADDED, defaults.REMOVED)),
    Checker(deprecation.deprecation, (deprecation.DEPRECATED, deprecation.UNDEPRECATED)),
    Checker(docs.docs, (docs.DESCRIPTION, docs.MOVED)),
    Checker(exports.exports, (exports.ADDED, exports.REMOVED, exports.INTERNAL)),
    Checker(formats.formats, (formats.CHANGED,)),
    Checker(function_result.function_result, (function_result.ADDED, function_result.REMOVED)),
    Checker(
        joined_lists.joined_lists,
        (joined_lists.ALLOWED, joined_lists.DISALLOWED, joined_lists.SEPARATOR),
    ),
    Checker(map_values.map_values, (map_values.NARROWED_RULE, map_values.WIDENED_RULE)),
    Checker(method_defaults.method_defaults, (method_defaults.CHANGED, method_defaults.UNUSED)),
    Checker(method_lists.method_lists, (method_lists.NARROWED_RULE, method_lists.WIDENED_RULE)),
    Checker(names.names, (names.PYTHON_NAME, names.TS_NAME)),
    Checker(non_blank.non_blank, (non_blank.ADDED, non_blank.REMOVED)),
    Checker(nulls.nulls, (nulls.NONE_SENT, nulls.NONE_OMITTED)),
    Checker(objects.objects, (objects.CLOSED, objects.OPENED)),
    Checker(order.order, (order.POSITIONAL, order.ORDER)),
    Checker(params.params, (params.ADDED, params.REQUIRED_ADDED, params.REMOVED)),
    Checker(patterns.patterns, (patterns.TIGHTENED, patterns.LOOSENED)),
    Checker(positional.positional, (positional.EXTENDED, positional.CHANGED)),
    Checker(
        python_api.python_api,
        (
            python_api.METHOD_ADDED,
            python_api.METHOD_REMOVED,
            python_api.KEYWORD_ADDED,
            python_api.KEYWORD_REMOVED,
            python_api.SIGNATURE,
        ),
    ),
    Checker(refs.refs, (refs.ENUM, refs.MODEL)),
    Checker(renames.renames, (renames.MODEL, renames.ENUM, renames.INTERNAL)),
    Checker(required.required, (required.BECAME_REQUIRED, required.BECAME_OPTIONAL)),
    Checker(scalar_forms.scalar_forms, (scalar_forms.GAINED, scalar_forms.LOST)),
    Checker(swml_var.swml_var, (swml_var.GAINED, swml_var.LOST)),
    Checker(types.types, (types.NARROWED_RULE, types.WIDENED_RULE, types.CHANGED_RULE)),
    Checker(unions.unions, (unions.ADDED, unions.REMOVED, unions.EXCLUSIVE, unions.ORDER)),
    Checker(url_schemes.url_schemes, (url_schemes.NARROWED_RULE, url_schemes.WIDENED_RULE)),
    Checker(
        value_sets.value_sets,
        (
            value_sets.VALUE_REMOVED,
            value_sets.VALUE_ADDED,
            value_sets.INTRODUCED,
            value_sets.DROPPED,
            value_sets.CONST_CHANGED,
        ),
    ),
    Checker(var_pattern.var_pattern, (var_pattern.NARROWED, var_pattern.WIDENED)),
    Checker(verbs.verbs, (verbs.ADDED, verbs.REMOVED)),
)

#: The rules the engine reports itself, with where docs/spec-diff.md says they come from.
ENGINE_RULES: tuple[tuple[Rule, str], ...] = ((UNCLASSIFIED, "engine"), (SPEC_REFUSED, "engine"))

CHECKS: tuple[Check, ...] = tuple(checker.check for checker in CHECKERS)


def _registry() -> dict[str, tuple[Rule, str]]:
    found: dict[str, tuple[Rule, str]] = {}
    listed = [*ENGINE_RULES, *((r, c.module) for c in CHECKERS for r in c.rules)]
    for listed_rule, module in listed:
        if listed_rule.id in found:
            raise ValueError(f"rule id {listed_rule.id!r} is listed twice")
        found[listed_rule.id] = (listed_rule, module)
    return found


_REGISTRY = _registry()
#: Every rule by id, in the order of docs/spec-diff.md.
RULES: dict[str, Rule] = {rule_id: found for rule_id, (found, _) in _REGISTRY.items()}


def rules_table() -> str:
    """The rules table of docs/spec-diff.md, in registry order (``python -m codegen.diff.rules``
    prints it; a test keeps the docs in step)."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    rows = ["| id | severity | meaning | example | module |", "| --- | --- | --- | --- | --- |"]
    for found, module in _REGISTRY.values():
        rows.append(
            f"| `{found.id}` | {found.severity.value} | {cell(found.meaning)} | "
            f"{cell(found.example)} | `{module}` |"
        )
    return "\n".join(rows)
