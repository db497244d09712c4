"""Every object form the generated method emits is a valid SWML document under SignalWire's own
JSON Schemas: the one matching signalwire-sdk 3.7.5 (single events, any region) and 2026-08-18
(space-joined event lists, the region value set, event types and stream)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from swml_verbs import FunctionResult, RecordingStatusCallbackEvent, StatusCallbackEvent

from tests.strategies import (
    OWN_OPTIONS,
    SHARED_OPTIONS,
    UPSTREAM,
    Kwargs,
    member_or_value,
    names,
    option_subsets,
    swml_vars,
)

SDK_SCHEMA = "SWMLObject-2026-03-sdk-3.7.5.json"
LATEST_SCHEMA = "SWMLObject-2026-08-18.json"


@cache
def validator(file: str) -> Draft202012Validator:
    """Built once per schema: the files are large, and validation itself is cheap."""
    schema = json.loads((UPSTREAM / file).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def emitted_object(name: str, kwargs: Kwargs) -> dict[str, Any]:
    action = FunctionResult().join_conference(name, **kwargs).action[0]
    document: dict[str, Any] = action["SWML"]
    payload = document["sections"]["main"][0]["join_conference"]
    assert isinstance(payload, dict), "object form forced by a non-default option"
    return payload


def errors(file: str, obj: dict[str, Any]) -> list[str]:
    # The whole document, as the platform receives it, not just the verb's definition.
    document = {"version": "1.0.0", "sections": {"main": [{"join_conference": obj}]}}
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator(file).iter_errors(document)
    ]


# A muted value other than False forces the object form; the rest vary freely.
_forced = st.fixed_dictionaries({"muted": st.just(True) | swml_vars})

_sdk_options = {
    **SHARED_OPTIONS,
    # That schema allows exactly one event per field.
    "status_callback_event": member_or_value(StatusCallbackEvent),
    "recording_status_callback_event": member_or_value(RecordingStatusCallbackEvent),
}
_sdk_options.pop("muted")


@given(name=names, kwargs=option_subsets(_sdk_options), forced=_forced)
def test_object_form_conforms_to_the_sdk_schema(name: str, kwargs: Kwargs, forced: Kwargs) -> None:
    obj = emitted_object(name, {**kwargs, **forced})
    assert errors(SDK_SCHEMA, obj) == []


_latest_options = {**SHARED_OPTIONS, **OWN_OPTIONS}
_latest_options.pop("muted")


@given(name=names, kwargs=option_subsets(_latest_options), forced=_forced)
def test_object_form_conforms_to_the_latest_schema(
    name: str, kwargs: Kwargs, forced: Kwargs
) -> None:
    obj = emitted_object(name, {**kwargs, **forced})
    assert errors(LATEST_SCHEMA, obj) == []


def test_the_schemas_do_reject_a_bad_object() -> None:
    # Guards the tests above against a validator that accepts anything.
    for file in (SDK_SCHEMA, LATEST_SCHEMA):
        assert errors(file, {"name": "room", "max_participants": 1, "surprise": True})
    assert errors(SDK_SCHEMA, {"name": "room", "status_callback_event": "join leave"})
    assert errors(LATEST_SCHEMA, {"name": "room", "region": "mars"})
