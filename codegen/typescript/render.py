"""IR package -> the TypeScript package ``swml-verbs`` (generated/ts/), and its build.

``render_typescript`` lays the package out with the jinja2 templates in ``codegen/templates/ts/``
(relative path -> text, everything but ``dist/``, ``src/`` as printed, unformatted);
``format_typescript`` runs the pinned prettier over ``src/`` with the package's own
``.prettierrc.json`` and nothing else; ``build_typescript`` writes the formatted files into a
work directory and runs the package's ``build.mjs`` with the pinned ``tsc`` (``src/`` compiled
twice: ES modules to ``dist/``, CommonJS to ``dist/cjs/``), returning every file, ``dist/``
included. prettier and TypeScript are installed from the package's lock file (``npm
ci``, into a cache of ``node_modules`` keyed by it), and the output of each is cached by the
contents it was made from. None of them writes ``generated/ts/``: the caller compares the result
with it (``--check``) or swaps it in.

As for the Python package, spec text reaches a generated file only through the ``lit`` filter (a
JSON-escaped string literal) or the ``doc`` filter (a TSDoc comment that ``*/`` cannot close); the
environment refuses to print anything else that is not ``TsCode`` or a number.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import jinja2

from codegen.errors import GenerationError
from codegen.ir import EnumDef, MethodType, Model, Package
from codegen.naming import pascal
from codegen.plan import Plan, make_plan
from codegen.plan.checkers import METHOD, Ref
from codegen.release import UNRECORDED_VERSION
from codegen.typescript.checks import TsEmitter, name_of
from codegen.typescript.methods import (
    Member,
    Rendered,
    _tags,
    function_result_method,
    helper_method,
    interface,
    swml_method,
    with_meanings,
)
from codegen.typescript.text import (
    TsCode,
    TsIdentifier,
    doc_block,
    line_comment,
    property_key,
    ts_identifier,
    ts_literal,
)
from codegen.typescript.types import method_entry, names_in, ts_type, variable_type

TEMPLATES = Path(__file__).resolve().parents[1] / "templates" / "ts"

#: The npm package.
PACKAGE_NAME = "swml-verbs"
#: The compiler, pinned exactly: its version shapes dist/ (a new one is a reviewed change).
TYPESCRIPT_VERSION = "5.9.3"
TYPESCRIPT_INTEGRITY = (
    "sha512-"
    "jl1vZzPDinLr9eUt3J/t7V6FgNEw9QjvBPdysz9KfQDD41fQrC2Y4vKQdiaUpFT4bXlb1RHhLpp8wtm6M5TgSw=="
)
#: The formatter of src/, pinned exactly for the same reason (its options are the package's
#: .prettierrc.json, codegen/templates/ts/prettierrc.json.jinja).
PRETTIER_VERSION = "3.10.1"
PRETTIER_INTEGRITY = (
    "sha512-"
    "70vp3ZUYoPlFbF9uiTdXHUUCGEIp7d4+6p+8DYbkm2jP7x/3i/paXVF6dopSI3zd/CEitrZN1rc4i85xWmmXlg=="
)
#: prettier's options, a file of the package: the only configuration prettier reads.
PRETTIER_CONFIG = ".prettierrc.json"
NODE_ENGINES = ">=18"
#: The package's files beside src/ that are rendered from a template of the same name: the
#: build (``build.mjs``: dist/ as ES modules, dist/cjs/ as CommonJS, by the two tsconfigs) and
#: what npm and the README need.
PACKAGE_FILES = (
    "package.json",
    "package-lock.json",
    "tsconfig.json",
    "tsconfig.cjs.json",
    "build.mjs",
    "README.md",
)

#: Names the generated modules define or use beside the spec's: a model or value set may not
#: take one of them.
RESERVED_NAMES = frozenset(
    {
        "SWML",
        "FunctionResult",
        "InvalidArgumentError",
        "JsonValue",
        "JsonObject",
        "SwmlVariable",
        "SwmlMethod",
        "SwmlDocument",
        "SwaigResponse",
        "Joined",
        "Options",
        "Array",
        "Error",
        "JSON",
        "Map",
        "Number",
        "Object",
        "RegExp",
        "Set",
        "String",
        "Symbol",
        "Math",
    }
)

#: What the runtime module exports, for the imports of the modules that use them.
RUNTIME_VALUES = (
    "Invalid",
    "InvalidArgumentError",
    "MISSING",
    "actionArgument",
    "asList",
    "asObject",
    "byCodePoint",
    "cpLength",
    "ecmaPattern",
    "firstOf",
    "helperAction",
    "helperValue",
    "flagGives",
    "clamped",
    "isBlank",
    "isInteger",
    "isPlainObject",
    "isNumber",
    "isVar",
    "joinValues",
    "jsonCopy",
    "keyCount",
    "missingKey",
    "objectArgument",
    "options",
    "own",
    "pickVariant",
    "pyRepr",
    "setKey",
    "swmlDocument",
    "unionArgument",
    "unknownKeys",
    "urlPattern",
    "valueArgument",
)
#: The runtime values the frame of validate.ts (validate.ts.jinja) uses beside its shapes'.
_VALIDATE_FRAME_VALUES = (
    "Invalid",
    "MISSING",
    "byCodePoint",
    "documentProblem",
    "fitting",
    "isPlainObject",
    "keyCount",
    "own",
    "tooDeep",
    "unknownKeyText",
)
RUNTIME_TYPES = (
    "Checker",
    "Joined",
    "JsonObject",
    "JsonValue",
    "Options",
    "SwmlDocument",
    "SwmlVariable",
    "Variant",
)
#: Class members of SWML and FunctionResult a verb's method name may not take.
_MEMBERS = frozenset(
    {
        "constructor",
        "section",
        "toDict",
        "toJSON",
        "toJsonString",
        "toString",
        "response",
        "action",
        "postProcess",
        "setResponse",
        "setPostProcess",
        "addAction",
        "addActions",
        "executeSwml",
    }
)


class UnsafeTemplateValue(TypeError):
    pass


def _finalize(value: Any) -> Any:
    if isinstance(value, TsCode) or (
        isinstance(value, (int, float)) and not isinstance(value, bool)
    ):
        return value
    raise UnsafeTemplateValue(
        f"template printed {type(value).__name__} {value!r} without a filter; "
        "use |lit for values and |doc for prose"
    )


def _names(names: Any) -> TsCode:
    items = list(names)
    if not all(isinstance(n, TsIdentifier) for n in items):
        raise UnsafeTemplateValue(f"not identifiers: {items!r}")
    return TsCode(", ".join(items))


def _braces(names: Any) -> TsCode:
    """``{ a, b }`` for an import or export list; one name a line when that is long."""
    text = _names(names)
    if len(text) <= 80:
        return TsCode("{ " + text + " }")
    return TsCode("{\n" + "".join(f"  {n},\n" for n in text.split(", ")) + "}")


def environment(templates: Path | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates or TEMPLATES),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=False,  # not HTML: safety comes from _finalize and the filters
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["lit"] = ts_literal
    env.filters["doc"] = lambda text, indent="": doc_block(str(text), indent)
    env.filters["comment"] = line_comment
    env.filters["names"] = _names
    env.filters["braces"] = _braces
    env.filters["json"] = lambda value: TsCode(json.dumps(value, indent=2, ensure_ascii=True))
    return env


def header_lines(header_comment: str) -> TsCode:
    """``// `` lines of the header text (``#`` markers of a Python header are dropped)."""
    lines = [re.sub(r"^#\s?", "", line) for line in header_comment.strip().splitlines()]
    return TsCode("\n".join(f"// {line_comment(line)}".rstrip() for line in lines if line.strip()))


