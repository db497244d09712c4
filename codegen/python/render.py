"""IR package -> the Python package ``swml_verbs`` (file name -> unformatted text).

The jinja templates in ``codegen/templates/`` lay out the modules; the code of every check comes
from ``checks.Emitter`` and of every chaining method from ``methods``, as ``PyCode``: spec text
reaches it only through ``py_literal`` and ``docstring``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from codegen.ir import Package
from codegen.plan import Plan, make_plan
from codegen.plan.checkers import Ref
from codegen.python.checks import Emitter, name_of
from codegen.python.methods import function_result_method, helper_method, swml_method
from codegen.python.models import model_class
from codegen.python.typed import module_parts, names
from codegen.release import UNRECORDED_VERSION
from codegen.render import environment
from codegen.text import Identifier, PyCode, py_literal

#: Names _runtime.py defines that generated modules may import.
RUNTIME_NAMES = (
    "MISSING",
    "TOO_DEEP",
    "Invalid",
    "InvalidArgumentError",
    "InvalidDocumentError",
    "Problem",
    "document_problem",
    "as_list",
    "at_step",
    "as_object",
    "first_of",
    "index_of",
    "is_list",
    "is_number",
    "SWML_VAR",
    "is_var",
    "join_values",
    "json_copy",
    "missing_key",
    "pick_variant",
    "refused",
    "refused_in",
    "helper_action",
    "helper_value",
    "flag_gives",
    "clamped",
    "swml_document",
    "unknown_keys",
)


#: The runtime names the frame of _validate.py (_validate.py.jinja) imports itself.
_VALIDATE_FRAME_NAMES = ("MISSING", "TOO_DEEP", "Invalid", "Problem", "json_copy")

#: The runtime names the frame of swml.py (swml.py.jinja) uses besides its methods.
_SWML_FRAME_NAMES = " InvalidArgumentError"


def _used(names: list[str] | tuple[str, ...], source: str) -> list[Identifier]:
    return [Identifier(n) for n in names if re.search(rf"\b{re.escape(n)}\b", source)]


def render_python(
    package: Package,
    context: Mapping[str, Any],
    plan: Plan | None = None,
    *,
    version: str = UNRECORDED_VERSION,
) -> dict[str, str]:
    """Every module of the package (file name -> text); ``version`` is its ``__version__``."""
    plan = plan or make_plan(package)
    em = Emitter(plan)
    env = environment()
    functions = [em.function(checker) for checker in plan.checker_list]
    verbs = [(verb.wire_name, name_of(ref)) for verb, ref in plan.verbs]
    swml_methods = [swml_method(method, em) for method in plan.swml]
    swml_types = _imports(package, em.used_names)
    em.used_names.clear()
    fr_methods = [function_result_method(method, em) for method in plan.function_result]
    fr_methods += [helper_method(helper, em) for helper in package.helpers]
    fr_types = _imports(package, em.used_names)
    tables = [(Identifier(em.table_name(t)), PyCode(em.table(t))) for t in plan.tables]
    # Before the constants are listed: a shape's inline tests use _checks.py's constants.
    shapes = [(name_of(ref), em.shape(shape)) for ref, shape in plan.shapes]
    shapes_source = "\n".join(f"{fn}: {shape}" for fn, shape in shapes)
    checks_source = "\n".join(functions)
    constants = sorted(em.constants.items())
    files: dict[str, str] = {}
    base = {**context, "var_pattern": _var_pattern(package)}
    files["_runtime.py"] = env.get_template("_runtime.py.jinja").render(**base)
    files["_checks.py"] = env.get_template("_checks.py.jinja").render(
        **base,
        constants=[(Identifier(n), PyCode(v)) for n, v in constants],
        functions=[PyCode(f) for f in functions],
        variant_tables=tables,
        verbs=verbs,
        runtime_imports=_used(RUNTIME_NAMES, "\n".join([checks_source, *(v for _, v in constants)]))
        # The variant tables are annotated in the template.
        + ([Identifier("Variant")] if tables else []),
    )
    swml_source = "\n".join(swml_methods)
    # from_dict checks a whole document with the root model's checker.
    document_checker = None if package.document is None else name_of(Ref("model", package.document))
    files["_builder.py"] = env.get_template("_builder.py.jinja").render(**base)
    files["swml.py"] = env.get_template("swml.py.jinja").render(
        **base,
        methods=swml_methods,
        document_checker=document_checker,
        check_imports=_used(_defined(plan, em), f"{swml_source} {document_checker}"),
        runtime_imports=_used(RUNTIME_NAMES, swml_source + _SWML_FRAME_NAMES),
        **swml_types,
    )
    # execute_swml checks what it appends as the spec's SWML action, where the spec has one.
    swml_action_check = (
        None if package.swml_action is None else name_of(Ref("model", package.swml_action))
    )
    fr_source = "\n".join(fr_methods)
    if swml_action_check is not None:
        fr_source += f"\n{swml_action_check} helper_action swml_document MISSING"
    files["function_result.py"] = env.get_template("function_result.py.jinja").render(
        **base,
        methods=fr_methods,
        swml_action_check=swml_action_check,
        check_imports=_used(_defined(plan, em), fr_source),
        runtime_imports=_used(RUNTIME_NAMES, fr_source),
        **fr_types,
    )
    em.used_names.clear()
    model_sources = [model_class(model, em) for model in package.models.values()]
    files["_spec_model.py"] = env.get_template("_spec_model.py.jinja").render(**base)
    files["models.py"] = env.get_template("models.py.jinja").render(
        **base,
        models=model_sources,
        names=[Identifier(n) for n in package.models],
        enum_imports=[Identifier(e) for e in sorted(em.used_names)],
    )
    typed_parts, typed_used = module_parts(package)
    files["typed.py"] = env.get_template("typed.py.jinja").render(
        **base,
        parts=typed_parts,
        names=[Identifier(n) for n in names(package)],
        **_imports(package, typed_used),
    )
    files["enums.py"] = env.get_template("enums.py.jinja").render(
        **base, enums=list(package.enums.values())
    )
    if document_checker is not None:
        files["_validate.py"] = env.get_template("_validate.py.jinja").render(
            **base,
            shapes=[(Identifier(fn), PyCode(shape)) for fn, shape in shapes],
            document_checker=Identifier(document_checker),
            check_imports=_used(
                [n for n in (*_defined(plan, em), *(t for t, _ in tables)) if n != "check_method"],
                f"{shapes_source} {document_checker}",
            ),
            runtime_imports=_used(
                [n for n in RUNTIME_NAMES if n not in _VALIDATE_FRAME_NAMES], shapes_source
            ),
        )
    # Documents as text, and the swml-verbs command.
    for module in ("_documents.py", "cli.py", "__main__.py"):
        files[module] = env.get_template(f"{module}.jinja").render(**base)
    files["__init__.py"] = env.get_template("__init__.py.jinja").render(
        **base,
        enums=[Identifier(e) for e in package.enums],
        models=[Identifier(m) for m in package.models],
        version=py_literal(version),
    )
    return files


def _imports(package: Package, used: set[str]) -> dict[str, list[Identifier]]:
    """The names an annotation used, by the module that defines them: ``enum_imports``,
    ``model_imports``, ``typed_imports``."""
    enums = sorted(used & package.enums.keys())
    models = sorted(used & package.models.keys())
    typed = sorted(used - package.enums.keys() - package.models.keys())
    return {
        "enum_imports": [Identifier(n) for n in enums],
        "model_imports": [Identifier(n) for n in models],
        "typed_imports": [Identifier(n) for n in typed],
    }


def _defined(plan: Plan, em: Emitter) -> list[str]:
    """What ``_checks.py`` defines that a method may use: every checker and constant."""
    return sorted({*(name_of(c.ref) for c in plan.checker_list), *em.constants})


def _var_pattern(package: Package) -> PyCode | None:
    if package.var_pattern is None:
        return None
    from codegen import ecma

    return py_literal(ecma.translate(package.var_pattern))


__all__ = ["render_python"]
