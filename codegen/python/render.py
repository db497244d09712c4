"""IR package -> the Python package ``swml_verbs`` (file name -> unformatted text).

The jinja templates in ``codegen/templates/`` lay out the modules; the code of every check comes
from ``checks.Emitter`` and of every chaining method from ``methods``, as ``PyCode``: spec text
reaches it only through ``py_literal`` and ``docstring``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from codegen.ir import ModelRef, Package, Verb, is_scalar
from codegen.python.checks import Emitter
from codegen.python.methods import function_result_method, swml_method
from codegen.python.models import model_class
from codegen.render import environment
from codegen.text import Identifier, PyCode, py_literal

#: Names _runtime.py defines that generated modules may import.
RUNTIME_NAMES = (
    "MISSING",
    "Invalid",
    "InvalidArgumentError",
    "as_list",
    "as_object",
    "first_of",
    "is_list",
    "is_number",
    "SWML_VAR",
    "is_var",
    "join_values",
    "json_copy",
    "pick_variant",
    "refused",
    "refused_in",
    "unknown_keys",
)


def _used(names: list[str] | tuple[str, ...], source: str) -> list[Identifier]:
    return [Identifier(n) for n in names if re.search(rf"\b{re.escape(n)}\b", source)]


def verb_checker(verb: Verb, em: Emitter) -> tuple[Identifier, str | None]:
    """The checker of a verb's argument, and its source when it is a scalar's (inline tests
    have no function of their own)."""
    t = verb.argument
    if not is_scalar(t):
        return em.checker(t, f"verb_{verb.wire_name}"), None
    name = Identifier(f"_verb_{verb.names.python.rstrip('_')}")
    expected = py_literal(em.expected(t))
    source = "\n".join(
        [
            f"def {name}(value: object, path: str) -> Any:",
            f"    if not ({em.test(t, 'value')}):",
            f"        raise Invalid(path, value, {expected})",
            f"    return {em.convert(t, 'value')}",
        ]
    )
    return name, source


def render_python(package: Package, context: Mapping[str, Any]) -> dict[str, str]:
    em = Emitter(package)
    env = environment()
    functions: list[str] = []
    for model in package.models.values():
        functions.append(em.model_function(model))
    for name, union in package.aliases.items():
        head = f"def check_{name}(value: object, path: str) -> Any:"
        functions.append(em.union_function(head, union, py_literal(em.expected(union))))
    verbs: list[tuple[str, Identifier]] = []
    for verb in package.verbs:
        fn, source = verb_checker(verb, em)
        if source is not None:
            functions.append(source)
        verbs.append((verb.wire_name, fn))
    swml_methods = [swml_method(verb, em) for verb in package.verbs]
    swml_enums = sorted(em.used_enums)
    em.used_enums.clear()
    fr_methods = [
        function_result_method(package.verb(v), em) for v in function_result_verbs(package)
    ]
    fr_enums = sorted(em.used_enums)
    # Checkers requested by the methods above, and by those checkers in turn.
    functions.extend(em.drain())
    checks_source = "\n".join(functions)
    constants = sorted(em.constants.items())
    files: dict[str, str] = {}
    base = {**context, "var_pattern": _var_pattern(package)}
    files["_runtime.py"] = env.get_template("_runtime.py.jinja").render(**base)
    files["_checks.py"] = env.get_template("_checks.py.jinja").render(
        **base,
        constants=[(Identifier(n), PyCode(v)) for n, v in constants],
        functions=[PyCode(f) for f in functions],
        variant_tables=[(Identifier(n), PyCode(v)) for n, v in em.variant_tables.items()],
        verbs=verbs,
        runtime_imports=_used(RUNTIME_NAMES, "\n".join([checks_source, *(v for _, v in constants)]))
        # The variant tables are annotated in the template.
        + ([Identifier("Variant")] if em.variant_tables else []),
    )
    swml_source = "\n".join(swml_methods)
    files["swml.py"] = env.get_template("swml.py.jinja").render(
        **base,
        methods=swml_methods,
        check_imports=_used(sorted({str(f) for f in _called(swml_source)}), swml_source),
        runtime_imports=_used(RUNTIME_NAMES, swml_source + " InvalidArgumentError"),
        enum_imports=[Identifier(e) for e in swml_enums],
    )
    fr_source = "\n".join(fr_methods)
    files["function_result.py"] = env.get_template("function_result.py.jinja").render(
        **base,
        methods=fr_methods,
        check_imports=_used(sorted({str(f) for f in _called(fr_source)}), fr_source),
        runtime_imports=_used(RUNTIME_NAMES, fr_source),
        enum_imports=[Identifier(e) for e in fr_enums],
    )
    em.used_enums.clear()
    model_sources = [model_class(model, em) for model in package.models.values()]
    files["models.py"] = env.get_template("models.py.jinja").render(
        **base,
        models=model_sources,
        names=[Identifier(n) for n in package.models],
        enum_imports=[Identifier(e) for e in sorted(em.used_enums)],
    )
    files["enums.py"] = env.get_template("enums.py.jinja").render(
        **base, enums=list(package.enums.values())
    )
    files["__init__.py"] = env.get_template("__init__.py.jinja").render(
        **base,
        enums=[Identifier(e) for e in package.enums],
        models=[Identifier(m) for m in package.models],
    )
    return files


def _called(source: str) -> set[str]:
    """Names of generated checkers (``check_X``, ``_x``) and constants a method body uses."""
    return set(re.findall(r"\b(check_\w+|_[A-Za-z]\w*|_E_\w+|_URL_\w+|_RE_\w+)\b", source)) - {
        "_arg",
        "_given",
        "_value",
        "_params",
        "_payload",
        "_section",
    }


def _var_pattern(package: Package) -> PyCode | None:
    if package.var_pattern is None:
        return None
    from codegen import ecma

    return py_literal(ecma.translate(package.var_pattern))


def function_result_verbs(package: Package) -> tuple[str, ...]:
    """Verbs whose argument object asks for a FunctionResult method
    (``x-function-result-method``)."""
    return tuple(
        verb.wire_name
        for verb in package.verbs
        if isinstance(verb.argument, ModelRef) and package.models[verb.argument.name].action_method
    )


__all__ = ["function_result_verbs", "render_python"]
