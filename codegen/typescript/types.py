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


#: What a SWML variable is when its pattern says nothing a template literal type can hold.
ANY_VARIABLE = TsCode("string & {}")

#: Characters of a pattern that stand for themselves unescaped.
_PLAIN = frozenset("^$.*+?()[]{}|\\")


def variable_type(pattern: str | None) -> TsCode:
    """The type of a SWML variable: the spec's pattern as template literal types, so a plain
    string is refused where a number or a value set is meant (``${string}`` accepts more than
    ``.*``, never less; the run-time check decides the rest). Patterns of literal characters,
    character classes of them, ``.*`` and ``.+``, anchored or not, can be said so (upstream's
    ``^[\\$%]\\{.*\\}$``); any other is ``string & {}``."""
    if pattern is None:
        return ANY_VARIABLE
    body = pattern.removeprefix("^")
    anchored_end = body.endswith("$") and not body.endswith("\\$")
    body = body.removesuffix("$") if anchored_end else body
    # Each position: the literal characters it may be, or None for any text.
    pieces: list[tuple[str, ...] | None] = [] if pattern.startswith("^") else [None]
    i = 0
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body) and not body[i + 1].isalnum():
            pieces.append((body[i + 1],))
            i += 2
        elif char == "[":
            end = body.find("]", i + 1)
            members = _class_members(body[i + 1 : end]) if end > i + 1 else None
            if members is None:
                return ANY_VARIABLE
            pieces.append(members)
            i = end + 1
        elif body[i : i + 2] in (".*", ".+"):
            pieces.append(None)
            i += 2
        elif char in _PLAIN:
            return ANY_VARIABLE
        else:
            pieces.append((char,))
            i += 1
    if not anchored_end:
        pieces.append(None)
    shapes = [""]
    for piece in pieces:
        if piece is None:
            shapes = [shape + "${string}" for shape in shapes]
        else:
            shapes = [shape + _template_text(c) for shape in shapes for c in piece]
    return TsCode(" | ".join(f"`{shape}`" for shape in shapes))


def _class_members(text: str) -> tuple[str, ...] | None:
    """The characters of a character class body of literal (or escaped) characters; None for
    ranges, negations and class escapes."""
    members: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and not text[i + 1].isalnum():
            members.append(text[i + 1])
            i += 2
        elif text[i] in "^-\\":
            return None
        else:
            members.append(text[i])
            i += 1
    return tuple(dict.fromkeys(members))


def _template_text(char: str) -> str:
    """``char`` inside a template literal type."""
    return "\\" + char if char in "`$\\" else char


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


__all__ = ["method_entry", "names_in", "ts_type", "variable_type"]
