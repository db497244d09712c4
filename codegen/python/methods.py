"""How Python spells the planned chaining methods (``codegen.plan.methods``): keywords, with
``MISSING`` as "not given" where None is a value, required ones (``x-positional``) also by
position; each value checked inline before anything is stored.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from codegen.describe import KeyGroup
from codegen.ir import MISSING, Helper, Type
from codegen.ir import admits_null as nullable
from codegen.plan.methods import MethodPlan, Param
from codegen.python.checks import Emitter, name_of, negate
from codegen.python.typed import dict_name, spell
from codegen.text import PyCode, docstring, py_literal


def annotation(t: Type, em: Emitter) -> str:
    """The parameter annotation of ``t``: what a caller may pass (``codegen.python.typed``)."""
    return spell(t, em.package, em.used_names)


#: Where an argument's description starts in a docstring's ``Args:``, and where its further
#: lines go.
_ARG = " " * 12
_MORE = " " * 16
#: The width the lists of keys are wrapped to, the indent included (ruff's line length).
_WIDTH = 100


def _bullet(text: str) -> str:
    return textwrap.fill(
        "- " + text,
        _WIDTH - len(_MORE),
        subsequent_indent="  ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def _group_lines(group: KeyGroup) -> list[str]:
    names = [f"``{m}``" for m in group.models]
    model = group.models[0]
    if group.shared:
        head = f"Keys of {' and '.join([', '.join(names[:-1]), names[-1]])} alike:"
    elif group.also:
        head = f"``{model}`` (``{dict_name(model)}``) also takes:"
    else:
        head = f"Keys of ``{model}`` (``{dict_name(model)}``):"
    lines = [head, ""]
    for key in group.keys:
        words = key.words if key.words.endswith("...") else f"{key.words}."
        text = f"``{key.name}`` ({'required' if key.required else 'optional'}): {words}"
        if key.summary:
            end = "" if key.summary.endswith((".", "!", "?", "...")) else "."
            text += f" {key.summary}{end}"
        lines.append(_bullet(text))
    if group.named:
        shown = ", ".join(f"``{name}``" for name in group.named)
        lines.append(
            _bullet(f"and {len(group.named)} more, described in ``{dict_name(model)}``: {shown}.")
        )
    if group.extra is not None:
        lines.append(_bullet(f"any other key: {group.extra}."))
    if not group.keys and not group.named and group.extra is None:
        lines[0] = f"``{model}`` takes no keys (``{{}}``)."
        del lines[1:]
    return lines


def keys_text(t: Type, em: Emitter) -> str:
    """The keys of the objects a value of ``t`` may be, one level down, as paragraphs of a
    docstring (``codegen.describe.KeyGroup``): "" when it takes no object."""
    blocks = ["\n".join(_group_lines(group)) for group in em.object_keys(t)]
    return "\n\n".join(blocks)


def args_doc(args: Sequence[tuple[str, str, Type | None]], em: Emitter) -> list[str]:
    """The lines of ``Args:``, one ``(name, description, type)`` an argument: its description,
    then the keys of the objects it takes; keys already listed for an argument before it are
    not listed again (``serial``, ``parallel`` and ``serial_parallel`` take one object)."""
    lines: list[str] = []
    listed: dict[str, str] = {}
    for index, (name, text, t) in enumerate(args):
        keys = keys_text(t, em) if t is not None else ""
        if keys in listed:
            keys = f"Keys: as for ``{listed[keys]}`` above."
        elif keys:
            listed[keys] = name
        body = f"{text}\n\n{keys}" if keys else text
        lines += f"{_ARG}{name}: {docstring(body, _MORE)}".split("\n")
        if keys and index < len(args) - 1:
            # The next argument starts a paragraph of its own, as its keys did.
            lines.append("")
    return lines


def _doc_args(
    params: Sequence[Param],
    em: Emitter,
    first: Sequence[tuple[str, str, Type]] = (),
    last: tuple[str, str, Type] | None = None,
) -> list[str]:
    """``Args:`` of a method's parameters, after ``first`` (a short form) and before ``last``
    (``**extra``)."""
    args: list[tuple[str, str, Type | None]] = list(first)
    args += [(p.names.python, p.description or em.expected(p.type), p.type) for p in params]
    return args_doc([*args, last] if last is not None else args, em)


def unset(p: Param) -> str:
    """What a parameter's default is when it is not given: ``MISSING`` where None is a value."""
    return "MISSING" if p.nullable else "None"


