"""The engine's guarantees, on sides whose generated files are edited by hand: a difference in
the generated files that the IR does not show is still reported, and an API difference no IR
finding speaks for is judged by the generated-API rules."""

from __future__ import annotations

import dataclasses

from codegen.diff.engine import compare
from codegen.diff.load import swml_document
from codegen.diff.side import Side, make_side
from codegen.loader import Spec

DEFS = {
    "SWMLMethod": {"anyOf": [{"$ref": "#/$defs/Hangup"}]},
    "Hangup": {
        "type": "object",
        "properties": {
            "hangup": {
                "type": "object",
                "properties": {"reason": {"type": "string"}},
                "unevaluatedProperties": {"not": {}},
            }
        },
        "required": ["hangup"],
        "unevaluatedProperties": {"not": {}},
    },
}


def side() -> Side:
    return make_side("mini", Spec("mini.json", swml_document(DEFS), "", b""), {"mini.json": DEFS})


def edited(base: Side, file: str, old: str, new: str) -> Side:
    assert old in base.python[file]
    python = {**base.python, file: base.python[file].replace(old, new)}
    return dataclasses.replace(base, python=python)


def with_default(base: Side, method: str, name: str, default: str) -> Side:
    """``base`` whose plan spells ``method``'s parameter ``name`` with another default, as a
    printer change that no IR difference explains would."""
    params = tuple(
        dataclasses.replace(p, default=default) if p.name == name else p
        for p in base.surface.methods[method]
    )
    methods = {**base.surface.methods, method: params}
    return dataclasses.replace(base, surface=dataclasses.replace(base.surface, methods=methods))


def test_the_same_spec_is_no_changes() -> None:
    assert compare(side(), side()) == []


def test_generated_bytes_that_differ_without_an_ir_difference_are_unclassified() -> None:
    base = side()
    head = edited(base, "_runtime.py", "import re", "import re  # edited")
    (finding,) = compare(base, head)
    assert (finding.id, finding.severity.value, finding.path) == (
        "unclassified-change",
        "breaking",
        "(package)",
    )
    assert "swml_verbs/_runtime.py" in finding.message


def test_an_api_difference_no_ir_finding_explains_is_judged_by_the_api_rules() -> None:
    base = side()
    head = with_default(base, "SWML.hangup", "reason", "'busy'")
    found = [(f.id, f.path) for f in compare(base, head)]
    assert found == [("py-signature-changed", "hangup:reason")]
