"""The intermediate model: what the spec says, in terms of SWML, not of any target language.

One ``Package`` holds every verb of the spec, every object model and every value set, each under
a name that is unique across the package. Types form a recursive tree (``Type``); object models
and value sets are referred to by name, so recursion (a ``cond`` branch holds verbs, which hold
``cond`` branches) stays finite. Renderers (Python, TypeScript, the spec diff) read this and
nothing else; none of them walks the raw schema again.

Names are already safe identifiers (``Identifier``) in each target language the package knows;
spec prose stays ``UntrustedText`` until a renderer passes it through a literal or docstring
filter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union

from codegen.text import Identifier, UntrustedText

#: A JSON value from the spec (defaults, constants).
Json = Any


# -- scalar kinds --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StringType:
    min_length: int | None = None
    max_length: int | None = None
    #: An ECMA-262 pattern from the spec (unanchored search, as JSON Schema means it).
    pattern: str | None = None
    #: The pattern said in words (``x-pattern-words``), which messages and pages show instead.
    pattern_words: str | None = None
    #: ``format`` as written (``uri``); the renderers check only what ``url_schemes`` says.
    format: str | None = None
    #: For ``format: uri``: the schemes accepted (``x-url-schemes``, or what the description
    #: demands), ``()`` for any absolute URI; None when the string is not a URI.
    url_schemes: tuple[str, ...] | None = None
    #: ``x-non-blank``: refuse an empty or whitespace-only string.
    non_blank: bool = False


@dataclass(frozen=True)
class IntegerType:
    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: int | float | None = None
    exclusive_maximum: int | float | None = None


@dataclass(frozen=True)
class NumberType:
    """``type: number``: an integer or a finite float (JSON has no NaN or infinity)."""

    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: int | float | None = None
    exclusive_maximum: int | float | None = None


@dataclass(frozen=True)
class BooleanType:
    pass


@dataclass(frozen=True)
class NullType:
    pass


@dataclass(frozen=True)
class LiteralType:
    """A single ``const``: exactly this JSON scalar."""

    value: Json
    description: str = ""


@dataclass(frozen=True)
class EnumRef:
    """One value of the package's value set ``name`` (``Package.enums``)."""

    name: Identifier


@dataclass(frozen=True)
class JoinedListType:
    """A wire string of values from the value set ``enum``, joined by ``separator``
    (``x-separator`` with ``x-items``)."""

    enum: Identifier
    separator: str


@dataclass(frozen=True)
class VarType:
    """A SWML variable reference (``$defs/SWMLVar``: ``${name}`` / ``%{name}``); its pattern is
    ``Package.var_pattern``."""


@dataclass(frozen=True)
class AnyType:
    """Any JSON value (a schema with no constraint, such as ``return``'s argument)."""


# -- composite kinds -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ArrayType:
    item: Type
    min_items: int | None = None
    max_items: int | None = None


@dataclass(frozen=True)
class MapType:
    """An object with no named properties: string keys to ``values`` (``AnyType`` for any)."""

    values: Type
    min_properties: int | None = None


@dataclass(frozen=True)
class ModelRef:
    """An object with named properties: the package's model ``name`` (``Package.models``)."""

    name: Identifier
    #: ``minProperties`` written beside the ``$ref`` (upstream's ``data_map``).
    min_properties: int | None = None


@dataclass(frozen=True)
class AliasRef:
    """A union defined once under a name (a ``$defs`` entry such as ``CondParams``):
    ``Package.aliases[name]``. Recursive unions (``POM`` sections hold ``POM`` sections) can only
    be written this way."""

    name: Identifier


@dataclass(frozen=True)
class MethodType:
    """One SWML method, ``{verb: argument}``: any verb of the package (``$defs/SWMLMethod``), or
    only those in ``only`` (a union of some verbs, such as connect's ``ValidConfirmMethods``)."""

    only: tuple[str, ...] | None = None


@dataclass(frozen=True)
class UnionType:
    """A value of one of ``variants`` (``anyOf``, or ``oneOf`` when ``exclusive``)."""

    variants: tuple[Type, ...]
    exclusive: bool = False

    def tested(self) -> tuple[Type, ...]:
        """The variants a check has to try. In an ``anyOf`` holding a plain string, the other
        string-only variants (a SWML variable, a value set, a pattern) accept nothing more, so
        testing them would be a dead branch; the variants stay in the IR for the docs and the
        diff."""
        if self.exclusive or StringType() not in self.variants:
            return self.variants
        return tuple(x for x in self.variants if x == StringType() or not _only_strings(x))


