"""generated/ts/ from the spec: render, build in a temporary directory, then compare or swap.

``python -m codegen.typescript [--check] [--spec spec] [--out generated/ts]`` does what the
Python package's ``python -m codegen generate`` does, for the TypeScript package: nothing under
the output directory changes unless rendering and ``tsc`` succeeded, and ``--check`` writes
nothing and exits 1 with a unified diff when the committed files are stale. ``node_modules/`` in
the output directory (a developer's ``npm ci``) is neither compared nor removed.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from codegen.build import build
from codegen.errors import SpecError
from codegen.loader import load_package, validate
from codegen.render import header, inputs_hash
from codegen.typescript.render import build_typescript, render_typescript

#: Directories of generated/ts/ that are not the generator's (never compared or removed).
KEPT = ("node_modules",)


def header_text(spec_name: str, spec_bytes: bytes) -> str:
    """The header the Python package's files carry, as plain text (no comment markers)."""
    return "\n".join(
        line.removeprefix("# ") for line in header(spec_name, inputs_hash(spec_bytes)).splitlines()
    )


def render_all(spec_dir: Path, spec_name: str = "spec") -> dict[str, str]:
    """Every file of generated/ts/, ``dist/`` included (rendered, then compiled by ``tsc``)."""
    spec = load_package(spec_dir)
    problems = validate(spec)
    if problems:
        raise SpecError(problems)
    files = render_typescript(build(spec), header_text(spec_name, spec.raw))
    with tempfile.TemporaryDirectory(prefix="swml-ts-") as tmp:
        return build_typescript(files, Path(tmp))


def current(target: Path) -> dict[str, str]:
    """The files under ``target`` (relative path -> text), but ``node_modules/``."""
    if not target.is_dir():
        return {}
    return {
        p.relative_to(target).as_posix(): p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(target.rglob("*"))
        if p.is_file() and p.relative_to(target).parts[0] not in KEPT
    }


def replace(target: Path, files: dict[str, str]) -> None:
    """Swap the new tree in with renames on the same filesystem (``node_modules`` moves over)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-new-", dir=target.parent))
    for name, text in files.items():
        path = staging / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    for kept in KEPT:
        if (target / kept).is_dir():
            (target / kept).rename(staging / kept)
    backup = target.parent / f".{target.name}-old"
    shutil.rmtree(backup, ignore_errors=True)
    if target.exists():
        target.rename(backup)
    try:
        staging.rename(target)
    except OSError:
        if backup.exists():
            backup.rename(target)
        raise
    shutil.rmtree(backup, ignore_errors=True)
