"""The builder (spec -> intermediate model): on the committed spec, changed in memory the way
upstream may change it, and once per run of the generator."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any

import pytest

from codegen import build as build_module
from codegen import output
from codegen.build import build
from codegen.ir import EnumRef, LiteralType, NullType, Package, Type, UnionType
from codegen.loader import Spec
from codegen.spec_package import load_package

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("null", "typed"),
    [({"type": "null"}, NullType()), ({"const": None}, LiteralType(None))],
    ids=["type null", "const null"],
)
def test_a_value_set_made_nullable_keeps_its_enum(null: dict[str, Any], typed: Type) -> None:
    """Upstream letting join_conference's region be null must not cost the package its Region
    enum: the field takes a Region value or null."""
    spec = load_package()
    document = copy.deepcopy(spec.document)
    document["$defs"]["JoinConferenceObject"]["properties"]["region"]["anyOf"].append(null)
    before, after = build(spec), build(dataclasses.replace(spec, document=document))
    assert after.enums["Region"] == before.enums["Region"]
    region = next(f for f in after.models["JoinConference"].fields if f.names.wire == "region")
    assert region.type == UnionType((EnumRef("Region"), typed))


def counting_builds(monkeypatch: pytest.MonkeyPatch) -> list[Package]:
    """Every package ``codegen.build.build`` makes from now on, in order."""
    built: list[Package] = []
    real = build_module.build

    def build_and_count(spec: Spec) -> Package:
        built.append(real(spec))
        return built[-1]

    monkeypatch.setattr(build_module, "build", build_and_count)
    return built


def test_generating_both_languages_builds_the_package_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """validate builds the IR and both renderers read that one package; tsc is left out (the
    TypeScript renderer is replaced), so this runs without node."""
    built = counting_builds(monkeypatch)
    rendered: list[Package] = []
    real_render = output.render

    def render_python(package: Package, ref: str, raw: bytes, version: str) -> dict[str, str]:
        rendered.append(package)
        return real_render(package, ref, raw, version)

    def render_typescript(package: Package, name: str, raw: bytes, version: str) -> dict[str, str]:
        rendered.append(package)
        return {}

    monkeypatch.setattr(output, "render", render_python)
    monkeypatch.setattr(output.typescript, "render_all", render_typescript)
    monkeypatch.chdir(REPO)
    spec = "tests/generator/specs/value_set.json"
    output.generate(spec, tmp_path, check=True, languages=("python", "typescript"))
    assert len(built) == 1
    assert [id(p) for p in rendered] == [id(built[0])] * 2
