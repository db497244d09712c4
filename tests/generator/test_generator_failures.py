"""Generator failure cases, in the manner of openapi-python-client's ``generator_failure_cases``.

Each file in ``failures/`` is a SWML document with one defect (``several_problems.json`` has
four, to show that one run reports all of them). Each is run through the CLI exactly as a user
would, from the repository root::

    python -m codegen generate --spec tests/generator/failures/<case> --out <tmp>

and must give exit code 2, nothing on stdout, on stderr exactly the lines in ``LINES`` (each
``error: <file>: <pointer or line, column>: <message>; expected <what>``) followed by
``<n> problem(s) in the spec; nothing was written.``, and leave the output directory, which
already holds a package, byte for byte as it was.

A case that ends in a traceback, or in any error that is not a located spec problem, is a
generator bug: it stays here as a strict xfail (``CRASHES``), with the line the generator should
print in ``LINES`` (a proposal: the fix may word it otherwise and update the table).
"""

from __future__ import annotations

import pytest

from tests.generator.harness import FAILURES, Run, generate, parallel, snapshot

LINES: dict[str, list[str]] = {
    "array_unique_items.json": [
        "error: tests/generator/failures/array_unique_items.json: "
        "#/$defs/CollectMethod/properties/collect/properties/digits/uniqueItems: keyword "
        "'uniqueItems' is not supported on an array; expected for an array: items, maxItems, "
        "minItems",
    ],
    "duplicate_python_name.json": [
        "error: tests/generator/failures/duplicate_python_name.json: "
        "#/$defs/StreamMethod/properties/stream/properties/options: class name 'Options' is "
        "already used by #/$defs/RecordMethod/properties/record/properties/options; expected "
        "distinct names (set x-python-name on one of them)",
    ],
    "malformed_json.json": [
        "error: tests/generator/failures/malformed_json.json: line 7, column 5: invalid JSON: "
        "Expecting ',' delimiter",
    ],
    "malformed_yaml.yaml": [
        "error: tests/generator/failures/malformed_yaml.yaml: line 7, column 3: invalid YAML: "
        "expected ',' or ']', but got '<scalar>' (while parsing a flow sequence); expected "
        "well-formed YAML",
    ],
    "method_default_outside.json": [
        "error: tests/generator/failures/method_default_outside.json: "
        "#/$defs/BeepMethod/properties/beep/properties/tone/x-method-default: default 'loud' is "
        "outside the parameter's own value set or bounds; expected a value the parameter accepts",
    ],
    "number_multiple_of.json": [
        "error: tests/generator/failures/number_multiple_of.json: "
        "#/$defs/VolumeMethod/properties/volume/properties/level/multipleOf: keyword "
        "'multipleOf' is not supported on a number; expected for a number: exclusiveMaximum, "
        "exclusiveMinimum, maximum, minimum",
    ],
    "object_pattern_properties.json": [
        "error: tests/generator/failures/object_pattern_properties.json: "
        "#/$defs/HeadersMethod/properties/headers/patternProperties: keyword "
        "'patternProperties' is not supported on an object; expected for an object: "
        "additionalProperties, minProperties, properties, required, unevaluatedProperties",
    ],
    "pattern_words_without_pattern.json": [
        "error: tests/generator/failures/pattern_words_without_pattern.json: "
        "#/$defs/SayMethod/properties/say/properties/text/x-pattern-words: x-pattern-words "
        "without a pattern; expected a pattern",
    ],
    "pattern_refused.json": [
        "error: tests/generator/failures/pattern_refused.json: "
        "#/$defs/SayMethod/properties/say/properties/text/pattern: pattern '(?<=a+)b': cannot "
        "translate ECMA-262 pattern '(?<=a+)b': lookbehind at offset 0: its body matches from 1 "
        "to unbounded characters and Python's re supports fixed-width lookbehind only. "
        "Supported: literals and escapes (\\n \\t \\xHH \\uHHHH \\cX \\0, legacy octal, "
        "identity escapes), . ^ $ \\d \\D \\w \\W \\s \\S \\b \\B, character classes, "
        "capturing, named and non-capturing groups, lookahead, fixed-width lookbehind, greedy "
        "and lazy quantifiers, and backreferences to an earlier group that every repetition "
        "around it sets; expected an ECMA-262 pattern",
    ],
    "property_names_collide.json": [
        "error: tests/generator/failures/property_names_collide.json: "
        "#/$defs/CatMethod/properties/cat/properties/a_b: Python name 'a_b' of 'a_b' collides "
        "with 'a-b'; expected distinct Python names (set x-python-name)",
    ],
    "python_name_keyword.json": [
        "error: tests/generator/failures/python_name_keyword.json: "
        "#/$defs/SendMethod/properties/send/properties/kind/x-python-name: 'class' is a Python "
        "keyword or not an identifier; expected an ASCII identifier that is not a keyword (set "
        "x-python-name, such as 'from_')",
    ],
    "recursive_array.json": [
        "error: tests/generator/failures/recursive_array.json: #/$defs/Tree: recursive "
        "definition without an object model on the cycle; expected recursion only through "
        "objects with properties",
    ],
    "ref_nowhere.json": [
        "error: tests/generator/failures/ref_nowhere.json: "
        "#/$defs/PlayMethod/properties/play/$ref: $ref '#/$defs/PlayObject' points to nothing; "
        "expected a reference to an existing definition, such as '#/$defs/SWMLVar'",
    ],
    "ref_other_file.json": [
        "error: tests/generator/failures/ref_other_file.json: "
        "#/$defs/PlayMethod/properties/play/$ref: $ref 'play.json#/$defs/PlayObject' points "
        "outside this document; expected a local reference such as '#/$defs/Name' (or "
        "'SWMLObject.json' for the whole document)",
    ],
    "required_not_property.json": [
        "error: tests/generator/failures/required_not_property.json: "
        "#/$defs/JoinMethod/properties/join/required/0: required 'nmae' is not a property (did "
        "you mean 'name'?); expected names from properties: name",
    ],
    "separator_without_items.json": [
        "error: tests/generator/failures/separator_without_items.json: "
        "#/$defs/NotifyMethod/properties/notify/properties/events/x-separator: x-separator is "
        "given without x-items; expected x-items beside it: the value set of one list item when "
        "x-separator is given: an object with anyOf of {const, description}",
    ],
    "several_problems.json": [
        "error: tests/generator/failures/several_problems.json: "
        "#/$defs/BeepMethod/properties/beep/properties/tone/x-enum-nam: unknown keyword "
        "'x-enum-nam' (did you mean 'x-enum-name'?); expected one of x-camel-name, x-enum-name, "
        "x-function-result-method, x-helpers, x-items, x-method-default, x-non-blank, "
        "x-pattern-words, x-positional, x-python-name, x-separator, x-source, x-url-schemes",
        "error: tests/generator/failures/several_problems.json: "
        "#/$defs/SayMethod/properties/say/properties/text/contentEncoding: keyword "
        "'contentEncoding' is not supported on a string; expected for a string: format, "
        "maxLength, minLength, pattern",
        "error: tests/generator/failures/several_problems.json: "
        "#/$defs/JoinMethod/properties/join/required/0: required 'nmae' is not a property (did "
        "you mean 'name'?); expected names from properties: name",
        "error: tests/generator/failures/several_problems.json: "
        "#/$defs/PlayMethod/properties/play/$ref: $ref '#/$defs/PlayObject' points to nothing; "
        "expected a reference to an existing definition, such as '#/$defs/SWMLVar'",
    ],
    "shared_enum_name.json": [
        "error: tests/generator/failures/shared_enum_name.json: "
        "#/$defs/StreamMethod/properties/stream/properties/mode/anyOf: enum Mode is already "
        "used with values ['fast', 'slow']; expected the same values for a shared x-enum-name, "
        "or another name",
    ],
    "string_content_encoding.json": [
        "error: tests/generator/failures/string_content_encoding.json: "
        "#/$defs/SayMethod/properties/say/properties/text/contentEncoding: keyword "
        "'contentEncoding' is not supported on a string; expected for a string: format, "
        "maxLength, minLength, pattern",
    ],
    "swml_method_missing.json": [
        "error: tests/generator/failures/swml_method_missing.json: #/$defs/SWMLMethod: no "
        "verbs: $defs/SWMLMethod is missing or is not an anyOf of verb objects; expected anyOf: "
        "[{$ref: '#/$defs/Play'}, ...], each an object with one property",
    ],
    "unknown_x_keyword.json": [
        "error: tests/generator/failures/unknown_x_keyword.json: "
        "#/$defs/BeepMethod/properties/beep/properties/tone/x-enum-nam: unknown keyword "
        "'x-enum-nam' (did you mean 'x-enum-name'?); expected one of x-camel-name, x-enum-name, "
        "x-function-result-method, x-helpers, x-items, x-method-default, x-non-blank, "
        "x-pattern-words, x-positional, x-python-name, x-separator, x-source, x-url-schemes",
    ],
    "wrapper_two_properties.json": [
        "error: tests/generator/failures/wrapper_two_properties.json: #/$defs/HangupMethod: a "
        "verb must be an object with exactly one required property, the verb's name; expected "
        "{type: object, properties: {verb: ...}, required: [verb]}",
    ],
}

