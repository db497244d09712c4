"""The rule registry: every finding the spec diff can report, with its id, severity and message.

A rule looks at one parameter before and after (either may be missing) and yields the fields of
its message template for each change it finds. Severity follows one question, "does a call or
payload that worked before still work and mean the same?":

- ``breaking``: something valid before is refused now, or the same call now emits different SWML
  or means something else on the wire (so every changed default is breaking);
- ``warning``: existing payloads keep working, but code or readers may need to adapt;
- ``info``: a pure widening or an addition.

Ids are stable: CI comments, docs/spec-diff.md and people's muscle memory refer to them.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .schema_view import LOWER_BOUNDS, Param, ValueSet, VerbView, shown

Fields = dict[str, str]
Check = Callable[["Pair"], Iterable[Fields]]


class Severity(str, enum.Enum):
    BREAKING = "breaking"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


@dataclass(frozen=True)
class Pair:
    """One parameter on both sides of the diff; a side is None where the parameter is absent."""

    path: str
    before: Param | None
    after: Param | None

    def both(self) -> tuple[Param, Param] | None:
        if self.before is None or self.after is None:
            return None
        return self.before, self.after


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    #: ``str.format`` template; ``{path}`` plus whatever fields the check yields.
    template: str
    #: One sentence for docs/spec-diff.md: when the rule fires.
    meaning: str
    check: Check
    #: Reported only when no other rule found anything for the same parameter.
    alone: bool = False


@dataclass(frozen=True)
class Finding:
    id: str
    severity: Severity
    #: The parameter; ``verb:parameter`` when the report covers several verbs.
    path: str
    message: str
    #: The verb the finding is about when the report covers several (spec-dir mode), else "".
    verb: str = ""

    def sort_key(self) -> tuple[int, str, str, str]:
        return (self.severity.rank, self.path, self.id, self.message)


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, severity: Severity, template: str, *, alone: bool = False
) -> Callable[[Check], Check]:
    """Register a check under a stable id; its docstring is the rule's meaning in the docs."""

    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule id {rule_id!r} is registered twice")
        meaning = " ".join((check.__doc__ or "").split())
        RULES[rule_id] = Rule(rule_id, severity, template, meaning, check, alone)
        return check

    return register


BREAKING, WARNING, INFO = Severity.BREAKING, Severity.WARNING, Severity.INFO


def _listed(values: Iterable[str]) -> str:
    return ", ".join(shown(value) for value in values)


def _types(types: frozenset[str] | None) -> str:
    return "any JSON value" if types is None else " or ".join(sorted(types))


def _accepts_type(types: frozenset[str] | None, wanted: str) -> bool:
    if types is None:
        return True
    return wanted in types or (wanted == "integer" and "number" in types)


def _default(value: str | None) -> str:
    return "none" if value is None else shown(value)


def _py_default(value: str | None) -> str:
    """A signature default as it reads in Python source: ``None``, ``'POST'``, ``100000``."""
    return "None" if value is None else repr(json.loads(value))


# -- the verb and its parameters --------------------------------------------------------------


@rule("verb-added", INFO, "the verb schema is new in this change")
def verb_added(pair: Pair) -> Iterator[Fields]:
    """The verb exists only on the HEAD side (an entry of ``$defs/SWMLMethod``, or a whole
    verb schema file given as a side)."""
    if pair.path == "" and pair.before is None and pair.after is not None:
        yield {}


@rule("verb-removed", BREAKING, "the verb schema was removed: every payload for it is refused")
def verb_removed(pair: Pair) -> Iterator[Fields]:
    """The verb exists only on the BASE side (an entry of ``$defs/SWMLMethod``, or a whole
    verb schema file given as a side)."""
    if pair.path == "" and pair.before is not None and pair.after is None:
        yield {}


@rule("param-added", INFO, "new optional parameter `{path}`")
def param_added(pair: Pair) -> Iterator[Fields]:
    """An optional parameter was added; existing payloads are unaffected."""
    if pair.path and pair.before is None and pair.after is not None and not pair.after.required:
        yield {}


@rule(
    "required-param-added",
    BREAKING,
    "new required parameter `{path}`: payloads without it are now refused",
)
def required_param_added(pair: Pair) -> Iterator[Fields]:
    """A required parameter was added, so every payload written before is now invalid."""
    if pair.path and pair.before is None and pair.after is not None and pair.after.required:
        yield {}


