"""One module per kind of parameter; each owns how its kind is typed, checked and rendered.

A kind knows its Python annotation (``annotation``), the words for what it accepts (``expected``,
used in error messages and docstrings) and the template macro that checks and emits it
(``templates/properties/<template>.py.jinja``). The builder picks the kind in ``build.classify``.
"""

from __future__ import annotations

from codegen.properties.boolean import BooleanProperty
from codegen.properties.enum import EnumListProperty, EnumProperty
from codegen.properties.integer import IntegerProperty
from codegen.properties.model import ModelProperty
from codegen.properties.string import StringProperty

Property = (
    BooleanProperty
    | StringProperty
    | IntegerProperty
    | EnumProperty
    | EnumListProperty
    | ModelProperty
)

__all__ = [
    "BooleanProperty",
    "EnumListProperty",
    "EnumProperty",
    "IntegerProperty",
    "ModelProperty",
    "Property",
    "StringProperty",
]
