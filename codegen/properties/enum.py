"""Value sets: one value (``EnumProperty``) or a joined list of values (``EnumListProperty``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from codegen.ir import EnumDef
from codegen.text import PyCode


def _quoted(enum: EnumDef) -> str:
    return ", ".join(repr(v) for v in enum.values)


@dataclass(frozen=True)
class EnumProperty:
    template: ClassVar[str] = "enum"
    enum: EnumDef
    accepts_var: bool = False

    def annotation(self) -> PyCode:
        return PyCode(f"{self.enum.name} | str")

    def expected(self) -> str:
        text = f"one of {_quoted(self.enum)} (or a {self.enum.name} member)"
        return text + (" or a SWML variable such as '${name}'" if self.accepts_var else "")

    def admits(self, value: object) -> bool:
        return value in self.enum.values


@dataclass(frozen=True)
class EnumListProperty:
    """A wire string of values from a value set joined by ``separator`` (``x-separator``)."""

    template: ClassVar[str] = "enum_list"
    enum: EnumDef
    separator: str
    accepts_var: bool = False

    def annotation(self) -> PyCode:
        return PyCode(f"{self.enum.name} | str | Iterable[{self.enum.name} | str]")

    def expected(self) -> str:
        return (
            f"one or more of {_quoted(self.enum)}, as {self.enum.name} members or a string "
            f"joined by {self.separator!r}"
        )

    def admits(self, value: object) -> bool:
        return isinstance(value, str) and all(
            part in self.enum.values for part in value.split(self.separator)
        )
