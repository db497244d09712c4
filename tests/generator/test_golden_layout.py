"""How ``goldens.py`` stores the construct goldens and reads them back, on small packages."""

from __future__ import annotations

from tests.generator.goldens import normalise, pack, unpack

HEADER = (
    "# Generated from tests/generator/specs/{spec}.json by `python -m codegen generate` — do not "
    "edit.\n# Inputs (spec and codegen/templates): sha256:{digest}\n"
)


def test_pack_stores_each_body_once_and_unpack_restores_every_package() -> None:
    packages = {
        "a": {"runtime.py": b"plain", "swml.py": b"a"},
        "b": {"runtime.py": b"plain", "swml.py": b"b"},
        "c": {"runtime.py": b"plain", "swml.py": b"b"},
        "d": {"runtime.py": b"var", "swml.py": b"d"},
        "e": {"runtime.py": b"var", "swml.py": b"e"},
        "f": {"runtime.py": b"odd", "swml.py": b"f", "extra.py": b"x"},
    }
    tree = pack(packages)
    assert tree == {
        "_shared/runtime.py": b"plain",
        "_shared/d/runtime.py": b"var",
        "_shared/swml.py": b"b",
        "a/shared.txt": b"runtime.py\n",
        "a/swml.py": b"a",
        "b/shared.txt": b"runtime.py\nswml.py\n",
        "c/shared.txt": b"runtime.py\nswml.py\n",
        "d/shared.txt": b"d/runtime.py\n",
        "d/swml.py": b"d",
        "e/shared.txt": b"d/runtime.py\n",
        "e/swml.py": b"e",
        "f/extra.py": b"x",
        "f/runtime.py": b"odd",
        "f/swml.py": b"f",
    }
    assert unpack(tree) == packages


def test_a_body_that_stops_being_shared_moves_to_its_construct() -> None:
    before = pack({"a": {"m.py": b"1"}, "b": {"m.py": b"1"}, "c": {"m.py": b"1"}})
    assert before["c/shared.txt"] == b"m.py\n"
    after = pack({"a": {"m.py": b"1"}, "b": {"m.py": b"2"}, "c": {"m.py": b"3"}})
    assert after == {"a/m.py": b"1", "b/m.py": b"2", "c/m.py": b"3"}


def test_normalise_replaces_only_the_constructs_own_spec_and_the_hash() -> None:
    own = HEADER.format(spec="boolean", digest="0123456789abcdef") + "x = 1\n"
    other = HEADER.format(spec="number", digest="0123456789abcdef")
    short = HEADER.format(spec="boolean", digest="0123")
    found = normalise("boolean", {"a.py": own.encode(), "b": other.encode(), "c": short.encode()})
    placeholders = (
        "# Generated from <spec> by `python -m codegen generate` — do not edit.\n"
        "# Inputs (spec and codegen/templates): sha256:<inputs>\nx = 1\n"
    )
    assert found["a.py"] == placeholders.encode()
    assert b"specs/number.json" in found["b"]
    assert found["c"].endswith(b"sha256:0123\n")
