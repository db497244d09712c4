"""Per-verb builder calls against the reference's SWML builder, over a sample of arguments.

Ours: ``SWML().<verb>(**kwargs)`` (keywords are the wire names; a Python keyword takes a trailing
underscore, ``from`` -> ``from_``), or ``SWML().<verb>(value)`` for a scalar form such as
``sleep(5000)``. Each call builds a new document holding the one verb.

The reference: one ``SWMLService`` (built once: its constructor loads the schema and compiles the
jsonschema-rs validator), then per call ``reset_document()`` and ``add_verb(verb, argument)``.
Every ``SWMLBuilder`` method ends in that ``add_verb``, which validates the verb inside a minimal
document with jsonschema-rs; calling it directly leaves out the builder's wrapper frame (and the
builder's hand-written ``play``, which has no ``status_url`` keyword), so this is the reference's
cheapest validated path, and the fair equivalent of ours: a fresh document with one checked verb.

The arguments are drawn from SignalWire's published schema (the newest file in
``../shared/upstream/swml/``) by ``tests/upstream_schema.argument_strategy(verb)``, with
hypothesis seeded (``SEED``) and its database off, so every run draws the same sample; only
distinct arguments that both sides accept, and turn into the same document, are timed.
"""

from __future__ import annotations

import functools
import inspect
import json
import keyword
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from signalwire.core.swml_service import SWMLService
from signalwire.utils.schema_utils import SchemaValidationError
from swml_verbs import SWML, InvalidArgumentError

REPO = Path(__file__).resolve().parents[1]
VERBS = ("play", "connect", "record_call", "send_sms", "sleep", "hangup")
SEED = 20260818

#: One invalid argument per verb: a wrong type for one value, the rest valid. (An unknown key
#: cannot be compared: ours takes keywords, so Python itself refuses it with a TypeError before
#: any generated check runs.) Each is checked to be refused by the upstream schema, by ours
#: (InvalidArgumentError) and by the reference (SchemaValidationError).
INVALID: dict[str, tuple[str, Any]] = {
    "play": ("volume='loud' (a string for a number)", {"url": "say:Hello", "volume": "loud"}),
    "connect": (
        "timeout='soon' (a string for an integer)",
        {"to": "+15551234567", "timeout": "soon"},
    ),
    "record_call": ("max_length='long' (a string for a number)", {"max_length": "long"}),
    "send_sms": (
        "body=42 (a number for a string)",
        {"to_number": "+15551234567", "from_number": "+15557654321", "body": 42},
    ),
    "sleep": ("duration='5s' (a string for an integer)", {"duration": "5s"}),
    "hangup": ("reason=5 (a number for an enum string)", {"reason": 5}),
}


@functools.cache
def service() -> SWMLService:
    """The reference's service, built once (its constructor is not part of a call)."""
    return SWMLService(name="bench")


def keywords(verb: str, argument: Mapping[str, Any]) -> dict[str, Any]:
    """Wire names -> our method's keyword names (``from`` -> ``from_``)."""
    parameters = inspect.signature(getattr(SWML, verb)).parameters
    out = {}
    for key, value in argument.items():
        name = f"{key}_" if keyword.iskeyword(key) else key
        if name not in parameters:
            raise KeyError(f"SWML.{verb} has no keyword for {key!r}")
        out[name] = value
    return out


def ours_call(verb: str, argument: Any) -> Callable[[], SWML]:
    if isinstance(argument, Mapping):
        kwargs = keywords(verb, argument)

        def run() -> SWML:
            return getattr(SWML(), verb)(**kwargs)  # type: ignore[no-any-return]

    else:

        def run() -> SWML:
            return getattr(SWML(), verb)(argument)  # type: ignore[no-any-return]

    return run


def reference_call(verb: str, argument: Any) -> Callable[[], bool]:
    svc = service()

    def run() -> bool:
        svc.reset_document()
        return svc.add_verb(verb, argument)

    return run


def ours_refused(verb: str, argument: Mapping[str, Any]) -> Callable[[], object]:
    kwargs = keywords(verb, argument)

    def run() -> object:
        try:
            getattr(SWML(), verb)(**kwargs)
        except InvalidArgumentError as exc:
            return exc
        raise AssertionError(f"ours accepted the invalid {verb} argument {argument!r}")

    return run


def reference_refused(verb: str, argument: dict[str, Any]) -> Callable[[], object]:
    svc = service()

    def run() -> object:
        svc.reset_document()
        try:
            svc.add_verb(verb, argument)
        except SchemaValidationError as exc:
            return exc
        raise AssertionError(f"the reference accepted the invalid {verb} argument {argument!r}")

    return run


# -- the sample ------------------------------------------------------------------------------------


def _upstream() -> Any:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from tests import upstream_schema

    return upstream_schema


def draw(verb: str, count: int) -> list[Any]:
    """Up to ``count`` distinct valid arguments of ``verb``, the same ones every run."""
    from hypothesis import HealthCheck, Phase, given, seed, settings

    drawn: dict[str, Any] = {}

    @seed(SEED)
    @settings(
        max_examples=count * 2,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        derandomize=False,
    )
    @given(_upstream().argument_strategy(verb))
    def collect(argument: Any) -> None:
        if len(drawn) < count:
            drawn.setdefault(json.dumps(argument, sort_keys=True), argument)

    collect()
    return list(drawn.values())


@dataclass
class Sample:
    verb: str
    drawn: int
    #: (ours, reference) per kept argument.
    calls: list[tuple[Callable[[], object], Callable[[], object]]] = field(default_factory=list)
    refused_by_ours: int = 0
    refused_by_reference: int = 0
    different_output: int = 0


def sample(verb: str, count: int) -> Sample:
    """The drawn arguments both sides accept with the same document, as timed call pairs."""
    arguments = draw(verb, count)
    out = Sample(verb, len(arguments))
    svc = service()
    for argument in arguments:
        ours, reference = ours_call(verb, argument), reference_call(verb, argument)
        try:
            document = ours().to_dict()
        except InvalidArgumentError:
            out.refused_by_ours += 1
            continue
        try:
            added = reference()
        except SchemaValidationError:
            added = False
        if not added:  # add_verb returns False (and logs) for a scalar other than an int
            out.refused_by_reference += 1
            continue
        if svc.get_document() != document:
            out.different_output += 1
            continue
        out.calls.append((ours, reference))
    return out


@dataclass(frozen=True)
class RefusedCase:
    verb: str
    description: str
    ours: Callable[[], object]
    reference: Callable[[], object]


def refused_cases() -> list[RefusedCase]:
    """The calls of ``INVALID``, after checking that the upstream schema refuses each one too."""
    upstream = _upstream()
    cases = []
    for verb, (description, argument) in INVALID.items():
        if upstream.is_valid_method(verb, argument):
            raise AssertionError(f"{verb}: {argument!r} is valid upstream; pick another")
        case = RefusedCase(
            verb, description, ours_refused(verb, argument), reference_refused(verb, argument)
        )
        case.ours()  # each raises AssertionError if its side accepts the argument
        case.reference()
        cases.append(case)
    return cases