def _used(names: tuple[str, ...] | list[str], source: str) -> list[TsIdentifier]:
    return [ts_identifier(n) for n in names if re.search(rf"(?<![\w$.]){re.escape(n)}\b", source)]


def _check_names(package: Package) -> None:
    seen: dict[str, str] = {}
    for kind, names in (("model", package.models), ("value set", package.enums)):
        for name in names:
            if name in RESERVED_NAMES:
                raise GenerationError(f"TypeScript: {kind} name {name!r} is one the package uses")
            if name in seen:
                raise GenerationError(f"TypeScript: {name!r} is both a {seen[name]} and a {kind}")
            seen[name] = kind
    for alias in package.aliases:
        if alias in seen or alias in RESERVED_NAMES:
            raise GenerationError(f"TypeScript: union name {alias!r} is taken")
    for verb in package.verbs:
        if verb.names.camel in _MEMBERS:
            raise GenerationError(
                f"TypeScript: verb {verb.wire_name!r} would be method {verb.names.camel!r}, "
                "which SWML or FunctionResult already has"
            )


def _enum_source(enum: EnumDef) -> TsCode:
    members: list[str] = []
    names = []
    for member in enum.members:
        name = pascal(member.name)
        if name in names:
            raise GenerationError(f"TypeScript: {enum.name} has two members named {name}")
        names.append(name)
        block = doc_block(str(member.description), "  ")
        if block:
            members.append(block)
        members.append(f"  {property_key(name)}: {ts_literal(member.value)},")
    union = " | ".join(ts_literal(v) for v in enum.values)
    users = ", ".join(f"`{u}`" for u in enum.users)
    description = str(enum.description) + (f"\n\nUsed at {users}." if users else "")
    lines = [
        doc_block(description, ""),
        f"export type {enum.name} = {union};",
        "",
        doc_block(f"The values of {enum.name} by name: `{enum.name}.{names[0]}`.", ""),
        f"export const {enum.name} = Object.freeze({{",
        *members,
        "} as const);",
    ]
    return TsCode("\n".join(lines))


