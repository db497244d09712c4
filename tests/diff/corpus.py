"""The mutation corpus: realistic spec changes, each with the class a reviewer expects and a
witness that shows it on the generated code.

Each ``Mutation`` edits today's spec (upstream's document or an overlay, parsed, in memory), names
the verbs it touches, the verdict (``breaking``, ``not breaking``, ``no changes``), the exact set
of rule ids the report must contain, and a ``Witness``: a call on the generated packages of both
sides that shows the class (``refused``: works before, raises now; ``accepted``: raises before,
works now; ``emits``: works on both, sends something else; ``import``: a name importable before
only; ``same``: works on both and sends the same, the files differing elsewhere, such as
docstrings or the TypeScript package; ``identical``: both sides generate the same bytes).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from spec_diff_support import JC, Edit

Call = Callable[[ModuleType], Any]

BREAKING, NOT_BREAKING, NO_CHANGES = "breaking", "not breaking", "no changes"


@dataclass(frozen=True)
class Witness:
    kind: str  # refused, accepted, emits, import, same, identical
    call: Call | None = None
    name: str = ""


def refused(call: Call) -> Witness:
    return Witness("refused", call)


def accepted(call: Call) -> Witness:
    return Witness("accepted", call)


def emits(call: Call) -> Witness:
    return Witness("emits", call)


def same(call: Call) -> Witness:
    return Witness("same", call)


def import_breaks(name: str) -> Witness:
    return Witness("import", name=name)


IDENTICAL = Witness("identical")


@dataclass(frozen=True)
class Mutation:
    id: str
    verbs: tuple[str, ...]
    edit: Callable[[Edit], object]
    verdict: str
    rules: frozenset[str]
    witness: Witness


def fr(m: ModuleType, **kw: Any) -> Any:
    """``FunctionResult('x').join_conference('room', **kw).to_dict()``"""
    return m.FunctionResult("x").join_conference("room", **kw).to_dict()


def swml(verb: str, *args: Any, **kw: Any) -> Call:
    """A call of one builder method; the document it makes."""
    return lambda m: getattr(m.SWML(), verb)(*args, **kw).to_dict()


def jc_prop(e: Edit, name: str) -> dict[str, Any]:
    prop: dict[str, Any] = e.defs["JoinConferenceObject"]["properties"][name]
    return prop


def verb_args(e: Edit, wrapper: str, verb: str) -> dict[str, Any]:
    found: dict[str, Any] = e.defs[wrapper]["properties"][verb]
    return found


def record_call(e: Edit) -> dict[str, Any]:
    props: dict[str, Any] = verb_args(e, "RecordCall", "record_call")["properties"]
    return props


def drop_const(branches: list[Any], value: str) -> None:
    branches[:] = [b for b in branches if b.get("const") != value]


def drop_var(schema: dict[str, Any]) -> None:
    schema["anyOf"] = [b for b in schema["anyOf"] if b != {"$ref": "#/$defs/SWMLVar"}]


def drop_actions(e: Edit, prefix: str) -> None:
    for overlay in e.overlays.values():
        overlay["actions"] = [a for a in overlay["actions"] if not a["target"].startswith(prefix)]


def unlist_positional(e: Edit, owner: str, name: str) -> None:
    """Take ``name`` out of the ``x-positional`` of ``owner``, as a maintainer removing the
    property would (the generator refuses a list naming a property that is gone)."""
    for overlay in e.overlays.values():
        for action in overlay["actions"]:
            listed = action["update"].get("x-positional")
            if action["target"] == owner and listed:
                action["update"]["x-positional"] = [n for n in listed if n != name]


def add_wait_verb(e: Edit) -> None:
    e.defs["SWMLMethod"]["anyOf"].append({"$ref": "#/$defs/Wait"})
    e.defs["Wait"] = {
        "type": "object",
        "properties": {
            "wait": {
                "type": "object",
                "properties": {"ms": {"type": "integer"}},
                "unevaluatedProperties": {"not": {}},
            }
        },
        "required": ["wait"],
        "unevaluatedProperties": {"not": {}},
    }


def _sleep_form(e: Edit) -> None:
    verb_args(e, "Sleep", "sleep")["anyOf"] = [
        b for b in verb_args(e, "Sleep", "sleep")["anyOf"] if b != {"type": "integer"}
    ]


def _sleep_duration(e: Edit) -> dict[str, Any]:
    found: dict[str, Any] = verb_args(e, "Sleep", "sleep")["anyOf"][0]["properties"]["duration"]
    return found


def _goto(e: Edit) -> dict[str, Any]:
    return verb_args(e, "Goto", "goto")


def _require_new(e: Edit) -> None:
    goto = _goto(e)
    goto["properties"]["section"] = {"type": "string"}
    goto["required"] = ["label", "section"]


def _stream_params(e: Edit) -> dict[str, Any]:
    ref = e.defs["JoinConferenceStream"]["properties"]["custom_parameters"]["$ref"]
    found: dict[str, Any] = e.defs[ref.rsplit("/", 1)[-1]]
    return found


def _stream_v2(e: Edit) -> None:
    stream = copy.deepcopy(e.defs["JoinConferenceStream"])
    stream["properties"]["sample_rate"] = {"type": "integer"}
    e.defs["ConferenceStreamV2"] = stream
    jc_prop(e, "stream").update({"$ref": "#/$defs/ConferenceStreamV2"})
    for overlay in e.overlays.values():
        for action in overlay["actions"]:
            action["target"] = action["target"].replace(
                "/$defs/JoinConferenceStream/", "/$defs/ConferenceStreamV2/"
            )


def _hangup_reason(e: Edit) -> dict[str, Any]:
    found: dict[str, Any] = verb_args(e, "Hangup", "hangup")["properties"]["reason"]
    return found


def _free_reason(e: Edit) -> None:
    reason = _hangup_reason(e)
    reason.pop("anyOf")
    reason["type"] = "string"


def _play_variants(e: Edit) -> list[Any]:
    found: list[Any] = verb_args(e, "Play", "play")["oneOf"]
    return found


def _volume(e: Edit) -> dict[str, Any]:
    found: dict[str, Any] = e.defs["PlayWithURL"]["properties"]["volume"]
    return found


def _volume_integer(e: Edit) -> None:
    for branch in _volume(e)["anyOf"]:
        if branch.get("type") == "number":
            branch["type"] = "integer"


def _unset_array(e: Edit) -> None:
    unset = verb_args(e, "Unset", "unset")
    unset["anyOf"] = [b for b in unset["anyOf"] if b.get("type") != "array"]


def _request_method(e: Edit) -> list[Any]:
    found: list[Any] = verb_args(e, "Request", "request")["properties"]["method"]["anyOf"]
    return found


STREAM = {"url": "wss://example.com/audio"}

MUTATIONS: list[Mutation] = [
    # -- join_conference: overlays ----------------------------------------------------------------
    Mutation(
        "jc-url-schemes-drop-http",
        ("join_conference",),
        lambda e: e.update(JC + "status_callback").update({"x-url-schemes": ["https"]}),
        BREAKING,
        frozenset({"url-schemes-narrowed"}),
        refused(lambda m: fr(m, status_callback="http://example.com/cb")),
    ),
    Mutation(
        "jc-url-schemes-add-wss",
        ("join_conference",),
        lambda e: e.update(JC + "wait_url").update({"x-url-schemes": ["http", "https", "wss"]}),
        NOT_BREAKING,
        frozenset({"url-schemes-widened"}),
        accepted(lambda m: fr(m, wait_url="wss://example.com/music")),
    ),
    Mutation(
        "jc-stream-model-renamed",
        ("join_conference",),
        lambda e: e.update("/$defs/JoinConferenceStream").update({"x-python-name": "ConfStream"}),
        BREAKING,
        frozenset({"model-renamed", "typescript-name-changed"}),
        import_breaks("JoinConferenceStream"),
    ),
    Mutation(
        # The switch branch of result and switch's own argument are one shape, so they shared
        # the name Switch (and the argument was SwitchArgument): renaming the branch gives the
        # name to the argument, and SwitchArgument leaves the package.
        "jc-switch-branch-python-name",
        ("join_conference", "switch"),
        lambda e: e.update(JC + "result/anyOf/0", "function_result.yaml").update(
            {"x-python-name": "SwitchBranch"}
        ),
        BREAKING,
        frozenset({"export-removed", "export-added", "model-ref-changed", "definition-moved"}),
        import_breaks("SwitchArgument"),
    ),
    Mutation(
        "jc-switch-branch-title-changed",
        ("join_conference",),
        lambda e: jc_prop(e, "result")["anyOf"][0].update({"title": "switch branch"}),
        NO_CHANGES,
        frozenset(),
        IDENTICAL,
    ),
    Mutation(
        "jc-beep-enum-renamed",
        ("join_conference",),
        lambda e: e.update(JC + "beep").update({"x-enum-name": "Bip"}),
        BREAKING,
        frozenset({"enum-renamed"}),
        import_breaks("Beep"),
    ),
    Mutation(
        "jc-one-of-three-http-method-users-renamed",
        ("join_conference",),
        lambda e: e.update(JC + "status_callback_method").update({"x-enum-name": "CallbackMethod"}),
        NOT_BREAKING,
        frozenset({"enum-ref-changed", "export-added", "description-changed", "definition-moved"}),
        same(lambda m: (fr(m, status_callback_method=m.HttpMethod.GET), m.HttpMethod.POST)),
    ),
    Mutation(
        "jc-record-method-default-moved",
        ("join_conference",),
        lambda e: e.update(JC + "record").update({"x-method-default": "record-from-start"}),
        BREAKING,
        frozenset({"method-default-changed"}),
        emits(lambda m: fr(m, record="do-not-record")),
    ),
    Mutation(
        "jc-event-separator-comma",
        ("join_conference",),
        lambda e: e.update(JC + "status_callback_event").update({"x-separator": ","}),
        BREAKING,
        frozenset({"separator-changed"}),
        emits(lambda m: fr(m, status_callback_event=["join", "leave"])),
    ),
    Mutation(
        "jc-name-blank-allowed",
        ("join_conference",),
        lambda e: drop_actions(e, JC + "name"),
        NOT_BREAKING,
        frozenset({"non-blank-removed"}),
        accepted(lambda m: m.FunctionResult("x").join_conference(" ").to_dict()),
    ),
    Mutation(
        "jc-wait-url-python-name",
        ("join_conference",),
        lambda e: e.update(JC + "wait_url").update({"x-python-name": "hold_music_url"}),
        BREAKING,
        frozenset({"python-name-changed"}),
        refused(lambda m: fr(m, wait_url="https://example.com/music")),
    ),
    Mutation(
        "jc-start-on-enter-camel-name",
        ("join_conference",),
        lambda e: e.update(JC + "start_on_enter").update({"x-camel-name": "startWhenEntering"}),
        BREAKING,
        frozenset({"typescript-name-changed"}),
        same(lambda m: fr(m, start_on_enter=False)),
    ),
    Mutation(
        "jc-function-result-method-dropped",
        ("join_conference",),
        lambda e: e.overlays["function_result.yaml"]["actions"].pop(0),
        BREAKING,
        frozenset({"function-result-method-removed"}),
        refused(lambda m: fr(m)),
    ),
    Mutation(
        "jc-same-overlay-value-again",
        ("join_conference",),
        lambda e: e.update(JC + "muted").update({"x-camel-name": "muted"}),
        NO_CHANGES,
        frozenset(),
        IDENTICAL,
    ),
    # -- join_conference: upstream ----------------------------------------------------------------
    Mutation(
        "jc-muted-deprecated",
        ("join_conference",),
        lambda e: jc_prop(e, "muted").update({"deprecated": True}),
        NOT_BREAKING,
        frozenset({"param-deprecated"}),
        same(lambda m: fr(m, muted=True)),
    ),
    Mutation(
        "jc-region-value-removed",
        ("join_conference",),
        lambda e: drop_const(jc_prop(e, "region")["anyOf"], "ch"),
        BREAKING,
        frozenset({"enum-value-removed"}),
        refused(lambda m: fr(m, region="ch")),
    ),
    Mutation(
        "jc-region-value-added",
        ("join_conference",),
        lambda e: jc_prop(e, "region")["anyOf"].append({"type": "string", "const": "ap"}),
        NOT_BREAKING,
        frozenset({"enum-value-added"}),
        accepted(lambda m: fr(m, region="ap")),
    ),
    Mutation(
        "jc-muted-swml-var-lost",
        ("join_conference",),
        lambda e: drop_var(jc_prop(e, "muted")),
        BREAKING,
        frozenset({"swml-var-lost"}),
        refused(lambda m: fr(m, muted="${flag}")),
    ),
    Mutation(
        "jc-max-participants-maximum-tightened",
        ("join_conference",),
        lambda e: jc_prop(e, "max_participants").update({"maximum": 250}),
        BREAKING,
        frozenset({"bounds-tightened"}),
        refused(lambda m: fr(m, max_participants=1000)),
    ),
    Mutation(
        "jc-custom-parameters-values-max-length",
        ("join_conference", "connect", "stream"),
        lambda e: _stream_params(e)["unevaluatedProperties"].update({"maxLength": 8}),
        BREAKING,
        frozenset({"map-values-narrowed"}),
        refused(lambda m: fr(m, stream={**STREAM, "custom_parameters": {"caller": "0123456789"}})),
    ),
    Mutation(
        "jc-coach-removed",
        ("join_conference",),
        lambda e: (
            e.defs["JoinConferenceObject"]["properties"].pop("coach"),
            drop_actions(e, JC + "coach"),
            unlist_positional(e, JC.removesuffix("/properties/"), "coach"),
        ),
        BREAKING,
        # coach was also a positional parameter: the ones after it moved up one place.
        frozenset({"param-removed", "positional-parameters-changed"}),
        refused(lambda m: fr(m, coach="call-sid")),
    ),
    Mutation(
        "jc-trim-description",
        ("join_conference",),
        lambda e: jc_prop(e, "trim").update({"description": "Whether to trim silence."}),
        NOT_BREAKING,
        frozenset({"description-changed"}),
        same(lambda m: fr(m, trim="do-not-trim")),
    ),
    Mutation(
        "jc-beep-default-changed",
        ("join_conference",),
        lambda e: jc_prop(e, "beep").update({"default": "false"}),
        BREAKING,
        frozenset({"default-changed", "method-default-changed"}),
        emits(lambda m: fr(m, beep="true")),
    ),
    Mutation(
        "jc-region-nullable",
        ("join_conference",),
        lambda e: jc_prop(e, "region")["anyOf"].append({"type": "null"}),
        BREAKING,
        # Region stays exported; region=None, which left the field out, now sends null.
        frozenset({"union-variant-added", "none-sends-null"}),
        emits(swml("join_conference", name="room", region=None)),
    ),
    Mutation(
        "document-python-name",
        ("ai", "join_conference"),
        lambda e: e.update("").update({"x-python-name": "SwmlDocument"}),
        BREAKING,
        frozenset({"model-renamed", "typescript-name-changed"}),
        import_breaks("SWMLObject"),
    ),
    Mutation(
        "jc-stream-renamed-and-extended",
        ("join_conference",),
        _stream_v2,
        BREAKING,
        frozenset({"model-renamed", "typescript-name-changed", "param-added", "definition-moved"}),
        import_breaks("JoinConferenceStream"),
    ),
    Mutation(
        # No rule judges one model against another: reported, and breaking, until one does.
        "jc-stream-takes-another-model",
        ("join_conference",),
        lambda e: jc_prop(e, "stream").update({"$ref": "#/$defs/PlayWithURL"}),
        BREAKING,
        frozenset(
            {"unclassified-change", "export-removed", "definition-moved", "description-changed"}
        ),
        import_breaks("JoinConferenceStream"),
    ),
    Mutation(
        "jc-coach-examples-only",
        ("join_conference",),
        lambda e: jc_prop(e, "coach").update({"examples": ["another-call-sid"]}),
        NO_CHANGES,
        frozenset(),
        IDENTICAL,
    ),
    # -- record_call ------------------------------------------------------------------------------
    Mutation(
        # (Not record_call's stereo: a FunctionResult helper fills it, so removing it makes
        # the spec refused, which tests/diff/test_diff_spec_dir.py covers.)
        "answer-max-duration-removed",
        ("answer",),
        lambda e: verb_args(e, "Answer", "answer")["properties"].pop("max_duration"),
        BREAKING,
        frozenset({"param-removed"}),
        refused(swml("answer", max_duration=60)),
    ),
    Mutation(
        "record-call-stereo-deprecated",
        ("record_call",),
        lambda e: record_call(e)["stereo"].update({"deprecated": True}),
        NOT_BREAKING,
        frozenset({"param-deprecated"}),
        same(swml("record_call", stereo=True)),
    ),
    Mutation(
        "record-call-format-required",
        ("record_call",),
        lambda e: verb_args(e, "RecordCall", "record_call").update({"required": ["format"]}),
        BREAKING,
        frozenset({"became-required"}),
        refused(swml("record_call")),
    ),
    Mutation(
        "record-call-direction-value-removed",
        ("record_call",),
        lambda e: drop_const(record_call(e)["direction"]["anyOf"], "listen"),
        BREAKING,
        frozenset({"enum-value-removed"}),
        refused(swml("record_call", direction="listen")),
    ),
    # -- sleep, unset: short forms ----------------------------------------------------------------
    Mutation(
        "sleep-integer-form-lost",
        ("sleep",),
        _sleep_form,
        BREAKING,
        frozenset({"scalar-form-lost"}),
        refused(swml("sleep", 500)),
    ),
    Mutation(
        "sleep-duration-minimum-tightened",
        ("sleep",),
        lambda e: _sleep_duration(e).update({"minimum": 0}),
        BREAKING,
        frozenset({"bounds-tightened"}),
        refused(swml("sleep", duration=-1)),
    ),
    Mutation(
        "sleep-duration-minimum-loosened",
        ("sleep",),
        lambda e: _sleep_duration(e).update({"minimum": -5}),
        NOT_BREAKING,
        frozenset({"bounds-loosened"}),
        accepted(swml("sleep", duration=-3)),
    ),
    Mutation(
        "unset-list-form-lost",
        ("unset",),
        _unset_array,
        BREAKING,
        frozenset({"scalar-form-lost"}),
        refused(swml("unset", ["a", "b"])),
    ),
    # -- verbs added and removed ------------------------------------------------------------------
    Mutation(
        "label-verb-removed",
        ("label",),
        lambda e: e.defs["SWMLMethod"]["anyOf"].remove({"$ref": "#/$defs/Label"}),
        BREAKING,
        frozenset({"verb-removed"}),
        refused(swml("label", "start")),
    ),
    Mutation(
        "wait-verb-added",
        ("wait",),
        add_wait_verb,
        NOT_BREAKING,
        frozenset({"verb-added", "export-added"}),
        accepted(swml("wait", ms=5)),
    ),
    # -- hangup, request, goto, send_digits -------------------------------------------------------
    Mutation(
        "hangup-reason-value-removed",
        ("hangup",),
        lambda e: drop_const(_hangup_reason(e)["anyOf"], "decline"),
        BREAKING,
        frozenset({"enum-value-removed"}),
        refused(swml("hangup", reason="decline")),
    ),
    Mutation(
        "hangup-reason-free-string",
        ("hangup",),
        _free_reason,
        BREAKING,
        frozenset({"value-set-dropped", "export-removed"}),
        import_breaks("Reason"),
    ),
    Mutation(
        # Request's method set was Method, shared by every property with the same values; with
        # PATCH it is a set of its own, so the naming plan qualifies it: Method leaves the package.
        "request-method-value-added",
        ("request", "ai", "amazon_bedrock"),
        lambda e: _request_method(e).append({"type": "string", "const": "PATCH"}),
        BREAKING,
        frozenset(
            {"enum-renamed", "enum-ref-changed", "enum-value-added", "export-added"}
            | {"definition-moved"}
        ),
        import_breaks("Method"),
    ),
    Mutation(
        "ai-params-object-closed",
        ("ai",),
        lambda e: e.defs["AIParams"].update({"unevaluatedProperties": {"not": {}}}),
        BREAKING,
        frozenset({"object-closed"}),
        refused(swml("ai", prompt={"text": "hi"}, params={"vendor_flag": True})),
    ),
    Mutation(
        "goto-max-maximum-loosened",
        ("goto",),
        lambda e: _goto(e)["properties"]["max"].update({"maximum": 1000}),
        NOT_BREAKING,
        frozenset({"bounds-loosened"}),
        accepted(swml("goto", "top", max=500)),
    ),
    Mutation(
        "goto-when-pattern-added",
        ("goto",),
        lambda e: _goto(e)["properties"]["when"].update({"pattern": "^vars\\."}),
        BREAKING,
        frozenset({"pattern-tightened"}),
        refused(swml("goto", "top", when="call.from == '1'")),
    ),
    Mutation(
        "goto-required-param-added",
        ("goto",),
        _require_new,
        BREAKING,
        frozenset({"required-param-added"}),
        refused(swml("goto", "top")),
    ),
    Mutation(
        "send-digits-pattern-added",
        ("send_digits",),
        lambda e: verb_args(e, "SendDigits", "send_digits")["properties"]["digits"].update(
            {"pattern": "^[0-9*#ABCDWw]+$"}
        ),
        BREAKING,
        frozenset({"pattern-tightened"}),
        refused(swml("send_digits", "12x")),
    ),
    # -- play -------------------------------------------------------------------------------------
    Mutation(
        "play-urls-variant-removed",
        ("play",),
        lambda e: _play_variants(e).remove({"$ref": "#/$defs/PlayWithURLS"}),
        BREAKING,
        frozenset({"union-variant-removed", "export-removed"}),
        refused(swml("play", urls=["say:hello"])),
    ),
    Mutation(
        "play-volume-maximum-tightened",
        ("play", "connect"),
        lambda e: _volume(e).update({"maximum": 20}),
        BREAKING,
        frozenset({"bounds-tightened"}),
        refused(swml("play", url="say:hi", volume=30)),
    ),
    Mutation(
        "play-volume-integer-only",
        ("play", "connect"),
        _volume_integer,
        BREAKING,
        frozenset({"type-narrowed"}),
        refused(swml("play", url="say:hi", volume=2.5)),
    ),
    # -- SWMLVar, transfer ------------------------------------------------------------------------
    Mutation(
        "swml-var-pattern-drops-percent",
        ("join_conference", "sleep", "answer"),
        lambda e: e.defs["SWMLVar"].update({"pattern": "^\\$\\{.*\\}$"}),
        BREAKING,
        frozenset({"swml-var-pattern-narrowed"}),
        refused(lambda m: fr(m, muted="%{flag}")),
    ),
    Mutation(
        "transfer-dest-format-uri",
        ("transfer",),
        lambda e: verb_args(e, "Transfer", "transfer")["properties"]["dest"].update(
            {"format": "uri"}
        ),
        NOT_BREAKING,
        frozenset({"format-changed"}),
        same(swml("transfer", "support")),
    ),
    Mutation(
        "answer-max-duration-default-changed",
        ("answer",),
        lambda e: verb_args(e, "Answer", "answer")["properties"]["max_duration"].update(
            {"default": 7200}
        ),
        BREAKING,
        frozenset({"default-changed"}),
        same(swml("answer")),
    ),
    Mutation(
        "answer-comment-only",
        ("answer",),
        lambda e: verb_args(e, "Answer", "answer").update({"$comment": "reviewed"}),
        NO_CHANGES,
        frozenset(),
        IDENTICAL,
    ),
]
