"""A field that became required or optional."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, Hit, rule

BECAME_REQUIRED = rule(
    "became-required",
    BREAKING,
    "An optional field became required: calls and payloads leaving it out are refused.",
    "`record_call` `format` added to `required`: `record_call:format` became required: calls "
    "without `format=` are refused.",
)
BECAME_OPTIONAL = rule(
    "became-optional",
    INFO,
    "A required field became optional; everything valid before still is.",
    "`join_room` `name` removed from `required`: `join_room:name` became optional.",
)


def required(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "model" or d.attr != "required":
        return
    if d.after:
        yield Hit(
            BECAME_REQUIRED,
            f"`{ctx.where(d)}` became required: calls and payloads without it are refused",
            ctx.affects(wire=True),
        )
    else:
        yield Hit(BECAME_OPTIONAL, f"`{ctx.where(d)}` became optional")
