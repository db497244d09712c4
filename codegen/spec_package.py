"""The spec as a package: upstream's ``SWMLObject.json`` verbatim with our overlays
(``codegen/overlay.py``) applied, read from a spec directory (``spec/``).

The same structural checks as for any spec (``codegen.loader``) apply to that effective document;
``package_problems`` runs them and blames each on the overlay that set the value.
"""

from __future__ import annotations

from pathlib import Path

from codegen.errors import SpecError, SpecProblem
from codegen.loader import OVERLAY_DIR, UPSTREAM_FILE, Spec, parse, structural_problems
from codegen.overlay import Applied, blame, display_path, effective


def load_package(spec_dir: Path = Path("spec")) -> Spec:
    """The effective spec: ``spec_dir/SWMLObject.json`` (upstream's, byte for byte) with every
    overlay in ``spec_dir/overlays`` applied. Raises SpecError with every overlay problem.

    ``document`` is a fresh copy (upstream's file is only read), ``pointer`` is "" (the whole
    document; each verb is a ``$defs`` entry in it), and ``raw`` is every input byte: upstream's
    file, then each overlay's name and bytes, so a hash of it changes whenever any of them does.
    """
    return _load_package(spec_dir)[0]


def package_problems(spec_dir: Path = Path("spec")) -> list[SpecProblem]:
    """Every problem in the spec package: overlay problems, or else the structural ones
    (meta-schema, x- keywords) of the effective document, each moved to the overlay action that
    set the value at fault (the fix belongs there, not in upstream's file)."""
    try:
        spec, applied = _load_package(spec_dir)
    except SpecError as exc:
        return list(exc.problems)
    return blame(structural_problems(spec), spec.file, applied)


def _load_package(spec_dir: Path) -> tuple[Spec, Applied]:
    path = spec_dir / UPSTREAM_FILE
    file = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([SpecProblem(file, "file", f"cannot read: {exc.strerror}")]) from None
    applied, overlays = effective(parse(file, raw), spec_dir / OVERLAY_DIR, file)
    inputs = [raw]
    for overlay in overlays:
        # Name and length delimit each file, so no two different inputs give the same bytes.
        name = f"{OVERLAY_DIR}/{Path(overlay.file).name}"
        inputs.append(f"\n{name} {len(overlay.raw)}\n".encode())
        inputs.append(overlay.raw)
    return Spec(file, applied.document, "", b"".join(inputs)), applied
