"""The ``FunctionResult.join_conference`` calls timed on both sides: the same inputs to ours and
to the reference.

Each case is a pair of zero-argument callables that do the whole job, from building the
``FunctionResult`` to ``to_dict()``, so that neither side can leave work for later.

The first four cases are hand-written (a short form, eight options, a chain, a refused call).
The rest are derived from the spec (``spec/SWMLObject.json`` plus ``spec/overlays/``): every
option the reference also takes set at once, to a value away from its default that the spec
names (a non-default ``const``, an ``examples`` entry, every value of an event list joined by
its ``x-separator``), the three callback URLs, multi-value event lists, SWML variables and both
shapes of ``result``. ``status_callback_event_type``, ``recording_status_callback_event_type``
and ``stream`` are ours only (the reference has no such keywords), so no case can compare them.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from signalwire.core.function_result import FunctionResult as Reference
from swml_verbs import FunctionResult as Ours

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "spec" / "SWMLObject.json"
OVERLAY = REPO / "spec" / "overlays" / "join_conference.yaml"
POINTER = "/$defs/JoinConferenceObject"
#: Keywords of ours the reference does not have: no case can pass them to both.
OURS_ONLY = frozenset(
    {"status_callback_event_type", "recording_status_callback_event_type", "stream"}
)

# The object form: eight options, each away from its default. status_callback_event is the
# string "join" on both sides; ours also takes ["join"], but the reference only takes a string,
# and a list would add a join that the reference never does.
OBJECT_FORM: dict[str, Any] = {
    "muted": True,
    "beep": "onEnter",
    "end_on_exit": True,
    "record": "record-from-start",
    "trim": "do-not-trim",
    "max_participants": 50,
    "status_callback": "https://example.com/cb",
    "status_callback_event": "join",
}


@dataclass(frozen=True)
class Case:
    name: str
    ours: Callable[[], object]
    reference: Callable[[], object]


def _short(cls: Any) -> Callable[[], object]:
    def run() -> object:
        return cls("ok").join_conference("room").to_dict()

    return run


def _object(cls: Any) -> Callable[[], object]:
    def run() -> object:
        return (
            cls("ok")
            .join_conference(
                "room",
                muted=True,
                beep="onEnter",
                end_on_exit=True,
                record="record-from-start",
                trim="do-not-trim",
                max_participants=50,
                status_callback="https://example.com/cb",
                status_callback_event="join",
            )
            .to_dict()
        )

    return run


def _chained(cls: Any) -> Callable[[], object]:
    # A mix of short and object forms, as a SWAIG function building a call plan might do.
    def run() -> object:
        return (
            cls("ok")
            .join_conference("room-1")
            .join_conference("room-2", muted=True)
            .join_conference("room-3", beep="false")
            .join_conference("room-4")
            .join_conference("room-5", record="record-from-start", trim="do-not-trim")
            .join_conference("room-6", max_participants=10)
            .join_conference("room-7")
            .join_conference("room-8", status_callback="https://example.com/cb")
            .join_conference("room-9", end_on_exit=True, start_on_enter=False)
            .join_conference("room-10")
            .to_dict()
        )

    return run


def _rejected(cls: Any) -> Callable[[], object]:
    def run() -> object:
        result = cls("ok")
        try:
            result.join_conference("room", beep="loud")
        except ValueError as exc:
            return exc
        raise AssertionError("the invalid beep was accepted")

    return run


# -- cases derived from the spec -------------------------------------------------------------------


@functools.cache
def spec_properties() -> dict[str, dict[str, Any]]:
    """JoinConferenceObject's properties from spec/, with the overlay's updates merged in."""
    schema = json.loads(SPEC.read_text(encoding="utf-8"))
    properties: dict[str, dict[str, Any]] = {
        name: dict(value)
        for name, value in schema["$defs"]["JoinConferenceObject"]["properties"].items()
    }
    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    prefix = f"{POINTER}/properties/"
    for action in overlay.get("actions", ()):
        target = action.get("target", "")
        if target.startswith(prefix) and "/" not in target[len(prefix) :]:
            properties[target[len(prefix) :]].update(action.get("update", {}))
    return properties


def _consts(schema: Mapping[str, Any]) -> list[Any]:
    return [branch["const"] for branch in schema.get("anyOf", ()) if "const" in branch]


def _non_default(name: str) -> Any:
    """A value of option ``name`` away from the method's default, taken from the spec."""
    prop = spec_properties()[name]
    default = prop.get("x-method-default", prop.get("default"))
    consts = _consts(prop)
    if consts:
        return next(value for value in reversed(consts) if value != default)
    if any(branch.get("type") == "boolean" for branch in prop.get("anyOf", ())):
        return not default
    return prop["examples"][0]


def event_values(name: str) -> list[str]:
    """The values of a space-separated event list (its overlay ``x-items``), in spec order."""
    return _consts(spec_properties()[name]["x-items"])


def event_list(name: str, count: int | None = None) -> str:
    prop = spec_properties()[name]
    return str(prop["x-separator"]).join(event_values(name)[:count])


def _example(name: str) -> Any:
    return spec_properties()[name]["examples"][0]