def _model_source(model: Model, package: Package) -> TsCode:
    members: list[Member] = [
        (
            f.names.wire,
            ts_type(f.type, package),
            f.required,
            with_meanings(str(f.description), f.type, package, f.pointer),
            _tags(f.default, f.deprecated),
        )
        for f in model.fields
    ]
    open_type = None if model.extra is None else "unknown"
    text = str(model.description) or f"The `{model.name}` object."
    text += f"\n\nSpec: `{model.pointer}`."
    return interface(model.name, text, members, open_type=open_type)


def render_typescript(
    package: Package,
    header_comment: str,
    plan: Plan | None = None,
    *,
    version: str = UNRECORDED_VERSION,
) -> dict[str, str]:
    """Every file of generated/ts/ but ``dist/``: relative path -> text; ``version`` is the npm
    package's (``codegen/release.py``)."""
    _check_names(package)
    env = environment()
    header = header_lines(header_comment)
    plan = plan or make_plan(package)
    em = TsEmitter(plan)
    functions = [em.function(checker) for checker in plan.checker_list]
    verbs = [(verb.wire_name, name_of(ref)) for verb, ref in plan.verbs]
    swml = [swml_method(method, em) for method in plan.swml]
    actions = [function_result_method(method, em) for method in plan.function_result]
    actions += [helper_method(helper, em) for helper in package.helpers]
    for table in plan.tables:
        em.constants[em.table_name(table)] = em.table(table)
    # Before the constants are listed: a shape's inline tests use checks.ts's constants.
    shapes = [(name_of(ref), em.shape(shape)) for ref, shape in plan.shapes]
    functions.extend(em.helper_sources())
    checks_source = "\n".join(functions) + "\n".join(em.constants.values())
    constants = sorted(em.constants.items())
    base = {"header": header}
    files: dict[str, str] = {}
    files["src/runtime.ts"] = env.get_template("runtime.ts.jinja").render(
        **base,
        var_pattern=package.var_pattern,
        variable_type=variable_type(package.var_pattern),
    )
    files["src/checks.ts"] = env.get_template("checks.ts.jinja").render(
        **base,
        constants=[(ts_identifier(n), TsCode(v)) for n, v in constants],
        functions=[TsCode(f) for f in functions],
        verbs=[(w, f) for w, f in verbs],
        method_expected=em.lit_expected(MethodType()),
        runtime_values=sorted(
            set(_used(RUNTIME_VALUES, checks_source))
            | set(map(ts_identifier, ("Invalid", "asObject", "byCodePoint", "pyRepr", "setKey")))
        ),
    )
    type_names = set(package.models) | set(package.enums) | set(package.aliases)
    files["src/enums.ts"] = env.get_template("enums.ts.jinja").render(
        **base, enums=[_enum_source(e) for e in package.enums.values()]
    )
    models = [_model_source(m, package) for m in package.models.values()]
    aliases = [
        TsCode(
            doc_block(f"A `{name}` value: one of its variants.", "")
            + f"\nexport type {name} = {ts_type(union, package)};"
        )
        for name, union in package.aliases.items()
    ]
    swml_method_type = TsCode(
        "export type SwmlMethod =\n"
        + "\n".join(f"  | {method_entry(package, v.wire_name)}" for v in package.verbs)
        + ";"
    )
    models_source = "\n".join([*models, *aliases, swml_method_type])
    files["src/models.ts"] = env.get_template("models.ts.jinja").render(
        **base,
        models=models,
        aliases=aliases,
        swml_method=swml_method_type,
        enum_imports=_imports(names_in(_code_only(models_source)), set(package.enums)),
        runtime_types=_imports(names_in(_code_only(models_source)), set(RUNTIME_TYPES)),
    )
    # fromDict checks a whole document with the root model's checker.
    document_checker = None if package.document is None else name_of(Ref("model", package.document))
    files["src/swml.ts"] = _class_module(
        env,
        "swml.ts.jinja",
        base,
        swml,
        package,
        values=("InvalidArgumentError", "setKey")
        + (("checkDocument", "isPlainObject", "readJson") if document_checker else ()),
        types=("JsonObject", "JsonValue", "Options", "SwmlDocument"),
        extra_checks=(document_checker,) if document_checker else (),
        document_checker=document_checker,
    )
    if document_checker is not None:
        shapes_source = "\n".join(f"{fn} {shape}" for fn, shape in shapes)
        defined = [name_of(METHOD), *(name_of(c.ref) for c in plan.checker_list), *em.constants]
        files["src/validate.ts"] = env.get_template("validate.ts.jinja").render(
            **base,
            shapes=[(ts_identifier(fn), TsCode(shape)) for fn, shape in shapes],
            document_checker=ts_identifier(document_checker),
            check_imports=sorted(
                {*_used(defined, shapes_source), *map(ts_identifier, ("VERBS", document_checker))}
            ),
            runtime_values=sorted(
                {*_used(RUNTIME_VALUES, shapes_source), *map(ts_identifier, _VALIDATE_FRAME_VALUES)}
            ),
        )
    # executeSwml checks what it appends as the spec's SWML action, where the spec has one.
    swml_action_check = (
        None if package.swml_action is None else name_of(Ref("model", package.swml_action))
    )
    files["src/function-result.ts"] = _class_module(
        env,
        "function-result.ts.jinja",
        base,
        actions,
        package,
        values=("isPlainObject", "setKey")
        + (("MISSING", "helperAction", "swmlDocument") if swml_action_check else ()),
        types=("JsonObject", "JsonValue", "Options"),
        extra_checks=(swml_action_check,) if swml_action_check else (),
        swml_action_check=swml_action_check,
    )
    swml_options = _interface_names(swml)
    action_options = _interface_names(actions)
    for name in [*swml_options, *action_options]:
        if name in type_names or name in RESERVED_NAMES:
            raise GenerationError(f"TypeScript: options type {name!r} is also another name")
    files["src/index.ts"] = env.get_template("index.ts.jinja").render(
        **base,
        validate=document_checker is not None,
        enums=[ts_identifier(e) for e in package.enums],
        models=[ts_identifier(m) for m in [*package.models, *package.aliases]],
        swml_options=swml_options,
        action_options=action_options,
    )
    text = " ".join(line.removeprefix("// ") for line in header.splitlines())
    context = {
        "header_text": TsCode(text.replace("--", "- -")),
        "hash_header": TsCode(header.replace("//", "#")),
        "typescript_bare": TsCode(TYPESCRIPT_VERSION),
        "name": TsCode(json.dumps(PACKAGE_NAME)),
        "version": TsCode(json.dumps(version)),
        "typescript": TsCode(json.dumps(TYPESCRIPT_VERSION)),
        "integrity": TsCode(json.dumps(TYPESCRIPT_INTEGRITY)),
        "prettier_bare": TsCode(PRETTIER_VERSION),
        "prettier": TsCode(json.dumps(PRETTIER_VERSION)),
        "prettier_integrity": TsCode(json.dumps(PRETTIER_INTEGRITY)),
        "engines": TsCode(json.dumps(NODE_ENGINES)),
    }
    for file_name in PACKAGE_FILES:
        files[file_name] = env.get_template(f"{file_name}.jinja").render(**base, **context)
    files[".gitignore"] = env.get_template("gitignore.jinja").render(**base, **context)
    files[PRETTIER_CONFIG] = env.get_template("prettierrc.json.jinja").render(**base, **context)
    return dict(sorted(files.items()))


