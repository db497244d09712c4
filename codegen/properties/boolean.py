"""``type: boolean`` (optionally or a SWML variable)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from codegen.text import PyCode


@dataclass(frozen=True)
class BooleanProperty:
    template: ClassVar[str] = "boolean"
    accepts_var: bool

    def annotation(self) -> PyCode:
        return PyCode("bool | str" if self.accepts_var else "bool")

    def expected(self) -> str:
        return "True or False" + (
            " or a SWML variable such as '${name}'" if self.accepts_var else ""
        )

    def admits(self, value: object) -> bool:
        """Whether a default from the spec is of this kind (variables aside)."""
        return isinstance(value, bool)
