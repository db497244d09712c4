"""Beyond the published schema: spec/beyond.schema.json (codegen/beyond.py), the project's own
definitions of what the platform takes and upstream's schema lacks, and the helpers that emit them.

The oracle here is the *effective* document (upstream's with ours merged, as the generator reads
it), validated by jsonschema with ECMA-262 patterns: every helper of an action ours defines or
changes takes its action's domain (values drawn from the effective schema) and emits what
signalwire-sdk 3.7.5 emits; it refuses exactly what the schema refuses, naming its parameter and
recording nothing. The merge itself: its problems, upstream's definition winning when a release
defines one of ours (and ``codegen sync`` saying so), the spec hash, README's list.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from signalwire.core.function_result import FunctionResult as Reference
from swml_verbs import SWML, FunctionResult, InvalidArgumentError

from codegen import beyond
from codegen.build import validate
from codegen.errors import SpecError
from codegen.ir import Helper, HelperParam, Package
from codegen.spec_package import load_package
from codegen.sync import main as sync_main
from tests import upstream_schema
from tests.helper_calls import DIFFERENCES, as_reference_coerces
from tests.strategies import REPO

SPEC_DIR = REPO / "spec"
OURS = SPEC_DIR / beyond.FILE
DRAWS = 30


@functools.cache
def ours() -> Any:
    return json.loads(OURS.read_text(encoding="utf-8"))


@functools.cache
def effective() -> Any:
    return load_package(SPEC_DIR).document


@functools.cache
def package() -> Package:
    return validate(load_package(SPEC_DIR))


@functools.cache
def _validator(pointer: str) -> Any:
    document = effective()
    registry: Registry[Any] = Registry().with_resource(
        document["$id"], DRAFT202012.create_resource(document)
    )
    return upstream_schema.EcmaValidator({"$ref": f"{document['$id']}{pointer}"}, registry=registry)


def valid(pointer: str, value: Any) -> bool:
    """Whether ``value`` is valid at ``pointer`` of the effective document."""
    return bool(_validator(pointer).is_valid(value))


def touched_helpers() -> list[Helper]:
    """The helpers whose action ours defines or adds to (switch_context: full_reset)."""
    upstream = upstream_schema.document()["$defs"]
    return [h for h in package().helpers if effective()["$defs"][h.model] != upstream.get(h.model)]


def draft7(node: Any) -> Any:
    """A definition of the effective document as a finite draft-7 schema hypothesis-jsonschema
    can draw from: references inlined (ours have no cycles), ``unevaluatedProperties`` read as
    ``additionalProperties`` (each sits beside ``properties`` alone), patterns in Python's
    reading, annotations dropped."""
    if isinstance(node, list):
        return [draft7(v) for v in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return draft7(effective()["$defs"][node["$ref"].rsplit("/", 1)[1]])
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "unevaluatedProperties":
            out["additionalProperties"] = draft7(value)
        elif key == "pattern":
            # Drawn without a pattern it cannot translate; draws() keeps what the real one takes.
            with contextlib.suppress(NotImplementedError):
                out[key] = upstream_schema._python_pattern(value)
        elif key == "properties":
            out[key] = {k: draft7(v) for k, v in value.items()}
        elif key not in ("description", "examples", "title", "default") and not key.startswith(
            "x-"
        ):
            out[key] = draft7(value)
    return out


@functools.cache
def draws(name: str) -> list[Any]:
    """Values of the definition ``name`` drawn from the effective schema, the same every run."""
    schema = draft7(effective()["$defs"][name])
    out: list[Any] = []

    @settings(
        max_examples=DRAWS,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def draw(data: st.DataObject) -> None:
        out.append(data.draw(from_schema(schema)))

    draw()
    return [value for value in out if valid(f"#/$defs/{name}", value)]


def _key(p: HelperParam) -> str:
    """The key of the action's object value a parameter fills ("" for the value itself)."""
    return str(p.path[-1]) if len(p.path) > 1 else ""


def kwargs_for(helper: Helper, action: Any) -> dict[str, Any] | None:
    """The keyword arguments that emit ``action`` (None when no call does)."""
    value = action[helper.action]
    whole = [p for p in helper.params if not _key(p)]
    if whole:
        return {whole[0].names.python: value}
    if not helper.params:
        return {} if value == helper.skeleton.get(helper.action) else None
    if not isinstance(value, dict) or set(value) - {_key(p) for p in helper.params}:
        return None
    if any(p.required and _key(p) not in value for p in helper.params):
        return None
    return {p.names.python: value[_key(p)] for p in helper.params if _key(p) in value}


