"""FunctionResult's helpers on equal work: ours (every value checked) against signalwire-sdk
3.7.5's method of the same name, unchecked and followed by a jsonschema-rs validation of what
it emits.

The calls are ``tests/helper_calls.py``'s, as tests/test_helpers.py draws them: per helper, its
required parameters alone, then calls whose values are drawn from the schema where each
parameter lands (hypothesis, derandomized, database off: the same calls every run). A call is
timed only when both sides accept it and emit the same ``to_dict()`` (equal, or equal once
spelled alike by ``as_reference_coerces``, as the tests compare them) that the schema takes;
the others are counted (the deliberate differences are ``DIFFERENCES`` there and in README).

Each side runs a helper's whole sample, call by call:

* ours: ``FunctionResult().<helper>(**kwargs).to_dict()``;
* the reference: the same call on its ``FunctionResult``;
* the reference checked: the same, then ``is_valid`` of a jsonschema-rs validator of
  ``$defs/Output`` in the effective document (upstream's schema with spec/beyond.schema.json
  merged, ``tests/test_beyond.effective()``, the document the tests check helper output
  against), compiled once.

The payment builders (``create_payment_*``) are static and return a value instead of recording
an action: both sides call ``FunctionResult.<builder>(**kwargs)``, and the check is against the
definition(s) the builder returns (``$defs/PayPrompt``...), as tests/test_helpers.py checks them.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from signalwire.core.function_result import FunctionResult as Reference
from swml_verbs import FunctionResult as Ours
from swml_verbs import InvalidArgumentError

REPO = Path(__file__).resolve().parents[1]


def _tests() -> Any:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from tests import helper_calls

    return helper_calls


@functools.cache
def _effective() -> dict[str, Any]:
    """The effective document: upstream's schema with spec/beyond.schema.json merged, as the
    generator reads it (what ``tests/test_beyond.effective()`` returns)."""
    from codegen.spec_package import load_package

    document: dict[str, Any] = load_package(REPO / "spec").document
    return document


@functools.cache
def validator(*names: str) -> Any:
    """A jsonschema-rs validator of ``$defs/<name>`` (any of ``names``) of the effective
    document, which is registered under its ``$id`` so that its references to itself resolve."""
    import jsonschema_rs

    document = _effective()
    base = document["$id"]
    refs = [{"$ref": f"{base}#/$defs/{name}"} for name in names]
    schema = {"$schema": document["$schema"], **(refs[0] if len(refs) == 1 else {"anyOf": refs})}
    registry = jsonschema_rs.Registry([(base, document)])
    return jsonschema_rs.validator_for(schema, registry=registry)


@dataclass
class HelperSample:
    name: str
    #: Calls drawn (the required parameters alone included).
    drawn: int
    #: Keyword arguments both sides accept with the same output.
    kept: list[dict[str, Any]]
    #: A builder returning a value (``create_payment_*``) rather than recording an action.
    static: bool
    #: The definitions its output is checked against.
    checked_against: tuple[str, ...]
    #: The names of its required parameters: a kept call that gives no others is its default
    #: form (every option at its default).
    required: frozenset[str] = frozenset()
    duplicates: int = 0
    refused_by_ours: int = 0
    refused_by_reference: int = 0
    #: The reference's output differs from ours and is refused by the schema.
    invalid_reference: int = 0
    #: Kept, and equal to ours once spelled alike (not byte for byte).
    spelled_alike: int = 0
    different_output: int = 0

    @property
    def default_form(self) -> list[dict[str, Any]]:
        """The kept calls that give the required parameters alone."""
        return [kwargs for kwargs in self.kept if set(kwargs) <= self.required]

    def sides(self, kept: list[dict[str, Any]] | None = None) -> dict[str, Callable[[], object]]:
        """``ours``, ``reference`` and ``checked`` (reference + jsonschema-rs), each running
        every kept call (or those of ``kept``) once."""
        calls = [dict(kwargs) for kwargs in (self.kept if kept is None else kept)]
        is_valid = validator(*self.checked_against).is_valid
        if self.static:
            ours_method = getattr(Ours, self.name)
            reference_method = getattr(Reference, self.name)

            def ours() -> object:
                for kwargs in calls:
                    ours_method(**kwargs)
                return None

            def reference() -> object:
                for kwargs in calls:
                    reference_method(**kwargs)
                return None

            def checked() -> object:
                for kwargs in calls:
                    if not is_valid(reference_method(**kwargs)):
                        raise AssertionError(f"{self.name}: refused by the schema")
                return None

        else:
            ours_function = getattr(Ours, self.name)
            reference_function = getattr(Reference, self.name)

            def ours() -> object:
                for kwargs in calls:
                    ours_function(Ours(), **kwargs).to_dict()
                return None

            def reference() -> object:
                for kwargs in calls:
                    reference_function(Reference(), **kwargs).to_dict()
                return None

            def checked() -> object:
                for kwargs in calls:
                    if not is_valid(reference_function(Reference(), **kwargs).to_dict()):
                        raise AssertionError(f"{self.name}: refused by the schema")
                return None

        return {"ours": ours, "reference": reference, "checked": checked}


def _output(cls: type, name: str, static: bool, kwargs: Mapping[str, Any]) -> Any:
    if static:
        return getattr(cls, name)(**kwargs)
    return getattr(cls(), name)(**kwargs).to_dict()


def _spelled_alike(helper: Any, static: bool, output: Any) -> Any:
    """``output`` in the one spelling tests/test_helpers.py compares both sides in
    (``as_reference_coerces``: a default the reference sends explicitly left out...)."""
    coerce = _tests().as_reference_coerces
    if static:
        return coerce(helper, output)
    return {**output, "action": [coerce(helper, action) for action in output["action"]]}


def helper_sample(helper: Any, draws: int) -> HelperSample:
    """The distinct drawn calls of ``helper`` that both sides accept with the same output
    (equal, or equal once spelled alike), the reference's checked to be valid where it goes."""
    name = helper.names.python
    static = bool(helper.returns)
    against = tuple(helper.returns) if static else ("Output",)
    calls = _tests().calls(helper, draws)
    required = frozenset(p.names.python for p in helper.params if p.required)
    out = HelperSample(name, len(calls), [], static, against, required)
    is_valid = validator(*against).is_valid
    seen: set[str] = set()
    for kwargs in calls:
        key = repr(sorted(kwargs.items(), key=lambda item: item[0]))
        if key in seen:
            out.duplicates += 1
            continue
        seen.add(key)
        try:
            ours = _output(Ours, name, static, kwargs)
        except InvalidArgumentError:
            out.refused_by_ours += 1
            continue
        try:
            reference = _output(Reference, name, static, kwargs)
        except (TypeError, ValueError):
            out.refused_by_reference += 1
            continue
        if not is_valid(ours):
            raise AssertionError(f"{name}{kwargs!r}: ours emits {ours!r}, which is invalid")
        if ours != reference:
            if not is_valid(reference):
                out.invalid_reference += 1
                continue
            if _spelled_alike(helper, static, ours) != _spelled_alike(helper, static, reference):
                out.different_output += 1
                continue
            out.spelled_alike += 1
        out.kept.append(kwargs)
    return out


