"""generated/ts/ from the spec: render, build in a temporary directory, then compare or swap.

``python -m codegen generate`` calls these beside the Python package's stages (codegen/output.py):
nothing under the output directory changes unless rendering and ``tsc`` succeeded for both
languages, and ``--check`` writes nothing. ``node_modules/`` in the output directory (a
developer's ``npm ci``) is neither compared nor removed.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from codegen.ir import Package
from codegen.render import TEMPLATE_SETS, header, inputs_hash
from codegen.typescript.render import build_typescript, format_typescript, render_typescript

#: Where the package goes under the output directory (generated/ts/).
DIRECTORY = "ts"
#: Directories of generated/ts/ that are not the generator's (never compared or removed).
KEPT = ("node_modules",)


def header_text(spec_name: str, spec_bytes: bytes) -> str:
    """The Python package's header for the TypeScript templates, as plain text."""
    templates = TEMPLATE_SETS["typescript"]
    text = header(spec_name, inputs_hash(spec_bytes, templates), templates)
    return "\n".join(line.removeprefix("# ") for line in text.splitlines())


def render_all(package: Package, spec_name: str, spec_bytes: bytes, version: str) -> dict[str, str]:
    """Every file of generated/ts/, ``dist/`` included (rendered, ``src/`` formatted by prettier,
    then compiled by ``tsc``), as npm package ``version``. Raises GenerationError when the IR has
    no TypeScript form or npm, prettier or tsc fails."""
    header = header_text(spec_name, spec_bytes)
    files = format_typescript(render_typescript(package, header, version=version))
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


def stage(target: Path, files: dict[str, str]) -> Path:
    """The new tree written beside ``target`` (same filesystem), for ``swap``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-new-", dir=target.parent))
    try:
        for name, text in files.items():
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def swap(target: Path, staging: Path) -> None:
    """Put a staged tree in ``target``'s place with renames (``node_modules`` moves over)."""
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
            for kept in KEPT:
                if (staging / kept).is_dir() and not (target / kept).exists():
                    (staging / kept).rename(target / kept)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(backup, ignore_errors=True)
