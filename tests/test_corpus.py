"""Bad and hostile specs, run through the real CLI as a user would.

Every bad spec in ``tests/corpus/`` is a copy of ``valid.yaml`` with one defect (or, for
``several_problems``, three). The table records the exact lines the generator must print: exit
code 2, every problem in one run, no traceback, and an out dir left byte-for-byte as it was.
Hostile specs are valid: their hazardous text must come out as inert literals and docstrings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path("tests/corpus")  # relative to REPO, so messages and headers name it so

#: case -> the problems it reports, each after "error: tests/corpus/<case>.yaml: ".
EXPECTED: dict[str, list[str]] = {
    "malformed_yaml": [
        "line 8, column 11: invalid YAML: expected ',' or ']', but got ':'"
        " (while parsing a flow sequence); expected well-formed YAML",
    ],
    "duplicate_key": [
        "line 19, column 5: invalid YAML: duplicate key 'description' (first at line 14)"
        " (while reading a mapping); expected each key at most once in a mapping",
    ],
    "not_utf8": ["line 2, column 8: byte 0xff is not valid UTF-8; expected a UTF-8 text file"],
    "unknown_type": [
        "#/properties/name/type: unknown type 'strin' (did you mean 'string'?);"
        " expected one of array, boolean, integer, null, number, object, string",
    ],
    "unsupported_type": [
        "#/properties/name/type: unsupported type 'number';"
        " expected boolean, integer, string, object or array",
    ],
    "missing_type": [
        "#/properties/from: missing type; expected type: boolean, integer, string, object or"
        " array, or a value set (const/enum)",
    ],
    "default_outside_value_set": [
        "#/properties/beep/default: default 'sometimes' is outside the parameter's own value set"
        " or bounds; expected one of 'true', 'onEnter' (or a Beep member)",
    ],
    "default_outside_bounds": [
        "#/properties/max_participants/default: default 1 is outside the parameter's own value"
        " set or bounds; expected an integer from 2 to 100000 or a SWML variable such as"
        " '${name}'",
    ],
    "method_default_outside_bounds": [
        "#/properties/max_participants/x-method-default: default 100001 is outside the"
        " parameter's own value set or bounds; expected an integer from 2 to 100000 or a SWML"
        " variable such as '${name}'",
    ],
    "default_wrong_type": [
        "#/properties/muted/default: default 'yes' is outside the parameter's own value set or"
        " bounds; expected True or False or a SWML variable such as '${name}'",
    ],
    "minimum_above_maximum": [
        "#/properties/max_participants/minimum: minimum 100 is above maximum 2;"
        " expected minimum <= maximum",
    ],
    "meta_schema_violation": [
        "#/properties/max_participants/minimum: not valid JSON Schema 2020-12: 'two' is not of"
        " type number; expected a number",
    ],
    "ref_to_nothing": [
        "#/properties/muted/anyOf/1/$ref: $ref '#/$defs/SWMLVariable' points to nothing;"
        " expected a reference to an existing definition, such as '#/$defs/SWMLVar'",
    ],
    "ref_outside_document": [
        "#/properties/from/$ref: $ref 'common.yaml#/$defs/Name' points outside this document;"
        " expected a local reference such as '#/$defs/Name'",
    ],
    "circular_ref": [
        "#/$defs/B/$ref: circular $ref: #/$defs/A -> #/$defs/B -> #/$defs/A;"
        " expected a $ref chain that ends",
    ],
    "python_name_collision": [
        "#/properties/maxParticipants: Python name 'max_participants' of 'maxParticipants'"
        " collides with 'max_participants'; expected distinct Python names (set x-python-name"
        " or x-camel-name)",
        "#/properties/maxParticipants: camelCase name 'maxParticipants' of 'maxParticipants'"
        " collides with 'max_participants'; expected distinct camelCase names (set"
        " x-python-name or x-camel-name)",
    ],
    "camel_name_collision": [
        "#/properties/muted: camelCase name 'name' of 'muted' collides with 'name'; expected"
        " distinct camelCase names (set x-python-name or x-camel-name)",
    ],
    "python_keyword_name": [
        "#/properties/from/x-python-name: 'class' is a Python keyword or not an identifier;"
        " expected an ASCII identifier that is not a keyword (set x-python-name, such as"
        " 'from_')",
    ],
    "not_identifier": [
        "#/properties/from/x-python-name: invalid x-python-name: 'from-address' does not match"
        " '^[A-Za-z_][A-Za-z0-9_]*$'; expected a Python identifier overriding the derived name"
        " of a parameter, class or enum member",
    ],
    "reserved_name": [
        "#/properties/self: Python name 'self' is reserved by the generated method;"
        " expected another name via x-python-name",
    ],
    "unknown_x_keyword": [
        "#/properties/max_participants/x-method-defualt: unknown keyword 'x-method-defualt'"
        " (did you mean 'x-method-default'?); expected one of x-camel-name, x-enum-name,"
        " x-items, x-method-default, x-non-blank, x-python-name, x-separator, x-url-schemes,"
        " x-verb",
    ],
    "invalid_x_value": [
        "#/properties/from/x-url-schemes/0: invalid x-url-schemes: 'HTTPS' does not match"
        " '^[a-z][a-z0-9+.-]*$'; expected the URL schemes the method accepts for a format: uri"
        " string, such as [http, https]",
    ],
    "separator_without_items": [
        "#/properties/from/x-separator: x-separator is given without x-items; expected x-items"
        " beside it: the value set of one list item when x-separator is given: an object with"
        " anyOf of {const, description}",
    ],
    "empty_value_set": ["#/properties/from/enum: empty value set; expected at least one value"],
    "empty_any_of": [
        "#/properties/from/anyOf: not valid JSON Schema 2020-12: [] should be non-empty;"
        " expected at least 1 item",
    ],
    "non_string_enum_value": [
        "#/properties/beep/anyOf/1/const: value True is not a string; expected string values"
        " (quote YAML words like 'true', 'on' or 'no')",
    ],
    "enum_member_collision": [
        "#/properties/beep: values 'on-enter' and 'on_enter' both become member ON_ENTER;"
        " expected values with distinct member names",
    ],
    "required_not_a_property": [
        "#/required/1: required 'nam' is not a property (did you mean 'name'?); expected names"
        " from properties: name, muted, beep, max_participants, stream, from",
    ],
    "required_with_default": [
        "#/properties/name: a required parameter cannot have a default; expected no default",
    ],
    "verb_not_object": [
        "#: the verb is not an object with properties; expected type: object",
    ],
    "several_problems": [
        "#/properties/max_participants/x-method-defualt: unknown keyword 'x-method-defualt'"
        " (did you mean 'x-method-default'?); expected one of x-camel-name, x-enum-name,"
        " x-items, x-method-default, x-non-blank, x-python-name, x-separator, x-url-schemes,"
        " x-verb",
        "#/properties/beep/default: default 'sometimes' is outside the parameter's own value set"
        " or bounds; expected one of 'true', 'onEnter' (or a Beep member)",
        "#/properties/max_participants/minimum: minimum 100 is above maximum 2;"
        " expected minimum <= maximum",
    ],
}


def run_generate(spec: str, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "generate", "--spec", spec, "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def prefilled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """An out dir holding a valid generation, and its bytes before any bad spec is tried."""
    out = tmp_path_factory.mktemp("prefilled")
    proc = run_generate((CORPUS / "valid.yaml").as_posix(), out)
    assert proc.returncode == 0, proc.stderr
    return out, snapshot(out)


def test_every_bad_case_has_an_expectation() -> None:
    on_disk = {p.stem for p in (REPO / CORPUS).glob("*.yaml")}
    assert on_disk - {"valid", "hostile", "hostile_docstring_end"} == set(EXPECTED)
    assert len(EXPECTED) >= 20


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_bad_spec_is_reported_and_nothing_written(
    case: str, prefilled: tuple[Path, dict[str, bytes]]
) -> None:
    out, before = prefilled
    spec = (CORPUS / f"{case}.yaml").as_posix()
    proc = run_generate(spec, out)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    problems = EXPECTED[case]
    assert proc.stderr.splitlines() == [
        *(f"error: {spec}: {line}" for line in problems),
        f"{len(problems)} problem(s) in the spec; nothing was written.",
    ]
    assert proc.stdout == ""
    assert snapshot(out) == before


# -- hostile specs: valid, and every hazard must come out inert --------------------------------


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    proc = run_generate((CORPUS / "hostile.yaml").as_posix(), out)
    assert proc.returncode == 0, proc.stderr
    return out


def probe(out: Path, code: str) -> str:
    """Run ``code`` against the generated package in a fresh interpreter; its stdout."""
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=out,
        env={**os.environ, "PYTHONPATH": str(out), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout


def hostile_spec() -> dict[str, object]:
    loaded = yaml.safe_load((REPO / CORPUS / "hostile.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_hostile_text_renders_as_exact_literals(hostile: Path) -> None:
    """The exact inert rendering: repr-style escapes in a literal, escaped quotes in docstrings."""
    enums = (hostile / "swml_verbs" / "enums.py").read_text(encoding="utf-8")
    assert '    X_IF_N = "\\"\\"\\"\'\'\' {{ x }} {% if %} \\\\n\\té\\x00"\n' in enums
    assert '    """every hazard \\""" at once \\\\ {{ y }}"""\n' in enums
    methods = (hostile / "swml_verbs" / "function_result.py").read_text(encoding="utf-8")
    assert (
        '            name: Name of conference \\"""); import os; os.system(\'echo pwned\') #\n'
        in methods
    )
    # Control characters never appear raw in the files the templates write.
    for name in ("__init__.py", "enums.py", "_runtime.py", "function_result.py"):
        text = (hostile / "swml_verbs" / name).read_text(encoding="utf-8")
        assert not any(ord(c) < 32 and c not in "\n" for c in text), name