def emitted(result: Any) -> Any:
    (only,) = result.to_dict()["action"]
    return only


# -- the committed file ------------------------------------------------------------------------


def test_our_file_is_json_schema_and_marked_as_ours() -> None:
    Draft202012Validator.check_schema(ours())
    assert "OURS, NOT SIGNALWIRE'S" in ours()["description"]
    assert "beyond the published schema" in ours()["title"]


def test_every_definition_and_property_says_where_its_shape_is_documented() -> None:
    sources = [d["x-source"] for d in ours()["$defs"].values()]
    for addition in ours()[beyond.KEYWORD].values():
        sources += [p["x-source"] for p in addition.get("properties", {}).values()]
    assert len(sources) == len(ours()["$defs"]) + 1  # full_reset
    for source in sources:
        if source.startswith("docs/"):
            # A heading of the reference notes, as GitHub anchors it.
            file, _, anchor = source.partition("#")
            headings = re.findall(r"^#+ (.+)$", (REPO / file).read_text(), re.M)
            anchors = {
                re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-") for h in headings
            }
            assert anchor in anchors, source
        else:
            assert source.startswith("https://signalwire.com/docs/"), source


def test_the_committed_additions_all_apply_and_none_is_upstreams() -> None:
    merged = beyond.merge(upstream_schema.document(), ours(), "spec/beyond.schema.json")
    assert merged.problems == []
    assert merged.shadowed == []
    assert sorted(a.key for a in merged.added) == sorted(
        [
            "wait_for_user",
            "add_dynamic_hints",
            "clear_dynamic_hints",
            "end_of_speech_timeout",
            "speech_event_timeout",
            "change_voice",
            "functions_on_speaker_timeout",
            "extensive_data",
            "replace_in_history",
            "settings",
            "execute_rpc",
            "full_reset",
        ]
    )


def test_readme_lists_every_addition_with_its_source() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Beyond the published schema", 1)[1].split("\n## ", 1)[0]
    merged = beyond.merge(upstream_schema.document(), ours(), "spec/beyond.schema.json")
    for addition in merged.added:
        row = next(
            (
                line
                for line in section.splitlines()
                if line.startswith("| ") and f"`{addition.key}`" in line.split("|")[1]
            ),
            None,
        )
        assert row is not None, addition.key
        if addition.definition is not None:
            source = ours()["$defs"][addition.definition]["x-source"]
        else:
            source = ours()[beyond.KEYWORD][addition.target]["properties"][addition.key]["x-source"]
        assert source in row, (addition.key, source)


def test_our_bytes_enter_the_spec_hash(tmp_path: Path) -> None:
    copy_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, copy_dir)
    before = load_package(copy_dir).raw
    data = json.loads((copy_dir / beyond.FILE).read_text(encoding="utf-8"))
    data["$defs"]["ChangeVoiceAction"]["properties"]["change_voice"]["examples"] = ["x.y"]
    (copy_dir / beyond.FILE).write_text(json.dumps(data), encoding="utf-8")
    after = load_package(copy_dir).raw
    assert before != after
    assert (copy_dir / beyond.FILE).read_bytes() in after


# -- what the generated package does with it ---------------------------------------------------


