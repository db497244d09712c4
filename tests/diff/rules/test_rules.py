"""One case per rule (``codegen/diff/rules/``): a small SWML spec, one edit, and the finding the
rule must make for it, with its path and a piece of its message. A test checks that every registered
rule has a case here. The specs are tiny, so each case generates both sides in a few milliseconds;
tests/diff/test_diff_corpus.py has the same kinds of change on the real spec, with witnesses.
"""

from __future__ import annotations

import ast
import copy
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from codegen.diff import rules as rules_package
from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.engine import _unclassified, compare, refused
from codegen.diff.load import SpecRefused, swml_document
from codegen.diff.model import Finding
from codegen.diff.rules import CHECKERS, CHECKS, RULES
from codegen.diff.rules.python_api import python_api
from codegen.diff.side import Side, make_side
from codegen.errors import SpecError
from codegen.loader import Spec
from codegen.python.methods import Parameter as Param

VAR = {"$ref": "#/$defs/SWMLVar"}
CLOSED = {"not": {}}


def consts(*values: str, **extra: Any) -> dict[str, Any]:
    return {"anyOf": [{"type": "string", "const": v} for v in values], **extra}


def wrapper(verb: str, argument: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {verb: argument},
        "required": [verb],
        "unevaluatedProperties": CLOSED,
    }


def closed(properties: dict[str, Any], *required: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(required),
        "unevaluatedProperties": CLOSED,
        **extra,
    }


def base_defs() -> dict[str, Any]:
    """Five verbs with one of each kind of thing the rules read."""
    join = closed(
        {
            "name": {"type": "string", "x-non-blank": True},
            "room": {"type": "string"},
            "muted": {"anyOf": [{"type": "boolean"}, VAR], "default": False},
            "beep": {**consts("true", "false"), "default": "true", "x-enum-name": "Beep"},
            "callback": {"type": "string", "format": "uri", "x-url-schemes": ["http", "https"]},
            "events": {
                "type": "string",
                "x-enum-name": "Event",
                "x-separator": " ",
                "x-items": {"anyOf": [{"const": "join"}, {"const": "leave"}]},
            },
            "size": {"type": "integer", "minimum": 2, "maximum": 10},
            "label": {"type": "string"},
            "note": {"type": ["string", "null"]},
            "count": {"type": "integer"},
            "ratio": {"type": "number"},
            "old": {"type": "string", "deprecated": True},
            "code": {"type": "string", "pattern": "^[0-9]+$"},
            "meta": closed({"a": {"type": "string"}})
            | {"unevaluatedProperties": {"type": "string"}},
            "params": {
                "type": "object",
                "properties": {},
                "unevaluatedProperties": {"type": "string"},
            },
            "stream": {"$ref": "#/$defs/Stream"},
            "method": {**consts("GET", "POST"), "x-enum-name": "HttpMethod"},
            "other_method": {**consts("GET", "POST"), "x-enum-name": "HttpMethod"},
            "kind": {"type": "string", "const": "conference"},
            "tree": {"$ref": "#/$defs/Outline"},
        },
        "name",
        "room",
        **{"x-function-result-method": True},
    )
    return {
        "SWMLVar": {"type": "string", "pattern": "^[\\$%]\\{.*\\}$"},
        "SWMLMethod": {
            "anyOf": [
                {"$ref": f"#/$defs/{name}"}
                for name in ("Hangup", "Join", "Sleep", "Play", "Confirm")
            ]
        },
        "Hangup": wrapper("hangup", closed({"reason": {**consts("busy", "decline")}})),
        "Join": wrapper("join", join),
        "Stream": closed({"url": {"type": "string"}}, "url"),
        "Outline": {
            "anyOf": [
                {"type": "string"},
                closed({"children": {"type": "array", "items": {"$ref": "#/$defs/Outline"}}}),
            ]
        },
        "Sleep": wrapper(
            "sleep",
            {"anyOf": [closed({"duration": {"type": "integer"}}, "duration"), {"type": "integer"}]},
        ),
        "Play": wrapper(
            "play", {"oneOf": [{"$ref": "#/$defs/PlayUrl"}, {"$ref": "#/$defs/PlayUrls"}]}
        ),
        "PlayUrl": closed({"url": {"type": "string"}}, "url"),
        "PlayUrls": closed({"urls": {"type": "array", "items": {"type": "string"}}}, "urls"),
        "Confirm": wrapper(
            "confirm",
            closed(
                {
                    "then": {
                        "type": "array",
                        "items": {"anyOf": [{"$ref": "#/$defs/Hangup"}, {"$ref": "#/$defs/Sleep"}]},
                    }
                }
            ),
        ),
    }


