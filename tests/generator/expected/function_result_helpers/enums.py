# Generated from <spec> by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:<inputs>

"""Value sets of the spec, one enum class each.

Members subclass ``str``: a member and its plain string are equal and interchangeable in calls.
"""

from enum import Enum


class _WireValue(str, Enum):
    """A value as sent on the wire; ``str()`` gives the value itself, as on Python 3.11's StrEnum."""

    def __str__(self) -> str:
        return str(self.value)


class Direction(_WireValue):
    """Values of ``direction``."""

    SPEAK = "speak"
    LISTEN = "listen"
    BOTH = "both"


__all__ = [
    "Direction",
]