#: ``result`` has no example upstream: a switch and a cond array of the schema's shape, with
#: small verbs inside (ours checks every nested method; the reference copies the object).
SWITCH_RESULT: dict[str, Any] = {
    "variable": "conference_result",
    "case": {"ended": [{"hangup": {}}], "failed": [{"play": {"url": "say:Sorry"}}]},
    "default": [{"hangup": {"reason": "busy"}}],
}
COND_RESULT: list[dict[str, Any]] = [
    {"when": "vars.conference_result == 'ended'", "then": [{"hangup": {}}]},
    {"else": [{"play": {"url": "say:Goodbye"}}, {"hangup": {}}]},
]


def every_option(*, result: bool) -> dict[str, Any]:
    """Every option the reference also takes, each away from its default (spec values)."""
    options = {
        name: _non_default(name)
        for name in spec_properties()
        if name not in ("name", "result", *OURS_ONLY)
    }
    options["status_callback_event"] = event_list("status_callback_event")
    options["recording_status_callback_event"] = event_list("recording_status_callback_event")
    if result:
        options["result"] = SWITCH_RESULT
    return options


def spec_cases() -> dict[str, dict[str, Any]]:
    """Case name -> keyword options, each derived from the spec."""
    urls = ("wait_url", "status_callback", "recording_status_callback")
    status_events = event_values("status_callback_event")
    recording_events = event_values("recording_status_callback_event")
    every = every_option(result=True)
    return {
        f"every option at once ({len(every)}, incl. result)": every,
        f"every option but result ({len(every) - 1})": every_option(result=False),
        "all three callback URLs": {name: _example(name) for name in urls},
        f'status events "{event_list("status_callback_event", 3)}"': {
            "status_callback": _example("status_callback"),
            "status_callback_event": event_list("status_callback_event", 3),
        },
        f"all {len(status_events)} status + {len(recording_events)} recording events": {
            "status_callback": _example("status_callback"),
            "status_callback_event": event_list("status_callback_event"),
            "recording_status_callback": _example("recording_status_callback"),
            "recording_status_callback_event": event_list("recording_status_callback_event"),
        },
        # start_on_enter is left out: the reference drops a variable there (README: differences).
        "SWML variables (muted, end_on_exit, wait_url, max_participants)": {
            "muted": "${muted}",
            "end_on_exit": "${end}",
            "wait_url": "${hold_music}",
            "max_participants": "%{limit}",
        },
        "result: switch": {"result": SWITCH_RESULT},
        "result: cond": {"result": COND_RESULT},
    }


def _options(cls: Any, name: str, options: Mapping[str, Any]) -> Callable[[], object]:
    def run() -> object:
        return cls("ok").join_conference(name, **options).to_dict()

    return run


#: The case of join_conference's default form (a name alone), held to the unchecked reference too.
DEFAULT_FORM = "short form"


def _cases() -> tuple[Case, ...]:
    written = tuple(
        Case(name, make(Ours), make(Reference))
        for name, make in (
            (DEFAULT_FORM, _short),
            ("object form (8 options)", _object),
            ("10 chained calls + to_dict()", _chained),
            ("rejected call (invalid beep)", _rejected),
        )
    )
    derived = tuple(
        Case(name, _options(Ours, "room", options), _options(Reference, "room", options))
        for name, options in spec_cases().items()
    )
    return written + derived


CASES: tuple[Case, ...] = _cases()


def check_same_output(cases: tuple[Case, ...] = CASES) -> None:
    """Refuse to time cases whose two sides do not produce the same thing."""
    for case in cases:
        ours, reference = case.ours(), case.reference()
        if isinstance(ours, Exception) and isinstance(reference, Exception):
            continue
        if ours != reference:
            raise AssertionError(f"{case.name}: ours {ours!r} != reference {reference!r}")


# -- option sets drawn over the whole domain --------------------------------------------------


def drawn(count: int, *, result: bool) -> list[tuple[Callable[[], object], Callable[[], object]]]:
    """Up to ``count`` distinct option sets both sides accept alike, drawn by hypothesis (seeded,
    database off) from ``tests/strategies.py``: any subset of the options the reference also
    takes, each with a value from its whole domain (members or strings, lists or joined event
    strings, URLs and SWML variables of any length the strategies give), with ``result`` or
    without it. Pairs of (ours, reference) calls, checked to give equal output."""
    import sys

    from hypothesis import HealthCheck, Phase, given, seed, settings
    from hypothesis import strategies as st

    from bench.verbs import SEED

    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from tests import strategies

    options = {k: v for k, v in strategies.SHARED_OPTIONS.items() if k != "result"}
    required = {"result": strategies.results} if result else {}
    sets: dict[str, tuple[str, dict[str, Any]]] = {}

    @seed(SEED)
    @settings(
        max_examples=count * 3,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.fixed_dictionaries(required, optional=options), strategies.names)
    def collect(kwargs: dict[str, Any], name: str) -> None:
        if len(sets) < count:
            sets.setdefault(repr((name, kwargs)), (name, kwargs))

    collect()
    pairs = []
    for name, kwargs in sets.values():
        theirs = strategies.reference_kwargs(kwargs)
        ours, reference = _options(Ours, name, kwargs), _options(Reference, name, theirs)
        if ours() == reference():
            pairs.append((ours, reference))
    return pairs