def _interface_names(methods: list[Rendered]) -> list[TsIdentifier]:
    names = []
    for r in methods:
        for source in r.interfaces:
            found = re.search(r"^export interface (\w+)", source, re.MULTILINE)
            if found and found.group(1) not in names:
                names.append(found.group(1))
    return [ts_identifier(n) for n in names]


def _code_only(source: str) -> str:
    """``source`` without its comments (doc blocks cannot hold ``*/``: ``doc_lines``)."""
    return re.sub(r"/\*.*?\*/|//[^\n]*", "", source, flags=re.DOTALL)


def _imports(mentioned: set[str], available: set[str]) -> list[TsIdentifier]:
    return [ts_identifier(n) for n in sorted(mentioned & available)]


def _class_module(
    env: jinja2.Environment,
    template: str,
    base: dict[str, Any],
    methods: list[Rendered],
    package: Package,
    *,
    values: tuple[str, ...],
    types: tuple[str, ...],
    extra_checks: tuple[str, ...] = (),
    document_checker: str | None = None,
    swml_action_check: str | None = None,
) -> str:
    constants = sorted({k: v for r in methods for k, v in r.constants.items()}.items())
    interfaces = [i for r in methods for i in r.interfaces]
    source = "\n".join([*(r.method for r in methods), *(v for _, v in constants)])
    mentioned = names_in(_code_only("\n".join([*interfaces, *(r.method for r in methods)])))
    checks = sorted(set(re.findall(r"\b(check\w+|_[A-Za-z]\w*)\(", source)) - {"_check"})
    checks += sorted(
        set(re.findall(r"(?:(?<=, )|(?<=\[))(check\w+|_[A-Za-z]\w*)(?=[,)\]])", source))
        - set(checks)
    )
    return env.get_template(template).render(
        **base,
        methods=[r.method for r in methods],
        constants=[(ts_identifier(n), TsCode(v)) for n, v in constants],
        interfaces=interfaces,
        check_imports=[ts_identifier(c) for c in sorted(set(checks) | set(extra_checks))],
        document_checker=document_checker and ts_identifier(document_checker),
        swml_action_check=swml_action_check and ts_identifier(swml_action_check),
        runtime_values=sorted(set(_used(RUNTIME_VALUES, source)) | set(map(ts_identifier, values))),
        runtime_types=_imports(mentioned | names_in(source) | set(types), set(RUNTIME_TYPES)),
        enum_imports=_imports(mentioned, set(package.enums)),
        model_imports=_imports(mentioned, {*package.models, *package.aliases, "SwmlMethod"}),
    )


