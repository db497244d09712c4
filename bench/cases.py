"""The calls timed on both sides: the same inputs to ours and to the reference.

Each case is a pair of zero-argument callables that do the whole job, from building the
``FunctionResult`` to ``to_dict()``, so that neither side can leave work for later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from signalwire.core.function_result import FunctionResult as Reference
from swml_verbs import FunctionResult as Ours

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


CASES: tuple[Case, ...] = tuple(
    Case(name, make(Ours), make(Reference))
    for name, make in (
        ("short form", _short),
        ("object form (8 options)", _object),
        ("10 chained calls + to_dict()", _chained),
        ("rejected call (invalid beep)", _rejected),
    )
)


def check_same_output() -> None:
    """Refuse to time cases whose two sides do not produce the same thing."""
    for case in CASES:
        ours, reference = case.ours(), case.reference()
        if isinstance(ours, Exception) and isinstance(reference, Exception):
            continue
        if ours != reference:
            raise AssertionError(f"{case.name}: ours {ours!r} != reference {reference!r}")
