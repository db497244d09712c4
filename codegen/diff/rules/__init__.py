"""The rule registry: every finding the spec diff can report, with its id, severity and meaning.

Each module in this package is one check (oasdiff's ``checker/`` is the model): it registers the
ids it reports with ``rule()`` and a function with ``@check`` that looks at one ``Delta`` (one
difference between the intermediate models of the two sides, ``codegen/diff/delta.py``) and
returns a ``Hit`` for each finding, or a silent hit when another finding already says it (a rename
explains the reference that moved with it). A delta no check explains is reported by the engine
as ``unclassified-change``, which is breaking until a rule explains it.

Severity answers one question, "does a call or payload that worked before still work and mean the
same?": ``breaking`` when something valid before is refused now, an import or keyword is gone, or
the same call emits different SWML; ``warning`` when existing code keeps working but may have to
adapt; ``info`` for additions, widenings and documentation. Ids are stable: CI comments,
docs/spec-diff.md and people refer to them.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from codegen.diff.delta import Delta
    from codegen.diff.engine import Context


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
    #: The check module (``codegen.diff.rules.<module>``), for the docs and tests.
    module: str = ""


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


Check = Callable[["Delta", "Context"], Iterable[Hit]]

RULES: dict[str, Rule] = {}
CHECKS: list[tuple[str, Check]] = []


def rule(rule_id: str, severity: Severity, meaning: str, example: str) -> Rule:
    """Register a rule id; ``meaning`` is one sentence, ``example`` a change and its message."""
    if rule_id in RULES:
        raise ValueError(f"rule id {rule_id!r} is registered twice")
    # The registering module names the check, for the docs and the one-test-per-rule check.
    module = str(sys._getframe(1).f_globals.get("__name__", ""))
    found = Rule(rule_id, severity, " ".join(meaning.split()), " ".join(example.split()), module)
    RULES[rule_id] = found
    return found


def check(func: Check) -> Check:
    """Register a check function (its module's rules are the ids it may report)."""
    CHECKS.append((func.__module__, func))
    return func


def has_breaking(findings: Iterable[Finding]) -> bool:
    return any(finding.severity is Severity.BREAKING for finding in findings)


UNCLASSIFIED = rule(
    "unclassified-change",
    BREAKING,
    """A difference in the intermediate model or in the generated files that no rule explains.
    Breaking until a rule explains it: read the regenerated files.""",
    """An x- hint a rule does not know yet changes a check: `join_conference:wait_url`: type.foo
    changed from ... to ... (no rule explains this change).""",
)


def _load() -> None:
    """Import every rule module, in name order, so the registry is complete and ordered."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


_load()


def rules_table() -> str:
    """The rules table of docs/spec-diff.md, in registry order (``python -m codegen.diff.rules``
    prints it; a test keeps the docs in step)."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    rows = ["| id | severity | meaning | example | module |", "| --- | --- | --- | --- | --- |"]
    for found in RULES.values():
        module = found.module.removeprefix(__name__).lstrip(".") or "__init__"
        rows.append(
            f"| `{found.id}` | {found.severity.value} | {cell(found.meaning)} | "
            f"{cell(found.example)} | `{module}` |"
        )
    return "\n".join(rows)
