"""Whole SWML documents checked by ours and by jsonschema-rs, valid and refused.

Ours: ``SWML.from_dict(doc)`` (the generated checkers over the whole document, building the
checked copy the builder holds; a refused document raises at its first fault, the problems
listed only when the error is read, which the rows do not do) and
``swml_verbs.validate(doc)``, the public check without a builder: for a valid document it is the
same one pass of ``check_SWMLObject`` that ``from_dict`` makes (swml_verbs has no cheaper public
yes/no check), for a refused one that pass and then the walk that lists every problem.
jsonschema-rs: one validator of the upstream document schema, the file the tests use
(``tests/upstream_schema.SCHEMA_FILE``), compiled once; ``is_valid``, ``validate`` (raises its
first error, message included) and ``iter_errors`` (every error, listed).

The documents:

* drawn: per verb, distinct arguments drawn from the upstream schema by
  ``tests/upstream_schema.argument_strategy`` (``bench.verbs.draw``: seeded, database off), each
  in the document of tests/test_documents.py (the verb in two sections, after an ``answer``),
  kept when jsonschema-rs and ours both accept it (ours is stricter than the schema in a few
  places, on purpose: README, ``tests/test_documents.is_stricter``);
* refused: each kept document with one mutation of its verb's argument from
  ``tests/upstream_schema.invalid_mutations`` (an unknown key, a required key removed, a value of
  another type, a number past its bound, a string outside its value set, a bad verb list entry),
  taken in turn so that the kinds mix, kept when both refuse it;
* large ``ai`` documents made from the spec's own ``examples``: the AI object, its ``params``, a
  prompt whose text is the example repeated to a given size with text contexts of text steps,
  and SWAIG functions with string parameters; each refused once by a mutation at its end (an
  unknown key in the last function, a wrong type in the last step, a parameter type outside its
  value set).
"""

from __future__ import annotations

import copy
import functools
import importlib
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from swml_verbs import SWML, InvalidDocumentError, validate

from bench import verbs as bench_verbs

REPO = Path(__file__).resolve().parents[1]

Document = dict[str, Any]


def _tests() -> tuple[Any, Any]:
    """``tests/upstream_schema`` and ``tests/test_documents`` (imported by name: a test module,
    which mypy does not check)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from tests import upstream_schema

    return upstream_schema, importlib.import_module("tests.test_documents")


@functools.cache
def rs_validator() -> Any:
    """jsonschema-rs's validator of a whole document, as the reference SDK builds its own."""
    import jsonschema_rs

    upstream, _ = _tests()
    return jsonschema_rs.validator_for(upstream.document())


def all_verbs() -> list[str]:
    """The verbs of the upstream schema (43 in the 2026-08-18 file), in its order."""
    upstream, _ = _tests()
    verbs: list[str] = upstream.verbs()
    return verbs


def schema_file() -> str:
    upstream, _ = _tests()
    return str(Path(upstream.SCHEMA_FILE).name)


def ours_accepts(doc: Document) -> bool:
    try:
        SWML.from_dict(doc)
    except InvalidDocumentError:
        return False
    return True


# -- drawn documents -------------------------------------------------------------------------------


def mutation_kind(description: str) -> str:
    """The kind of an ``invalid_mutations`` edit, read from its description."""
    for marker, kind in (
        ("unknown key", "unknown key"),
        ("required key", "required key removed"),
        ("outside its value set", "outside the value set"),
        ("its maximum", "out of bounds"),
        ("its minimum", "out of bounds"),
        ("verb list", "bad verb list entry"),
    ):
        if marker in description:
            return kind
    return "wrong type"


@dataclass
class DocumentSample:
    valid: list[Document] = field(default_factory=list)
    refused: list[Document] = field(default_factory=list)
    drawn: int = 0
    #: Valid upstream (jsonschema-rs) but refused by ours where it is stricter on purpose
    #: (README; ``tests/test_documents.is_stricter``), or elsewhere; refused by jsonschema-rs.
    refused_by_ours: int = 0
    refused_by_ours_elsewhere: int = 0
    refused_by_jsonschema_rs: int = 0
    #: Mutations kept, by kind; and valid documents without one both refuse.
    kinds: Counter[str] = field(default_factory=Counter)
    unmutated: int = 0


