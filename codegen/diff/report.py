"""Render findings as a pull-request comment (markdown), JSON for machines, or terminal text."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .rules import Finding, Severity, has_breaking

#: Lets the CI commenter find and update its own comment instead of adding one per push.
COMMENT_MARKER = "<!-- spec-diff-report -->"

FORMATS = ("text", "markdown", "json")

_HEADINGS = {
    Severity.BREAKING: "Breaking changes",
    Severity.WARNING: "Warnings",
    Severity.INFO: "Info",
}
_ANSI = {Severity.BREAKING: "\033[1;31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_ANSI_RESET = "\033[0m"


#: Why a verb is in ``Report.skipped``: its argument is not an object schema on a side (``sleep``'s
#: union, ``label``'s string), so the rules cannot read it; or its schema changed and no rule
#: found anything (an ``x-`` hint such as ``x-url-schemes``, ``allOf``: what no rule covers).
NOT_AN_OBJECT = "not-an-object"
NO_RULE = "no-rule"


@dataclass(frozen=True)
class Skipped:
    """A verb on both sides whose change, if any, the rules did not classify. Listed, so a
    reviewer knows what to read by hand; never counted as breaking."""

    verb: str
    #: What the argument is on each side: ``object``, ``string``, ``oneOf: PlayWithURL | ...``.
    base: str
    head: str
    #: Whether anything in the verb's schema changed (the reviewer must then read it by hand).
    changed: bool
    reason: str = NOT_AN_OBJECT

    @property
    def shape(self) -> str:
        return self.head if self.base == self.head else f"{self.base} → {self.head}"


@dataclass(frozen=True)
class Report:
    base: str
    head: str
    findings: Sequence[Finding]
    #: The regenerated files' diffstat, a one-line note saying why it is missing, or None.
    diffstat: str | None = None
    #: Verbs not compared (spec-dir mode only), by name.
    skipped: Sequence[Skipped] = ()

    @property
    def breaking(self) -> bool:
        return has_breaking(self.findings)

    @property
    def unreviewed(self) -> list[Skipped]:
        """The verbs not compared that changed: a human has to judge them."""
        return [skipped for skipped in self.skipped if skipped.changed]


def render(report: Report, fmt: str, *, color: bool = False) -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "markdown":
        return render_markdown(report)
    if fmt == "text":
        return render_text(report, color=color)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def summary(findings: Sequence[Finding], unreviewed: int = 0) -> str:
    """``1 breaking, 2 warnings, 9 info`` (or ``no changes``), and how many changed verbs the
    rules could not compare."""
    counts = Counter(finding.severity for finding in findings)
    if not counts and not unreviewed:
        return "no changes"
    parts = []
    if counts[Severity.BREAKING]:
        parts.append(f"{counts[Severity.BREAKING]} breaking")
    if counts[Severity.WARNING]:
        plural = "s" if counts[Severity.WARNING] != 1 else ""
        parts.append(f"{counts[Severity.WARNING]} warning{plural}")
    if counts[Severity.INFO]:
        parts.append(f"{counts[Severity.INFO]} info")
    if unreviewed:
        parts.append(f"{unreviewed} changed verb{'s' if unreviewed != 1 else ''} not compared")
    return ", ".join(parts)


def _summary(report: Report) -> str:
    return summary(report.findings, len(report.unreviewed))


def _changed(report: Report) -> bool:
    return bool(report.findings or report.unreviewed)


def verdict(report: Report) -> str:
    if report.breaking:
        return "breaking"
    if report.unreviewed:
        # Nothing the rules saw breaks, but a changed verb they cannot read might.
        return "review by hand"
    return "not breaking" if report.findings else "no changes"


def render_json(report: Report) -> str:
    document = {
        "breaking": report.breaking,
        "changes": [
            {
                "id": finding.id,
                "severity": finding.severity.value,
                "path": finding.path,
                "message": finding.message,
            }
            for finding in report.findings
        ],
        "skipped": [
            {
                "verb": skipped.verb,
                "reason": skipped.reason,
                "base": skipped.base,
                "head": skipped.head,
                "changed": skipped.changed,
            }
            for skipped in report.skipped
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_markdown(report: Report) -> str:
    icons = {"breaking": "❌", "review by hand": "⚠️", "not breaking": "✅", "no changes": "✅"}
    icon = icons[verdict(report)]
    counts = f" ({_summary(report)})" if _changed(report) else ""
    lines = [f"{icon} **Spec diff: {verdict(report)}**{counts}: `{report.base}` → `{report.head}`"]
    breaking = [f for f in report.findings if f.severity is Severity.BREAKING]
    if breaking:
        lines += ["", f"### {_HEADINGS[Severity.BREAKING]}", ""]
        lines += ["| rule | parameter | change |", "| --- | --- | --- |"]
        lines += [f"| `{f.id}` | `{_cell(f.path)}` | {_cell(f.message)} |" for f in breaking]
    for severity in (Severity.WARNING, Severity.INFO):
        chosen = [f for f in report.findings if f.severity is severity]
        if chosen:
            lines += ["", f"### {_HEADINGS[severity]}", ""]
            # Messages name their parameter already (not the verb); the rule id lets reviewers
            # look it up.
            lines += [f"- {_verb(f)}{f.message} (`{f.id}`)" for f in chosen]
    if report.skipped:
        lines += ["", "### Not classified", ""]
        lines += [
            f"- `{s.verb}`: **changed**, review by hand; {_why(s)}" for s in report.unreviewed
        ]
        unchanged = [f"`{s.verb}`" for s in report.skipped if not s.changed]
        if unchanged:
            lines.append(
                f"- unchanged, and not compared (the argument is not an object schema): "
                f"{', '.join(unchanged)}"
            )
    if report.diffstat is not None:
        lines += ["", "### Regenerated files", ""]
        if "\n" in report.diffstat.strip():
            lines += ["```text", report.diffstat.rstrip(), "```"]
        else:
            lines.append(report.diffstat.strip())
    lines += ["", COMMENT_MARKER]
    return "\n".join(lines) + "\n"


def render_text(report: Report, *, color: bool) -> str:
    def paint(severity: Severity, text: str) -> str:
        return f"{_ANSI[severity]}{text}{_ANSI_RESET}" if color else text

    width = max((len(f.path) for f in report.findings), default=0)
    lines = [
        f"{paint(f.severity, f'{f.severity.value:<8}')}  {f.path:<{width}}  {f.message}  [{f.id}]"
        for f in report.findings
    ]
    lines.append(f"spec diff {report.base} -> {report.head}: {verdict(report)}")
    lines[-1] += f" ({_summary(report)})" if _changed(report) else ""
    lines += [f"changed, review by hand: {s.verb}: {_why(s)}" for s in report.unreviewed]
    unchanged = [s.verb for s in report.skipped if not s.changed]
    if unchanged:
        lines.append(
            f"unchanged, and not compared (the argument is not an object schema): "
            f"{', '.join(unchanged)}"
        )
    if report.diffstat is not None:
        lines += ["", report.diffstat.rstrip()]
    return "\n".join(lines) + "\n"


def _why(skipped: Skipped) -> str:
    if skipped.reason == NO_RULE:
        return "no rule covers what changed (an x- hint such as x-url-schemes, allOf, ...)"
    return f"the rules compare object arguments only, and this one is {skipped.shape}"


def _verb(finding: Finding) -> str:
    return f"`{finding.verb}`: " if finding.verb else ""


def _cell(text: str) -> str:
    """Keep a table cell on one line and its pipes literal."""
    return text.replace("|", "\\|").replace("\n", " ")
