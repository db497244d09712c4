"""TypeScript against Python on documents drawn from SignalWire's schema, valid and mutated.

``SWML.fromDict`` and ``SWML.from_dict`` accept the same documents and give them back as they
were (``toDict(fromDict(d))`` deep-equals ``d``), and refuse the others with the same problems.
``validate`` finds the same problems in both, in the same order: each with the same path, JSON
pointer, verb, value and expected text, and the same message, but for how each language spells
values (Python's ``repr``, TypeScript's JSON; ``codegen/describe.py``'s words for true, false,
null and members).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests import upstream_schema
from tests.cross_language import (
    in_javascript_order,
    in_typescript_words,
    run_python,
    typescript_message,
)
from tests.test_typescript import NODE, Unsendable, draws, has_index_keys, node, portable

pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

#: Arguments drawn per verb; each gives a valid document and its mutations refused ones.
DRAWS = 1


def document(verb: str, argument: Any) -> dict[str, Any]:
    """``{verb: argument}`` in two sections, the second before ``main`` and without version."""
    return {"sections": {"later": [{verb: argument}], "main": [{"answer": {}}, {verb: argument}]}}


def corpus() -> list[dict[str, Any]]:
    entries = []
    for verb in upstream_schema.verbs():
        for argument in draws(verb, DRAWS, method_depth=0):
            mutated = [m for _, m in upstream_schema.invalid_mutations(verb, argument)[:4]]
            for value in (argument, *mutated):
                try:
                    # Numbers both languages read back from JSON text alike.
                    value = portable(value, Counter())
                except Unsendable:
                    continue
                entries.append({"kind": "document", "document": document(verb, value)})
    return entries


def test_from_dict_accepts_refuses_and_round_trips_alike(tmp_path: Path) -> None:
    entries = corpus()
    path = tmp_path / "documents.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    proc = node("tests/ts/run_corpus.mjs", str(path))
    assert proc.returncode == 0, proc.stderr[-4000:]
    typescript = json.loads(proc.stdout)
    python = run_python(entries)
    accepted = refused = 0
    problems = []
    for entry, py, ts in zip(entries, python, typescript, strict=True):
        if py["ok"] != ts["ok"]:
            problems.append(f"{json.dumps(entry)[:300]}\n  python: {py}\n  typescript: {ts}")
        elif py["ok"]:
            accepted += 1
            # Index-like keys come first in a JavaScript object: compared as JSON values.
            assert json.loads(ts["out"]) == entry["document"] == json.loads(py["out"])
        else:
            refused += 1
            assert ts["error"] == "InvalidArgumentError"  # run_corpus.mjs names the base class
            # Every problem, as validate finds them.
            found = [[p, in_typescript_words(e)] for p, e in py["problems"]]
            if ts["problems"] != found:
                problems.append(
                    f"{json.dumps(entry)[:300]}\n  python: {found}\n  typescript: {ts['problems']}"
                )
    assert accepted > 30 and refused > 60, (accepted, refused)
    assert not problems, f"{len(problems)} differ:\n" + "\n".join(problems[:8])


#: Arguments drawn per verb for validate, with verb lists one level down (cond, execute, ...):
#: the verb a problem names is the innermost.
VALIDATE_DRAWS = 2


#: Documents wrong as a whole or in their frame, and places a path spells ambiguously.
FRAMES: list[Any] = [
    [1],
    {},
    {"sections": []},
    {"version": "2.0", "sections": {"main": []}, "extra": 1, "also": None},
    {"sections": {"main": [1, {}, {"answer": {}, "hangup": {}}, {"nope": {"x": 1}}]}},
    {"sections": {"a.b": [{"play": {}}], "x/~y": [{"sleep": "soon"}], "0": [{"goto": {}}]}},
    {"sections": {"main": [{"cond": [{"when": 1, "then": [{"play": {"urls": [5]}}, 7]}]}]}},
    {"sections": {"main": [{"join_room": {"name": "r", "zz": 1, "nam": 2, "Name": 3}}]}},
    {"sections": {"main": [{"ai": {"prompt": {"text": "x"}, "SWAIG": {"functions": [{}]}}}]}},
]


def validate_corpus() -> list[dict[str, Any]]:
    """The frames above; then per drawn argument: the valid document, and one holding every
    mutation of it, each a verb of its own, the first in a second section too."""
    entries = [{"kind": "validate", "document": frame} for frame in FRAMES]
    for verb in upstream_schema.verbs():
        for argument in draws(verb, VALIDATE_DRAWS, method_depth=1):
            mutated = [m for _, m in upstream_schema.invalid_mutations(verb, argument)]
            try:
                # Numbers both languages read back from JSON text alike.
                valid, *mutated = portable([argument, *mutated], Counter())
            except Unsendable:
                continue
            entries.append({"kind": "validate", "document": document(verb, valid)})
            if mutated:
                main = [{"answer": {}}, *({verb: m} for m in mutated), {"hangup": {}}]
                sections = {"main": main, "other": [{verb: mutated[0]}]}
                entries.append(
                    {"kind": "validate", "document": {"version": "1.0.0", "sections": sections}}
                )
    return entries


def differences(py: dict[str, Any], ts: dict[str, Any]) -> list[str]:
    """How TypeScript's problem ``ts`` differs from Python's ``py`` (nothing: the same)."""
    found = []
    for part in ("path", "pointer", "verb"):
        if py[part] != ts[part]:
            found.append(f"{part}: {py[part]!r} != {ts[part]!r}")
    if in_typescript_words(py["expected"]) != ts["expected"]:
        found.append(f"expected: {py['expected']!r} != {ts['expected']!r}")
    if py["value"] != ts["value"]:
        found.append(f"value: {py['value']!r} != {ts['value']!r}")
    missing = py["value"] == ["missing"]
    value = None if missing else py["value"][1]
    subject = py["path"] or "the document"
    message = typescript_message(subject, value, py["expected"], missing=missing)
    if message != ts["message"]:
        found.append(f"message: {message!r} != {ts['message']!r}")
    return found


def test_validate_finds_the_same_problems_in_both_languages(tmp_path: Path) -> None:
    entries = validate_corpus()
    path = tmp_path / "validate.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    proc = node("tests/ts/run_corpus.mjs", str(path))
    assert proc.returncode == 0, proc.stderr[-4000:]
    typescript = json.loads(proc.stdout)
    python = run_python(entries)
    valid = refused = compared = 0
    problems = []
    for entry, py, ts in zip(entries, python, typescript, strict=True):
        py_found, ts_found = py["problems"], ts["problems"]
        if not py_found:
            valid += 1
        else:
            refused += 1
        if has_index_keys(entry["document"]):
            # JavaScript walks an object's index keys first: the same problems, in its order.
            order = [p["pointer"] for p in ts_found]
            py_found = sorted(
                py_found, key=lambda p: order.index(p["pointer"]) if p["pointer"] in order else -1
            )
            py_found = [{**p, "value": in_javascript_order(p["value"])} for p in py_found]
        if len(py_found) != len(ts_found):
            problems.append(
                f"{json.dumps(entry)[:300]}\n  python: {[p['message'] for p in py_found]}"
                f"\n  typescript: {[p['message'] for p in ts_found]}"
            )
            continue
        for p, t in zip(py_found, ts_found, strict=True):
            compared += 1
            found = differences(p, t)
            if found:
                problems.append(f"{json.dumps(entry)[:300]}\n  " + "\n  ".join(found))
    assert valid > 40 and refused > 40 and compared > 300, (valid, refused, compared)
    assert not problems, f"{len(problems)} differ:\n" + "\n".join(problems[:8])
