"""The generated Python methods, read from the generated code with ``ast``: a check of the
renderer's output that the IR rules do not already speak for (a method or keyword that appears or
disappears, a default, an annotation or a parameter kind that changes)."""

from __future__ import annotations

from collections.abc import Iterator

from codegen.diff.context import Context
from codegen.diff.delta import Delta
from codegen.diff.model import BREAKING, INFO, PYTHON, Hit, rule

METHOD_ADDED = rule(
    "py-method-added",
    INFO,
    "A public method is new on `SWML` or `FunctionResult`.",
    "`SWML.wait` appears: `wait:(verb)`: method `SWML.wait` is new.",
)
METHOD_REMOVED = rule(
    "py-method-removed",
    BREAKING,
    "A public method left `SWML` or `FunctionResult`.",
    "`SWML.label` disappears: `label:(verb)`: `SWML.label` raises AttributeError.",
)
KEYWORD_ADDED = rule(
    "py-keyword-added",
    INFO,
    "A method gained a parameter.",
    "`stream=` appears on FunctionResult.join_conference: `join_conference:stream`: new keyword "
    "`stream=`.",
)
KEYWORD_REMOVED = rule(
    "py-keyword-removed",
    BREAKING,
    "A method lost a parameter: calls passing it raise TypeError.",
    "`join_conference:coach`: keyword `coach=` of SWML.join_conference is gone.",
)
SIGNATURE = rule(
    "py-signature-changed",
    BREAKING,
    "A parameter's default, annotation, kind (positional or keyword) or the order of positional "
    "parameters changed in the generated code.",
    "`join_conference:record`: `FunctionResult.join_conference(record=...)` default "
    "'do-not-record' is now 'record-from-start'.",
)


def python_api(d: Delta, ctx: Context) -> Iterator[Hit]:
    if d.scope != "method":
        return
    if d.attr == "added":
        yield Hit(METHOD_ADDED, f"method `{d.name}` is new", (PYTHON,))
    elif d.attr == "removed":
        yield Hit(METHOD_REMOVED, f"`{d.name}` is gone: calls raise AttributeError", (PYTHON,))
    elif d.attr == "param-added":
        yield Hit(KEYWORD_ADDED, f"`{d.name}` takes `{d.member}` now", (PYTHON,))
    elif d.attr == "param-removed":
        yield Hit(
            KEYWORD_REMOVED,
            f"`{d.name}` no longer takes `{d.member}`: calls passing it raise TypeError",
            (PYTHON,),
        )
    elif d.attr.startswith("param-"):
        what = d.attr.removeprefix("param-")
        subject = f"`{d.name}({d.member}=...)`" if d.member else f"`{d.name}`"
        yield Hit(
            SIGNATURE,
            f"{subject} {what} changed from {d.before!r} to {d.after!r}",
            (PYTHON,),
        )
