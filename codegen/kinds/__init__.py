"""One module per kind of schema; each builds its IR node from a subschema or returns a problem.

Every kind follows one protocol: ``build(node, site, builder) -> Type | SpecProblem``, where
``node`` is the subschema (with any constraints inherited from beside an ``anyOf``), ``site``
says where it sits and what a named thing there would be called, and ``builder`` resolves
``$ref`` s, registers names and collects problems. Kinds see the builder through the ``Builder``
protocol of ``_common`` (``codegen.build.Builder`` implements it), never the builder's module, so
the dependency goes one way: ``codegen.build`` dispatches to the kinds. Kinds compose by asking
the builder for the types of their parts (``builder.type_of``): an array for its item, a union for
each branch, an object for each property.

A kind refuses every validation keyword it does not implement, with its pointer and what is
supported instead, so a schema construct is either honoured or reported, never silently dropped.
"""

from __future__ import annotations

from codegen.kinds import array, enum, number, obj, special, string, union

__all__ = ["array", "enum", "number", "obj", "special", "string", "union"]
