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


class Codec(_WireValue):
    """Values of ``codec``."""

    PCMU = "PCMU"
    PCMA = "PCMA"
    G_722 = "G722"
    L_16 = "L16"
    OPUS = "OPUS"
    AMR_WB = "AMR-WB"
    G_729 = "G729"
    SPEEX = "SPEEX"
    I_LBC = "iLBC"
    G_726_32 = "G726-32"
    G_723 = "G723"
    GSM = "GSM"


__all__ = [
    "Codec",
]
