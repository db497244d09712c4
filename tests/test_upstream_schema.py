"""The upstream-schema oracle (tests/upstream_schema.py) on every verb: its strategies draw only
arguments the published schema accepts, its mutations only arguments it refuses, its patterns
are read as ECMA-262, and its draft-7 copy agrees with the 2020-12 original."""

from __future__ import annotations

import contextlib
import copy
import json
import re
import time
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from jsonschema import Draft7Validator, Draft202012Validator

from tests import upstream_schema as upstream

pytestmark = pytest.mark.skipif(
    not upstream.SCHEMA_FILE.exists(), reason="../shared/upstream is not present"
)

# Few examples: each verb gets its own test and the AI verbs' arguments are large. A deadline and
# too_slow would only measure the first build of a verb's strategy (up to seconds), and an AI
# agent's draw can be large (data_too_large) while still valid and useful.
EXAMPLES = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
#: Each mutation validates the whole argument again, so fewer, and with method_depth=0 (nested
#: verb lists hold the small leaf verbs): a nested AI agent would make each check 10x slower.
MUTATION_EXAMPLES = settings(EXAMPLES, max_examples=4)

#: verb -> seconds spent in its tests, printed once at the end of the module.
TIMINGS: defaultdict[str, float] = defaultdict(float)


@pytest.fixture(scope="module", autouse=True)
def _report_timings(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if not TIMINGS:
        return
    rates = upstream.filter_rates()
    lines = ["", "upstream schema: seconds per verb (draws + mutations); drawn/filtered out at"]
    lines[-1] += " method_depth 0 (d0) and 1 (d1)"
    for verb, seconds in sorted(TIMINGS.items(), key=lambda item: -item[1]):
        drawn = [rates.get((verb, depth), (0, 0)) for depth in (0, 1)]
        counts = " ".join(f"d{depth}={d}/{r}" for depth, (d, r) in enumerate(drawn) if d)
        lines.append(f"  {verb:18} {seconds:6.2f}s  {counts}")
    lines.append(f"  {'total':18} {sum(TIMINGS.values()):6.2f}s")
    # Past pytest's output capture, so that it shows without -s.
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        print("\n".join(lines), flush=True)


@pytest.fixture(scope="module")
def draft7() -> Draft7Validator:
    return Draft7Validator(upstream.draft7_document())


def document(verb: str, argument: Any) -> dict[str, Any]:
    return {"version": "1.0.0", "sections": {"main": [{verb: argument}]}}


# -- verbs and the document validator --------------------------------------------------------------


def test_verbs_are_the_43_of_swml_method_in_order() -> None:
    names = upstream.verbs()
    assert len(names) == len(set(names)) == 43
    assert names[:5] == ["answer", "ai", "ai_sidecar", "amazon_bedrock", "cond"]
    assert names[-3:] == ["pay", "detect_machine", "user_event"]
    assert {"join_conference", "play", "connect", "transcribe", "stop_stream"} <= set(names)


def test_validator_checks_whole_documents() -> None:
    validator = upstream.validator()
    assert validator is upstream.validator()  # cached
    assert validator.is_valid(document("hangup", {}))
    assert not validator.is_valid(document("hangup", {"reason": "bored"}))
    assert not validator.is_valid({"sections": {"main": [{"not_a_verb": 1}]}})
    assert not validator.is_valid({"version": "1.0.0"})  # sections is required


def test_the_root_self_reference_resolves() -> None:
    # An AI SWAIG function's action carries a whole SWML document: `$ref: "SWMLObject.json"`.
    def ai(swml: Any) -> dict[str, Any]:
        output = {"response": "ok", "action": [{"SWML": swml}]}
        function = {"function": "f", "description": "d", "data_map": {"output": output}}
        return {"prompt": {"text": "hi"}, "SWAIG": {"functions": [function]}}

    inner = {"version": "1.0.0", "sections": {"main": [{"hangup": {}}]}}
    assert upstream.method_errors("ai", ai(inner)) == []
    broken = {"version": "1.0.0", "sections": {"main": [{"hangup": {"reason": "bored"}}]}}
    assert not upstream.is_valid_method("ai", ai(broken))


def test_method_errors_name_the_path_and_reason() -> None:
    assert upstream.method_errors("hangup", {"reason": "busy"}) == []
    errors = upstream.method_errors("hangup", {"reason": "bored"})
    assert errors and all(e.startswith("$.hangup.reason: ") for e in errors)
    assert upstream.method_errors("not_a_verb", {}) == [
        "$: 'not_a_verb' is not one of the SWML verbs"
    ]


# -- ECMA-262 patterns -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("${a}", True),
        ("%{call.from}", True),
        ("${\r}", False),  # `.` stops at \r in ECMA-262, not in Python
        ("${\u2028}", False),  # nor at U+2028
        ("${a}\n", False),  # `$` is the end, not "before a final newline"
        ("a${a}", False),
    ],
)
def test_swml_variables_are_matched_as_ecma_262(value: str, valid: bool) -> None:
    assert upstream.is_valid_method("sleep", value) is valid
    assert upstream.validator().is_valid(document("sleep", value)) is valid
    assert Draft7Validator(upstream.draft7_document()).is_valid(document("sleep", value)) is valid


