# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

"""``swml-verbs check FILE...`` (also ``python -m swml_verbs check``): SWML documents, JSON or
YAML, checked by the generated checkers, each problem reported where it is in the file.

Exit status: 0 every document is valid, 1 some have problems, 2 some cannot be read (a file that
is missing, too large, not UTF-8, not JSON or YAML, nested too deeply, with a key given twice, or
not a SWML document at all). Output: ``--format text`` (``file:line:column: message``, the
default), ``json`` (one object for every file) or ``github`` (workflow annotations).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TextIO

from swml_verbs._documents import DocumentReadError, Format, Source, read_file
from swml_verbs._runtime import InvalidDocumentError

Status = Literal["valid", "invalid", "unreadable"]
#: The exit status for each status, the worst one wins.
EXIT: dict[Status, int] = {"valid": 0, "invalid": 1, "unreadable": 2}


@dataclass(frozen=True)
class Finding:
    """One thing wrong in a file: a problem of a SWML document (``path`` is where in it) or why
    the file could not be read (``path`` None)."""

    message: str
    line: int | None = None
    column: int | None = None
    path: str | None = None
    #: The JSON pointer of ``path`` and the verb the fault is in ("" outside any verb).
    pointer: str | None = None
    verb: str | None = None


@dataclass
class Report:
    """What checking one file found."""

    file: str
    status: Status = "valid"
    findings: list[Finding] = field(default_factory=list)


def check_file(path: str, format: Format | None = None) -> Report:
    """Read and check the document at ``path`` (``-``: standard input)."""
    name = "<stdin>" if path == "-" else path
    try:
        source = read_file(path, format)
    except DocumentReadError as error:
        return Report(name, "unreadable", [Finding(error.reason, error.line, error.column)])
    except ModuleNotFoundError as error:  # YAML without PyYAML: the message says what to install
        return Report(name, "unreadable", [Finding(str(error))])
    except OSError as error:
        return Report(name, "unreadable", [Finding(f"cannot read: {error.strerror or error}")])
    return check_source(name, source)


def check_source(name: str, source: Source) -> Report:
    """Check a document already read (see ``check_file``)."""
    data = source.data
    if not isinstance(data, dict) or "sections" not in data:
        what = "an object without 'sections'" if isinstance(data, dict) else _json_type(data)
        reason = (
            f"not a SWML document: the {source.format.upper()} value is {what}; a SWML document "
            "is an object with 'sections' (and 'version')"
        )
        return Report(name, "unreadable", [Finding(reason, *source.position(""))])
    from swml_verbs.swml import SWML

    try:
        SWML.from_dict(data)
    except InvalidDocumentError as error:
        located = source.located(error)
        return Report(
            name,
            "invalid",
            [
                Finding(p.message, p.line, p.column, p.path, p.pointer, p.verb)
                for p in located.problems
            ],
        )
    return Report(name)


def _json_type(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    return "a boolean" if isinstance(value, bool) else "a number"


def write_text(reports: list[Report], out: TextIO) -> None:
    for report in reports:
        for f in report.findings:
            where = report.file if f.line is None else f"{report.file}:{f.line}:{f.column}"
            out.write(f"{where}: {f.message}\n")


def write_json(reports: list[Report], out: TextIO) -> None:
    document: dict[str, Any] = {
        "files": [
            {
                "file": r.file,
                "status": r.status,
                "problems": [
                    {
                        "line": f.line,
                        "column": f.column,
                        "path": f.path,
                        "pointer": f.pointer,
                        "verb": f.verb,
                        "message": f.message,
                    }
                    for f in r.findings
                ],
            }
            for r in reports
        ],
        "exit": exit_status(reports),
    }
    out.write(json.dumps(document, indent=2) + "\n")


def write_github(reports: list[Report], out: TextIO) -> None:
    """Workflow commands: an ``::error`` annotation for each finding."""
    for report in reports:
        for f in report.findings:
            properties = [f"file={_escape(report.file, True)}"]
            if f.line is not None:
                properties += [f"line={f.line}", f"col={f.column}"]
            properties.append(f"title={_escape('SWML ' + report.status, True)}")
            out.write(f"::error {','.join(properties)}::{_escape(f.message, False)}\n")


def _escape(text: str, property: bool) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property else text


WRITERS = {"text": write_text, "json": write_json, "github": write_github}


def exit_status(reports: list[Report]) -> int:
    return max((EXIT[r.status] for r in reports), default=0)


def _summary(reports: list[Report]) -> str:
    counts = {s: sum(r.status == s for r in reports) for s in EXIT}
    files = f"{len(reports)} file{'s' * (len(reports) != 1)}"
    problems = sum(len(r.findings) for r in reports if r.status == "invalid")
    parts = [f"{counts['valid']} valid"]
    if counts["invalid"]:
        parts.append(f"{counts['invalid']} with problems ({problems} shown)")
    if counts["unreadable"]:
        parts.append(f"{counts['unreadable']} unreadable")
    return f"{files} checked: {', '.join(parts)}"


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="swml-verbs", description="SWML documents checked against SignalWire's schema."
    )
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="check SWML documents (JSON or YAML)",
        description="Check SWML documents, JSON or YAML, against SignalWire's schema. Exit 0 "
        "when every document is valid, 1 when some have problems, 2 when some cannot be read.",
    )
    check.add_argument(
        "files", nargs="+", metavar="FILE", help="a document; - reads standard input"
    )
    check.add_argument(
        "--format",
        choices=sorted(WRITERS),
        default="text",
        help="text: file:line:column: message (default); json: one object; github: annotations",
    )
    check.add_argument(
        "--input-format",
        choices=["json", "yaml"],
        default=None,
        help="read every FILE as this (default: by extension, else { or [ first is JSON)",
    )
    check.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; the exit status."""
    args = parser().parse_args(argv)
    reports = [check_file(path, args.input_format) for path in args.files]
    WRITERS[args.format](reports, sys.stdout)
    if args.format == "text" and not args.quiet:
        print(_summary(reports), file=sys.stderr)
    return exit_status(reports)


__all__ = ["Finding", "Report", "check_file", "check_source", "main"]
