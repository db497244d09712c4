"""Build and check what a release publishes: the wheel, the sdist and the npm tarball.

``python -m codegen release build OUT`` runs these steps, and so do the release workflow
(.github/workflows/release.yml) and the test of the build (tests/test_release.py): one list of
commands, so what is tested is what is published.

1. ``python -m build``: the sdist, then the wheel built from it (so a file missing from the sdist
   fails here, not for a user building from it).
2. ``twine check --strict``: PyPI's own checks of the metadata and the README it will render.
3. ``npm pack`` of ``generated/ts``: the tarball npm publishes, exactly.
4. ``attw`` (``@arethetypeswrong/cli``, pinned in ``.github/release-tools/package-lock.json`` and
   installed once into the npm cache) over that tarball: its types resolve and match its
   JavaScript under every module resolution (node10, node16 for ``import`` and ``require``,
   bundler).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: The pinned declarations checker: package.json and lock, installed with ``npm ci``.
RELEASE_TOOLS = Path(".github/release-tools")
ATTW_PACKAGE = "@arethetypeswrong/cli"
NPM_DIRECTORY = Path("generated/ts")


def steps(out: Path, tools: Path) -> list[tuple[str, list[str]]]:
    """(what, command) of each build and check, run from the checkout; ``tools`` holds the release
    tools' ``node_modules``. The tarball's name is known only once npm has packed it, so the
    checks of ``out`` take every file there of their kind."""
    wheels_and_sdists = [*sorted(out.glob("*.whl")), *sorted(out.glob("*.tar.gz"))]
    tarballs = sorted(out.glob("*.tgz"))
    attw = tools / "node_modules" / ATTW_PACKAGE / "dist" / "index.js"
    return [
        (
            "build the sdist and the wheel",
            [sys.executable, "-m", "build", "--installer", "uv", "--outdir", str(out)],
        ),
        (
            "twine check",
            [sys.executable, "-m", "twine", "check", "--strict", *map(str, wheels_and_sdists)],
        ),
        ("npm pack", ["npm", "pack", f"./{NPM_DIRECTORY}", "--pack-destination", str(out)]),
        ("attw", ["node", str(attw), "--format", "ascii", *map(str, tarballs)]),
    ]


def release_tools() -> Path:
    """Where the pinned release tools are installed (``npm ci`` the first time)."""
    from codegen.typescript.render import node_modules_cache

    files = {
        name: (RELEASE_TOOLS / name).read_text(encoding="utf-8")
        for name in ("package.json", "package-lock.json")
    }
    return node_modules_cache(files, package=ATTW_PACKAGE)


def build_and_check(root: Path, out: Path) -> int:
    """Run every step in order, stopping at the first that fails; 0 when all pass."""
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        print(f"error: {out} is not empty: the checks take every file in it", file=sys.stderr)
        return 2
    tools = release_tools()
    for index in range(len(steps(out, tools))):
        # The checks name files the steps before them made, so each step is listed anew.
        what, command = steps(out, tools)[index]
        print(f"== {what}: {' '.join(command)}", flush=True)
        completed = subprocess.run(command, cwd=root, check=False)
        if completed.returncode != 0:
            print(f"error: {what} failed (exit {completed.returncode})", file=sys.stderr)
            return 1
    made = sorted(path.name for path in out.iterdir())
    print(f"built and checked: {', '.join(made)}")
    return 0