@pytest.mark.parametrize("helper", touched_helpers(), ids=lambda h: h.names.python)
def test_a_helper_takes_its_actions_domain_and_emits_what_the_reference_does(
    helper: Helper,
) -> None:
    compared = 0
    drawn = draws(helper.model)
    for action in drawn:
        kwargs = kwargs_for(helper, action)
        if kwargs is None:
            continue
        ours_ = emitted(getattr(FunctionResult(), helper.names.python)(**kwargs))
        assert valid("#/$defs/Action", ours_), (helper.names.python, ours_)
        reference = emitted(getattr(Reference(), helper.names.python)(**kwargs))
        if ours_ != reference and as_reference_coerces(helper, ours_) != reference:
            # Only where the reference's own output is one the schema refuses (README's table).
            assert helper.names.python in DIFFERENCES, (kwargs, ours_, reference)
            assert not valid("#/$defs/Action", reference), reference
        compared += 1
    # A boolean has two values, which hypothesis draws once each.
    assert compared >= min(len(drawn), 1 if not helper.params else DRAWS // 3), compared


#: Values of every JSON kind, and a few edges of the bounds ours declares.
POOL: list[Any] = [
    None, True, False, 0, -1, 249, 250, 10000, 10001, 2**31, 1.5, "", "   ", " x ", "answer_first",
    "${var}", "text", [], ["a"], [1], [{"pattern": "p"}], [{"pattern": "p", "replace": "r"}],
    {}, {"x": 1}, {"temperature": 3}, {"temperature": 1.5}, {"max-tokens": 4096}, {1, 2},
]  # fmt: skip


@pytest.mark.parametrize(
    # A helper whose parameters rank for the action's value (wait_for_user) takes each in a
    # part of the value's domain; tests/test_helpers.py tests it against the reference.
    "helper",
    [h for h in touched_helpers() if h.params and not h.precedence],
    ids=lambda h: h.names.python,
)
def test_a_helper_refuses_exactly_what_the_schema_refuses(helper: Helper) -> None:
    refused = 0
    first = helper.params[0]
    for param in helper.params:
        # A key other than the first is tried beside a valid first one (switch_context's
        # system_prompt, which the schema requires).
        base = {first.names.python: "S"} if _key(param) and param is not first else {}
        base_wire = {_key(first): "S"} if base else {}
        for value in POOL:
            if value is None and not param.required:
                continue  # None means "not given"
            result = FunctionResult("kept").say("before")
            wire = {**base_wire, _key(param): value} if _key(param) else value
            schema_takes = not isinstance(value, set) and valid(
                "#/$defs/Action", {helper.action: wire}
            )
            try:
                getattr(result, helper.names.python)(**base, **{param.names.python: value})
            except InvalidArgumentError as error:
                assert not schema_takes, (helper.names.python, param.names.python, value)
                assert (error.method, error.parameter) == (helper.names.python, param.names.python)
                assert result.to_dict() == {"response": "kept", "action": [{"say": "before"}]}
                refused += 1
            else:
                # A keyed value equal to its default is left out, whatever the schema says of it.
                left_out = bool(_key(param)) and value == param.default
                assert schema_takes or left_out, (helper.names.python, param.names.python, value)
    assert refused


def test_the_calls_recorded_from_the_reference_give_its_output() -> None:
    """docs/function-result-reference.md's rows for these helpers, call for call."""
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        ("add_dynamic_hints", (["Cabby", {"pattern": "cab bee", "replace": "Cabby"}],), {}),
        ("add_dynamic_hints", ([{"pattern": "p", "replace": "r", "ignore_case": True}],), {}),
        ("clear_dynamic_hints", (), {}),
        ("set_end_of_speech_timeout", (500,), {}),
        ("set_speech_event_timeout", (3000,), {}),
        ("change_voice", ("elevenlabs.rachel",), {}),
        ("change_voice", (" x ",), {}),
        ("enable_functions_on_timeout", (), {}),
        ("enable_functions_on_timeout", (False,), {}),
        ("enable_extensive_data", (), {}),
        ("replace_in_history", (), {}),
        ("replace_in_history", ("Looked up the order.",), {}),
        ("update_settings", ({"temperature": 0.5, "max-tokens": 256},), {}),
        ("switch_context", ("S",), {"full_reset": True}),
        ("switch_context", ("S", "U", True, True), {}),
    ]  # fmt: skip
    for name, args, kwargs in calls:
        ours_ = getattr(FunctionResult(), name)(*args, **kwargs).to_dict()
        assert ours_ == getattr(Reference(), name)(*args, **kwargs).to_dict(), name
        assert valid("#/$defs/Output", ours_), ours_
    # The reference's own refusals of change_voice are refusals here too.
    for voice in ("", "   ", 5):
        with pytest.raises(ValueError, match="voice must be a non-empty string"):
            Reference().change_voice(voice)
        with pytest.raises(InvalidArgumentError) as caught:
            FunctionResult().change_voice(voice)
        assert caught.value.parameter == "voice"


