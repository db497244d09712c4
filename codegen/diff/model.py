"""What the spec diff's rules, engine, command line and report share: severities, rules, the hits
a check makes and the findings a report lists.

It imports nothing of the diff, so every other module of it may import it: the rule modules
(``codegen/diff/rules/``) define their ``Rule`` values here, the engine turns their ``Hit`` values
into ``Finding`` values, and the report renders those.

Severity answers one question, "does a call or payload that worked before still work and mean the
same?": ``breaking`` when something valid before is refused now, an import or keyword is gone, or
the same call emits different SWML; ``warning`` when existing code keeps working but may have to
adapt; ``info`` for additions, widenings and documentation. Ids are stable: CI comments,
docs/spec-diff.md and people refer to them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Severity(str, enum.Enum):
    BREAKING = "breaking"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


BREAKING, WARNING, INFO = Severity.BREAKING, Severity.WARNING, Severity.INFO

#: Who a change reaches, as the report names them.
PYTHON = "Python callers"
TYPESCRIPT = "TypeScript callers"
WIRE = "SWML payloads"
#: For a spec the generator refuses: no package can be made of it at all.
GENERATION = "generation (no package can be made)"

#: What to do, by default for each severity (a hit may say something more precise).
ADVICE = {
    BREAKING: "release it in a major version",
    WARNING: "say it in the release notes",
    INFO: "say it in the release notes",
}


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    #: One sentence for docs/spec-diff.md: when the rule fires.
    meaning: str
    #: An example change and what the report says, for docs/spec-diff.md.
    example: str


def rule(rule_id: str, severity: Severity, meaning: str, example: str) -> Rule:
    """A rule, its texts on one line each (they are written wrapped in the source)."""
    return Rule(rule_id, severity, " ".join(meaning.split()), " ".join(example.split()))


@dataclass(frozen=True)
class Hit:
    """One finding of a rule for a delta; ``silent`` explains the delta without a line of its
    own (the finding that says it comes from another delta)."""

    rule: Rule | None
    message: str = ""
    affects: tuple[str, ...] = ()
    advice: str = ""
    silent: bool = False

    @staticmethod
    def explained() -> Hit:
        return Hit(None, silent=True)


@dataclass(frozen=True)
class Finding:
    id: str
    severity: Severity
    #: ``verb:parameter`` (``join_conference:stream.url``), or what the change is about when no
    #: verb reaches it (``HttpMethod``).
    path: str
    message: str
    #: The first verb the change reaches, "" when none.
    verb: str = ""
    #: Every verb it reaches.
    verbs: tuple[str, ...] = ()
    #: The spec file the change was made in (``spec/overlays/join_conference.yaml``).
    file: str = ""
    affects: tuple[str, ...] = ()
    advice: str = ""

    def sort_key(self) -> tuple[int, str, str, str]:
        return (self.severity.rank, self.path, self.id, self.message)


def has_breaking(findings: Iterable[Finding]) -> bool:
    return any(finding.severity is Severity.BREAKING for finding in findings)


# -- the rules the engine reports itself, for what no check looks at ------------------------------

UNCLASSIFIED = rule(
    "unclassified-change",
    BREAKING,
    """A difference in the intermediate model or in the generated files that no rule explains.
    Breaking until a rule explains it: read the regenerated files.""",
    """An x- hint a rule does not know yet changes a check: `join_conference:wait_url`: type.foo
    changed from ... to ... (no rule explains this change).""",
)
SPEC_REFUSED = rule(
    "spec-refused",
    BREAKING,
    """The generator refuses the HEAD side's spec, as `python -m codegen generate` would (an
    upstream file copied in that needs an overlay fix, an overlay that no longer applies, a
    construct the generator does not support): nothing can be generated or compared. One finding
    per problem, at its JSON pointer, in its file.""",
    """Upstream renames `wait_url` and an overlay still targets it:
    `#/actions/10/target` (spec/overlays/join_conference.yaml): the generator refuses HEAD: target
    '/$defs/JoinConferenceObject/properties/wait_url' does not exist.""",
)
