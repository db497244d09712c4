"""IR models -> pydantic model classes (``models.py``), for callers who want typed objects.

Each class validates with the same generated checker the chaining methods use (a ``before``
validator calls ``check_<Name>``), so a model and a method can never disagree about one wire
object; the field annotations then give typed attribute access. datamodel-code-generator is not
used: it reads JSON Schema, so it would be a second walk of the spec with its own decisions (names
such as ``Stream1``, aliases accepted as input, nulls emitted, Rust-regex patterns), and it alone
takes longer than this whole generator.
"""

from __future__ import annotations

import keyword

from typing_extensions import assert_never

from codegen import ir
from codegen.ir import Model, Type
from codegen.python.checks import Emitter
from codegen.text import PyCode, docstring, py_literal

#: Attribute names pydantic's BaseModel uses itself; a field with one of them gets a trailing
#: underscore (its alias keeps the wire name).
_BASEMODEL_NAMES = frozenset(
    {
        "copy",
        "dict",
        "json",
        "schema",
        "construct",
        "validate",
        "fields",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
        "schema_json",
    }
)


def field_type(t: Type, em: Emitter) -> str:
    """The attribute type of a field after validation (JSON as the checker returns it)."""
    match t:
        case ir.UnionType():
            return " | ".join(dict.fromkeys(field_type(x, em) for x in t.variants))
        case ir.StringType() | ir.VarType() | ir.JoinedListType():
            return "str"
        case ir.IntegerType():
            return "int"
        case ir.NumberType():
            return "int | float"
        case ir.BooleanType():
            return "bool"
        case ir.NullType():
            return "None"
        case ir.LiteralType():
            return f"Literal[{py_literal(t.value)}]"
        case ir.EnumRef():
            em.used_names.add(t.name)
            return t.name
        case ir.ArrayType():
            return f"list[{field_type(t.item, em)}]"
        case ir.MapType():
            return f"dict[str, {field_type(t.values, em)}]"
        case ir.ModelRef():
            return t.name
        case ir.AliasRef() | ir.MethodType():
            return "dict[str, Any]"
        case ir.AnyType():
            return "Any"
        case _:
            assert_never(t)


def attribute_name(python: str) -> str:
    """A field name pydantic accepts: no leading underscore (private), none of its own."""
    if python.startswith("_"):
        return "field" + python
    if python in _BASEMODEL_NAMES or python.startswith("model_") or keyword.iskeyword(python):
        return python + "_"
    return python


def model_class(model: Model, em: Emitter) -> PyCode:
    extra = "forbid" if model.extra is None else "allow"
    doc = docstring(str(model.description) or f"The ``{model.name}`` object.", "    ")
    lines = [
        f"class {model.name}(_SpecModel):",
        f'    """{doc}"""',
        "",
        f"    model_config = ConfigDict(extra={py_literal(extra)}, defer_build=True)",
        f"    __spec_check__ = staticmethod(_checks.check_{model.name})",
    ]
    renamed = {
        attribute_name(f.names.python): f.names.wire
        for f in model.fields
        if attribute_name(f.names.python) != f.names.wire
    }
    if renamed:
        pairs = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in renamed.items())
        lines.append(f"    __wire_names__: ClassVar[dict[str, str]] = {{{pairs}}}")
    for f in model.fields:
        name = attribute_name(f.names.python)
        typ = field_type(f.type, em)
        args = []
        if not f.required:
            args.append("default=None")
        if name != f.names.wire:
            args.append(f"alias={py_literal(f.names.wire)}")
        if f.deprecated:
            args.append("deprecated=True")
        if not f.required:
            typ = f"{typ} | None" if "None" not in typ.split(" | ") else typ
        value = f" = Field({', '.join(args)})" if args else ""
        lines.append(f"    {name}: {typ}{value}")
        if f.description:
            lines.append(f'    """{docstring(str(f.description), "    ")}"""')
    return PyCode("\n".join(lines))