def test_a_refusal_inside_a_whole_value_names_the_parameter_and_the_path() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        FunctionResult().update_settings({"temperature": 0.5, "max-tokens": 5000})
    assert (caught.value.parameter, caught.value.path) == (
        "settings",
        "update_settings.settings.max-tokens",
    )
    with pytest.raises(InvalidArgumentError) as caught:
        FunctionResult().add_dynamic_hints(["ok", {"pattern": "p"}])
    assert (caught.value.parameter, caught.value.path) == (
        "hints",
        "add_dynamic_hints.hints[1].replace",
    )


def test_swml_has_the_execute_rpc_verb_and_the_result_takes_every_new_action() -> None:
    doc = SWML().execute_rpc("ai_message", call_id="call-1", params={"role": "system"}).to_dict()
    assert doc["sections"]["main"] == [
        {"execute_rpc": {"method": "ai_message", "call_id": "call-1", "params": {"role": "system"}}}
    ]
    assert valid("", doc)
    assert not upstream_schema.validator().is_valid(doc)
    with pytest.raises(InvalidArgumentError) as caught:
        SWML().execute_rpc(5)
    assert caught.value.parameter == "method"
    result = FunctionResult("ok").execute_swml(doc)
    for helper in touched_helpers():
        kwargs = next(k for a in draws(helper.model) if (k := kwargs_for(helper, a)) is not None)
        getattr(result, helper.names.python)(**kwargs)
    result.add_action("wait_for_user", "answer_first")
    assert valid("#/$defs/Output", result.to_dict())
    assert not upstream_schema.is_valid_at("#/$defs/Output", result.to_dict())


# -- the merge -----------------------------------------------------------------------------------


def problems_of(edit: Any) -> list[tuple[str, str]]:
    mine = copy.deepcopy(ours())
    edit(mine)
    merged = beyond.merge(upstream_schema.document(), mine, "spec/beyond.schema.json")
    return [(p.location, p.message) for p in merged.problems]


def test_a_malformed_file_is_refused_with_every_problem_and_its_pointer() -> None:
    def edit(mine: Any) -> None:
        del mine["$defs"]["ChangeVoiceAction"]["x-source"]
        mine["x-additions"]["/$defs/Action"]["anyOf"].append({"$ref": "#/$defs/Nope", "x": 1})
        mine["extra"] = True

    found = problems_of(edit)
    assert (
        "#/$defs/ChangeVoiceAction",
        "not the shape of beyond.schema.json: 'x-source' is a required property",
    ) in found
    assert any(loc == "#/x-additions/~1$defs~1Action/anyOf/10" for loc, _ in found), found
    assert any(loc == "#/" and "'extra' was unexpected" in msg for loc, msg in found), found


def test_what_an_addition_points_at_must_exist() -> None:
    def edit(mine: Any) -> None:
        mine["x-additions"]["/$defs/Actoin"] = mine["x-additions"].pop("/$defs/Action")
        mine["x-additions"]["/$defs/SWMLMethod"]["anyOf"] = [{"$ref": "#/$defs/Missing"}]
        mine["x-additions"]["/$defs/SayAction"] = {"anyOf": [{"$ref": "#/$defs/ExecuteRPC"}]}

    at = "#/x-additions/~1$defs~1"
    assert sorted(problems_of(edit)) == [
        (at + "Actoin", "/$defs/Actoin is not an object schema of upstream's document"),
        (at + "SWMLMethod/anyOf/0/$ref", "'#/$defs/Missing' names no definition of this file"),
        (at + "SayAction/anyOf/0", "/$defs/SayAction has no anyOf to add a variant to"),
    ]


def test_a_definition_upstream_also_names_is_refused_unless_it_is_the_same_addition() -> None:
    def edit(mine: Any) -> None:
        mine["$defs"]["SayAction"] = mine["$defs"].pop("ChangeVoiceAction")
        mine["x-additions"]["/$defs/Action"]["anyOf"][5] = {"$ref": "#/$defs/SayAction"}

    ((location, message),) = problems_of(edit)
    assert location == "#/$defs/SayAction"
    assert message == "upstream's document has a $defs/SayAction of its own"