def test_hostile_values_round_trip_through_the_imported_package(hostile: Path) -> None:
    spec = hostile_spec()
    beep = spec["properties"]["beep"]["anyOf"][2]["const"]  # type: ignore[index]
    description = spec["description"]
    name_doc = spec["properties"]["name"]["description"]  # type: ignore[index]
    out = probe(
        hostile,
        "import json, swml_verbs as s\n"
        "r = s.FunctionResult().join_conference('r', beep=s.Beep.X_IF_N, from_='+1555')\n"
        "doc = s.FunctionResult.join_conference.__doc__\n"
        "print(json.dumps([s.Beep.X_IF_N.value, r.to_dict(), doc]))\n",
    )
    value, document, doc = json.loads(out)
    assert value == beep
    verb = document["action"][0]["SWML"]["sections"]["main"][0]["join_conference"]
    assert verb == {"name": "r", "beep": beep, "from": "+1555"}
    # Docstrings keep the prose, character for character, line by line.
    for line in [*str(description).splitlines(), *str(name_doc).splitlines()]:
        assert line.strip() in doc


def test_description_ending_in_triple_quote_generates(tmp_path: Path) -> None:
    proc = run_generate((CORPUS / "hostile_docstring_end.yaml").as_posix(), tmp_path)
    assert proc.returncode == 0, proc.stderr


def test_keyword_wire_name_gets_safe_python_name(prefilled: tuple[Path, dict[str, bytes]]) -> None:
    out, _ = prefilled
    emitted = probe(
        out,
        "import json, swml_verbs as s\n"
        "print(json.dumps(s.FunctionResult().join_conference('r', from_='x').to_dict()))\n",
    )
    document = json.loads(emitted)
    verb = document["action"][0]["SWML"]["sections"]["main"][0]["join_conference"]
    assert verb == {"name": "r", "from": "x"}


def test_a_template_printing_raw_spec_text_raises() -> None:
    """Escaping is by construction: an unfiltered ``{{ }}`` of spec text fails the render."""
    from codegen.render import UnsafeTemplateValue, environment
    from codegen.text import UntrustedText

    env = environment()
    text = UntrustedText('x"""; import os #')
    with pytest.raises(UnsafeTemplateValue, match="without a filter"):
        env.from_string("value = {{ text }}\n").render(text=text)
    assert env.from_string("value = {{ text|lit }}\n").render(text=text) == (
        'value = \'x"""; import os #\'\n'
    )
