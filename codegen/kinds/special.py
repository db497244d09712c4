"""Kinds without constraints of their own: boolean, null, and any JSON value."""

from __future__ import annotations

from typing import Any

from codegen.errors import SpecProblem
from codegen.ir import AnyType, BooleanType, NullType
from codegen.kinds._common import Builder, Site, unsupported


def build_boolean(node: dict[str, Any], site: Site, builder: Builder) -> BooleanType | SpecProblem:
    return unsupported(node, site, builder, frozenset(), "a boolean") or BooleanType()


def build_null(node: dict[str, Any], site: Site, builder: Builder) -> NullType | SpecProblem:
    return unsupported(node, site, builder, frozenset(), "null") or NullType()


def build_any() -> AnyType:
    return AnyType()
