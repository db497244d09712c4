"""How the construct goldens are stored: every body once, however many constructs generate it.

Most of a generated package does not depend on the construct its spec exercises (``_runtime.py``,
``function_result.py``, ``py.typed``, an empty ``enums.py``), so ``expected/`` keeps a file in a
construct's directory only where that construct generates a body no other one does:

* ``_shared/<file>`` is the body of ``<file>`` that most constructs generate;
* ``_shared/<construct>/<file>`` is another body that two or more constructs generate, named after
  the first of them (``_runtime.py`` has two: with the SWML variable pattern and ``is_var`` for
  specs that use ``SWMLVar``, and without them);
* ``<construct>/<file>`` is a body of that construct's alone;
* ``<construct>/shared.txt`` names, one a line, the files under ``_shared/`` that complete the
  construct's package.

``unpack`` reads that back into whole packages, and ``pack`` lays whole packages out so; the
test compares each package whole, so storing it in pieces weakens nothing. The generator writes
a flat package, so a file name has no ``/`` and a ``shared.txt`` line ends with one.

Goldens hold each file as ``normalise`` leaves it: the header's spec path and inputs hash (which
covers every template) become placeholders, so a template edit changes only the goldens whose
code it changes, and a body can be shared by constructs whose specs differ.
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

SHARED = "_shared"
MANIFEST = "shared.txt"

#: Stored golden tree: path relative to ``expected/`` -> bytes.
Tree = dict[str, bytes]
#: One package: file name -> bytes.
Package = dict[str, bytes]

_HASH = re.compile(rb"sha256:[0-9a-f]{16}$")


def normalise(construct: str, files: Package) -> Package:
    """``files`` as goldens hold them: in the two header lines, the construct's own spec path
    becomes ``<spec>`` and the inputs hash ``sha256:<inputs>``. Only those exact values are
    replaced, so a header naming another spec, or without its hash, still shows as a change."""
    spec = f" tests/generator/specs/{construct}.json ".encode()
    normalised: Package = {}
    for name, data in files.items():
        lines = data.split(b"\n", 2)
        if len(lines) == 3:
            lines[0] = lines[0].replace(spec, b" <spec> ", 1)
            lines[1] = _HASH.sub(b"sha256:<inputs>", lines[1])
        normalised[name] = b"\n".join(lines)
    return normalised


def read(root: Path) -> Tree:
    """Every file in the directories under ``root`` (``root``'s own files, such as the ruff
    configuration, are not goldens; hidden directories are tools' caches)."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for directory in sorted(root.iterdir())
        if directory.is_dir() and not directory.name.startswith(".")
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def write(root: Path, tree: Tree) -> None:
    """Replace every golden directory under ``root`` by ``tree``."""
    for directory in root.iterdir():
        if directory.is_dir() and not directory.name.startswith("."):
            shutil.rmtree(directory)
    for relative, data in tree.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def locate(tree: Tree) -> dict[str, dict[str, str]]:
    """Where each construct's files are stored: construct -> file name -> path in ``tree``."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for path, data in tree.items():
        construct, _, name = path.partition("/")
        if construct == SHARED:
            continue
        if name != MANIFEST:
            found[construct][name] = path
            continue
        for line in data.decode().splitlines():
            found[construct][line.rpartition("/")[2]] = f"{SHARED}/{line}"
    return dict(found)


def unpack(tree: Tree) -> dict[str, Package]:
    """Every construct's whole package."""
    return {
        construct: {name: tree[path] for name, path in sorted(paths.items())}
        for construct, paths in sorted(locate(tree).items())
    }


def pack(packages: dict[str, Package]) -> Tree:
    """The stored tree of ``packages``: each body that two or more constructs generate goes to
    ``_shared/`` once (the commonest at the top), every other body to its construct."""
    tree: Tree = {}
    manifests: dict[str, list[str]] = {construct: [] for construct in packages}
    for name in sorted({name for files in packages.values() for name in files}):
        makers: dict[bytes, list[str]] = defaultdict(list)
        for construct in sorted(packages):
            if name in packages[construct]:
                makers[packages[construct][name]].append(construct)
        groups = sorted(makers.values(), key=lambda constructs: (-len(constructs), constructs))
        for rank, constructs in enumerate(groups):
            body = packages[constructs[0]][name]
            if len(constructs) == 1:
                tree[f"{constructs[0]}/{name}"] = body
                continue
            where = name if rank == 0 else f"{constructs[0]}/{name}"
            tree[f"{SHARED}/{where}"] = body
            for construct in constructs:
                manifests[construct].append(where)
    for construct, lines in manifests.items():
        if lines:
            tree[f"{construct}/{MANIFEST}"] = "".join(f"{line}\n" for line in lines).encode()
    return dict(sorted(tree.items()))
