"""Spec-dir mode: ``spec/`` at the merge-base with the main branch against the working tree.

The base side is copied out of git (``materialise``: regular files under ``spec/`` at the
revision, nothing else) into a temporary directory, and both sides are read as the generator reads
them (``codegen.diff.load.load_spec_dir``: upstream's ``SWMLObject.json`` with every overlay).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from codegen.overlay import display_path

from .load import LoadError

SPEC_DIR = "spec"
DEFAULT_BASE_REVISIONS = ("main", "origin/main")


# -- git ------------------------------------------------------------------------------------------


def find_merge_base(root: Path, base_rev: str | None) -> str:
    """The merge-base of HEAD and ``base_rev`` (default: main, else origin/main)."""
    candidates = (base_rev,) if base_rev else DEFAULT_BASE_REVISIONS
    for candidate in candidates:
        try:
            return git("merge-base", "HEAD", candidate, cwd=root).decode().strip()
        except LoadError:
            continue
    raise LoadError(
        f"no merge-base of HEAD with {' or '.join(candidates)}; pass BASE and HEAD "
        "explicitly, or --base-rev REV"
    )


def materialise(root: Path, revision: str, dest: Path) -> Path:
    """Write ``spec/`` as it is at ``revision`` under ``dest``; return ``dest/spec``.

    Regular files only (a symbolic link or submodule under spec/ is not a spec file).
    """
    listing = git("ls-tree", "-r", "-z", "--full-tree", revision, "--", SPEC_DIR, cwd=root)
    inside = dest.resolve()
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, raw_path = entry.partition(b"\t")
        mode, kind, obj = meta.decode().split()
        if kind != "blob" or mode not in ("100644", "100755"):
            continue
        target = dest / raw_path.decode("utf-8", errors="surrogateescape")
        if not target.resolve().is_relative_to(inside):
            raise LoadError(f"{revision}: {raw_path!r} lies outside {SPEC_DIR}/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(git("cat-file", "blob", obj, cwd=root))
    return dest / SPEC_DIR


def git(*args: str, cwd: Path) -> bytes:
    """Run git; its standard output, or LoadError with its complaint."""
    try:
        completed = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        raise LoadError(f"cannot run git: {exc}") from exc
    if completed.returncode != 0:
        detail = completed.stderr.decode(errors="replace").strip()
        raise LoadError(f"git {' '.join(args)} failed: {detail or f'exit {completed.returncode}'}")
    return completed.stdout


def _renamed(message: str, directory: Path, shown: str) -> str:
    """A message about a temporary copy, naming the directory as the reader knows it."""
    spellings = {str(directory.resolve()), str(directory), display_path(directory)}
    # Longest first: a relative spelling may be the tail of an absolute one.
    for spelling in sorted(spellings - {"", "."}, key=len, reverse=True):
        message = message.replace(spelling, shown)
    return message