@rule(
    "param-removed",
    BREAKING,
    "parameter `{path}` was removed: payloads that set it are now refused",
)
def param_removed(pair: Pair) -> Iterator[Fields]:
    """A parameter was removed (a rename is a removal plus an addition)."""
    if pair.path and pair.before is not None and pair.after is None:
        yield {}


@rule("became-required", BREAKING, "`{path}` became required: payloads without it are refused")
def became_required(pair: Pair) -> Iterator[Fields]:
    """An optional parameter became required."""
    both = pair.both()
    if both and not both[0].required and both[1].required:
        yield {}


@rule("became-optional", INFO, "`{path}` became optional")
def became_optional(pair: Pair) -> Iterator[Fields]:
    """A required parameter became optional; everything valid before still is."""
    both = pair.both()
    if both and both[0].required and not both[1].required:
        yield {}


@rule("type-narrowed", BREAKING, "`{path}` no longer accepts {lost} (now {after})")
def type_narrowed(pair: Pair) -> Iterator[Fields]:
    """A JSON type the parameter accepted is no longer accepted."""
    both = pair.both()
    if both is None:
        return
    before, after = both
    if before.types is None and after.types is not None:
        yield {"lost": "every other type", "after": _types(after.types)}
        return
    lost = sorted(t for t in before.types or () if not _accepts_type(after.types, t))
    if lost:
        yield {"lost": " or ".join(lost), "after": _types(after.types)}


@rule("type-widened", INFO, "`{path}` now also accepts {gained} (was {before})")
def type_widened(pair: Pair) -> Iterator[Fields]:
    """The parameter accepts a JSON type it refused before."""
    both = pair.both()
    if both is None:
        return
    before, after = both
    if after.types is None:
        if before.types is not None:
            yield {"gained": "any JSON value", "before": _types(before.types)}
        return
    gained = sorted(t for t in after.types if not _accepts_type(before.types, t))
    if gained:
        yield {"gained": " or ".join(gained), "before": _types(before.types)}


def _both_value_sets(pair: Pair) -> tuple[ValueSet, ValueSet] | None:
    both = pair.both()
    if both is None or both[0].value_set is None or both[1].value_set is None:
        return None
    return both[0].value_set, both[1].value_set


@rule("enum-value-removed", BREAKING, "`{path}` no longer accepts {values}")
def enum_value_removed(pair: Pair) -> Iterator[Fields]:
    """A value was removed from the parameter's value set."""
    sets = _both_value_sets(pair)
    if sets:
        removed = [value for value in sets[0].values if value not in sets[1].values]
        if removed:
            yield {"values": _listed(removed)}


@rule("enum-value-added", INFO, "`{path}` now also accepts {values}")
def enum_value_added(pair: Pair) -> Iterator[Fields]:
    """A value was added to the parameter's value set."""
    sets = _both_value_sets(pair)
    if sets:
        added = [value for value in sets[1].values if value not in sets[0].values]
        if added:
            yield {"values": _listed(added)}


@rule(
    "value-set-introduced",
    BREAKING,
    "`{path}` narrowed to a value set: only {values} are accepted (was any {types})",
)
def value_set_introduced(pair: Pair) -> Iterator[Fields]:
    """A free value became a value set, so values outside it are now refused."""
    both = pair.both()
    if both and both[0].value_set is None and both[1].value_set is not None:
        yield {"values": _listed(both[1].value_set.values), "types": _types(both[0].types)}


@rule(
    "value-set-dropped",
    INFO,
    "`{path}` widened from a value set ({values}) to any {types}",
)
def value_set_dropped(pair: Pair) -> Iterator[Fields]:
    """A value set became a free value: a widening, every value accepted before still is."""
    both = pair.both()
    if both and both[0].value_set is not None and both[1].value_set is None:
        yield {"values": _listed(both[0].value_set.values), "types": _types(both[1].types)}


@rule("value-list-allowed", INFO, "`{path}` now accepts a list of its values separated by {sep!r}")
def value_list_allowed(pair: Pair) -> Iterator[Fields]:
    """A single value from a value set became a separator-joined list of them (a widening)."""
    sets = _both_value_sets(pair)
    if sets and sets[0].separator is None and sets[1].separator is not None:
        yield {"sep": sets[1].separator}