# -- build ----------------------------------------------------------------------------------------


def _run(args: list[str], cwd: Path, what: str) -> None:
    try:
        proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise GenerationError(f"{what}: {args[0]} is not installed ({exc})") from exc
    if proc.returncode != 0:
        raise GenerationError(f"{what} failed:\n{proc.stdout}{proc.stderr}")


def node_modules_cache(
    files: dict[str, str], cache: Path | None = None, *, package: str = "typescript"
) -> Path:
    """A directory holding ``node_modules`` for this package.json and lock (TypeScript and
    prettier), installed once with ``npm ci`` (``$SWML_VERBS_NPM_CACHE``, else
    ``~/.cache/swml-verbs/npm``, one directory per lock file). ``package`` is one the lock
    installs, whose presence means an earlier install is there (the tests' own lock of other
    compilers, tests/ts/consumers/, names one of its own)."""
    lock = files["package-lock.json"].encode() + b"\0" + files["package.json"].encode()
    key = hashlib.sha256(lock).hexdigest()[:16]
    root = cache or Path(
        os.environ.get("SWML_VERBS_NPM_CACHE") or Path.home() / ".cache" / "swml-verbs" / "npm"
    )
    target = root / key
    if (target / "node_modules" / package / "package.json").is_file():
        return target
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=root))
    try:
        for name in ("package.json", "package-lock.json"):
            (staging / name).write_text(files[name], encoding="utf-8", newline="\n")
        npm = shutil.which("npm") or "npm"
        _run(
            [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
            staging,
            "npm ci",
        )
        try:
            staging.rename(target)
        except OSError:
            if not (target / "node_modules").is_dir():  # not another process's install
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


@functools.cache
def _node_version(node: str) -> str:
    proc = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
    return proc.stdout.strip()


def _cache_key(stage: str, files: dict[str, str], node: str) -> str:
    """What a stage's output is a function of: every file it reads (among them the lock, which
    pins prettier and ``tsc``) and the node that runs it."""
    digest = hashlib.sha256(stage.encode() + b"\0node\0" + _node_version(node).encode() + b"\0")
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name].encode() + b"\0")
    return digest.hexdigest()[:32]