def test_python_re_would_read_the_patterns_differently() -> None:
    # Why the ECMA validator exists: jsonschema's own `pattern` (Python's re) accepts these.
    plain = Draft202012Validator(upstream.document(), registry=upstream._registry())
    for value in ("${\r}", "${a}\n"):
        assert plain.is_valid(document("sleep", value))
        assert not upstream.validator().is_valid(document("sleep", value))


@pytest.mark.parametrize(
    ("ecma", "python"),
    [
        (r"^[\$%]\{.*\}$", r"^[\$%]\{[^\n\r\u2028\u2029]*\}\Z"),
        (r"^(?:\d+h)?(?:\d+m)?(?:\d+s)?$", r"^(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?\Z"),
        (r"^prompt:.+$", r"^prompt:[^\n\r\u2028\u2029]+\Z"),
        (r"^(http|https)://", r"^(http|https)://"),
        (r"^(?!next$).*$", r"^(?!next\Z)[^\n\r\u2028\u2029]*\Z"),
        (r"[^.$\d]", r"[^.$0-9]"),  # inside a class `.` and `$` are literal
    ],
)
def test_patterns_are_translated_for_python(ecma: str, python: str) -> None:
    assert upstream._python_pattern(ecma) == python


@pytest.mark.parametrize("pattern", [r"\s", r"\bword", r"[]", r"\p{L}"])
def test_untranslated_pattern_syntax_is_refused(pattern: str) -> None:
    with pytest.raises(NotImplementedError):
        upstream._python_pattern(pattern)


def test_every_upstream_pattern_reads_the_same_in_both_dialects() -> None:
    patterns = set(re.findall(r'"pattern": ("(?:[^"\\]|\\.)*")', upstream.SCHEMA_FILE.read_text()))
    assert len(patterns) == 6
    probes = ["${a}", "${\r}", "${a}\n", "\u0661h", "1h2m3s", "prompt:x", "prompt:\n", "next"]
    probes += ["next\n", "nexte", "https://x", "say:hi", "ring:1.5:us", "silence:2", "\u2028"]
    for literal in patterns:
        ecma = json.loads(literal)
        python = re.compile(upstream._python_pattern(ecma))
        for probe in probes:
            expected = upstream._ecma_regex(ecma).find(probe) is not None
            assert (python.search(probe) is not None) is expected, (ecma, probe)


# -- the draft-7 copy ------------------------------------------------------------------------------


def test_draft7_copy_is_a_valid_draft7_schema() -> None:
    copy = upstream.draft7_document()
    Draft7Validator.check_schema(copy)
    text = json.dumps(copy)
    for gone in ("$defs", "unevaluatedProperties", '"examples"', "SWMLObject.json"):
        assert gone not in text
    for verb in upstream.verbs():
        Draft7Validator.check_schema(upstream.generation_schema(verb))
        assert "$ref" not in json.dumps(upstream.generation_schema(verb))


def test_unevaluated_properties_beside_a_union_is_refused() -> None:
    schema = {"properties": {"a": {}}, "anyOf": [{}], "unevaluatedProperties": False}
    with pytest.raises(NotImplementedError, match="unevaluatedProperties beside"):
        upstream._to_draft7(schema, "#")


def test_ref_siblings_survive_in_draft7() -> None:
    converted = upstream._to_draft7({"$ref": "#/$defs/X", "minProperties": 1}, "#")
    assert converted == {"allOf": [{"$ref": "#/definitions/X"}], "minProperties": 1}


def test_leaf_verbs_are_small_non_recursive_verbs_from_the_file() -> None:
    leaves = upstream._leaf_verbs()
    assert len(leaves) == 5 and set(leaves) <= set(upstream.verbs())
    assert "cond" not in leaves and "ai" not in leaves


