"""The builder (spec -> intermediate model) on the committed spec, changed in memory the way
upstream may change it."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest

from codegen.build import build
from codegen.ir import EnumRef, LiteralType, NullType, Type, UnionType
from codegen.spec_package import load_package


@pytest.mark.parametrize(
    ("null", "typed"),
    [({"type": "null"}, NullType()), ({"const": None}, LiteralType(None))],
    ids=["type null", "const null"],
)
def test_a_value_set_made_nullable_keeps_its_enum(null: dict[str, Any], typed: Type) -> None:
    """Upstream letting join_conference's region be null must not cost the package its Region
    enum: the field takes a Region value or null."""
    spec = load_package()
    document = copy.deepcopy(spec.document)
    document["$defs"]["JoinConferenceObject"]["properties"]["region"]["anyOf"].append(null)
    before, after = build(spec), build(dataclasses.replace(spec, document=document))
    assert after.enums["Region"] == before.enums["Region"]
    region = next(f for f in after.models["JoinConference"].fields if f.names.wire == "region")
    assert region.type == UnionType((EnumRef("Region"), typed))