@rule(
    "value-list-disallowed",
    BREAKING,
    "`{path}` no longer accepts a list of values separated by {sep!r}, only one value",
)
def value_list_disallowed(pair: Pair) -> Iterator[Fields]:
    """A separator-joined list of values became a single value; lists are now refused."""
    sets = _both_value_sets(pair)
    if sets and sets[0].separator is not None and sets[1].separator != sets[0].separator:
        yield {"sep": sets[0].separator}


@rule(
    "default-changed",
    BREAKING,
    "default of `{path}` changed from {before} to {after}: leaving it out (as the short form "
    "does) now means {after}",
)
def default_changed(pair: Pair) -> Iterator[Fields]:
    """The wire default changed, so a payload that omits the parameter means something else."""
    both = pair.both()
    if both is None:
        return
    old, new = both[0].default, both[1].default
    if old is not None and new is not None and old != new:
        yield {"before": _default(old), "after": _default(new)}


@rule(
    "default-added",
    WARNING,
    "`{path}` now documents a default of {after}: check that omitting it still means the same",
)
def default_added(pair: Pair) -> Iterator[Fields]:
    """A default was documented where there was none; omitting the parameter may mean more now."""
    both = pair.both()
    if both and both[0].default is None and both[1].default is not None:
        yield {"after": _default(both[1].default)}


@rule(
    "default-removed",
    WARNING,
    "`{path}` no longer documents its default ({before}): omitting it is left to the platform",
)
def default_removed(pair: Pair) -> Iterator[Fields]:
    """A documented default was dropped; what an omitted parameter means is no longer promised."""
    both = pair.both()
    if both and both[0].default is not None and both[1].default is None:
        yield {"before": _default(both[0].default)}


def _bound_changes(pair: Pair) -> Iterator[tuple[bool, Fields]]:
    """Each bound keyword that changed, with True when the change refuses values."""
    both = pair.both()
    if both is None:
        return
    before, after = both
    for keyword in sorted(set(before.bounds) | set(after.bounds)):
        old, new = before.bounds.get(keyword), after.bounds.get(keyword)
        if old == new:
            continue
        lower = keyword in LOWER_BOUNDS
        if old is None or new is None:
            tightened = new is not None
        else:
            tightened = new > old if lower else new < old
        fields = {"keyword": keyword, "before": _number(old), "after": _number(new)}
        yield tightened, fields


def _number(value: float | None) -> str:
    if value is None:
        return "none"
    return str(int(value)) if value.is_integer() else str(value)


@rule("bounds-tightened", BREAKING, "`{path}` {keyword} tightened from {before} to {after}")
def bounds_tightened(pair: Pair) -> Iterator[Fields]:
    """A minimum/maximum/length/size bound was added or moved inwards."""
    yield from (fields for tightened, fields in _bound_changes(pair) if tightened)


@rule("bounds-loosened", INFO, "`{path}` {keyword} loosened from {before} to {after}")
def bounds_loosened(pair: Pair) -> Iterator[Fields]:
    """A minimum/maximum/length/size bound was removed or moved outwards."""
    yield from (fields for tightened, fields in _bound_changes(pair) if not tightened)


@rule("format-tightened", BREAKING, "`{path}` format changed from {before} to {after}")
def format_tightened(pair: Pair) -> Iterator[Fields]:
    """A ``format`` was added or replaced by another, so some values may now be refused."""
    both = pair.both()
    if both and both[1].format is not None and both[0].format != both[1].format:
        yield {"before": str(both[0].format or "none"), "after": both[1].format}


@rule("format-loosened", INFO, "`{path}` no longer requires format {before}")
def format_loosened(pair: Pair) -> Iterator[Fields]:
    """A ``format`` was removed."""
    both = pair.both()
    if both and both[0].format is not None and both[1].format is None:
        yield {"before": both[0].format}


@rule("pattern-tightened", BREAKING, "`{path}` pattern changed from {before} to {after}")
def pattern_tightened(pair: Pair) -> Iterator[Fields]:
    """A ``pattern`` was added or changed (a changed regex may refuse values the old one took)."""
    both = pair.both()
    if both and both[1].pattern is not None and both[0].pattern != both[1].pattern:
        yield {
            "before": repr(both[0].pattern) if both[0].pattern else "none",
            "after": repr(both[1].pattern),
        }


@rule("pattern-loosened", INFO, "`{path}` no longer has to match {before}")
def pattern_loosened(pair: Pair) -> Iterator[Fields]:
    """A ``pattern`` was removed."""
    both = pair.both()
    if both and both[0].pattern is not None and both[1].pattern is None:
        yield {"before": repr(both[0].pattern)}