def _only_strings(t: object) -> bool:
    if isinstance(t, LiteralType):
        return isinstance(t.value, str)
    return isinstance(t, (StringType, VarType, EnumRef))


Type = Union[  # noqa: UP007 - a runtime alias of forward references; `|` cannot join strings
    StringType,
    IntegerType,
    NumberType,
    BooleanType,
    NullType,
    LiteralType,
    EnumRef,
    JoinedListType,
    VarType,
    AnyType,
    ArrayType,
    MapType,
    ModelRef,
    AliasRef,
    MethodType,
    UnionType,
]

SCALARS = (
    StringType,
    IntegerType,
    NumberType,
    BooleanType,
    NullType,
    LiteralType,
    EnumRef,
    JoinedListType,
    VarType,
)


# -- named things --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Names:
    """One name in each target language the package is rendered to."""

    wire: str
    python: Identifier
    camel: str


@dataclass(frozen=True)
class Field:
    """One property of an object model."""

    names: Names
    type: Type
    required: bool
    description: UntrustedText
    #: The wire default (``default``), ``MISSING`` when the spec gives none.
    default: Json
    #: ``x-method-default``, else the wire default: a chaining method that mirrors the reference
    #: SDK leaves the key out when the value equals it (``MISSING``: never left out).
    method_default: Json
    deprecated: bool = False
    #: Where the property is defined, for problems and the spec diff.
    pointer: str = ""


