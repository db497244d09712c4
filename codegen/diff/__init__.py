"""Spec-diff review tool: what a change to a verb's JSON Schema does to callers (issue 4).

``python -m codegen diff BASE HEAD`` dispatches to :func:`main`; docs/spec-diff.md lists the rules.
"""

from .cli import diff_sides, main

__all__ = ["diff_sides", "main"]