def drawn(verbs: Sequence[str], per_verb: int) -> DocumentSample:
    """Documents of arguments drawn per verb, and one mutation of each."""
    upstream, test_documents = _tests()
    is_valid = rs_validator().is_valid
    out = DocumentSample()
    for verb in verbs:
        for argument in bench_verbs.draw(verb, per_verb):
            out.drawn += 1
            doc = test_documents.document(verb, argument)
            if not is_valid(doc):
                out.refused_by_jsonschema_rs += 1
                continue
            try:
                SWML.from_dict(doc)
            except InvalidDocumentError as error:
                if test_documents.is_stricter(error.path):
                    out.refused_by_ours += 1
                else:
                    out.refused_by_ours_elsewhere += 1
                continue
            out.valid.append(doc)
            mutations = upstream.invalid_mutations(verb, argument)
            # In turn, starting at a place that moves with the sample, so that the kinds mix.
            for i in range(len(mutations)):
                description, mutated = mutations[(len(out.valid) + i) % len(mutations)]
                bad = test_documents.document(verb, mutated)
                if not is_valid(bad) and not ours_accepts(bad):
                    out.refused.append(bad)
                    out.kinds[mutation_kind(description)] += 1
                    break
            else:
                out.unmutated += 1
    return out


# -- large ai documents made from the spec ---------------------------------------------------------


@functools.cache
def _defs() -> dict[str, Any]:
    upstream, _ = _tests()
    defs: dict[str, Any] = upstream.document()["$defs"]
    return defs


def examples(name: str) -> dict[str, Any]:
    """``$defs/<name>`` as its properties' first ``examples`` (deprecated ones left out)."""
    return {
        key: copy.deepcopy(schema["examples"][0])
        for key, schema in _defs()[name]["properties"].items()
        if schema.get("examples") and not schema.get("deprecated")
    }


@dataclass(frozen=True)
class Size:
    functions: int
    contexts: int
    steps: int
    prompt_kib: int

    @property
    def name(self) -> str:
        return (
            f"{self.functions} SWAIG functions, {self.contexts} contexts x {self.steps} steps, "
            f"{self.prompt_kib} KiB prompt"
        )


def ai_argument(size: Size) -> dict[str, Any]:
    prompt = examples("AIPromptText")
    sentence = prompt["text"]
    repeats = math.ceil(size.prompt_kib * 1024 / (len(sentence) + 1))
    prompt["text"] = " ".join([sentence] * repeats)
    step = examples("ContextTextSteps")
    context = examples("ContextsTextObject")
    names = ["default", *(f"context_{c}" for c in range(1, size.contexts))]
    prompt["contexts"] = {
        name: {
            **context,
            "steps": [
                {**step, "name": f"{step['name']} {s}", "valid_contexts": names[:3]}
                for s in range(size.steps)
            ],
        }
        for name in names
    }
    function = examples("UserSWAIGFunction")
    fillers = dict(list(examples("FunctionFillers").items())[:3])
    parameter = {**examples("StringProperty"), "type": "string"}
    functions = [
        {
            **function,
            "function": f"{function['function']}_{i}",
            "description": f"{function['description']} ({i})",
            "fillers": fillers,
            "parameters": {
                "type": "object",
                "properties": {f"arg_{j}": dict(parameter) for j in range(4)},
                "required": ["arg_0", "arg_1"],
            },
        }
        for i in range(size.functions)
    ]
    return {
        **examples("AIObject"),
        "prompt": prompt,
        "params": examples("AIParams"),
        "SWAIG": {"defaults": examples("SWAIGDefaults"), "functions": functions},
    }


def ai_document(size: Size) -> Document:
    return {
        "version": "1.0.0",
        "sections": {"main": [{"answer": {}}, {"ai": ai_argument(size)}, {"hangup": {}}]},
    }


def _ai(doc: Document) -> dict[str, Any]:
    argument: dict[str, Any] = doc["sections"]["main"][1]["ai"]
    return argument


def _unknown_key(doc: Document) -> None:
    _ai(doc)["SWAIG"]["functions"][-1]["not_in_the_schema"] = 1


def _wrong_type(doc: Document) -> None:
    contexts = _ai(doc)["prompt"]["contexts"]
    contexts[list(contexts)[-1]]["steps"][-1]["end"] = "yes"


def _outside_value_set(doc: Document) -> None:
    _ai(doc)["SWAIG"]["functions"][-1]["parameters"]["properties"]["arg_3"]["type"] = "text"


#: The mutation of each large document, in turn: (description, edit).
LARGE_MUTATIONS: tuple[tuple[str, Callable[[Document], None]], ...] = (
    ("an unknown key in the last SWAIG function", _unknown_key),
    ("a string for the boolean `end` of the last step", _wrong_type),
    ("a parameter type outside its value set in the last function", _outside_value_set),
)


@dataclass(frozen=True)
class Large:
    size: Size
    valid: Document
    refused: Document
    mutation: str

    @property
    def kib(self) -> float:
        return len(json.dumps(self.valid)) / 1024


