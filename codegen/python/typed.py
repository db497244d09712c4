"""IR types -> Python type expressions of what a caller may pass, and the module ``typed.py``
whose ``TypedDict``s those expressions name.

One function spells every type (``spell``): the chaining methods' parameters, the helpers', and
the values inside the typed dicts, so a nested object is checked by mypy and pyright as deep as
the run-time checker goes. An object of the spec is its ``TypedDict`` (wire keys; ``NotRequired``
for the optional ones) or its pydantic model; a value set its enum or one of its wire strings
(``Beep | Literal["true", ...]``); a SWML method one of the one-key typed dicts, one a verb. The
module exists for the type checkers only: the methods import it under ``TYPE_CHECKING``, and it
imports the models and enums the same way, so nothing of it runs when the package is used.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterable

from typing_extensions import assert_never

from codegen import ir
from codegen.errors import GenerationError
from codegen.ir import Model, Package, Type, Verb
from codegen.naming import pascal
from codegen.printer import union_members
from codegen.text import PyCode, docstring, py_literal

#: The union of every verb's one-key typed dict.
METHOD_UNION = "SwmlMethod"
#: A SWML variable (``${name}``, ``%{name}``): a plain ``str`` under a name of its own. Python's
#: type system has no pattern types, and a ``NewType`` would make ``"${var}"`` need a wrapper.
VARIABLE = "SwmlVariable"


def dict_name(model: str) -> str:
    """The ``TypedDict`` of the model ``model``."""
    return f"{model}Dict"


def entry_name(verb: Verb) -> str:
    """The one-key ``TypedDict`` ``{verb: argument}``."""
    return f"{pascal(verb.names.python)}Verb"


def alias_name(name: str) -> str:
    """The type alias of the spec's named union ``name`` (a model may have its name too)."""
    return f"{name}Union"


def union(parts: Iterable[str]) -> str:
    """``a | b``, each member once (members of members flattened)."""
    return " | ".join(dict.fromkeys(m for p in parts for m in union_members(p)))


def spell(t: Type, package: Package, used: set[str]) -> str:
    """The annotation of a value of ``t``: what a caller may pass. The value sets, models and
    typed dicts it names are added to ``used`` (the module imports them)."""
    match t:
        case ir.UnionType():
            return union(spell(x, package, used) for x in t.variants)
        case ir.StringType():
            return "str"
        case ir.VarType():
            used.add(VARIABLE)
            return VARIABLE
        case ir.IntegerType():
            return "int"
        case ir.NumberType():
            return "float"
        case ir.BooleanType():
            return "bool"
        case ir.NullType():
            return "None"
        case ir.LiteralType():
            return f"Literal[{py_literal(t.value)}]"
        case ir.EnumRef():
            used.add(t.name)
            return value_set(package.enums[t.name])
        case ir.JoinedListType():
            used.add(t.enum)
            one = value_set(package.enums[t.enum])
            # The joined wire string is any string of the values, so str stays.
            return f"{one} | str | Iterable[{one}]"
        case ir.AnyType():
            return "Any"
        case ir.ArrayType():
            return f"Sequence[{spell(t.item, package, used)}]"
        case ir.MapType():
            return f"Mapping[str, {spell(t.values, package, used)}]"
        case ir.ModelRef():
            parts = [dict_name(t.name), t.name]
            used.update(parts)
            if package.models[t.name].extra is not None:
                # mypy does not read PEP 728's extra_items: an open object is open there too.
                parts.append("Mapping[str, Any]")
            return " | ".join(parts)
        case ir.AliasRef():
            used.add(alias_name(t.name))
            return alias_name(t.name)
        case ir.MethodType():
            entries = (
                [METHOD_UNION] if t.only is None else [entry_name(package.verb(w)) for w in t.only]
            )
            used.update(entries)
            return " | ".join(entries)
        case _:
            assert_never(t)


def value_set(enum: ir.EnumDef) -> str:
    """``Beep | Literal["true", "false"]``: a member, or its wire string."""
    return f"{enum.name} | Literal[{', '.join(py_literal(v) for v in enum.values)}]"


def _identifier(key: str) -> bool:
    return key.isidentifier() and not keyword.iskeyword(key)


def typed_dict(model: Model, package: Package, used: set[str]) -> PyCode:
    """The ``TypedDict`` of one model: the class form, or the functional form where a key is no
    Python identifier (``from``, ``en-US``)."""
    name = dict_name(model.name)
    fields = [
        (
            f,
            spell(f.type, package, used)
            if f.required
            else f"NotRequired[{spell(f.type, package, used)}]",
        )
        for f in model.fields
    ]
    text = str(model.description) or f"The ``{model.name}`` object."
    if model.extra is not None:
        text += "\n\nIt takes other keys too: " + spell(model.extra, package, used) + "."
    if all(_identifier(f.names.wire) for f in model.fields):
        lines = [f"class {name}(TypedDict):", f'    """{docstring(text, "    ")}"""', ""]
        for f, annotation in fields:
            lines.append(f"    {f.names.wire}: {annotation}")
            if f.description:
                lines.append(f'    """{docstring(str(f.description), "    ")}"""')
        return PyCode("\n".join(lines))
    items = "".join(f"    {py_literal(f.names.wire)}: {py_literal(a)},\n" for f, a in fields)
    comment = "\n".join(f"# {line}".rstrip() for line in text.splitlines())
    return PyCode(f'{comment}\n{name} = TypedDict(\n    "{name}",\n    {{\n{items}    }},\n)')


def method_entry(verb: Verb, package: Package, used: set[str]) -> PyCode:
    """``HangupVerb``: the one-key typed dict ``{"hangup": <its argument>}``."""
    name = entry_name(verb)
    argument = spell(verb.argument, package, used)
    return PyCode(
        f'{name} = TypedDict("{name}", {{{py_literal(verb.wire_name)}: {py_literal(argument)}}})'
    )


def alias(name: str, t: ir.UnionType, package: Package, used: set[str]) -> PyCode:
    """A named union of the spec (``POM``), as a type alias (``POMUnion``)."""
    return PyCode(f"{alias_name(name)}: TypeAlias = {py_literal(spell(t, package, used))}")


def names(package: Package) -> list[str]:
    """Every name ``typed.py`` defines, checked not to collide with a model, value set or union
    of the spec (the methods import them side by side)."""
    defined = [
        VARIABLE,
        METHOD_UNION,
        *(dict_name(m) for m in package.models),
        *(entry_name(v) for v in package.verbs),
        *(alias_name(a) for a in package.aliases),
    ]
    taken = {*package.models, *package.enums}
    clash = sorted(({*defined} & taken) | {n for n in defined if defined.count(n) > 1})
    if clash:
        raise GenerationError(f"typed.py: the names {', '.join(clash)} are taken twice")
    return defined


def module_parts(package: Package) -> tuple[list[PyCode], set[str]]:
    """The definitions of ``typed.py`` (after ``SwmlVariable``), and the value sets they use."""
    used: set[str] = set()
    parts = [typed_dict(m, package, used) for m in package.models.values()]
    parts += [method_entry(v, package, used) for v in package.verbs]
    union_text = union(entry_name(v) for v in package.verbs)
    parts.append(PyCode(f"{METHOD_UNION}: TypeAlias = {py_literal(union_text)}"))
    parts += [alias(n, u, package, used) for n, u in package.aliases.items()]
    return parts, used


__all__ = ["alias_name", "dict_name", "entry_name", "module_parts", "names", "spell", "typed_dict"]
