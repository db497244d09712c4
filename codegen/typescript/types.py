"""IR types -> TypeScript type expressions: what a caller may pass.

Objects are the package's interfaces (wire keys), value sets their string-literal unions, a SWML
variable ``SwmlVariable`` (a string checked against the spec's pattern at run time), a verb list
entry ``SwmlMethod`` (one key, a verb, with its argument's type). The types say what is accepted;
the generated checkers decide, exactly as the Python package does.
"""

from __future__ import annotations

from typing_extensions import assert_never

from codegen import ir
from codegen.ir import Package, Type
from codegen.printer import union_members
from codegen.typescript.text import TsCode, property_key, ts_literal


def ts_type(t: Type, package: Package) -> TsCode:
    """The TypeScript type of a value of ``t``."""
    match t:
        case ir.UnionType():
            parts = (p for x in t.variants for p in union_members(ts_type(x, package)))
            return TsCode(" | ".join(dict.fromkeys(parts)))
        case ir.StringType():
            return TsCode("string")
        case ir.VarType():
            return TsCode("SwmlVariable")
        case ir.IntegerType() | ir.NumberType():
            return TsCode("number")
        case ir.BooleanType():
            return TsCode("boolean")
        case ir.NullType():
            return TsCode("null")
        case ir.LiteralType():
            return ts_literal(t.value)
        case ir.EnumRef():
            return TsCode(t.name)
        case ir.JoinedListType():
            return TsCode(f"Joined<{t.enum}>")
        case ir.AnyType():
            return TsCode("JsonValue")
        case ir.ArrayType():
            item = ts_type(t.item, package)
            return TsCode(f"({item})[]" if len(union_members(item)) > 1 else f"{item}[]")
        case ir.MapType():
            return TsCode(f"{{ [key: string]: {ts_type(t.values, package)} }}")
        case ir.ModelRef() | ir.AliasRef():
            return TsCode(t.name)
        case ir.MethodType():
            if t.only is None:
                return TsCode("SwmlMethod")
            return TsCode(" | ".join(method_entry(package, verb) for verb in t.only))
        case _:
            assert_never(t)


def method_entry(package: Package, wire: str) -> TsCode:
    """``{ hangup: Hangup }``: one verb with its argument."""
    argument = ts_type(package.verb(wire).argument, package)
    return TsCode(f"{{ {property_key(wire)}: {argument} }}")


def names_in(text: str) -> set[str]:
    """Identifiers a type expression mentions (for the imports of a module)."""
    out: set[str] = set()
    word = ""
    in_string = False
    escaped = False
    for char in text + " ":
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
            word = ""
            continue
        if char.isalnum() or char in "_$":
            word += char
        else:
            if word and not word[0].isdigit():
                out.add(word)
            word = ""
    return out


__all__ = ["method_entry", "names_in", "ts_type"]
