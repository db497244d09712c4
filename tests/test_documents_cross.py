"""``SWML.fromDict`` (TypeScript) against ``SWML.from_dict`` (Python) on documents drawn from
SignalWire's schema, valid and mutated: both accept the same documents and give them back as
they were (``toDict(fromDict(d))`` deep-equals ``d``), and TypeScript's problem (the first
fault its checkers meet) is one of those Python's ``validate`` finds, in the same words."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests import upstream_schema
from tests.cross_language import in_typescript_words, run_python
from tests.test_typescript import NODE, Unsendable, draws, node, portable

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
            assert ts["error"] == "InvalidDocumentError" or ts["error"] == "InvalidArgumentError"
            (first,) = ts["problems"]
            found = [[p, in_typescript_words(e)] for p, e in py["problems"]]
            if first not in found:
                problems.append(
                    f"{json.dumps(entry)[:300]}\n  python: {found}\n  typescript: {first}"
                )
    assert accepted > 30 and refused > 60, (accepted, refused)
    assert not problems, f"{len(problems)} differ:\n" + "\n".join(problems[:8])