def _sources(files: dict[str, str]) -> list[str]:
    return sorted(n for n in files if n.startswith("src/") and n.endswith(".ts"))


def format_typescript(
    files: dict[str, str], *, cache: Path | None = None, reuse: bool = True
) -> dict[str, str]:
    """``files`` with every ``src/*.ts`` as the pinned prettier prints it. Raises
    GenerationError when npm or prettier fails (a syntax error in a source).

    prettier reads the package's ``.prettierrc.json`` (``--config``) and nothing else: no
    configuration file or ``.editorconfig`` of the directories above, no ignore file (it runs in
    a fresh directory holding only the config and the sources), no plugins. It takes seconds:
    with ``reuse``, the sources formatted earlier from byte-identical inputs (the package files,
    the sources and the node version; the lock pins prettier) are taken from a cache file next
    to ``node_modules`` instead."""
    if PRETTIER_CONFIG not in files:
        raise GenerationError(f"TypeScript: the package has no {PRETTIER_CONFIG} to format with")
    sources = _sources(files)
    installed = node_modules_cache(files, cache)
    node = shutil.which("node") or "node"
    stored = installed.parent / f"format-{_cache_key('prettier', files, node)}.json"
    formatted = _load_formatted(stored, sources) if reuse else None
    if formatted is None:
        with tempfile.TemporaryDirectory(prefix="swml-prettier-") as tmp:
            work = Path(tmp)
            for name in [PRETTIER_CONFIG, *sources]:
                path = work / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(files[name], encoding="utf-8", newline="\n")
            prettier = installed / "node_modules" / "prettier" / "bin" / "prettier.cjs"
            options = ["--config", PRETTIER_CONFIG, "--no-editorconfig", "--no-cache"]
            options += ["--ignore-path", ".no-ignore-file", "--log-level", "warn"]
            _run([node, str(prettier), *options, "--write", *sources], work, "prettier")
            formatted = {n: (work / n).read_text(encoding="utf-8") for n in sources}
        _store_formatted(stored, formatted)
    return dict(sorted({**files, **formatted}.items()))


