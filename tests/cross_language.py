"""What the cross-language tests share: running a corpus of calls through a generated Python
package (in this process, or as ``python tests/cross_language.py CORPUS.json`` with the package
on PYTHONPATH), and reading Python's refusal texts in TypeScript's words.

A corpus entry is one call, in the shape ``tests/ts/run_corpus.mjs`` runs in node:
``{"kind": "swml", "method": [python, camel], "call": "options", "args": [[python, camel,
value], ...]}`` (or ``"call": "value"`` with ``"value"``), or ``{"kind": "action", "required":
[[wire, value] or [wire]], "args": [...]}`` for a FunctionResult method, or ``{"kind": "helper",
"method": [python, camel], "values": [...]}`` for a helper, its parameters by position
(``"static": true`` for a static builder: its result is what it returns), or ``{"kind":
"document", "document": {...}}`` for ``SWML.from_dict`` / ``SWML.fromDict``, or ``{"kind":
"validate", "document": {...}}`` for ``validate``: every problem, each with its ``path``,
``pointer``, ``verb``, ``value`` (``["missing"]`` for a required key not there, else ``["value",
v]``), ``expected`` and ``message``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from codegen.describe import PYTHON_WORDS, TYPESCRIPT_WORDS


def run_python(corpus: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each call's result: ``{"ok": True, "out": JSON text}`` or the refusal's fields."""
    from swml_verbs import SWML, FunctionResult, InvalidArgumentError, validate
    from swml_verbs._runtime import MISSING

    results: list[dict[str, Any]] = []
    for entry in corpus:
        if entry["kind"] == "validate":
            problems = [
                {
                    "path": p.path,
                    "pointer": p.pointer,
                    "verb": p.verb,
                    "value": ["missing"] if p.value is MISSING else ["value", p.value],
                    "expected": p.expected,
                    "message": p.message,
                }
                for p in validate(entry["document"])
            ]
            results.append({"ok": True, "problems": problems})
            continue
        try:
            if entry["kind"] == "document":
                out = SWML.from_dict(entry["document"]).to_dict()
            elif entry["kind"] == "helper" and entry.get("static"):
                out = getattr(FunctionResult, entry["method"][0])(*entry["values"])
            elif entry["kind"] == "helper":
                result = FunctionResult()
                getattr(result, entry["method"][0])(*entry["values"])
                out = result.to_dict()
            elif entry["kind"] == "swml":
                doc = SWML()
                method: Callable[..., Any] = getattr(doc, entry["method"][0])
                if entry["call"] == "options":
                    method(**{py: value for py, _, value in entry["args"]})
                else:
                    method(entry["value"])
                out = doc.to_dict()
            else:
                result = FunctionResult()
                required = [item[1] for item in entry["required"] if len(item) > 1]
                getattr(result, entry["method"][0])(
                    *required, **{py: value for py, _, value in entry["args"]}
                )
                out = result.to_dict()
            text = json.dumps(out, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
            results.append({"ok": True, "out": text})
        except InvalidArgumentError as error:
            results.append(
                {
                    "ok": False,
                    "error": "InvalidArgumentError",
                    "method": error.method,
                    "parameter": error.parameter,
                    "path": error.path,
                    "expected": error.expected,
                    # What the value inside the parameter may be (a nested refusal), or "".
                    "inner": str(error.args[6]) if len(error.args) > 6 else "",
                    "message": str(error),
                    # A document's: where each fault is and what is allowed there.
                    "problems": [[p.path, p.expected] for p in getattr(error, "problems", ())],
                }
            )
        except TypeError as error:  # a keyword the signature does not have, or a missing one
            results.append({"ok": False, "error": "TypeError", "message": str(error)})
    return results


def _words_pattern(template: str) -> re.Pattern[str]:
    """A ``Words`` template (``" (or {article} {name} member)"``) as a regex of its texts."""
    pattern = re.escape(template)
    pattern = pattern.replace(re.escape("{article}"), "(?P<article>an?)")
    return re.compile(pattern.replace(re.escape("{name}"), r"(?P<name>\w+)"))


def in_typescript_words(expected: str) -> str:
    """Python's ``expected`` text in TypeScript's words for its own values (the two ``Words``
    of codegen/describe.py): the one way the packages' texts may differ."""
    py, ts = PYTHON_WORDS, TYPESCRIPT_WORDS
    text = _words_pattern(py.member).sub(
        lambda m: ts.member.format(article=m["article"], name=m["name"]), expected
    )
    text = _words_pattern(py.several).sub(lambda m: ts.several.format(name=m["name"]), text)
    text = text.replace(py.method, ts.method)
    values = {py.true: ts.true, py.false: ts.false, py.null: ts.null}
    return re.sub(r"(?<![\w'])(" + "|".join(values) + r")(?![\w'])", lambda m: values[m[1]], text)


_INDEX = re.compile(r"0|[1-9][0-9]*")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def in_javascript_order(value: Any) -> Any:
    """``value`` with each object's keys in JavaScript's order: array indexes first, ascending,
    then the others as given."""
    if isinstance(value, list):
        return [in_javascript_order(v) for v in value]
    if not isinstance(value, dict):
        return value
    indexes = sorted((k for k in value if _INDEX.fullmatch(k) and int(k) < 2**32 - 1), key=int)
    keys = [*indexes, *(k for k in value if k not in indexes)]
    return {k: in_javascript_order(value[k]) for k in keys}


def shown_in_javascript(value: Any) -> str:
    """A JSON value as TypeScript's messages show it: ``JSON.stringify``, cut at 200 UTF-16
    units (the runtime's ``shown``)."""
    text = json.dumps(in_javascript_order(value), separators=(",", ":"), ensure_ascii=False)
    text = _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) <= 400:
        return text
    return units[: 197 * 2].decode("utf-16-le", "surrogatepass") + "..."


def typescript_message(subject: str, value: Any, expected: str, *, missing: bool) -> str:
    """A document problem's message as TypeScript writes it, from Python's parts: the words of
    Python's ``said`` (``_runtime.py``), values shown as JSON and ``expected`` in TypeScript's
    words."""
    expected = in_typescript_words(expected)
    if missing:
        return f"{subject} is missing; it must be {expected}"
    if expected.startswith(("no such key here", "nested too deeply")):
        return f"{subject}: {expected}"
    if not expected:
        return f"{subject} is not allowed; got {shown_in_javascript(value)}"
    allowed, _, why = expected.partition("; ")
    return f"{subject} must be {allowed}; got {shown_in_javascript(value)}" + (
        f"; {why}" if why else ""
    )


if __name__ == "__main__":
    calls = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    sys.stdout.write(json.dumps(run_python(calls)))