#: Cases the generator crashes on today (generator bugs), with what happens instead. None today:
#: the two there were (a recursive union without a model, a property named '9lives') generate
#: now, and are constructs in specs/.
CRASHES: dict[str, str] = {}

CASES = sorted(p.name for p in FAILURES.iterdir() if p.is_file())


class GeneratorCrashed(Exception):
    """The generator did not report the spec's problems as located spec errors."""


@pytest.fixture(scope="module")
def runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[Run, dict[str, bytes], dict[str, bytes]]]:
    """Every case through the CLI (several at a time): the run, and the output directory before
    and after it. The directory already holds a package, as a real ``generated/`` would."""
    root = tmp_path_factory.mktemp("failures")

    def one(case: str) -> tuple[Run, dict[str, bytes], dict[str, bytes]]:
        out = root / case
        (out / "swml_verbs").mkdir(parents=True)
        (out / "swml_verbs" / "__init__.py").write_text("# the package from an earlier run\n")
        before = snapshot(out)
        run = generate(FAILURES / case, out)
        return run, before, snapshot(out)

    return dict(zip(CASES, parallel(one, CASES), strict=True))


def test_every_case_has_its_lines() -> None:
    assert sorted(LINES) == CASES
    assert set(CRASHES) <= set(CASES)


def _param(case: str) -> object:
    if case not in CRASHES:
        return case
    return pytest.param(
        case,
        marks=pytest.mark.xfail(raises=GeneratorCrashed, strict=True, reason=CRASHES[case]),
    )


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_failure(
    case: str, runs: dict[str, tuple[Run, dict[str, bytes], dict[str, bytes]]]
) -> None:
    run, before, after = runs[case]
    located = f"error: tests/generator/failures/{case}: "
    lines = run.stderr.splitlines()
    if (
        run.returncode not in (0, 2)
        or "Traceback" in run.stderr
        or not all(line.startswith(located) for line in lines[:-1])
    ):
        raise GeneratorCrashed(f"exit {run.returncode}\n{run.stderr[-3000:]}")
    expected = LINES[case]
    assert run.returncode == 2, run.stdout + run.stderr
    assert run.stdout == ""
    assert lines == [*expected, f"{len(expected)} problem(s) in the spec; nothing was written."]
    assert after == before, "a refused spec changed the output directory"