@rule("swml-var-gained", INFO, "`{path}` now also accepts a SWML variable (${{...}} or %{{...}})")
def swml_var_gained(pair: Pair) -> Iterator[Fields]:
    """The parameter gained an ``anyOf`` branch ``$ref: '#/$defs/SWMLVar'``."""
    both = pair.both()
    if both and not both[0].swml_var and both[1].swml_var:
        yield {}


@rule(
    "swml-var-lost", BREAKING, "`{path}` no longer accepts a SWML variable (${{...}} or %{{...}})"
)
def swml_var_lost(pair: Pair) -> Iterator[Fields]:
    """The parameter lost its SWML-variable branch; payloads using ``${...}`` are refused."""
    both = pair.both()
    if both and both[0].swml_var and not both[1].swml_var:
        yield {}


@rule("object-closed", BREAKING, "{where} now refuses keys it does not list")
def object_closed(pair: Pair) -> Iterator[Fields]:
    """An object started refusing unknown keys (``unevaluatedProperties: {not: {}}``)."""
    both = pair.both()
    if both and both[0].closed is False and both[1].closed is True:
        yield {"where": f"`{pair.path}`" if pair.path else "the verb object"}


@rule("object-opened", INFO, "{where} now accepts keys it does not list")
def object_opened(pair: Pair) -> Iterator[Fields]:
    """An object stopped refusing unknown keys."""
    both = pair.both()
    if both and both[0].closed is True and both[1].closed is False:
        yield {"where": f"`{pair.path}`" if pair.path else "the verb object"}


@rule(
    "description-only",
    INFO,
    "{where}: only its documentation changed ({what})",
    alone=True,
)
def description_only(pair: Pair) -> Iterator[Fields]:
    """Only description, examples or per-value descriptions changed; nothing on the wire did."""
    both = pair.both()
    if both is None or both[0].docs == both[1].docs:
        return
    before, after = both[0].docs, both[1].docs
    what = [
        name
        for name, old, new in (
            ("description", before.description, after.description),
            ("examples", before.examples, after.examples),
            ("value descriptions", before.value_descriptions, after.value_descriptions),
        )
        if old != new
    ]
    yield {"where": f"`{pair.path}`" if pair.path else "the verb", "what": ", ".join(what)}


# -- the generated Python API -----------------------------------------------------------------
# join_conference(name, *, <each optional parameter as a keyword>): only top-level parameters
# have keywords; nested objects are models whose fields follow the wire rules above.


@rule("py-keyword-added", INFO, "new keyword argument `{keyword}=` ({detail})")
def py_keyword_added(pair: Pair) -> Iterator[Fields]:
    """The generated method gained a keyword argument."""
    after = pair.after
    if after is None or after.keyword is None or after.required:
        return
    if pair.before is not None and pair.before.keyword == after.keyword:
        return
    detail = f"default {_py_default(after.signature_default)}"
    if after.enum_name:
        detail += f", typed by enum {after.enum_name}"
    yield {"keyword": after.keyword, "detail": detail}


@rule(
    "py-keyword-removed",
    BREAKING,
    "keyword argument `{keyword}=` is gone: calls passing it raise TypeError",
)
def py_keyword_removed(pair: Pair) -> Iterator[Fields]:
    """The generated method lost a keyword argument (removed, or renamed via x-python-name)."""
    before = pair.before
    if before is None or before.keyword is None or before.required:
        return
    if pair.after is not None and pair.after.keyword == before.keyword:
        return
    yield {"keyword": before.keyword}


@rule(
    "py-default-changed",
    BREAKING,
    "signature default of `{keyword}=` changed from {before} to {after}: calls that leave it out "
    "now emit {effect}",
)
def py_default_changed(pair: Pair) -> Iterator[Fields]:
    """The method's own default changed, so the same call now emits different SWML."""
    both = pair.both()
    if both is None or both[0].keyword is None or both[0].keyword != both[1].keyword:
        return
    before, after = both
    if before.required or after.required or before.signature_default == after.signature_default:
        return
    if after.signature_default in (None, "null"):
        effect = f"no `{pair.path}` key"
    else:
        effect = f"`{pair.path}: {_default(after.signature_default)}`"
    yield {
        "keyword": after.keyword or "",
        "before": _py_default(before.signature_default),
        "after": _py_default(after.signature_default),
        "effect": effect,
    }