def side(defs: dict[str, Any]) -> Side:
    return make_side("mini", Spec("mini.json", swml_document(defs), "", b""), {"mini.json": defs})


_BASE: list[Side] = []


def findings(change: Callable[[dict[str, Any]], object]) -> list[Finding]:
    if not _BASE:
        _BASE.append(side(base_defs()))
    defs = copy.deepcopy(base_defs())
    change(defs)
    return compare(_BASE[0], side(defs))


def join(defs: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = defs["Join"]["properties"]["join"]["properties"]
    return props


def prop(name: str, **update: Any) -> Callable[[dict[str, Any]], object]:
    return lambda defs: join(defs)[name].update(update)


def replace(name: str, schema: dict[str, Any]) -> Callable[[dict[str, Any]], object]:
    return lambda defs: join(defs).__setitem__(name, schema)


def drop_const(name: str, value: str) -> Callable[[dict[str, Any]], object]:
    def change(defs: dict[str, Any]) -> None:
        join(defs)[name]["anyOf"] = [b for b in join(defs)[name]["anyOf"] if b["const"] != value]

    return change


def steps(*changes: Callable[[dict[str, Any]], object]) -> Callable[[dict[str, Any]], object]:
    return lambda defs: [change(defs) for change in changes]


def add_verb(defs: dict[str, Any]) -> None:
    defs["SWMLMethod"]["anyOf"].append({"$ref": "#/$defs/Wait"})
    defs["Wait"] = wrapper("wait", closed({"ms": {"type": "integer"}}))


def remove_verb(defs: dict[str, Any]) -> None:
    defs["SWMLMethod"]["anyOf"].remove({"$ref": "#/$defs/Hangup"})
    defs["Confirm"]["properties"]["confirm"]["properties"]["then"]["items"]["anyOf"].pop(0)


def join_arg(defs: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = defs["Join"]["properties"]["join"]
    return found


def reorder_required(defs: dict[str, Any]) -> None:
    props = join(defs)
    join_arg(defs)["properties"] = {"room": props["room"], **props}


def reorder_optional(defs: dict[str, Any]) -> None:
    props = join(defs)
    join_arg(defs)["properties"] = {**{k: v for k, v in props.items() if k != "tree"}}
    join_arg(defs)["properties"] = {"name": props["name"], "tree": props["tree"], **props}


def sleep_variants(defs: dict[str, Any]) -> list[Any]:
    found: list[Any] = defs["Sleep"]["properties"]["sleep"]["anyOf"]
    return found


@dataclass(frozen=True)
class Case:
    rule: str
    change: Callable[[dict[str, Any]], object]
    path: str
    says: str


CASES = [
    Case(
        "bounds-tightened", prop("size", maximum=5), "join:size", "maximum tightened from 10 to 5"
    ),
    Case("bounds-loosened", prop("size", minimum=1), "join:size", "minimum loosened from 2 to 1"),
    Case(
        "default-changed", prop("muted", default=True), "join:muted", "now means True (was False)"
    ),
    Case("default-added", prop("room", default="lobby"), "join:room", "default of 'lobby'"),
    Case(
        "default-removed",
        lambda d: join(d)["muted"].pop("default"),
        "join:muted",
        "no longer documents its default False",
    ),
    Case("param-deprecated", prop("label", deprecated=True), "join:label", "is deprecated"),
    Case(
        "param-undeprecated",
        lambda d: join(d)["old"].pop("deprecated"),
        "join:old",
        "no longer deprecated",
    ),
    Case("description-changed", prop("label", description="A tag."), "join:label", "description"),
    Case(
        "definition-moved",
        prop("other_method", **{"x-enum-name": "OtherMethod"}),
        "join:method",
        "no longer used at #/$defs/Join/properties/join/properties/other_method",
    ),
    Case(
        "export-added",
        replace("label", consts("a", "b", **{"x-enum-name": "Label"})),
        "join:label",
        "`swml_verbs.Label` is new",
    ),
    Case(
        "export-removed",
        replace("beep", {"type": "string", "default": "true"}),
        "join:beep",
        "`from swml_verbs import Beep` raises ImportError",
    ),
    Case(
        "internal-changed",
        lambda d: join(d).pop("tree"),
        "join:tree",
        "internal alias Outline removed; it is not exported",
    ),
    Case("format-changed", prop("label", format="email"), "join:label", "format changed"),
    Case(
        "function-result-method-added",
        lambda d: d["Hangup"]["properties"]["hangup"].update({"x-function-result-method": True}),
        "hangup:(verb)",
        "`FunctionResult.hangup(...)` is new",
    ),
    Case(
        "function-result-method-removed",
        lambda d: join_arg(d).pop("x-function-result-method"),
        "join:(verb)",
        "`FunctionResult.join(...)` is gone",
    ),
    Case(
        "positional-parameters-added",
        lambda d: join_arg(d).update({"x-positional": ["name", "room", "muted"]}),
        "join:(verb)",
        "positional parameters (name, room) -> (name, room, muted)",
    ),
    Case(
        "positional-parameters-changed",
        lambda d: join_arg(d).update({"x-positional": ["room", "name"]}),
        "join:(verb)",
        "positional parameters (name, room) -> (room, name)",
    ),
    Case(
        "value-list-allowed",
        replace(
            "beep",
            {
                "type": "string",
                "default": "true",
                "x-enum-name": "Beep",
                "x-separator": ",",
                "x-items": {"anyOf": [{"const": "true"}, {"const": "false"}]},
            },
        ),
        "join:beep",
        "list of Beep values, sent joined by ','",
    ),
    Case(
        "value-list-disallowed",
        replace("events", consts("join", "leave", **{"x-enum-name": "Event"})),
        "join:events",
        "lists (and strings joined by ' ') are refused",
    ),
    Case("separator-changed", prop("events", **{"x-separator": ","}), "join:events", "'a,b'"),
    Case(
        "map-values-narrowed",
        lambda d: join(d)["params"]["unevaluatedProperties"].update({"maxLength": 3}),
        "join:params",
        "the values of `params`: maxLength from none to 3",
    ),
    Case(
        "map-values-widened",
        lambda d: join(d)["params"].update({"unevaluatedProperties": {}}),
        "join:params",
        "now any value (was string)",
    ),
    Case(
        "method-default-changed",
        prop("beep", **{"x-method-default": "false"}),
        "join:beep",
        "a call passing beep='true' now sends it",
    ),
    Case(
        "method-default-noted",
        lambda d: d["Hangup"]["properties"]["hangup"]["properties"]["reason"].update(
            {"x-method-default": "busy"}
        ),
        "hangup:reason",
        "no FunctionResult method reads it",
    ),
    Case(
        "method-list-narrowed",
        lambda d: d["Confirm"]["properties"]["confirm"]["properties"]["then"]["items"][
            "anyOf"
        ].pop(),
        "confirm:then",
        "takes hangup now (was hangup, sleep)",
    ),
    Case(
        "method-list-widened",
        lambda d: d["Confirm"]["properties"]["confirm"]["properties"]["then"]["items"][
            "anyOf"
        ].append({"$ref": "#/$defs/Play"}),
        "confirm:then",
        "takes hangup, sleep, play now",
    ),
    Case(
        "python-name-changed",
        prop("label", **{"x-python-name": "tag"}),
        "join:label",
        "keyword `label=` is now `tag=`",
    ),
    Case(
        "typescript-name-changed",
        prop("label", **{"x-camel-name": "tagName"}),
        "join:label",
        "TypeScript name `label` is now `tagName`",
    ),
    Case(
        "non-blank-added",
        prop("room", **{"x-non-blank": True}),
        "join:room",
        "blank strings ('' or whitespace) are refused now",
    ),
    Case(
        "none-sends-null",
        prop("label", type=["string", "null"]),
        "join:label",
        '`SWML().join(..., label=None)` now sends `"label": null` (it left the field out)',
    ),
    Case(
        "none-omits-field",
        prop("note", type="string"),
        "join:note",
        '`SWML().join(..., note=None)` now leaves the field out (it sent `"note": null`)',
    ),
    Case(
        "non-blank-removed",
        lambda d: join(d)["name"].pop("x-non-blank"),
        "join:name",
        "accepts blank strings again",
    ),
    Case(
        "object-closed",
        lambda d: join(d)["meta"].update({"unevaluatedProperties": CLOSED}),
        "join:meta",
        "now refuses keys it does not list",
    ),
    Case(
        "object-opened",
        lambda d: d["Stream"].update({"unevaluatedProperties": {"type": "string"}}),
        "join:stream",
        "now accepts keys it does not list",
    ),
    Case(
        "positional-order-changed",
        reorder_required,
        "join:(verb)",
        "required parameters reordered from (name, room) to (room, name)",
    ),
    Case("order-changed", reorder_optional, "join:(verb)", "fields reordered"),
    Case(
        "param-added",
        lambda d: join(d).update({"coach": {"type": "string"}}),
        "join:coach",
        "new optional parameter `coach` (keyword `coach=`)",
    ),
    Case(
        "required-param-added",
        lambda d: (
            join(d).update({"coach": {"type": "string"}}),
            join_arg(d).update({"required": ["name", "room", "coach"]}),
        ),
        "join:coach",
        "calls and payloads without it are now refused",
    ),
    Case(
        "param-removed",
        lambda d: join(d).pop("label"),
        "join:label",
        "calls passing `label=` raise TypeError",
    ),
    Case("pattern-tightened", prop("label", pattern="^[a-z]+$"), "join:label", "from none to"),
    Case(
        "pattern-loosened",
        lambda d: join(d)["code"].pop("pattern"),
        "join:code",
        "no longer has to match '^[0-9]+$'",
    ),
    Case("enum-value-removed", drop_const("beep", "false"), "join:beep", "Beep lost 'false'"),
    Case(
        "enum-value-added",
        lambda d: join(d)["beep"]["anyOf"].append({"type": "string", "const": "onEnter"}),
        "join:beep",
        "Beep gained 'onEnter' (Beep.ON_ENTER)",
    ),
    Case(
        "value-set-introduced",
        replace("label", consts("a", "b")),
        "join:label",
        "narrowed from any string to a value of Label",
    ),
    Case(
        "value-set-dropped",
        replace("beep", {"type": "string", "default": "true"}),
        "join:beep",
        "widened from a value of Beep to any string",
    ),
    Case(
        "const-changed",
        prop("kind", const="meeting"),
        "join:kind",
        "is now 'meeting' (was 'conference')",
    ),
    Case(
        "enum-ref-changed",
        prop("other_method", **{"x-enum-name": "OtherMethod"}),
        "join:other_method",
        "is now typed by OtherMethod instead of HttpMethod",
    ),
    Case(
        "model-ref-changed",
        lambda d: (
            d.update({"Stream2": copy.deepcopy(d["Stream"])}),
            join(d).update({"stream2": {"$ref": "#/$defs/Stream"}}),
            join(d)["stream"].update({"$ref": "#/$defs/Stream2"}),
        ),
        "join:stream",
        "now takes Stream2 objects instead of Stream (the same fields)",
    ),
    Case(
        "model-renamed",
        lambda d: (
            d.update({"MediaStream": d.pop("Stream")}),
            join(d)["stream"].update({"$ref": "#/$defs/MediaStream"}),
        ),
        "join:stream",
        "model Stream is now MediaStream: `from swml_verbs import Stream` raises ImportError",
    ),
    Case(
        "enum-renamed",
        prop("beep", **{"x-enum-name": "Bip"}),
        "join:beep",
        "enum Beep is now Bip",
    ),
    Case(
        "internal-renamed",
        lambda d: (
            d.update({"Tree": d.pop("Outline")}),
            d["Tree"]["anyOf"][1]["properties"]["children"]["items"].update(
                {"$ref": "#/$defs/Tree"}
            ),
            join(d)["tree"].update({"$ref": "#/$defs/Tree"}),
        ),
        "join:tree",
        "alias Outline is now Tree; it is not exported",
    ),
    Case(
        "became-required",
        lambda d: join_arg(d).update({"required": ["name", "room", "label"]}),
        "join:label",
        "became required",
    ),
    Case(
        "became-optional",
        lambda d: join_arg(d).update({"required": ["name"]}),
        "join:room",
        "became optional",
    ),
    Case(
        "scalar-form-gained",
        lambda d: sleep_variants(d).append({"type": "string"}),
        "sleep:(verb)",
        "`sleep` now also takes string: `SWML().sleep('text')` works",
    ),
    Case(
        "scalar-form-lost",
        lambda d: sleep_variants(d).pop(),
        "sleep:(verb)",
        "`sleep` no longer takes integer: `SWML().sleep(500)` is refused",
    ),
    Case(
        "swml-var-gained",
        replace("size", {"anyOf": [{"type": "integer"}, VAR], "minimum": 2, "maximum": 10}),
        "join:size",
        "now also accepts a SWML variable",
    ),
    Case(
        "swml-var-lost",
        replace("muted", {"type": "boolean", "default": False}),
        "join:muted",
        "no longer accepts a SWML variable",
    ),
    Case(
        "type-narrowed",
        replace("ratio", {"type": "integer"}),
        "join:ratio",
        "now takes integer (was number)",
    ),
    Case(
        "type-widened",
        replace("count", {"type": "number"}),
        "join:count",
        "now takes number (was integer)",
    ),
    Case(
        "type-changed",
        replace("count", {"type": "boolean"}),
        "join:count",
        "now takes boolean instead of integer",
    ),
    Case(
        "union-variant-added",
        lambda d: d["Play"]["properties"]["play"]["oneOf"].append({"$ref": "#/$defs/Stream"}),
        "play:(verb)",
        "now also accepts a Stream object",
    ),
    Case(
        "union-variant-removed",
        lambda d: d["Play"]["properties"]["play"]["oneOf"].pop(),
        "play:(verb)",
        "no longer accepts a PlayUrls object",
    ),
    Case(
        "union-exclusivity-changed",
        lambda d: d["Play"]["properties"].update(
            {"play": {"anyOf": d["Play"]["properties"]["play"]["oneOf"]}}
        ),
        "play:(verb)",
        "is now anyOf",
    ),
    Case(
        "union-order-changed",
        lambda d: d["Play"]["properties"]["play"]["oneOf"].reverse(),
        "play:(verb)",
        "variants reordered",
    ),
    Case(
        "url-schemes-narrowed",
        prop("callback", **{"x-url-schemes": ["https"]}),
        "join:callback",
        "callback='http://example.com' is refused",
    ),
    Case(
        "url-schemes-widened",
        prop("callback", **{"x-url-schemes": ["http", "https", "wss"]}),
        "join:callback",
        "takes http:// or https:// or wss:// URLs now",
    ),
    Case(
        "swml-var-pattern-narrowed",
        lambda d: d["SWMLVar"].update({"pattern": "^\\$\\{.*\\}$"}),
        "SWMLVar",
        "%{name}, %{vars.flag}, %{} are refused now",
    ),
    Case(
        "swml-var-pattern-widened",
        lambda d: d["SWMLVar"].update({"pattern": "^[\\$%]?\\{.*\\}$"}),
        "SWMLVar",
        "{name} accepted now",
    ),
    Case("verb-added", add_verb, "wait:(verb)", "new verb `wait`: `SWML().wait(...)`"),
    Case(
        "verb-removed",
        remove_verb,
        "hangup:(verb)",
        "`SWML().hangup(...)` raises AttributeError",
    ),
]


#: The generated-API rules fire only where no IR finding speaks for the same method parameter (a
#: renderer change the IR does not show), which no spec edit produces: each is checked on the
#: delta between two surfaces instead.
SURFACE_CASES = [
    ("py-method-added", Delta("method", "SWML.wait", attr="added", after=()), "is new"),
    ("py-method-removed", Delta("method", "SWML.hangup", attr="removed", before=()), "is gone"),
    (
        "py-keyword-added",
        Delta(
            "method",
            "SWML.join",
            "coach",
            "param-added",
            after=Param("coach", "keyword", "", "None"),
        ),
        "takes `coach` now",
    ),
    (
        "py-keyword-removed",
        Delta(
            "method",
            "SWML.join",
            "label",
            "param-removed",
            before=Param("label", "keyword", "", ""),
        ),
        "calls passing it raise TypeError",
    ),
    (
        "py-signature-changed",
        Delta("method", "SWML.join", "beep", "param-default", before="'true'", after="'false'"),
        "default changed from \"'true'\" to \"'false'\"",
    ),
]


def test_the_registry_lists_every_check_module_and_every_rule_it_defines() -> None:
    """The registry is written by hand: a check module or a rule left out of it would never
    run."""
    package = Path(rules_package.__file__).parent
    modules = sorted(p.stem for p in package.glob("*.py") if not p.stem.startswith("_"))
    assert [checker.module for checker in CHECKERS] == modules
    for checker in CHECKERS:
        module = importlib.import_module(checker.check.__module__)
        defined = [
            getattr(module, node.targets[0].id)
            for node in ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8")).body
            if isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and getattr(node.value.func, "id", "") == "rule"
        ]
        assert defined == list(checker.rules), checker.module


def test_every_rule_has_a_case() -> None:
    covered = {c.rule for c in CASES} | {rule for rule, _, _ in SURFACE_CASES}
    # The engine's own rules have tests of their own below.
    assert sorted(covered | {"unclassified-change", "spec-refused"}) == sorted(RULES)


@pytest.mark.parametrize(
    ("rule", "delta", "says"), SURFACE_CASES, ids=[c[0] for c in SURFACE_CASES]
)
def test_surface_rule(rule: str, delta: Delta, says: str) -> None:
    if not _BASE:
        _BASE.append(side(base_defs()))
    ctx = Context(_BASE[0], _BASE[0])
    hits = [hit for hit in python_api(delta, ctx) if hit.rule is not None]
    assert [hit.rule.id for hit in hits if hit.rule] == [rule]
    assert says in hits[0].message


def test_an_unexplained_delta_is_unclassified_and_breaking() -> None:
    if not _BASE:
        _BASE.append(side(base_defs()))
    ctx = Context(_BASE[0], _BASE[0])
    delta = Delta("verb", "join", attr="names", before="a", after="b")
    assert not [hit for run in CHECKS for hit in run(delta, ctx)]
    hit = _unclassified(delta, ctx)
    assert hit.rule is not None and hit.rule.id == "unclassified-change"
    assert "no rule explains this change" in hit.message


@pytest.mark.parametrize("case", CASES, ids=[c.rule for c in CASES])
def test_rule(case: Case) -> None:
    found = findings(case.change)
    mine = [f for f in found if f.id == case.rule]
    assert mine, [(f.id, f.path, f.message) for f in found]
    assert any(f.path == case.path and case.says in f.message for f in mine), [
        (f.path, f.message) for f in mine
    ]
    for finding in mine:
        assert finding.severity is RULES[case.rule].severity
        assert finding.affects or finding.severity.value != "breaking"
        assert finding.advice


def test_a_head_the_generator_refuses_is_one_finding_per_problem() -> None:
    if not _BASE:
        _BASE.append(side(base_defs()))
    defs = base_defs()
    join(defs)["room"]["uniqueItems"] = True
    join(defs)["size"]["minimum"] = "two"
    with pytest.raises(SpecError) as caught:
        side(defs)
    found = refused(_BASE[0], SpecRefused("head", caught.value.problems))
    where = "#/$defs/Join/properties/join/properties/"
    assert [(f.id, f.severity, f.path, f.verbs) for f in found] == [
        ("spec-refused", RULES["spec-refused"].severity, where + "room/uniqueItems", ("join",)),
        ("spec-refused", RULES["spec-refused"].severity, where + "size/minimum", ("join",)),
    ]
    assert found[0].message == (
        "the generator refuses head: keyword 'uniqueItems' is not supported on a string; "
        "expected for a string: format, maxLength, minLength, pattern"
    )
    assert all(f.file == "mini.json" and f.affects and f.advice for f in found)


def test_null_inside_a_nested_model_changes_no_keyword() -> None:
    """A dict passed for ``stream`` holding None was refused before: gaining null there only
    widens, no call sends something else."""
    found = findings(lambda d: d["Stream"]["properties"]["url"].update(type=["string", "null"]))
    assert "union-variant-added" in {f.id for f in found}
    assert not {"none-sends-null", "none-omits-field"} & {f.id for f in found}