def synthetic_release(tmp_path: Path) -> Path:
    """The newest release, plus what a later one might add: the wait_for_user action (under a
    name of its own), the execute_rpc verb (under ours) and context_switch's full_reset."""
    document = copy.deepcopy(upstream_schema.document())
    defs = document["$defs"]
    defs["WaitForUser"] = {
        "type": "object",
        "properties": {"wait_for_user": {"type": "boolean"}},
        "required": ["wait_for_user"],
        "unevaluatedProperties": {"not": {}},
    }
    defs["Action"]["anyOf"].append({"$ref": "#/$defs/WaitForUser"})
    defs["ExecuteRPC"] = copy.deepcopy(ours()["$defs"]["ExecuteRPC"])
    del defs["ExecuteRPC"]["x-source"]
    defs["ExecuteRPC"]["properties"]["execute_rpc"]["properties"]["node_id"]["maxLength"] = 64
    defs["SWMLMethod"]["anyOf"].append({"$ref": "#/$defs/ExecuteRPC"})
    context = defs["ContextSwitchAction"]["properties"]["context_switch"]["properties"]
    context["full_reset"] = {"type": "boolean"}
    path = tmp_path / "SWMLObject-next.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def test_upstreams_definition_wins_and_sync_says_to_remove_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = synthetic_release(tmp_path)
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_dir)
    assert sync_main(["--from", str(release), "--spec-dir", str(spec_dir)]) == 0
    out = capsys.readouterr().out
    note = out.split("beyond the published schema: ", 1)[1].splitlines()
    assert note[0].startswith("9 addition(s) of ") and note[0].endswith("beyond.schema.json merged")
    assert "upstream now defines these additions" in note[1]
    assert "upstream's definition is used and ours is left out (remove it" in note[1]
    assert note[2:5] == [
        "  'wait_for_user' (variant $defs/WaitForUserAction of /$defs/Action)",
        "  'execute_rpc' (variant $defs/ExecuteRPC of /$defs/SWMLMethod)",
        "  'full_reset' (property of /$defs/ContextSwitchAction/properties/context_switch)",
    ]
    assert (spec_dir / "SWMLObject.json").read_bytes() == release.read_bytes()
    # The effective document holds upstream's three, not ours.
    document = load_package(spec_dir).document
    defs = document["$defs"]
    refs = [v["$ref"] for v in defs["Action"]["anyOf"]]
    assert "#/$defs/WaitForUser" in refs and "#/$defs/WaitForUserAction" not in refs
    assert "WaitForUserAction" not in defs
    rpc = defs["ExecuteRPC"]["properties"]["execute_rpc"]["properties"]
    assert rpc["node_id"]["maxLength"] == 64 and "x-source" not in defs["ExecuteRPC"]
    assert defs["ContextSwitchAction"]["properties"]["context_switch"]["properties"][
        "full_reset"
    ] == {"type": "boolean"}
    # The other additions are still ours, and a second run keeps saying it.
    assert "ChangeVoiceAction" in defs
    assert sync_main(["--from", str(release), "--spec-dir", str(spec_dir), "--check"]) == 0
    assert "'wait_for_user' (variant" in capsys.readouterr().err


def test_a_problem_in_our_file_refuses_a_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_dir)
    data = json.loads((spec_dir / beyond.FILE).read_text(encoding="utf-8"))
    data["x-additions"]["/$defs/Action"]["anyOf"].append({"$ref": "#/$defs/Gone"})
    (spec_dir / beyond.FILE).write_text(json.dumps(data), encoding="utf-8")
    before = (spec_dir / "SWMLObject.json").read_bytes()
    assert sync_main(["--from", str(synthetic_release(tmp_path)), "--spec-dir", str(spec_dir)]) == 2
    err = capsys.readouterr().err
    where = "beyond.schema.json: #/x-additions/~1$defs~1Action/anyOf/10/$ref"
    assert f"{where}: '#/$defs/Gone' names no definition of this file" in err
    assert (spec_dir / "SWMLObject.json").read_bytes() == before
    with pytest.raises(SpecError):
        load_package(spec_dir)


def test_a_structural_problem_in_a_definition_of_ours_is_blamed_on_our_file(tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_dir)
    data = json.loads((spec_dir / beyond.FILE).read_text(encoding="utf-8"))
    data["$defs"]["ExtensiveDataAction"]["properties"]["extensive_data"]["type"] = "bool"
    (spec_dir / beyond.FILE).write_text(json.dumps(data), encoding="utf-8")
    from codegen.spec_package import package_problems

    (problem,) = package_problems(spec_dir)
    assert problem.file.endswith("spec/beyond.schema.json")
    assert problem.location == "#/$defs/ExtensiveDataAction/properties/extensive_data/type"
    assert "unknown type 'bool'" in problem.message
