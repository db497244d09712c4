"""What the Python and TypeScript checker printers share, as quicktype's renderers share a
``ConvenienceRenderer``: the walk over the plan's checkers, the dispatch over IR kinds and the
order a union's branches stand in. A language's printer (``codegen/python/checks.py``,
``codegen/typescript/checks.py``) subclasses ``CheckPrinter`` and only says how its language
spells each piece: a test, a call, a function's head, a refusal.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from typing_extensions import assert_never

from codegen import ir
from codegen.describe import Describer, Words
from codegen.ir import Model, Package, Type
from codegen.plan import Plan
from codegen.plan.checkers import Checker, Ref, UnionCheck, VariantTable


class CheckPrinter(ABC):
    """Prints the plan's checker functions in one language."""

    plan: Plan
    words: Words

    @property
    def package(self) -> Package:
        return self.plan.package

    def expected(self, t: Type) -> str:
        """What a value of ``t`` may be, in this language's words for its own values."""
        return Describer(self.package, self.words).expected(t)

    def checker(self, t: Type) -> str:
        """The function the plan gives a composite ``t``."""
        return self.name_of(self.plan.checkers.lookup(t))

    def function(self, checker: Checker) -> str:
        """The source of one planned checker function, under a comment naming the spec pointer
        it checks."""
        t = checker.type
        if checker.ref.kind == "model":
            assert isinstance(t, ir.ModelRef)
            source = self.model_function(self.package.models[t.name])
        else:
            expected = self.literal(self.expected(t))
            body = self.body(checker, expected)
            source = "\n".join([self.head(self.name_of(checker.ref)), *body, *self.foot()])
        if not checker.origin:
            return source
        return f"{self.comment('Checks ' + checker.origin)}\n{source}"

    def body(self, checker: Checker, expected: str) -> list[str]:
        if checker.union is not None:
            return self.union_body(checker.union, expected)
        t = checker.type
        match t:
            case ir.ArrayType():
                return self.list_body(t, expected)
            case ir.MapType():
                return self.map_body(t, expected)
            case ir.ModelRef():
                # Only an object with minProperties beside its $ref has a function of its own.
                return self.least_keys_body(t, expected)
            case ir.MethodType():
                return self.method_body(checker.ref, t, expected)
            case ir.JoinedListType():
                return self.joined_body(t, expected)
            case ir.AnyType():
                return [self.statement(self.returns(self.json_copy("value", "path")))]
            case ir.UnionType() | ir.AliasRef():
                raise AssertionError(f"{checker.ref} is a union the plan left undecided")
            case (
                ir.StringType()
                | ir.IntegerType()
                | ir.NumberType()
                | ir.BooleanType()
                | ir.NullType()
                | ir.LiteralType()
                | ir.EnumRef()
                | ir.VarType()
            ):
                # A verb whose argument is a scalar: the verb table needs a function.
                return [
                    self.refuse_unless(self.test(t, "value"), "path", "value", expected),
                    self.statement(self.returns(self.convert(t, "value"))),
                ]
            case _:
                assert_never(t)

    def union_body(self, plan: UnionCheck, expected: str) -> list[str]:
        """Scalars first, by their inline tests; then lists; then objects, chosen by their keys
        (``pick_variant``), so a refusal names the variant the keys point at."""
        lines = [self.scalar_branch(x) for x in plan.scalars]
        if plan.joined is not None:
            lines.append(self.joined_branch(self.name_of(plan.joined)))
        if plan.arrays:
            lines.append(self.list_branch([self.name_of(a) for a in plan.arrays], expected))
        if plan.any:
            lines.append(self.statement(self.returns(self.json_copy("value", "path"))))
        elif plan.table is not None:
            # Only keys of this variant: keys of two variants are refused by pick_variant,
            # which names both.
            lines += [self.dispatch_branch(model, key) for model, key in plan.dispatch]
            lines.append(self.pick_variant(plan.table, plan.flat.exclusive, expected))
        else:
            lines.append(self.statement(self.refusal("path", "value", expected)))
        return lines

    # -- how a language spells things ------------------------------------------------------------

    @abstractmethod
    def name_of(self, ref: Ref) -> str: ...

    @abstractmethod
    def literal(self, value: object) -> str:
        """A JSON scalar as a literal of the language."""

    @abstractmethod
    def comment(self, text: str) -> str: ...

    @abstractmethod
    def head(self, name: str) -> str:
        """The first line of checker function ``name(value, path)``."""

    @abstractmethod
    def foot(self) -> list[str]:
        """The lines that close a checker function."""

    @abstractmethod
    def statement(self, code: str) -> str:
        """``code`` as a statement at the first level of a function body."""

    @abstractmethod
    def returns(self, value: str) -> str: ...

    @abstractmethod
    def refusal(self, path: str, value: str, expected: str) -> str:
        """The statement that refuses ``value`` at ``path`` (``raise`` / ``throw``)."""

    @abstractmethod
    def refuse_unless(self, test: str, path: str, value: str, expected: str) -> str:
        """A first-level statement that refuses ``value`` unless ``test`` holds."""

    @abstractmethod
    def json_copy(self, value: str, path: str) -> str: ...

    @abstractmethod
    def test(self, t: Type, v: str) -> str:
        """A boolean expression: is ``v`` a value of the scalar type ``t``?"""

    @abstractmethod
    def convert(self, t: Type, v: str) -> str:
        """The JSON-ready value of a scalar ``v`` that passed ``test``."""

    @abstractmethod
    def model_function(self, model: Model) -> str: ...

    @abstractmethod
    def list_body(self, t: ir.ArrayType, expected: str) -> list[str]: ...

    @abstractmethod
    def map_body(self, t: ir.MapType, expected: str) -> list[str]: ...

    @abstractmethod
    def least_keys_body(self, t: ir.ModelRef, expected: str) -> list[str]: ...

    @abstractmethod
    def method_body(self, ref: Ref, t: ir.MethodType, expected: str) -> list[str]: ...

    @abstractmethod
    def joined_body(self, t: ir.JoinedListType, expected: str) -> list[str]: ...

    @abstractmethod
    def scalar_branch(self, t: Type) -> str:
        """Return the value converted if it passes the scalar variant ``t``'s test."""

    @abstractmethod
    def joined_branch(self, checker: str) -> str:
        """A string or a list goes to the joined list's ``checker``."""

    @abstractmethod
    def list_branch(self, checkers: list[str], expected: str) -> str:
        """A list goes to the list variant's checker (the first that takes it, of several)."""

    @abstractmethod
    def dispatch_branch(self, model: Model, key: str) -> str:
        """An object with ``key`` and only ``model``'s keys goes to ``model``'s checker."""

    @abstractmethod
    def pick_variant(self, table: VariantTable, exclusive: bool, expected: str) -> str:
        """Return what the runtime's variant picker makes of the value."""


__all__ = ["CheckPrinter"]
