"""The newest upstream schema: its new fields, emitted by the committed package, validate against
the whole SWML document schema; the package generated straight from the upstream file (no x-
hints) behaves the same on them; and the URL-scheme heuristic that makes that possible."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from swml_verbs import CallbackEventType, FunctionResult, InvalidArgumentError, Region

from codegen.build import url_schemes

ROOT = Path(__file__).resolve().parents[1]
UPSTREAM = ROOT / ".." / "shared" / "upstream" / "swml" / "SWMLObject-2026-08-18.json"

pytestmark = pytest.mark.skipif(not UPSTREAM.exists(), reason="../shared/upstream is not present")

STREAM = {"url": "wss://example.com/a", "realtime": True}


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(UPSTREAM.read_text(encoding="utf-8")))


def swml(result: FunctionResult) -> Any:
    """The SWML document the single join_conference action carries."""
    (action,) = result.to_dict()["action"]
    return action["SWML"]


def verb(result: FunctionResult) -> Any:
    return swml(result)["sections"]["main"][0]["join_conference"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"region": "eu"},
        {"region": Region.GLOBAL},
        {"region": "ch"},
        {"status_callback_event_type": "relay"},
        {"recording_status_callback_event_type": CallbackEventType.CXML},
        {"status_callback_event_type": "laml", "recording_status_callback_event_type": "relay"},
        {"stream": STREAM},
        {"stream": {"url": "wss://example.com/a", "realtime": "${rt}"}},
        {
            "stream": {
                "url": "wss://example.com/a",
                "name": "conf",
                "codec": "L16@24000h",
                "status_url": "https://example.com/status",
                "status_url_method": "GET",
                "realtime": False,
                "authorization_bearer_token": "t0k",
                "custom_parameters": {"customer": "42"},
            }
        },
        {"region": "us", "status_callback_event_type": "cxml", "stream": STREAM},
    ],
)
def test_new_fields_validate_against_the_newest_document_schema(
    validator: Draft202012Validator, kwargs: dict[str, Any]
) -> None:
    document = swml(FunctionResult().join_conference("room", **kwargs))
    errors = [e.message for e in validator.iter_errors(document)]
    assert errors == [], errors
    emitted = verb(FunctionResult().join_conference("room", **kwargs))
    assert set(emitted) == {"name", *kwargs}


def test_stream_is_emitted_with_only_the_keys_given() -> None:
    result = FunctionResult().join_conference(
        "r", region="eu", status_callback_event_type="relay", stream=STREAM
    )
    assert verb(result) == {
        "name": "r",
        "region": "eu",
        "status_callback_event_type": "relay",
        "stream": {"url": "wss://example.com/a", "realtime": True},
    }


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"region": "us-east"}, "region"),
        ({"status_callback_event_type": "xml"}, "status_callback_event_type"),
        ({"recording_status_callback_event_type": "RELAY"}, "recording_status_callback_event_type"),
        ({"stream": {"url": "ws://example.com/a"}}, "stream"),
        ({"stream": {"url": "https://example.com/a"}}, "stream"),
        ({"stream": {"realtime": True}}, "stream"),  # url is required
        ({"stream": {"url": "wss://example.com/a", "status_url_method": "PUT"}}, "stream"),
        ({"stream": {"url": "wss://example.com/a", "custom_parameters": {"n": 1}}}, "stream"),
        ({"stream": {"url": "wss://example.com/a", "extra": 1}}, "stream"),
    ],
)
def test_invalid_new_values_raise_and_leave_the_result_unchanged(
    kwargs: dict[str, Any], named: str
) -> None:
    result = FunctionResult()
    before = result.to_dict()
    with pytest.raises(ValueError, match=named) as raised:
        result.join_conference("r", **kwargs)
    assert isinstance(raised.value, InvalidArgumentError)
    assert result.to_dict() == before


# -- generated straight from the upstream file (issue 6, point 1) ---------------------------------

PROBE = textwrap.dedent(
    """
    import json, sys
    from swml_verbs import FunctionResult
    out = {}
    r = FunctionResult().join_conference(
        "r", region="eu", status_callback_event_type="relay",
        stream={"url": "wss://example.com/a", "realtime": True},
    )
    out["ok"] = r.to_dict()["action"][0]["SWML"]["sections"]["main"][0]["join_conference"]
    bad = {
        "region": {"region": "us-east"},
        "ws": {"stream": {"url": "ws://example.com/a"}},
        "event_type": {"status_callback_event_type": "xml"},
    }
    for key, kwargs in bad.items():
        try:
            FunctionResult().join_conference("r", **kwargs)
            out[key] = "accepted"
        except ValueError as exc:
            out[key] = type(exc).__name__
    json.dump(out, sys.stdout)
    """
)


@pytest.fixture(scope="module")
def upstream_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("upstream")
    spec = f"{UPSTREAM}#/$defs/JoinConferenceObject"
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "generate", "--spec", spec, "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return out


def test_package_generated_from_upstream_as_is_passes_the_same_checks(
    upstream_package: Path,
) -> None:
    # A subprocess: the generated package is also called swml_verbs, like the installed one.
    env = {**os.environ, "PYTHONPATH": str(upstream_package)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "ok": {
            "name": "r",
            "region": "eu",
            "status_callback_event_type": "relay",
            "stream": {"url": "wss://example.com/a", "realtime": True},
        },
        "region": "InvalidArgumentError",
        "ws": "InvalidArgumentError",
        "event_type": "InvalidArgumentError",
    }


def test_upstream_package_derives_enums_from_the_value_sets(upstream_package: Path) -> None:
    enums = (upstream_package / "swml_verbs" / "enums.py").read_text(encoding="utf-8")
    for name in ("Region", "StatusCallbackEventType", "StatusUrlMethod"):
        assert f"class {name}(_WireValue):" in enums


# -- the URL-scheme heuristic (codegen/build.py) --------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "schemes"),
    [
        ({"description": "Secure WebSocket URL (must start with `wss://`) that ..."}, ("wss",)),
        ({"description": "Must start with `HTTPS://`."}, ("https",)),
        (
            {"description": "must start with `http://` or must start with `https://`"},
            ("http", "https"),
        ),
        # x-url-schemes always wins over the prose.
        (
            {"description": "must start with `wss://`", "x-url-schemes": ["ws", "wss"]},
            ("ws", "wss"),
        ),
        # Mentions without the phrase are not a rule.
        ({"description": "HTTP or HTTPS URL to which status events will be sent."}, ()),
        ({"description": "Plain `ws://` is not supported."}, ()),
        ({}, ()),
    ],
)
def test_url_schemes_heuristic(schema: dict[str, Any], schemes: tuple[str, ...]) -> None:
    assert url_schemes(schema) == schemes
