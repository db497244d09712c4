# Generated from spec by `python -m codegen generate` — do not edit.
# Inputs (spec and codegen/templates): sha256:9f291e4f18da12fd

"""``SpecModel``: the base of every pydantic model in ``models``. It runs the spec's checker of
the model before pydantic reads the fields, so a model and a chaining method cannot disagree.

The same for every spec; importing it imports pydantic.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, model_validator

from swml_verbs._runtime import Invalid, said

__all__ = ["SpecModel"]


class SpecModel(BaseModel):
    """Runs the spec's checker before pydantic reads the fields."""

    __spec_check__: ClassVar[Any]
    #: Attribute name -> wire name, where they differ (``from_`` -> ``from``).
    __wire_names__: ClassVar[dict[str, str]] = {}

    @model_validator(mode="before")
    @classmethod
    def _check_against_the_spec(cls, data: Any) -> Any:
        if isinstance(data, BaseModel):
            data = data.model_dump(mode="json", by_alias=True, exclude_unset=True)
        elif isinstance(data, dict) and cls.__wire_names__:
            # Keywords by attribute name (``Model(from_=...)``) mean their wire keys.
            wire = cls.__wire_names__
            for name in wire.keys() & data.keys():
                if wire[name] in data:
                    raise ValueError(f"{name} and {wire[name]!r} are one field: give one of them")
            data = {wire.get(key, key): value for key, value in data.items()}
        try:
            return cls.__spec_check__(data, cls.__name__)
        except Invalid as error:
            path, value, expected = error.args
            raise ValueError(said(str(path), value, str(expected))) from None