@dataclass(frozen=True)
class Parameter:
    """One parameter of a Python method as its ``def`` spells it (and the spec diff reads it)."""

    name: str
    #: ``positional`` (positional-only), ``either``, ``keyword`` (keyword-only) or ``**kwargs``.
    kind: str
    annotation: str
    #: The default as written, "" for none.
    default: str

    def source(self) -> str:
        prefix = "**" if self.kind == "**kwargs" else ""
        default = f" = {self.default}" if self.default else ""
        return f"{prefix}{self.name}: {self.annotation}{default}"


def _parameter(p: Param, kind: str, em: Emitter, *, action: bool) -> Parameter:
    """A SWML method's parameter defaults to ``MISSING`` where None is a value, else to None;
    an action's to its method default (None when it has none)."""
    name = p.names.python
    ann = annotation(p.type, em)
    if p.required:
        return Parameter(name, kind, ann, "")
    if action:
        if p.dropped is MISSING or p.dropped is None:
            return Parameter(name, kind, ann if ann.endswith("None") else f"{ann} | None", "None")
        return Parameter(name, kind, ann, py_literal(p.dropped))
    if p.nullable:
        return Parameter(name, kind, ann, "MISSING")
    return Parameter(name, kind, ann if ann.endswith("None") else f"{ann} | None", "None")


def parameters(method: MethodPlan, em: Emitter) -> list[Parameter]:
    """The parameters of a method after ``self``, in signature order."""
    if method.form == "value":
        assert method.short is not None
        default = "None" if nullable(method.short) else ""
        return [Parameter("value", "positional", annotation(method.short, em), default)]
    found: list[Parameter] = []
    if method.form == "union" and method.short is not None:
        ann = f"{annotation(method.short, em)} | None"
        found.append(Parameter(method.short_name, "positional", ann, "None"))
    action = method.form == "action"
    found += [_parameter(p, "either", em, action=action) for p in method.positional]
    found += [_parameter(p, "keyword", em, action=action) for p in method.keyword_only]
    if method.extra is not None:
        found.append(Parameter("extra", "**kwargs", annotation(method.extra, em), ""))
    return found


def signature(method: MethodPlan, em: Emitter) -> list[str]:
    """The parameters of a method after ``self``, as written in its ``def``: ``/`` after the
    positional-only ones, ``*`` before the keyword-only ones."""
    out: list[str] = []
    params = parameters(method, em)
    for index, p in enumerate(params):
        before = params[index - 1].kind if index else "either"
        if before == "positional" and p.kind != "positional":
            out.append("/")
        if p.kind == "keyword" and before != "keyword":
            out.append("*")
        out.append(p.source())
    if params and params[-1].kind == "positional":
        out.append("/")
    return out


def _field_lines(em: Emitter, verb: str, p: Param, target: str, indent: str) -> list[str]:
    """Check parameter ``p`` and store it in ``target``; a refusal names the verb and keyword."""
    name = p.names.python
    expected = py_literal(em.expected(p.type))
    test, value = em.value_code(p.type, name, py_literal(name))
    body: list[str]
    if test is not None:
        body = [
            f"if {negate(test)}:",
            f"    raise InvalidArgumentError({py_literal(verb)}, {py_literal(name)}, {name}, {expected})",
            f"{target}[{py_literal(p.names.wire)}] = {value}",
        ]
    else:
        body = [
            "try:",
            f"    {target}[{py_literal(p.names.wire)}] = {value}",
            "except Invalid as error:",
            f"    refused({py_literal(verb)}, {py_literal(name)}, {name}, {expected}, error)",
        ]
    if not p.required:
        body = [f"if {name} is not {unset(p)}:", *("    " + b for b in body)]
    return [indent + line for line in body]


