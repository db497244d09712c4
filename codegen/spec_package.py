"""The spec as a package: upstream's ``SWMLObject.json`` verbatim, with our own schema file
(``beyond.schema.json``, ``codegen/beyond.py``) merged in and our overlays
(``codegen/overlay.py``) applied, read from a spec directory (``spec/``).

The same structural checks as for any spec (``codegen.loader``) apply to that effective document;
``package_problems`` runs them and blames each on the overlay that set the value.
"""

from __future__ import annotations

from pathlib import Path

from codegen import beyond
from codegen.errors import SpecError, SpecProblem
from codegen.loader import OVERLAY_DIR, UPSTREAM_FILE, Spec, parse, structural_problems
from codegen.overlay import Applied, blame, display_path, effective


def load_package(spec_dir: Path = Path("spec")) -> Spec:
    """The effective spec: ``spec_dir/SWMLObject.json`` (upstream's, byte for byte) with
    ``spec_dir/beyond.schema.json`` (ours, when there is one) merged in and every overlay in
    ``spec_dir/overlays`` applied. Raises SpecError with every problem in ours or the overlays.

    ``document`` is a fresh copy (upstream's file is only read), ``pointer`` is "" (the whole
    document; each verb is a ``$defs`` entry in it), and ``raw`` is every input byte: upstream's
    file, then ours and each overlay, each with its name and length, so a hash of it changes
    whenever any of them does.
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
    document = parse(file, raw)
    inputs = [raw]
    ours = read_beyond(spec_dir)
    if ours is not None:
        merged = beyond.merge(document, ours[1], ours[0])
        if merged.problems:
            raise SpecError(merged.problems)
        document = merged.document
        inputs += [f"\n{beyond.FILE} {len(ours[2])}\n".encode(), ours[2]]
    applied, overlays = effective(document, spec_dir / OVERLAY_DIR, file)
    if ours is not None:
        applied.origins = {**merged.origins, **applied.origins}
    for overlay in overlays:
        # Name and length delimit each file, so no two different inputs give the same bytes.
        name = f"{OVERLAY_DIR}/{Path(overlay.file).name}"
        inputs.append(f"\n{name} {len(overlay.raw)}\n".encode())
        inputs.append(overlay.raw)
    return Spec(file, applied.document, "", b"".join(inputs)), applied


def read_beyond(spec_dir: Path) -> tuple[str, object, bytes] | None:
    """(display name, parsed document, bytes) of ``spec_dir/beyond.schema.json``, or None when
    the spec directory has none (an upstream release taken alone). Raises SpecError."""
    path = spec_dir / beyond.FILE
    if not path.is_file():
        return None
    file = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([SpecProblem(file, "file", f"cannot read: {exc.strerror}")]) from None
    return file, parse(file, raw), raw