def compared_helpers() -> list[Any]:
    """The helpers of ours that the reference also has, in declaration order."""
    return [h for h in _tests().helpers() if hasattr(Reference, h.names.python)]


def samples(draws: int) -> list[HelperSample]:
    """One sample per helper of ours that the reference also has, in declaration order."""
    return [helper_sample(helper, draws) for helper in compared_helpers()]


def row_name(name: str, static: bool) -> str:
    return f"`FunctionResult.{name}`" + (" (static)" if static else "")


def row_names() -> list[str]:
    """The group's row of each helper, in order (the summary row follows them)."""
    return [row_name(h.names.python, bool(h.returns)) for h in compared_helpers()]


#: The summary row: one call of each helper with calls kept, added up.
SUMMARY = "all {count} helpers compared, one call of each"


def sample_note(sample: HelperSample) -> str:
    dropped = []
    if sample.duplicates:
        dropped.append(f"{sample.duplicates} repeated")
    if sample.refused_by_ours:
        dropped.append(f"{sample.refused_by_ours} refused by ours")
    if sample.refused_by_reference:
        dropped.append(f"{sample.refused_by_reference} refused by the reference")
    if sample.invalid_reference:
        dropped.append(
            f"{sample.invalid_reference} where the reference emits what the schema refuses"
        )
    if sample.different_output:
        dropped.append(f"{sample.different_output} with different output")
    detail = f"; dropped: {', '.join(dropped)}" if dropped else ""
    alike = f", {sample.spelled_alike} equal once spelled alike" if sample.spelled_alike else ""
    return f"n={len(sample.kept)} of {sample.drawn} drawn{alike}{detail}"