def swml_method(method: MethodPlan, em: Emitter) -> PyCode:
    """``SWML.<verb>(...)``: checks every argument, then appends ``{verb: argument}``."""
    verb = method.verb
    wire = py_literal(verb.wire_name)
    text = method.description or f"The ``{verb.wire_name}`` SWML method."
    doc = docstring(f"{text}\n\nSpec: ``{verb.pointer}``.", "        ")
    if method.form == "object":
        body, arg_lines = _object_body(method, em)
    elif method.form == "union":
        body, arg_lines = _union_body(method, em)
    elif method.form == "value":
        body, arg_lines = _value_body(method, em)
    else:
        body, arg_lines = ["        _arg: dict[str, Any] = {}"], []
    lines = [
        f"    def {verb.names.python}("
        + ", ".join(["self", *signature(method, em)])
        + ") -> Self:",
        f'        """{doc}',
    ]
    if arg_lines:
        lines += ["", "        Args:", *arg_lines]
    lines += [
        "",
        "        Raises:",
        "            InvalidArgumentError: a value the schema does not allow; nothing is added.",
        '        """',
        *body,
        f"        self._section.append({{{wire}: _arg}})",
        "        return self",
    ]
    return PyCode("\n".join(lines))


def _object_body(method: MethodPlan, em: Emitter) -> tuple[list[str], list[str]]:
    """An object verb: each keyword checked inline and stored under its wire key."""
    i = "        "
    wire = method.verb.wire_name
    body = [f"{i}_arg: dict[str, Any] = {{}}"]
    # In the checkers' order, so the verb's keys come out as they do nested in a document.
    for p in method.checked:
        body += _field_lines(em, wire, p, "_arg", i)
    last: tuple[str, str, Type] | None = None
    if method.extra is not None:
        last = ("**extra", "Other keys of the object: " + em.expected(method.extra), method.extra)
        # An open object: other keys go in as keyword arguments, each value checked.
        test, value = em.value_code(method.extra, "_item", "_key")
        expected = py_literal(em.expected(method.extra))
        vw = py_literal(wire)
        body.append(f"{i}for _key, _item in extra.items():")
        if test is not None:
            body += [
                f"{i}    if {negate(test)}:",
                f"{i}        raise InvalidArgumentError({vw}, _key, _item, {expected})",
                f"{i}    _arg[_key] = {value}",
            ]
        else:
            body += [
                f"{i}    try:",
                f"{i}        _arg[_key] = {value}",
                f"{i}    except Invalid as error:",
                f"{i}        refused({vw}, _key, _item, {expected}, error)",
            ]
    return body, _doc_args(method.params, em, last=last)


def _value_body(method: MethodPlan, em: Emitter) -> tuple[list[str], list[str]]:
    """A scalar, list, map or any-value argument: one positional value."""
    assert method.short is not None
    i = "        "
    t = method.short
    expected = py_literal(em.expected(t))
    vw = py_literal(method.verb.wire_name)
    test, value = em.value_code(t, "value", "''")
    if test is not None:
        body = [
            f"{i}if {negate(test)}:",
            f"{i}    raise InvalidArgumentError({vw}, 'value', value, {expected})",
            f"{i}_arg = {value}",
        ]
    else:
        body = [
            f"{i}try:",
            f"{i}    _arg = {value}",
            f"{i}except Invalid as error:",
            f"{i}    refused({vw}, 'value', value, {expected}, error)",
        ]
    return body, args_doc([("value", em.expected(t), t)], em)


