"""``type: integer`` with optional bounds (optionally or a SWML variable)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from codegen.text import PyCode


@dataclass(frozen=True)
class IntegerProperty:
    template: ClassVar[str] = "integer"
    accepts_var: bool
    minimum: int | None = None
    maximum: int | None = None

    def annotation(self) -> PyCode:
        return PyCode("int | str" if self.accepts_var else "int")

    def expected(self) -> str:
        if self.minimum is not None and self.maximum is not None:
            text = f"an integer from {self.minimum} to {self.maximum}"
        elif self.minimum is not None:
            text = f"an integer of at least {self.minimum}"
        elif self.maximum is not None:
            text = f"an integer of at most {self.maximum}"
        else:
            text = "an integer"
        return text + (" or a SWML variable such as '${name}'" if self.accepts_var else "")

    def admits(self, value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int):
            return False
        low_ok = self.minimum is None or value >= self.minimum
        return low_ok and (self.maximum is None or value <= self.maximum)
