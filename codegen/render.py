"""Render the intermediate model through the jinja2 templates in ``templates/``.

The environment prints nothing it was not told is safe: every ``{{ }}`` goes through ``_finalize``,
which accepts ``PyCode`` (generator-made source, identifiers, and the output of the ``lit``/``doc``
filters) and numbers, and raises on anything else. Spec text therefore cannot reach a generated
file except as a Python literal or an escaped docstring, whatever it contains.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import jinja2

from codegen import naming
from codegen.text import Identifier, PyCode, comment, docstring, py_literal

TEMPLATES = Path(__file__).parent / "templates"


class UnsafeTemplateValue(TypeError):
    pass


def _finalize(value: Any) -> Any:
    if isinstance(value, PyCode) or (
        isinstance(value, (int, float)) and not isinstance(value, bool)
    ):
        return value
    raise UnsafeTemplateValue(
        f"template printed {type(value).__name__} {value!r} without a filter; "
        "use |lit for values and |doc for prose"
    )


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=False,  # not HTML: safety comes from _finalize and the filters
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["lit"] = py_literal
    env.filters["doc"] = docstring
    env.filters["comment"] = comment
    env.filters["code"] = PyCode  # for generator-made strings (names, annotations)
    env.filters["constant"] = lambda name: Identifier("_" + naming.upper_snake(name))
    env.filters["names"] = _names
    return env


def _names(names: Any) -> PyCode:
    """``a, b, c`` from identifiers, for import lists; anything else is refused."""
    items = list(names)
    if not all(isinstance(n, Identifier) for n in items):
        raise UnsafeTemplateValue(f"not identifiers: {items!r}")
    return PyCode(", ".join(items))


def inputs_hash(spec_bytes: bytes) -> str:
    """sha256 over the spec and every template, so a header names the inputs that made it."""
    digest = hashlib.sha256()
    digest.update(b"spec\0" + spec_bytes + b"\0")
    for path in sorted(TEMPLATES.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            rel = path.relative_to(TEMPLATES).as_posix()
            digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def header(spec_name: str, digest: str) -> PyCode:
    return PyCode(
        f"# Generated from {comment(spec_name)} by `python -m codegen generate` — do not edit.\n"
        f"# Inputs (spec and codegen/templates): sha256:{digest[:16]}\n"
    )