def _union_body(method: MethodPlan, em: Emitter) -> tuple[list[str], list[str]]:
    """Object variants (play: url | urls): the keys given pick the variant, and keys of two
    variants together are refused naming both. A scalar variant is the positional value."""
    assert method.argument is not None
    i = "        "
    vw = py_literal(method.verb.wire_name)
    expected = py_literal(em.expected(method.verb.argument))
    fn = name_of(method.argument)
    body = [f"{i}_given: dict[str, Any] = {{}}"]
    for p in method.params:
        body += [
            f"{i}if {p.names.python} is not {unset(p)}:",
            f"{i}    _given[{py_literal(p.names.wire)}] = {p.names.python}",
        ]
    keywords_call = [
        "try:",
        f"    _arg = {fn}(_given, '')",
        "except Invalid as error:",
        f"    refused_in({vw}, _given, {expected}, error)",
    ]
    docs: list[tuple[str, str, Type]] = []
    if method.short is not None:
        value = method.short_name
        name = py_literal(value)
        body += [
            f"{i}if {value} is not None:",
            f"{i}    if _given:",
            f"{i}        raise InvalidArgumentError({vw}, {name}, {value}, "
            f"{py_literal('either the short form or keywords, not both')})",
            f"{i}    try:",
            f"{i}        _arg = {fn}({value}, '')",
            f"{i}    except Invalid as error:",
            f"{i}        refused({vw}, {name}, {value}, {expected}, error)",
            f"{i}else:",
            *(f"{i}    {line}" for line in keywords_call),
        ]
        docs.append((value, "The short form: " + em.expected(method.short), method.short))
    else:
        body += [f"{i}{line}" for line in keywords_call]
    return body, _doc_args(method.params, em, docs)


def function_result_method(method: MethodPlan, em: Emitter) -> PyCode:
    """``FunctionResult.<verb>(...)`` as the reference SDK has it: options equal to their method
    default are left out, and with all of them left out the short form ``{verb: value}`` of the
    one required parameter is emitted."""
    vw = method.verb.wire_name
    i = "        "
    body = [f"{i}_params: dict[str, Any] = {{}}"]
    for p in method.params:
        body += _action_field(p, vw, em)
    required = [p for p in method.params if p.required]
    if len(required) == 1:
        only = py_literal(required[0].names.wire)
        body.append(f"{i}_payload: Any = _params if len(_params) > 1 else _params[{only}]")
    else:
        body.append(f"{i}_payload = _params")
    short = required[0].names.python if len(required) == 1 else "..."
    text = (method.description or f"The ``{vw}`` action.") + (
        "\n\nOptions left at their defaults are left out of the SWML; when all of them are, the"
        f' short form ``{{"{vw}": {short}}}`` is emitted.'
        f"\n\nSpec: ``{method.verb.pointer}``."
    )
    doc = docstring(text, "        ")
    lines = [
        f"    def {method.verb.names.python}(",
        *(f"        {p}," for p in ["self", *signature(method, em)]),
        "    ) -> FunctionResult:",
        f'        """{doc}',
        "",
        "        Args:",
        *_doc_args(method.params, em),
        "",
        "        Returns:",
        "            This result, for chaining.",
        "",
        "        Raises:",
        "            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``);",
        "                the result is left unchanged.",
        '        """',
        *body,
        f'        self.action.append({{"SWML": {{"version": "1.0.0", "sections": {{"main": [{{{py_literal(vw)}: _payload}}]}}}}}})',
        "        return self",
    ]
    return PyCode("\n".join(lines))


def _action_field(p: Param, vw: str, em: Emitter) -> list[str]:
    """Check one action parameter and, unless it equals its method default, store it."""
    i = "        "
    n = p.names.python
    key = py_literal(p.names.wire)
    expected = py_literal(em.expected(p.type))
    test, value = em.value_code(p.type, n, py_literal(n))
    default = p.dropped
    if test is not None and isinstance(default, bool):
        # Past the default's guard, the only boolean left is the other one: an identity test.
        test = test.replace(f"({n} is True or {n} is False)", f"{n} is {not default!r}")
    if test is not None:
        lines = [
            f"if {negate(test)}:",
            f"    raise InvalidArgumentError({py_literal(vw)}, {py_literal(n)}, {n}, {expected})",
        ]
        computed = value
    else:
        lines = [
            "try:",
            f"    _value = {value}",
            "except Invalid as error:",
            f"    refused({py_literal(vw)}, {py_literal(n)}, {n}, {expected}, error)",
        ]
        computed = "_value"
    if p.required:
        return [i + line for line in [*lines, f"_params[{key}] = {computed}"]]
    if default is MISSING or default is None:
        guard = f"{n} is not None"
    elif isinstance(default, bool):
        guard = f"{n} is not {default!r}"
    else:
        guard = f"{n} != {py_literal(default)}"
    if test is None and default is not MISSING and default is not None:
        # An iterable equal to the default still means the default: leave it out.
        lines += [f"if _value != {py_literal(default)}:", f"    _params[{key}] = _value"]
    else:
        lines.append(f"_params[{key}] = {computed}")
    return [f"{i}if {guard}:", *(f"{i}    {line}" for line in lines)]