def build_typescript(
    files: dict[str, str], workdir: Path, *, cache: Path | None = None, reuse: bool = True
) -> dict[str, str]:
    """Write ``files`` (formatted: ``format_typescript``) into ``workdir``, build ``dist/`` with
    the package's ``build.mjs`` and the pinned ``tsc`` (the ES modules, the CommonJS build in
    ``dist/cjs/``, their declarations) and return every file of the package (relative path ->
    text), ``dist/`` included. Raises GenerationError when npm or tsc fails; ``workdir`` is the
    caller's to remove.

    ``tsc`` takes seconds, and ``generate --check`` runs often on unchanged sources: with
    ``reuse``, ``dist/`` compiled earlier from byte-identical inputs (package files, sources and
    node version; the lock pins ``tsc``) is taken from the cache next to ``node_modules``
    instead. Only a successful compilation is stored, written aside and renamed into place."""
    for name, text in files.items():
        path = workdir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    installed = node_modules_cache(files, cache)
    node = shutil.which("node") or "node"
    stored = installed.parent / f"dist-{_cache_key('tsc', files, node)}"
    if not (reuse and (stored / "complete").is_file()):
        tsc = installed / "node_modules" / "typescript" / "bin" / "tsc"
        _run([node, "build.mjs", str(tsc)], workdir, "tsc")
        _store(workdir / "dist", stored)
    else:
        shutil.copytree(stored / "dist", workdir / "dist")
        (stored / "complete").touch()
    out = dict(files)
    for path in sorted((workdir / "dist").rglob("*")):
        if path.is_file():
            out[path.relative_to(workdir).as_posix()] = path.read_text(encoding="utf-8")
    return dict(sorted(out.items()))


#: Compiled ``dist/`` trees and formatted sources kept in the cache (the most recently used).
KEEP_COMPILED = 8


def _load_formatted(stored: Path, sources: list[str]) -> dict[str, str] | None:
    """The formatted sources of an earlier run, or None (none, or not these files)."""
    try:
        found = json.loads(stored.read_text(encoding="utf-8"))
        os.utime(stored)
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or sorted(found) != sources:
        return None
    if not all(isinstance(text, str) for text in found.values()):
        return None
    return found


def _store_formatted(stored: Path, formatted: dict[str, str]) -> None:
    """Keep formatted sources for ``format_typescript(reuse=True)``, written aside and renamed
    into place; a failure here only costs a later run its shortcut."""
    try:
        fd, staging = tempfile.mkstemp(prefix=f".{stored.name}-", dir=stored.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            json.dump(formatted, handle, sort_keys=True)
        os.replace(staging, stored)
    except OSError:
        Path(staging).unlink(missing_ok=True)
        return
    _prune([(p, p) for p in stored.parent.glob("format-*.json")])


def _store(dist: Path, stored: Path) -> None:
    """Keep a compiled ``dist/`` for ``build_typescript(reuse=True)``, and only the
    ``KEEP_COMPILED`` most recently used; a failure here only costs a later build its shortcut."""
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{stored.name}-", dir=stored.parent))
    except OSError:
        return
    try:
        shutil.copytree(dist, staging / "dist")
        (staging / "complete").write_text("", encoding="utf-8")
        shutil.rmtree(stored, ignore_errors=True)
        staging.rename(stored)
    except OSError:
        pass
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _prune([(entry / "complete", entry) for entry in stored.parent.glob("dist-*")])


def _prune(entries: list[tuple[Path, Path]]) -> None:
    """Remove all but the ``KEEP_COMPILED`` most recently used of (marker, entry) pairs, by the
    marker's modification time."""
    used: list[tuple[float, Path]] = []
    for marker, entry in entries:
        try:
            used.append((marker.stat().st_mtime, entry))
        except OSError:  # being written or removed by another process
            continue
    for _, old in sorted(used, reverse=True)[KEEP_COMPILED:]:
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)


__all__ = [
    "PRETTIER_VERSION",
    "TEMPLATES",
    "TYPESCRIPT_VERSION",
    "build_typescript",
    "format_typescript",
    "render_typescript",
]
