"""From spec to files: render everything in memory, prove it, then compare or replace.

Nothing under the output directory changes unless every stage succeeded, for every language asked
for: the Python package is rendered into a temporary directory, formatted there, compiled and
imported in a fresh interpreter; the TypeScript package (codegen/typescript/) is rendered,
formatted by the pinned prettier and compiled by the pinned ``tsc`` in another; both are then
written beside their targets and only then swapped in with renames. ``--check`` stops before
writing and prints a unified diff.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from codegen.build import validate
from codegen.docs.render import render_docs
from codegen.errors import GenerationError, SpecError, SpecProblem
from codegen.ir import Package
from codegen.loader import Spec, load
from codegen.python.render import render_python
from codegen.release import UNRECORDED_VERSION, load_record
from codegen.render import TEMPLATE_SETS, header, inputs_hash
from codegen.spec_package import load_package
from codegen.text import Identifier
from codegen.typescript import generate as typescript

PACKAGE = Identifier("swml_verbs")

#: ruff is pinned in pyproject.toml and run isolated from any user configuration, so the same
#: spec gives the same bytes on every machine.
RUFF_ARGS = ["--isolated", "--line-length", "100", "--target-version", "py310"]
# E501 is left to the formatter: spec prose in docstrings may run past the line length.
RUFF_RULES = "E,F,W,I,UP,B,SIM,RUF"
RUFF_IGNORE = "E501"


def display_name(ref: str) -> str:
    """The spec as headers show it: relative to the working directory, never a machine path."""
    path, _, pointer = ref.partition("#")
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            candidate = Path(candidate.name)
    return candidate.as_posix() + (f"#{pointer}" if pointer else "")


def render(
    package: Package, ref: str, raw: bytes, version: str = UNRECORDED_VERSION
) -> dict[str, str]:
    """Every file of the Python package (relative path -> text), unformatted; ``ref`` and
    ``raw`` (the spec as given and its bytes) make the header, ``version`` is ``__version__``."""
    head = header(display_name(ref), inputs_hash(raw))
    files = render_python(package, {"header": head, "package": PACKAGE}, version=version)
    files["py.typed"] = head
    return dict(sorted(files.items()))


def load_spec(ref: str) -> Spec:
    """``spec/`` (upstream's document plus our overlays) or one SWML schema file."""
    if Path(ref).is_dir():
        return load_package(Path(ref))
    if "#" in ref and ref.partition("#")[2]:
        raise SpecError(
            [
                SpecProblem(
                    ref.partition("#")[0],
                    "#" + ref.partition("#")[2],
                    "generate takes a whole SWML document, not a pointer into one",
                    "a spec directory (spec/) or a SWML schema file such as SWMLObject.json",
                )
            ]
        )
    return load(ref)


def _run(args: list[str], cwd: Path) -> None:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise GenerationError(f"{' '.join(args[2:5])} failed:\n{proc.stdout}{proc.stderr}")


def finish(files: dict[str, str], workdir: Path) -> dict[str, str]:
    """Format, compile and import the package in ``workdir``; return the final texts."""
    package = workdir / PACKAGE
    package.mkdir()
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8", newline="\n")
    ruff = [sys.executable, "-m", "ruff"]
    _run(
        [
            *ruff,
            "check",
            *RUFF_ARGS,
            "--select",
            RUFF_RULES,
            "--ignore",
            RUFF_IGNORE,
            "--fix",
            "--quiet",
            PACKAGE,
        ],
        workdir,
    )
    _run([*ruff, "format", *RUFF_ARGS, "--quiet", PACKAGE], workdir)
    result = {n: (package / n).read_text(encoding="utf-8") for n in files}
    for name, text in result.items():
        if name.endswith(".py"):
            try:
                compile(text, f"{PACKAGE}/{name}", "exec")
            except SyntaxError as exc:
                raise GenerationError(f"generated {name} does not compile: {exc}") from exc
    # Every module the package has, so that a name one of them imports and another lacks is
    # found here, not by a user.
    modules = ", ".join(
        f"{PACKAGE}.{Path(name).stem}" for name in sorted(files) if name.endswith(".py")
    )
    probe = f"import {modules}; {PACKAGE}.FunctionResult, {PACKAGE}.SWML"
    env = {**os.environ, "PYTHONPATH": str(workdir), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise GenerationError(f"generated package does not import:\n{proc.stderr}")
    return result


def current(target: Path) -> dict[str, str]:
    if not target.is_dir():
        return {}
    # Every file counts, so a stray one shows in --check and goes with the next swap.
    return {
        p.name: p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(target.iterdir())
        if p.is_file()
    }


def unified_diff(old: dict[str, str], new: dict[str, str], prefix: str) -> str:
    """The diff of two file sets; ``prefix`` is their directory ("" for files named in full)."""
    prefix = f"{prefix}/" if prefix else ""
    chunks: list[str] = []
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        chunks.extend(
            difflib.unified_diff(
                (a or "").splitlines(keepends=True),
                (b or "").splitlines(keepends=True),
                fromfile=f"a/{prefix}{name}" if a is not None else "/dev/null",
                tofile=f"b/{prefix}{name}" if b is not None else "/dev/null",
            )
        )
    return "".join(chunks)


def stage(target: Path, files: dict[str, str]) -> Path:
    """The new package written beside ``target`` (same filesystem), for ``swap``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{PACKAGE}-new-", dir=target.parent))
    try:
        for name, text in files.items():
            (staging / name).write_text(text, encoding="utf-8", newline="\n")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def swap(target: Path, staging: Path) -> None:
    """Put a staged package in ``target``'s place; stale files go with the old one."""
    backup = target.parent / f".{PACKAGE}-old"
    shutil.rmtree(backup, ignore_errors=True)
    if target.exists():
        target.rename(backup)
    try:
        staging.rename(target)
    except OSError:
        if backup.exists():
            backup.rename(target)  # put the old package back rather than leave none
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(backup, ignore_errors=True)


def replace(target: Path, files: dict[str, str]) -> None:
    """Swap the new package in with renames on the same filesystem."""
    swap(target, stage(target, files))


#: The tools that shape the generated bytes, at the versions pinned in pyproject.toml (a test keeps
#: the two in step). Another version is refused: it would show as a spurious diff, or hide one.
PINNED_TOOLS = {"ruff": "0.17.6"}


def check_tools() -> None:
    for name, pinned in PINNED_TOOLS.items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "not installed"
        if installed != pinned:
            raise GenerationError(
                f"{name} {installed} cannot be used: generated/ is made with {name}=={pinned}, "
                "pinned in pyproject.toml; run `nox -s generate` or `pip install -e '.[dev]'`"
            )


#: The languages ``python -m codegen generate`` writes, each into its directory under ``--out``.
LANGUAGES = ("python", "typescript")
#: Everything it writes: the packages, and the reference pages with their site's configuration
#: (``docs/``, made from the same IR and plan; codegen/docs/).
TARGETS = (*LANGUAGES, "docs")
#: Where the reference pages go under the output directory.
DOCS = "docs"


@dataclass(frozen=True)
class Output:
    """One language's package: where it goes, its files as made now and as they are there."""

    target: Path
    new: dict[str, str]
    old: dict[str, str]
    prefix: str
    stage: Callable[[Path, dict[str, str]], Path]
    swap: Callable[[Path, Path], None]


def generate(
    ref: str,
    out: Path,
    *,
    check: bool = False,
    languages: Sequence[str] = ("python",),
    changelog: tuple[Path, str] | None = None,
) -> tuple[bool, str]:
    """(changed, diff) of ``out/swml_verbs`` and, with ``"typescript"`` in ``languages``,
    ``out/ts``, with ``"docs"`` the reference pages in ``out/docs``, and of ``changelog``, a file
    and its text (``codegen/changelog.py``), when it is given. Both packages carry the newest
    version of the spec directory's release record (``codegen/release.py``). Raises SpecError or
    GenerationError with nothing written.

    The command line asks for all three and the changelog; the default here is the Python
    package alone, which is what the generator's own tests (construct goldens, atomicity)
    exercise."""
    unknown = sorted(set(languages) - set(TARGETS))
    if unknown or not languages:
        raise GenerationError(f"languages must be some of {', '.join(TARGETS)}, not {unknown}")
    check_tools()
    spec = load_spec(ref)
    record = load_record(Path(ref)) if Path(ref).is_dir() else None
    version = UNRECORDED_VERSION if record is None else record.newest.version
    # Built once, for every language: both renderers read the same package.
    package = validate(spec)
    outputs: list[Output] = []
    if changelog is not None:
        path, text = changelog
        outputs.append(
            Output(
                path,
                {path.name: text},
                current_file(path),
                _file_prefix(path),
                stage_file,
                swap_file,
            )
        )
    if "python" in languages:
        files = render(package, ref, spec.raw, version)
        with tempfile.TemporaryDirectory(prefix="swml-codegen-") as tmp:
            final = finish(files, Path(tmp))
        target = out / PACKAGE
        outputs.append(Output(target, final, current(target), _prefix(out, PACKAGE), stage, swap))
    if "typescript" in languages:
        final = typescript.render_all(package, display_name(ref), spec.raw, version)
        target = out / typescript.DIRECTORY
        outputs.append(
            Output(
                target,
                final,
                typescript.current(target),
                _prefix(out, typescript.DIRECTORY),
                typescript.stage,
                typescript.swap,
            )
        )
    if "docs" in languages:
        templates = TEMPLATE_SETS["docs"]
        head = header(display_name(ref), inputs_hash(spec.raw, templates), templates)
        text = "\n".join(line.removeprefix("# ") for line in head.splitlines())
        target = out / DOCS
        outputs.append(
            Output(
                target,
                render_docs(package, text),
                typescript.current(target),
                _prefix(out, DOCS),
                typescript.stage,
                typescript.swap,
            )
        )
    changed = [o for o in outputs if o.new != o.old]
    diff = "".join(unified_diff(o.old, o.new, o.prefix) for o in changed)
    if changed and not check:
        # Everything is written beside its target first; only renames remain after that.
        staged: list[tuple[Output, Path]] = []
        try:
            for o in changed:
                staged.append((o, o.stage(o.target, o.new)))
        except BaseException:
            for _, staging in staged:
                shutil.rmtree(staging, ignore_errors=True)
            raise
        for o, staging in staged:
            o.swap(o.target, staging)
    return bool(changed), diff


def current_file(path: Path) -> dict[str, str]:
    """A single generated file (the changelog) as ``current`` gives a package's files."""
    return {path.name: path.read_text(encoding="utf-8")} if path.is_file() else {}


def stage_file(target: Path, files: dict[str, str]) -> Path:
    """The new file written in a directory beside ``target`` (same filesystem), for
    ``swap_file``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-new-", dir=target.parent))
    (staging / target.name).write_text(files[target.name], encoding="utf-8", newline="\n")
    return staging


def swap_file(target: Path, staging: Path) -> None:
    (staging / target.name).replace(target)
    staging.rmdir()


def _file_prefix(path: Path) -> str:
    """The directory of a file as a diff names it ("" in the working directory)."""
    if path.is_absolute() or path.parent == Path("."):
        return ""
    return path.parent.as_posix()


def _prefix(out: Path, name: str) -> str:
    """The directory as a diff names it: relative to the working directory, never a machine
    path."""
    return (out / name).as_posix() if not out.is_absolute() else name