def helper_parameters(helper: Helper, em: Emitter) -> list[Parameter]:
    """A helper's parameters as its ``def`` spells them: by position or keyword, in the
    reference's order, each with the reference's default."""
    found = []
    for p in helper.params:
        ann = annotation(p.type, em)
        if p.required:
            found.append(Parameter(p.names.python, "either", ann, ""))
        elif p.default is None:
            ann = ann if ann.endswith("None") else f"{ann} | None"
            found.append(Parameter(p.names.python, "either", ann, "None"))
        else:
            found.append(Parameter(p.names.python, "either", ann, py_literal(p.default)))
    return found


def _tuple(path: tuple[str | int, ...]) -> str:
    items = [py_literal(key) for key in path]
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def helper_method(helper: Helper, em: Emitter) -> PyCode:
    """``FunctionResult.<helper>(...)``: the action built from the parameters, checked by the
    action's checker, then recorded."""
    name = helper.names.python
    rows = []
    for p in helper.put_order():
        given: str = p.names.python
        if p.gives is not MISSING:
            given = (
                f"flag_gives({py_literal(name)}, {py_literal(p.names.python)}, {given}, "
                f"{py_literal(p.gives)}, {py_literal(em.expected(p.type))})"
            )
        if p.clamp is not None:
            given = f"clamped({given}, {py_literal(p.clamp[0])}, {py_literal(p.clamp[1])})"
        rows.append(
            f"({py_literal(p.names.python)}, {_tuple(p.path)}, {given}, "
            f"{'MISSING' if p.omitted is MISSING else py_literal(p.omitted)})"
        )
    table = f"({rows[0]},)" if len(rows) == 1 else f"({', '.join(rows)})"
    if helper.returns:
        checks = ", ".join(f"check_{m}" for m in helper.returns)
        checks = f"({checks},)" if len(helper.returns) == 1 else f"({checks})"
        call = f"helper_value({py_literal(name)}, {checks}, {table})"
    else:
        arguments = [
            py_literal(name),
            f"check_{helper.model}",
            py_literal(helper.skeleton),
            table,
        ]
        if helper.short:
            arguments.append(_tuple(helper.short))
        call = f"helper_action({', '.join(arguments)})"
    text = f"{helper.description}\n\nSpec: ``{helper.pointer}``."
    args = args_doc(
        [
            (p.names.python, str(p.description) or em.expected(p.type), p.type)
            for p in helper.params
        ],
        em,
    )
    signature = [p.source() for p in helper_parameters(helper, em)]
    if helper.returns:
        lines = [
            "    @staticmethod",
            f"    def {name}({', '.join(signature)}) -> dict[str, Any]:",
        ]
        kinds = " or ".join(helper.returns)
        returns = [f"            The object, checked as a {kinds}."]
        unchanged = ""
        body = [f"        return {call}"]
    else:
        lines = [f"    def {name}({', '.join(['self', *signature])}) -> FunctionResult:"]
        returns = ["            This result, for chaining."]
        unchanged = "; the result is left unchanged"
        body = [f"        self.action.append({call})", "        return self"]
    lines.append(f'        """{docstring(text, "        ")}')
    if args:
        lines += ["", "        Args:", *args]
    lines += [
        "",
        "        Returns:",
        *returns,
        "",
        "        Raises:",
        "            InvalidArgumentError: a value is outside what the spec allows (a ``ValueError``)"
        + (";" if unchanged else "."),
    ]
    if unchanged:
        lines.append("                the result is left unchanged.")
    lines += ['        """', *body]
    return PyCode("\n".join(lines))