# -- every verb ------------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", upstream.verbs() if upstream.SCHEMA_FILE.exists() else [])
def test_drawn_arguments_are_valid(verb: str, draft7: Draft7Validator) -> None:
    start = time.perf_counter()

    @EXAMPLES
    @given(upstream.argument_strategy(verb))
    def check(argument: Any) -> None:
        assert upstream.method_errors(verb, argument) == []
        # The draft-7 copy (additionalProperties, Python patterns) agrees with the original.
        assert draft7.is_valid(document(verb, argument))

    try:
        check()
    finally:
        TIMINGS[verb] += time.perf_counter() - start


@pytest.mark.parametrize("verb", upstream.verbs() if upstream.SCHEMA_FILE.exists() else [])
def test_mutations_are_refused(verb: str, draft7: Draft7Validator) -> None:
    start = time.perf_counter()

    @MUTATION_EXAMPLES
    @given(upstream.argument_strategy(verb, method_depth=0))
    def check(argument: Any) -> None:
        mutations = upstream.invalid_mutations(verb, argument)
        # `return` takes any value; every other verb has something to break.
        assert bool(mutations) is (verb != "return")
        for description, mutated in mutations:
            assert description.count("$") >= 1, description
            # invalid_mutations kept only what is_valid_method refuses; the draft-7 copy is an
            # independent check (and a cheaper one than collecting method_errors).
            assert not draft7.is_valid(document(verb, mutated)), description

    try:
        check()
    finally:
        TIMINGS[verb] += time.perf_counter() - start


def test_mutations_of_a_known_argument() -> None:
    argument = {"reason": "busy"}
    assert [d for d, _ in upstream.invalid_mutations("hangup", argument)] == [
        "unknown key 'not_in_the_schema' added at $",
        "dict at $ replaced by list ['not', 'an', 'object']",
        "str at $.reason replaced by int 12345",
        "'busy' at $.reason replaced by 'busy-not-in-the-set', outside its value set",
    ]
    assert argument == {"reason": "busy"}  # not mutated in place


def test_mutations_reach_nested_objects_verb_lists_and_bounds() -> None:
    argument = {
        "name": "room",
        "max_participants": 10,
        "stream": {"url": "wss://example.com/a"},
        "result": {"variable": "x", "case": {"a": [{"hangup": {}}]}},
    }
    assert upstream.is_valid_method("join_conference", argument)
    descriptions = [d for d, _ in upstream.invalid_mutations("join_conference", argument)]
    assert "required key 'name' removed at $" in descriptions
    assert "unknown key 'not_in_the_schema' added at $.stream" in descriptions
    assert "10 at $.max_participants replaced by 1, below its minimum" in descriptions
    assert "verb list entry $.result.case.a[0] replaced by {'not_a_verb': 1}" in descriptions


def test_mutations_are_deterministic_and_explained() -> None:
    argument = [
        {"when": "a > 1", "then": [{"hangup": {"reason": "busy"}}], "else": [{"label": "x"}]},
        {"else": [{"play": {"url": "say:hi"}}, {"sleep": 1}]},
    ]
    mutations = upstream.invalid_mutations("cond", argument)
    assert mutations == upstream.invalid_mutations("cond", copy.deepcopy(argument))
    assert len({d for d, _ in mutations}) == len(mutations) >= 6
    for description, mutated in mutations:
        assert upstream.method_errors("cond", mutated), description


def test_invalid_mutations_needs_a_valid_argument() -> None:
    with pytest.raises(ValueError, match="not a valid hangup argument"):
        upstream.invalid_mutations("hangup", {"reason": "bored"})


def test_nested_verb_lists_hold_any_verb_one_level_deep() -> None:
    leaves = set(upstream._leaf_verbs())

    def nested_verbs(argument: Any) -> set[str]:
        return {
            verb
            for branch in argument
            for key in ("then", "else")
            for m in branch.get(key, [])
            for verb in m
        }

    # Generation only, no shrinking: the first cond that nests a verb other than the leaf verbs.
    quick = settings(phases=[Phase.generate], max_examples=200, database=None, deadline=None)
    found = find(
        upstream.argument_strategy("cond"), lambda a: bool(nested_verbs(a) - leaves), settings=quick
    )
    assert "\x00nested SWML method" not in json.dumps(found)
    # Below method_depth, verb lists hold only the leaf verbs.
    shallow = find(
        upstream.argument_strategy("cond", method_depth=0),
        lambda a: bool(nested_verbs(a)),
        settings=quick,
    )
    assert nested_verbs(shallow) <= leaves
