"""Objects and arrays (``result``, ``stream``): validated by the generated pydantic models.

The shape is kept as a small tree of names so the annotation can be rendered without the builder
knowing Python syntax: a model class, a list of something, a union, or a free JSON object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from codegen.text import Identifier, PyCode


@dataclass(frozen=True)
class ModelRef:
    name: Identifier


@dataclass(frozen=True)
class ListOf:
    item: Shape


@dataclass(frozen=True)
class UnionOf:
    options: tuple[Shape, ...]


@dataclass(frozen=True)
class JsonObject:
    """An object the generator does not model (a SWML method, a string map)."""

    values: str = "Any"


Shape = ModelRef | ListOf | UnionOf | JsonObject


def render(shape: Shape) -> str:
    if isinstance(shape, ModelRef):
        return shape.name
    if isinstance(shape, ListOf):
        return f"list[{render(shape.item)}]"
    if isinstance(shape, UnionOf):
        return " | ".join(render(o) for o in shape.options)
    return f"dict[str, {shape.values}]"


def _plain(shape: Shape) -> str:
    """The same shape as plain JSON containers, which callers may pass instead of models."""
    if isinstance(shape, (ModelRef, JsonObject)):
        return "Mapping[str, Any]"
    if isinstance(shape, ListOf):
        return f"Sequence[{_plain(shape.item)}]"
    return " | ".join(dict.fromkeys(_plain(o) for o in shape.options))


def describe(shape: Shape) -> str:
    if isinstance(shape, ModelRef):
        return f"a {shape.name} object"
    if isinstance(shape, ListOf):
        return "a list of " + _plural(shape.item)
    if isinstance(shape, UnionOf):
        return " or ".join(describe(o) for o in shape.options)
    return "a JSON object"


def _plural(shape: Shape) -> str:
    if isinstance(shape, ModelRef):
        return f"{shape.name} objects"
    if isinstance(shape, UnionOf):
        return " or ".join(_plural(o).removesuffix(" objects") for o in shape.options) + " objects"
    return describe(shape)


def model_names(shape: Shape) -> tuple[Identifier, ...]:
    if isinstance(shape, ModelRef):
        return (shape.name,)
    if isinstance(shape, ListOf):
        return model_names(shape.item)
    if isinstance(shape, UnionOf):
        return tuple(dict.fromkeys(n for o in shape.options for n in model_names(o)))
    return ()


@dataclass(frozen=True)
class ModelProperty:
    template: ClassVar[str] = "model"
    shape: Shape
    accepts_var: bool = False

    def annotation(self) -> PyCode:
        typed = render(self.shape)
        return PyCode(f"{typed} | {_plain(self.shape)}")

    def adapter_type(self) -> PyCode:
        return PyCode(render(self.shape))

    def expected(self) -> str:
        return describe(self.shape)

    def admits(self, value: object) -> bool:
        # Object defaults are not supported; the builder reports one as a problem.
        return False
