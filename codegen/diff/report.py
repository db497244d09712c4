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


@dataclass(frozen=True)
class Report:
    base: str
    head: str
    findings: Sequence[Finding]
    #: The regenerated files' diffstat, a one-line note saying why it is missing, or None.
    diffstat: str | None = None

    @property
    def breaking(self) -> bool:
        return has_breaking(self.findings)


def render(report: Report, fmt: str, *, color: bool = False) -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "markdown":
        return render_markdown(report)
    if fmt == "text":
        return render_text(report, color=color)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def summary(findings: Sequence[Finding]) -> str:
    """``1 breaking, 2 warnings, 9 info`` (or ``no changes``)."""
    counts = Counter(finding.severity for finding in findings)
    if not counts:
        return "no changes"
    parts = []
    if counts[Severity.BREAKING]:
        parts.append(f"{counts[Severity.BREAKING]} breaking")
    if counts[Severity.WARNING]:
        plural = "s" if counts[Severity.WARNING] != 1 else ""
        parts.append(f"{counts[Severity.WARNING]} warning{plural}")
    if counts[Severity.INFO]:
        parts.append(f"{counts[Severity.INFO]} info")
    return ", ".join(parts)


def verdict(report: Report) -> str:
    if report.breaking:
        return "breaking"
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
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_markdown(report: Report) -> str:
    icon = {"breaking": "❌", "not breaking": "✅", "no changes": "✅"}[verdict(report)]
    counts = f" ({summary(report.findings)})" if report.findings else ""
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
            # Messages name their parameter already; the rule id lets reviewers look it up.
            lines += [f"- {f.message} (`{f.id}`)" for f in chosen]
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
    lines[-1] += f" ({summary(report.findings)})" if report.findings else ""
    if report.diffstat is not None:
        lines += ["", report.diffstat.rstrip()]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Keep a table cell on one line and its pipes literal."""
    return text.replace("|", "\\|").replace("\n", " ")
