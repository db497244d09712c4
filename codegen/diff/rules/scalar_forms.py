"""A verb's short forms: the scalar (or list) a verb takes besides its object
(``sleep: 500`` besides ``sleep: {duration: 500}``), which the builder takes positionally."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta, kind
from codegen.diff.model import BREAKING, INFO, Hit, rule
from codegen.ir import Type, UnionType

from ._common import case

GAINED = rule(
    "scalar-form-gained",
    INFO,
    "A verb gained a short form (a scalar or list besides its object): `SWML().verb(value)` "
    "works now.",
    "`sleep` gains `anyOf: [integer]`: `sleep:(verb)`: `sleep` now also takes integer: "
    "`SWML().sleep(500)` works.",
)
LOST = rule(
    "scalar-form-lost",
    BREAKING,
    "A verb lost a short form: `SWML().verb(value)` is refused, and so are payloads using it.",
    "`sleep` loses its integer form: `sleep:(verb)`: `sleep` no longer takes integer: "
    "`SWML().sleep(500)` is refused.",
)


#: A value of each kind of short form, for the example call in a message.
EXAMPLES = {
    "IntegerType": "500",
    "NumberType": "1.5",
    "StringType": "'text'",
    "BooleanType": "True",
    "ArrayType": "['a', 'b']",
    "MapType": "{'key': 'value'}",
    "EnumRef": "'value'",
    "LiteralType": "'value'",
}


def _forms(d: Delta) -> tuple[list[Type], bool]:
    if d.type_attr == "variant-added":
        return [d.after], True
    if d.type_attr == "variant-removed":
        return [d.before], False
    gained = isinstance(d.after, UnionType)
    union = d.after if gained else d.before
    other = d.before if gained else d.after
    assert isinstance(union, UnionType)
    return [v for v in union.variants if v != other], gained


def scalar_forms(d: Delta, ctx: Context) -> Iterator[Hit]:
    if not d.is_type or case(d) != "form":
        return
    py = ctx._python_verb(d.name)
    forms, gained = _forms(d)
    what = " or ".join(kind(v) for v in forms)
    call = f"`SWML().{py}({EXAMPLES.get(type(forms[0]).__name__, 'value')})`"
    if gained:
        yield Hit(GAINED, f"`{d.name}` now also takes {what}: {call} works")
    else:
        yield Hit(
            LOST,
            f"`{d.name}` no longer takes {what}: {call} is refused, and so are payloads using "
            "that short form",
            ctx.affects(wire=True),
        )
