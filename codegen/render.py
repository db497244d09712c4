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
#: Each language's templates, as headers name them (relative to the repository).
TEMPLATE_SETS = {
    "python": "codegen/templates",
    "typescript": "codegen/templates/ts",
    "docs": "codegen/templates/docs",
}


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


def inputs_hash(spec_bytes: bytes, templates: str = TEMPLATE_SETS["python"]) -> str:
    """sha256 over the spec and one language's templates, so a header names the inputs that
    made it (and editing the other language's templates leaves it alone)."""
    digest = hashlib.sha256()
    digest.update(b"spec\0" + spec_bytes + b"\0")
    for path in _template_files(templates):
        rel = path.relative_to(TEMPLATES).as_posix()
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _template_files(templates: str) -> list[Path]:
    """The files of one template set, without another set nested in it (ts/ in the Python one)."""
    repo = TEMPLATES.parent.parent
    root = repo / templates
    inner = [repo / t for t in TEMPLATE_SETS.values() if t != templates]
    inner = [other for other in inner if other.is_relative_to(root)]
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and not any(path.is_relative_to(other) for other in inner)
    )


def header(spec_name: str, digest: str, templates: str = TEMPLATE_SETS["python"]) -> PyCode:
    return PyCode(
        f"# Generated from {comment(spec_name)} by `python -m codegen generate` — do not edit.\n"
        f"# Inputs (spec and {templates}): sha256:{digest[:16]}\n"
    )
