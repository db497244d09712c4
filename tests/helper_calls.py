"""The calls of FunctionResult's helpers drawn from the schema, shared by tests/test_helpers.py
(each call against signalwire-sdk 3.7.5), tests/test_typescript.py and the benchmark
(``bench/helpers.py``, which times them): the helpers as the generator reads them
(``x-helpers``), the places of its action each helper's parameters fill, keyword arguments drawn
there, the tables of where a helper deliberately differs from the reference, and the one spelling
both sides' output is compared in (``as_reference_coerces``).
"""

from __future__ import annotations

import copy
import functools
import importlib
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from codegen.build import validate
from codegen.ir import MISSING, AnyType, BooleanType, Helper, Package, UnionType
from codegen.spec_package import load_package
from tests import upstream_schema
from tests.strategies import REPO

#: Calls drawn per helper (besides the one of its required parameters alone).
DRAWS = 30

#: Helper -> the reference's parameters it does not offer, and why (README's table).
NOT_OFFERED = {
    "hold": (
        ["prompt", "step", "timeout_step"],
        "the published schema's hold has no step or timeout_step, and prompt both sets the "
        "response and, as a number, the timeout: hold(120) means the same in both",
    ),
}
#: Helper -> why its output differs from the reference's for some calls (README's table). Each
#: differing call is one where the reference's own output is refused by the schema, or where
#: the reference raises on a value the schema takes.
DIFFERENCES = {
    "play_background_file": "the reference sends a bare file name when wait is false; the "
    "schema's playback_bg is an object, so the name goes in file",
    "switch_context": "the schema requires system_prompt and takes an object only; the reference "
    "sends {} without it, and the bare prompt when it is the only option given",
    "connect": "the reference sends transfer as the string 'true'/'false'; the schema's is a "
    "boolean",
    "swml_transfer": "the reference sends transfer as the string 'true'/'false'; the schema's "
    "is a boolean",
    "pay": "the reference sends timeout, max_attempts, min_postal_code_length and security_code "
    "as strings; the schema wants integers and a boolean",
    "hold": "the reference raises a TypeError on a SWML variable for the timeout (it compares "
    "it with numbers to clamp it), which the schema takes",
    "send_sms": "the reference refuses an empty body or media list (it tests truthiness); the "
    "schema takes them",
    "tap": "the reference raises a TypeError on a SWML variable for rtp_ptime, which the schema "
    "takes",
}

Path = tuple[str | int, ...]


def _get(value: Any, path: Path) -> Any:
    for key in path:
        if isinstance(key, int):
            if not isinstance(value, list) or key >= len(value):
                return MISSING
        elif not isinstance(value, dict) or key not in value:
            return MISSING
        value = value[key]
    return value


def _drop(value: Any, path: Path) -> None:
    *outer, last = path
    container = _get(value, tuple(outer))
    if isinstance(container, dict):
        container.pop(last, None)


def as_reference_coerces(helper: Helper, emitted: Any) -> Any:
    """``emitted`` and the reference's output compared in one spelling, where both are valid:
    a boolean sent as the string "true" or "false" is the boolean, a key at the value the
    helper leaves out is dropped (the reference sends some of them),
    an empty string, list or object given where the default is None is dropped (the reference
    tests truthiness), and a boolean key of a plain action given as a SWML variable (``"${flag}"``)
    becomes ``true`` (the reference sends the literal)."""
    out = copy.deepcopy(emitted)
    for p in helper.params:
        at = _get(out, p.path)
        if at is MISSING or p.path == (helper.action,):
            continue
        if isinstance(p.default, bool) and at in ("true", "false"):
            # The reference's spelling of a boolean (pay's postal_code).
            at = at == "true"
            _get(out, p.path[:-1])[p.path[-1]] = at
        if (p.omitted is not MISSING and type(at) is type(p.omitted) and at == p.omitted) or (
            p.default is None and at in ("", [], {})
        ):
            _drop(out, p.path)
        elif (
            helper.action != "SWML"
            and isinstance(p.type, UnionType)
            and BooleanType() in p.type.variants
            and isinstance(at, str)
        ):
            _get(out, p.path[:-1])[p.path[-1]] = True
    return out