class _Missing:
    """The absence of a default (None is a JSON value: ``null``)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()


@dataclass(frozen=True)
class Model:
    """An object with named properties (``fields``, in spec order)."""

    name: Identifier
    description: UntrustedText
    fields: tuple[Field, ...]
    #: Keys beyond ``fields``: None refuses them (``unevaluatedProperties: {not: {}}``), otherwise
    #: their values' type (``AnyType`` when any value is allowed).
    extra: Type | None
    pointer: str
    camel_name: str = ""
    #: ``x-function-result-method``: a verb with this argument also gets a SWAIG-action method
    #: on FunctionResult, in the reference SDK's form (defaults left out, short form).
    action_method: bool = False
    #: ``x-positional``: the wire names the chaining methods also take by position, in this
    #: order (the reference SDK's signature); empty: the required fields, in spec order.
    positional: tuple[str, ...] = ()

    @property
    def required(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.required)

    @property
    def optional(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if not f.required)

    @property
    def by_position(self) -> tuple[Field, ...]:
        """The fields a chaining method takes by position (or keyword), in that order; the
        others are keyword-only."""
        if not self.positional:
            return self.required
        fields = {f.names.wire: f for f in self.fields}
        return tuple(fields[wire] for wire in self.positional)

    @property
    def checked(self) -> tuple[Field, ...]:
        """The order checkers read the fields in, and so the order of the keys they emit:
        required first (a missing one is the first fault named, and once all are found an
        object of no more keys holds no optional one), then the optional, in spec order."""
        return self.required + self.optional


@dataclass(frozen=True)
class EnumMember:
    name: Identifier
    value: str
    description: UntrustedText


@dataclass(frozen=True)
class EnumDef:
    """A value set; every property with the same name and values shares one."""

    name: Identifier
    description: UntrustedText
    members: tuple[EnumMember, ...]
    #: Where it is used (JSON pointers), for its docstring and the spec diff.
    users: tuple[str, ...] = ()
    #: What each value means at each user, in ``users`` order (one description a member). A
    #: member's own ``description`` is the meaning only when every user that gives one agrees:
    #: a shared set such as ``HttpMethod`` means "send status callbacks as GET" at one property
    #: and "send recording status callbacks as GET" at another.
    meanings: tuple[tuple[UntrustedText, ...], ...] = ()

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(m.value for m in self.members)

    def meanings_at(self, user: str) -> tuple[UntrustedText, ...]:
        """What each value means at ``user`` (a JSON pointer in ``users``), else the members'
        shared meanings."""
        for pointer, meanings in zip(self.users, self.meanings, strict=False):
            if pointer == user:
                return meanings
        return tuple(m.description for m in self.members)


@dataclass(frozen=True)
class Verb:
    """One SWML method: ``{wire_name: argument}``."""

    names: Names
    description: UntrustedText
    argument: Type
    pointer: str

    @property
    def wire_name(self) -> str:
        return self.names.wire


#: Where a helper's value lands, from the action object: keys of objects, indexes of lists
#: (``("context_switch", "system_prompt")``, ``("SWML", "sections", "main", 0, "connect", "to")``).
Path = tuple[str | int, ...]


@dataclass(frozen=True)
class HelperParam:
    """One parameter of a FunctionResult helper."""

    names: Names
    path: Path
    type: Type
    #: The reference's default (``MISSING``: required).
    default: Json
    #: The value at which the key is left out of the action: the default, or ``MISSING`` (never)
    #: when the parameter is the action's value itself, or when the schema gives the key a
    #: default of its own that differs from the reference's (leaving it out would then mean
    #: the schema's, not the reference's).
    omitted: Json
    description: UntrustedText
    #: Where it is declared, and where the schema defines the value it gives.
    pointer: str
    schema: str
    #: ``(low, high)``: a number is brought into this range before it is checked, as the
    #: reference does (``hold``'s timeout); None: it is checked as given.
    clamp: tuple[int | float, int | float] | None = None
    #: A boolean parameter whose ``true`` gives this value (``answer_first``); ``MISSING``:
    #: the argument is the value.
    gives: Json = MISSING

    @property
    def required(self) -> bool:
        return self.default is MISSING


@dataclass(frozen=True)
class Helper:
    """A FunctionResult helper (``x-helpers``): a method of the reference SDKs that emits one
    action of the result's action union, its parameters filling that action's value, or the
    verbs of the SWML document an ``SWML`` action carries."""

    #: ``wire`` is the Python name (helpers have no wire name of their own).
    names: Names
    description: UntrustedText
    #: The action's key (``say``, ``SWML``) and the model of the action object
    #: (``SayAction``), whose checker checks what the helper emits.
    action: str
    model: Identifier
    params: tuple[HelperParam, ...]
    #: The action object before any parameter fills it: ``{"hangup": True}``,
    #: ``{"context_switch": {}}``, or an ``SWML`` action whose document holds the declared verbs.
    skeleton: Json
    pointer: str
    #: TypeScript takes the parameters in one options object (the TypeScript SDK's form).
    options: bool = False
    #: The reference's short form: when the object at ``short[:-1]`` holds the key
    #: ``short[-1]`` only, that key's value replaces it (``{"hold": {"timeout": 60}}`` is sent
    #: as ``{"hold": 60}``). Empty: no short form.
    short: Path = ()
    #: A static builder: the models of the object it returns (one of them; ``model`` is the
    #: first), its parameters filling keys of it; it records nothing. Empty: an action helper.
    returns: tuple[Identifier, ...] = ()
    #: The parameters that give the action's value, the first given winning (``wait_for_user``).
    precedence: tuple[str, ...] = ()

    def put_order(self) -> tuple[HelperParam, ...]:
        """The parameters in the order their values are put into the action: the signature's,
        with those ranked by ``precedence`` last and the first of them last of all, so that the
        first given wins."""
        rank = {name: index for index, name in enumerate(reversed(self.precedence))}
        return tuple(sorted(self.params, key=lambda p: rank.get(p.names.python, -1)))


@dataclass(frozen=True)
class Package:
    """Everything one spec generates."""

    verbs: tuple[Verb, ...]
    models: dict[str, Model]
    enums: dict[str, EnumDef]
    #: Named unions (``AliasRef``).
    aliases: dict[str, UnionType]
    #: The SWML variable pattern (ECMA-262, from ``$defs/SWMLVar``) when any type uses it.
    var_pattern: str | None
    #: The whole SWML document (the spec's root), as a model.
    document: Identifier | None = None
    #: FunctionResult's helpers (``x-helpers``), in declaration order.
    helpers: tuple[Helper, ...] = ()
    #: The model of the result's ``SWML`` action (``SWMLAction``), whose checker checks what
    #: ``execute_swml`` appends; None where the spec declares no helpers or has no such action.
    swml_action: Identifier | None = None
    source: str = ""
    extras: dict[str, Any] = field(default_factory=dict)

    def verb(self, wire_name: str) -> Verb:
        for verb in self.verbs:
            if verb.wire_name == wire_name:
                return verb
        raise KeyError(wire_name)


#: Types checked inline by one expression (a union of them too).
SCALAR = (
    StringType,
    IntegerType,
    NumberType,
    BooleanType,
    NullType,
    LiteralType,
    EnumRef,
    VarType,
)


def is_scalar(t: Type) -> bool:
    """Whether ``t`` is checked inline (``SCALAR``, or a union of them) rather than by a
    checker function."""
    if isinstance(t, UnionType):
        return all(is_scalar(v) for v in t.variants)
    return isinstance(t, SCALAR)


def admits_null(t: Type) -> bool:
    """Whether JSON ``null`` is a value of ``t``: where it is, the generated methods take None
    as that value and "not given" is another default."""
    if isinstance(t, UnionType):
        return any(admits_null(v) for v in t.variants)
    if isinstance(t, LiteralType):
        return t.value is None
    return isinstance(t, (NullType, AnyType))