def large(sizes: Sequence[Size]) -> list[Large]:
    """A valid document per size and its refused mutation, each checked on both sides."""
    is_valid = rs_validator().is_valid
    out = []
    for i, size in enumerate(sizes):
        doc = ai_document(size)
        if not is_valid(doc) or not ours_accepts(doc):
            raise AssertionError(f"the large ai document ({size.name}) is not valid on both sides")
        description, edit = LARGE_MUTATIONS[i % len(LARGE_MUTATIONS)]
        bad = copy.deepcopy(doc)
        edit(bad)
        if is_valid(bad) or ours_accepts(bad):
            raise AssertionError(f"{description} ({size.name}) is not refused by both")
        out.append(Large(size, doc, bad, description))
    return out


# -- what is timed ---------------------------------------------------------------------------------


#: The two sets of documents, as the rows name them.
DRAWN = "drawn documents"
LARGE = "large `ai` documents"
#: Each set's rows: (label, ours' side, jsonschema-rs' side, target ratio or None, strict), of
#: ``valid_sides`` and of ``refused_sides``. The targets are the issue's: a valid document at
#: most 2x ``is_valid``, a refused one at most 2x, ``validate`` faster than ``iter_errors``.
VALID_ROWS: tuple[tuple[str, str, str, float | None, bool], ...] = (
    ("valid: `SWML.from_dict` vs jsonschema-rs `is_valid`", "from_dict", "is_valid", 2.0, False),
    ("valid: `validate` (one fast check) vs `is_valid`", "validate", "is_valid", 2.0, False),
)
REFUSED_ROWS: tuple[tuple[str, str, str, float | None, bool], ...] = (
    ("refused: `SWML.from_dict` raising vs `is_valid`", "from_dict", "is_valid", 2.0, False),
    (
        "refused: `SWML.from_dict` raising vs jsonschema-rs `validate` (first error)",
        "from_dict",
        "rs_validate",
        None,
        False,
    ),
    (
        "refused: `validate` (every problem) vs `iter_errors` listed",
        "validate",
        "iter_errors",
        1.0,
        True,
    ),
)


def row_names() -> list[str]:
    """Every row of the group, in order."""
    return [
        f"{name}, {label}" for name in (DRAWN, LARGE) for label, *_ in (*VALID_ROWS, *REFUSED_ROWS)
    ]


def valid_sides(docs: Sequence[Document]) -> dict[str, Callable[[], object]]:
    """Each side checks every document once: ``from_dict``, ``validate``, ``is_valid``."""
    is_valid = rs_validator().is_valid
    from_dict = SWML.from_dict

    def ours() -> object:
        for doc in docs:
            from_dict(doc)
        return None

    def ours_validate() -> object:
        for doc in docs:
            if validate(doc):
                raise AssertionError("validate found a problem in a valid document")
        return None

    def rs_is_valid() -> object:
        for doc in docs:
            if not is_valid(doc):
                raise AssertionError("jsonschema-rs refused a valid document")
        return None

    return {"from_dict": ours, "validate": ours_validate, "is_valid": rs_is_valid}


def refused_sides(docs: Sequence[Document]) -> dict[str, Callable[[], object]]:
    """Each side refuses every document once: ``from_dict`` raising, ``validate`` listing every
    problem, jsonschema-rs ``is_valid``, ``validate`` raising and ``iter_errors`` listed."""
    import jsonschema_rs

    validator = rs_validator()
    is_valid, rs_validate, iter_errors = (
        validator.is_valid,
        validator.validate,
        validator.iter_errors,
    )
    rs_error = jsonschema_rs.ValidationError
    from_dict = SWML.from_dict

    def ours() -> object:
        for doc in docs:
            try:
                from_dict(doc)
            except InvalidDocumentError:
                continue
            raise AssertionError("from_dict accepted a refused document")
        return None

    def ours_validate() -> object:
        for doc in docs:
            if not validate(doc):
                raise AssertionError("validate found nothing in a refused document")
        return None

    def rs_is_valid() -> object:
        for doc in docs:
            if is_valid(doc):
                raise AssertionError("jsonschema-rs accepted a refused document")
        return None

    def rs_first() -> object:
        for doc in docs:
            try:
                rs_validate(doc)
            except rs_error:
                continue
            raise AssertionError("jsonschema-rs accepted a refused document")
        return None

    def rs_every() -> object:
        for doc in docs:
            if not list(iter_errors(doc)):
                raise AssertionError("jsonschema-rs found nothing in a refused document")
        return None

    return {
        "from_dict": ours,
        "validate": ours_validate,
        "is_valid": rs_is_valid,
        "rs_validate": rs_first,
        "iter_errors": rs_every,
    }


def problems(docs: Sequence[Document]) -> tuple[int, int]:
    """Problems ours lists and errors jsonschema-rs lists, over ``docs``."""
    validator = rs_validator()
    return (
        sum(len(validate(doc)) for doc in docs),
        sum(len(list(validator.iter_errors(doc))) for doc in docs),
    )