@functools.cache
def package() -> Package:
    return validate(load_package(REPO / "spec"))


def helpers() -> list[Helper]:
    return list(package().helpers)


def upstream_helpers() -> list[Helper]:
    """The helpers whose action (and every verb of its document) upstream's schema defines
    (tests/test_beyond.py tests those of our own schema file against the effective document,
    and ``test_the_rpc_helpers_emit_what_the_reference_does`` those of execute_rpc)."""
    return [
        h
        for h in helpers()
        if h.model in upstream_schema.document()["$defs"]
        and all(verb in upstream_schema.verbs() for verb in document_verbs(h))
    ]


def document_verbs(helper: Helper) -> list[str]:
    if helper.action != "SWML":
        return []
    return [verb for step in helper.skeleton["SWML"]["sections"]["main"] for verb in step]


def containers(helper: Helper) -> list[tuple[Path, Any]]:
    """The places of the helper's action that a draw from the schema fills, each with the
    strategy that draws its value: the action's value, or each verb of an SWML action's
    document whose keys the parameters fill (a verb whose value is an open object, such as
    set, is filled by its parameters' own values)."""
    places: list[tuple[Path, st.SearchStrategy[Any]]]
    if helper.returns:
        schemas = [from_schema(upstream_schema.definition_schema(m)) for m in helper.returns]
        places = [((), st.one_of(schemas))]
    elif helper.action != "SWML":
        if helper.model in upstream_schema.document()["$defs"]:
            schema = upstream_schema.definition_schema(helper.model)
        else:
            # An action of our own schema file: drawn from the effective document. (A test
            # module, imported by name: mypy does not check the tests.)
            beyond = importlib.import_module("tests.test_beyond")
            schema = beyond.draft7(beyond.effective()["$defs"][helper.model])
        strategy: st.SearchStrategy[Any] = from_schema(schema)
        places = [((helper.action,), strategy.map(lambda v: v[helper.action]))]
    else:
        places = []
        for index, step in enumerate(helper.skeleton["SWML"]["sections"]["main"]):
            (verb,) = step
            where: Path = ("SWML", "sections", "main", index, verb)
            if verb in upstream_schema.verbs():
                places.append((where, upstream_schema.argument_strategy(verb)))
    return [
        (where, strategy)
        for where, strategy in places
        if (inside := [p for p in helper.params if p.path[: len(where)] == where])
        and all(not isinstance(p.type, AnyType) for p in inside)
    ]


#: Any JSON value, for a parameter that lands in an open object (set's ai_response).
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)


def calls(helper: Helper, draws: int = DRAWS) -> list[dict[str, Any]]:
    """``_calls`` of the helper, each a fresh dict (draws are slow to make: made once a run)."""
    return [dict(c) for c in _calls(helper.names.python, draws)]


@functools.cache
def _calls(name: str, draws: int = DRAWS) -> list[dict[str, Any]]:
    """Keyword arguments for the helper, drawn from the schema at the places its parameters
    fill, the same ones every run: the required parameters alone first, then ``draws`` calls
    whose drawn values each parameter takes from where it lands (keys no parameter fills are
    dropped from the draw; a required parameter the draw does not fill gets a string)."""
    helper = next(h for h in helpers() if h.names.python == name)
    places = containers(helper)
    filler: dict[str, Any] = {p.names.python: "text" for p in helper.params if p.required}
    out: list[dict[str, Any]] = [dict(filler)]
    free = [p for p in helper.params if isinstance(p.type, AnyType)]
    if not places and not free:
        return out

    @settings(
        max_examples=draws,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def draw(data: st.DataObject) -> None:
        kwargs = dict(filler)
        for where, strategy in places:
            value = data.draw(strategy)
            for p in helper.params:
                if p.path[: len(where)] == where:
                    found = _get(value, p.path[len(where) :])
                    # A required parameter the draw lacks (connect's serial form has no to)
                    # keeps its filler: the draw's other values are still tried.
                    if found is not MISSING:
                        kwargs[p.names.python] = found
        for p in free:
            kwargs[p.names.python] = data.draw(JSON_VALUES)
        if all(p.names.python in kwargs for p in helper.params if p.required):
            out.append(kwargs)

    draw()
    return out