def _both_enums(pair: Pair) -> tuple[Param, Param, ValueSet, ValueSet] | None:
    both = pair.both()
    if both is None or both[0].keyword is None or both[1].keyword is None:
        return None
    before, after = both
    if before.value_set is None or after.value_set is None:
        return None
    return before, after, before.value_set, after.value_set


@rule(
    "py-enum-member-removed",
    BREAKING,
    "enum {enum} lost {members}: code referring to them raises AttributeError",
)
def py_enum_member_removed(pair: Pair) -> Iterator[Fields]:
    """A member of the parameter's generated enum class disappeared."""
    found = _both_enums(pair)
    if found:
        _, after, old, new = found
        removed = [name for name in old.members() if name not in new.members()]
        if removed:
            yield {"enum": after.enum_name or "", "members": ", ".join(removed)}


@rule("py-enum-member-added", INFO, "enum {enum} gained {members}")
def py_enum_member_added(pair: Pair) -> Iterator[Fields]:
    """The parameter's generated enum class gained a member."""
    found = _both_enums(pair)
    if found:
        _, after, old, new = found
        added = [name for name in new.members() if name not in old.members()]
        if added:
            yield {"enum": after.enum_name or "", "members": ", ".join(added)}


@rule(
    "py-enum-renamed",
    BREAKING,
    "enum class for `{keyword}=` renamed from {before} to {after}: imports of {before} break",
)
def py_enum_renamed(pair: Pair) -> Iterator[Fields]:
    """The generated enum class of a parameter has a new name (x-enum-name changed)."""
    found = _both_enums(pair)
    if found and found[0].enum_name != found[1].enum_name:
        yield {
            "keyword": found[1].keyword or "",
            "before": found[0].enum_name or "",
            "after": found[1].enum_name or "",
        }


@rule(
    "py-enum-added",
    INFO,
    "`{keyword}=` is now typed by new enum {enum} ({members})",
)
def py_enum_added(pair: Pair) -> Iterator[Fields]:
    """An existing keyword's parameter became a value set, so a new enum class is generated."""
    both = pair.both()
    if both is None or both[1].keyword is None or both[1].value_set is None:
        return
    if both[0].value_set is None:
        members = ", ".join(both[1].value_set.members())
        yield {"keyword": both[1].keyword, "enum": both[1].enum_name or "", "members": members}


@rule(
    "py-enum-removed",
    WARNING,
    "enum {enum} is no longer generated for `{keyword}=`, which now takes a plain str: the same "
    "values still work, but code importing {enum} breaks",
)
def py_enum_removed(pair: Pair) -> Iterator[Fields]:
    """A value set became a free value, so its enum class disappears from the generated API.

    A warning, not breaking: every value the enum offered is still accepted on the wire; only
    code that names the class has to change.
    """
    both = pair.both()
    if both is None or both[0].keyword is None or both[0].value_set is None:
        return
    if both[1].value_set is None:
        yield {"keyword": both[0].keyword, "enum": both[0].enum_name or ""}


# -- comparing two views ----------------------------------------------------------------------


def compare(before: VerbView | None, after: VerbView | None) -> list[Finding]:
    """Every finding between two views of a verb, ordered by severity, then path, then id.

    A side is None when the verb schema does not exist there (a spec file added or removed).
    Fields of a parameter that is itself added or removed are not reported one by one: the
    parameter's own finding already says it all.
    """
    old = before.params if before else {}
    new = after.params if after else {}
    findings: list[Finding] = []
    for path in [*old, *(path for path in new if path not in old)]:
        b, a = old.get(path), new.get(path)
        parent = b.parent if b is not None else a.parent if a is not None else None
        if path and (parent not in old or parent not in new):
            continue
        findings.extend(_apply(Pair(path, b, a)))
    return sorted(findings, key=Finding.sort_key)


def _apply(pair: Pair) -> list[Finding]:
    found = [finding for r in RULES.values() if not r.alone for finding in run_rule(r, pair)]
    if not found:
        found = [finding for r in RULES.values() if r.alone for finding in run_rule(r, pair)]
    return found


def run_rule(r: Rule, pair: Pair) -> list[Finding]:
    """The findings of one rule for one parameter (rules are tested one by one through this)."""
    return [
        Finding(r.id, r.severity, pair.path or "(verb)", r.template.format(path=pair.path, **f))
        for f in r.check(pair)
    ]


def has_breaking(findings: Iterable[Finding]) -> bool:
    return any(finding.severity is Severity.BREAKING for finding in findings)
