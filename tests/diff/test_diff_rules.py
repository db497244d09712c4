"""One minimal before/after schema per rule, and the exact finding it must produce."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from spec_diff_support import SWML_VAR, consts, diff, verb, view

from codegen.diff.rules import RULES, Finding, Pair, Severity, run_rule

MEMBERS_SCHEMA = {"type": "string", "x-separator": " ", "x-items": {"anyOf": [{"const": "a"}]}}


@dataclass(frozen=True)
class Case:
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    path: str
    message: str


CASES: dict[str, Case] = {
    "verb-added": Case(None, verb(), "(verb)", "the verb schema is new in this change"),
    "verb-removed": Case(
        verb(), None, "(verb)", "the verb schema was removed: every payload for it is refused"
    ),
    "param-added": Case(
        verb(), verb({"coach": {"type": "string"}}), "coach", "new optional parameter `coach`"
    ),
    "required-param-added": Case(
        verb(),
        verb({"coach": {"type": "string"}}, required=("name", "coach")),
        "coach",
        "new required parameter `coach`: payloads without it are now refused",
    ),
    "param-removed": Case(
        verb({"coach": {"type": "string"}}),
        verb(),
        "coach",
        "parameter `coach` was removed: payloads that set it are now refused",
    ),
    "became-required": Case(
        verb({"coach": {"type": "string"}}),
        verb({"coach": {"type": "string"}}, required=("name", "coach")),
        "coach",
        "`coach` became required: payloads without it are refused",
    ),
    "became-optional": Case(
        verb({"coach": {"type": "string"}}, required=("name", "coach")),
        verb({"coach": {"type": "string"}}),
        "coach",
        "`coach` became optional",
    ),
    "type-narrowed": Case(
        verb({"size": {"type": ["integer", "string"]}}),
        verb({"size": {"type": "string"}}),
        "size",
        "`size` no longer accepts integer (now string)",
    ),
    "type-widened": Case(
        verb({"size": {"type": "integer"}}),
        verb({"size": {"anyOf": [{"type": "integer"}, {"type": "string"}]}}),
        "size",
        "`size` now also accepts string (was integer)",
    ),
    "enum-value-removed": Case(
        verb({"beep": consts("true", "onExit")}),
        verb({"beep": consts("true")}),
        "beep",
        '`beep` no longer accepts "onExit"',
    ),
    "enum-value-added": Case(
        verb({"beep": {"enum": ["true"]}}),
        verb({"beep": {"enum": ["true", "onEnter"]}}),
        "beep",
        '`beep` now also accepts "onEnter"',
    ),
    "value-set-introduced": Case(
        verb({"region": {"type": "string"}}),
        verb({"region": consts("us", "eu")}),
        "region",
        '`region` narrowed to a value set: only "us", "eu" are accepted (was any string)',
    ),
    "value-set-dropped": Case(
        verb({"region": {"const": "us"}}),
        verb({"region": {"type": "string"}}),
        "region",
        '`region` widened from a value set ("us") to any string',
    ),
    "value-list-allowed": Case(
        verb({"events": consts("a")}),
        verb({"events": MEMBERS_SCHEMA}),
        "events",
        "`events` now accepts a list of its values separated by ' '",
    ),
    "value-list-disallowed": Case(
        verb({"events": MEMBERS_SCHEMA}),
        verb({"events": consts("a")}),
        "events",
        "`events` no longer accepts a list of values separated by ' ', only one value",
    ),
    "default-changed": Case(
        verb({"beep": {"type": "string", "default": "true"}}),
        verb({"beep": {"type": "string", "default": "false"}}),
        "beep",
        'default of `beep` changed from "true" to "false": leaving it out (as the short form '
        'does) now means "false"',
    ),
    "default-added": Case(
        verb({"beep": {"type": "string"}}),
        verb({"beep": {"type": "string", "default": "true"}}),
        "beep",
        '`beep` now documents a default of "true": check that omitting it still means the same',
    ),
    "default-removed": Case(
        verb({"beep": {"type": "string", "default": "true"}}),
        verb({"beep": {"type": "string"}}),
        "beep",
        '`beep` no longer documents its default ("true"): omitting it is left to the platform',
    ),
    "bounds-tightened": Case(
        # Bounds beside anyOf apply to every branch: upstream writes max_participants this way.
        verb({"max": {"anyOf": [{"type": "integer"}, SWML_VAR], "minimum": 2}}),
        verb({"max": {"anyOf": [{"type": "integer"}, SWML_VAR], "minimum": 3}}),
        "max",
        "`max` minimum tightened from 2 to 3",
    ),
    "bounds-loosened": Case(
        verb({"max": {"type": "integer", "maximum": 100}}),
        verb({"max": {"type": "integer"}}),
        "max",
        "`max` maximum loosened from 100 to none",
    ),
    "format-tightened": Case(
        verb({"url": {"type": "string"}}),
        verb({"url": {"type": "string", "format": "uri"}}),
        "url",
        "`url` format changed from none to uri",
    ),
    "format-loosened": Case(
        verb({"url": {"type": "string", "format": "uri"}}),
        verb({"url": {"type": "string"}}),
        "url",
        "`url` no longer requires format uri",
    ),
    "pattern-tightened": Case(
        verb({"sid": {"type": "string", "pattern": "^[a-f0-9-]+$"}}),
        verb({"sid": {"type": "string", "pattern": "^[a-f0-9]+$"}}),
        "sid",
        "`sid` pattern changed from '^[a-f0-9-]+$' to '^[a-f0-9]+$'",
    ),
    "pattern-loosened": Case(
        verb({"sid": {"type": "string", "pattern": "^x$"}}),
        verb({"sid": {"type": "string"}}),
        "sid",
        "`sid` no longer has to match '^x$'",
    ),
    "swml-var-gained": Case(
        verb({"muted": {"type": "boolean"}}),
        verb({"muted": {"anyOf": [{"type": "boolean"}, SWML_VAR]}}),
        "muted",
        "`muted` now also accepts a SWML variable (${...} or %{...})",
    ),
    "swml-var-lost": Case(
        verb({"muted": {"anyOf": [{"type": "boolean"}, SWML_VAR]}}),
        verb({"muted": {"type": "boolean"}}),
        "muted",
        "`muted` no longer accepts a SWML variable (${...} or %{...})",
    ),
    "object-closed": Case(
        verb(closed=False),
        verb(closed=True),
        "(verb)",
        "the verb object now refuses keys it does not list",
    ),
    "object-opened": Case(
        verb({"stream": {"type": "object", "additionalProperties": False}}),
        verb({"stream": {"type": "object"}}),
        "stream",
        "`stream` now accepts keys it does not list",
    ),
    "description-only": Case(
        verb({"beep": consts("true", description="Beep.")}),
        verb({"beep": consts("true", description="Beep  .")}),
        "beep",
        "`beep`: only its documentation changed (description)",
    ),
    "py-keyword-added": Case(
        verb(),
        verb({"record": consts("on", "off", default="off")}),
        "record",
        "new keyword argument `record=` (default 'off', typed by enum Record)",
    ),
    "py-keyword-removed": Case(
        # A keyword renamed with x-python-name, while the wire name stays the same.
        verb({"from": {"type": "string"}}),
        verb({"from": {"type": "string", "x-python-name": "from_"}}),
        "from",
        "keyword argument `from=` is gone: calls passing it raise TypeError",
    ),
    "py-default-changed": Case(
        verb({"max": {"type": "integer", "default": 100000}}),
        verb({"max": {"type": "integer", "default": 100000, "x-method-default": None}}),
        "max",
        "signature default of `max=` changed from 100000 to None: calls that leave it out now "
        "emit no `max` key",
    ),
    "py-enum-member-removed": Case(
        verb({"beep": consts("true", "onExit")}),
        verb({"beep": consts("true")}),
        "beep",
        "enum Beep lost ON_EXIT: code referring to them raises AttributeError",
    ),
    "py-enum-member-added": Case(
        verb({"status": {**MEMBERS_SCHEMA, "x-items": {"enum": ["a"]}}}),
        verb({"status": {**MEMBERS_SCHEMA, "x-items": {"enum": ["a", "in-b"]}}}),
        "status",
        "enum Status gained IN_B",
    ),
    "py-enum-renamed": Case(
        verb({"method": consts("GET", "POST", **{"x-enum-name": "StatusCallbackMethod"})}),
        verb({"method": consts("GET", "POST", **{"x-enum-name": "HttpMethod"})}),
        "method",
        "enum class for `method=` renamed from StatusCallbackMethod to HttpMethod: imports of "
        "StatusCallbackMethod break",
    ),
    "py-enum-added": Case(
        verb({"region": {"type": "string"}}),
        verb({"region": consts("us", "eu")}),
        "region",
        "`region=` is now typed by new enum Region (US, EU)",
    ),
    "py-enum-removed": Case(
        verb({"status_event": consts("join")}),
        verb({"status_event": {"type": "string"}}),
        "status_event",
        "enum StatusEvent is no longer generated for `status_event=`, which now takes a plain "
        "str: the same values still work, but code importing StatusEvent breaks",
    ),
}


def test_every_rule_has_a_case() -> None:
    assert sorted(CASES) == sorted(RULES)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule(rule_id: str) -> None:
    case = CASES[rule_id]
    rule = RULES[rule_id]
    expected = Finding(rule_id, rule.severity, case.path, case.message)

    # The rule alone, on the parameter the case is about ...
    path = "" if case.path == "(verb)" else case.path
    before, after = view(case.before), view(case.after)
    pair = Pair(
        path,
        before.params.get(path) if before else None,
        after.params.get(path) if after else None,
    )
    assert run_rule(rule, pair) == [expected]
    # ... and the whole comparison, which must include it exactly once.
    assert diff(case.before, case.after).count(expected) == 1


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_is_silent_without_a_change(rule_id: str) -> None:
    for schema in (CASES[rule_id].before, CASES[rule_id].after):
        assert diff(schema, schema) == []


def test_severities_follow_the_breaking_definition() -> None:
    # Spot checks of the classification the issue asks for; the registry is the source.
    assert RULES["param-removed"].severity is Severity.BREAKING
    assert RULES["default-changed"].severity is Severity.BREAKING
    assert RULES["py-default-changed"].severity is Severity.BREAKING
    assert RULES["enum-value-removed"].severity is Severity.BREAKING
    assert RULES["value-set-introduced"].severity is Severity.BREAKING
    assert RULES["value-set-dropped"].severity is Severity.INFO
    assert RULES["py-enum-removed"].severity is Severity.WARNING


def test_every_rule_has_a_one_line_template_and_a_meaning() -> None:
    for rule in RULES.values():
        assert "\n" not in rule.template, rule.id
        assert rule.meaning, f"{rule.id} has no docstring to explain it"
