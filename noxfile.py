"""Sessions for maintainers and CI: ``nox -s generate`` regenerates, ``nox -s tests`` tests.

Every session installs what it needs itself, so a fresh machine needs only nox, and node with
npm (on every machine here) for the TypeScript package: the generator installs its pinned
prettier and TypeScript with ``npm ci`` into a cache.
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.sessions = ["generate", "tests", "lint", "typecheck"]
# uv makes the per-interpreter test venvs cheap; fall back to virtualenv where uv is absent.
nox.options.default_venv_backend = "uv|virtualenv"
# Test on every supported interpreter that is installed; a missing one is skipped, not fatal.
nox.options.error_on_missing_interpreters = False

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]

# pyenv keeps the interpreters it has installed off PATH unless one is selected; append their bin
# directories so nox finds every pythonX.Y there, without changing which python3 comes first.
_PYENV_VERSIONS = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
if _PYENV_VERSIONS.is_dir():
    _bins = sorted(str(version / "bin") for version in _PYENV_VERSIONS.iterdir())
    os.environ["PATH"] = os.pathsep.join([os.environ.get("PATH", ""), *_bins])
DEV = ".[dev]"


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ (swml_verbs/, ts/) from spec/; ``-- --check`` compares only.

    ts/src/ is formatted by the prettier and compiled by the TypeScript that
    generated/ts/package-lock.json pins, installed by the generator with ``npm ci`` into a cache
    (node and npm must be on PATH)."""
    session.install("-e", DEV)
    session.run("python", "-m", "codegen", "generate", *session.posargs)


#: Tests that exercise the generator's tools rather than the interpreter, and take minutes: the
#: TypeScript package (node and tsc, its consumers, the cross-language corpus), the spec diff
#: (both sides of 50-odd spec changes generated) and the benchmark smoke run. Their answers do
#: not depend on which Python runs them, so ``tests`` runs them once, in ``tests_once``, after
#: the interpreters; CI's time stays well under its limit. The reference site too (its
#: TypeScript examples, mkdocs' strict build, the page in headless Chromium).
ONCE = [
    "tests/test_typescript.py",
    "tests/test_ts_consumers.py",
    "tests/test_constructs_cross.py",
    "tests/test_messages.py",
    "tests/test_documents_cross.py",
    "tests/test_validate.py",
    "tests/diff",
    "tests/test_bench_smoke.py",
    "tests/test_beyond.py",
    "tests/test_docs_site.py",
    "tests/test_release.py",
    "tests/test_static_types.py",
]


#: pytest-xdist: one worker per core, each test file whole on one worker, so a module's fixtures
#: (the golden packages, the TypeScript builds) are made once.
PARALLEL = ["-n", "auto", "--dist", "loadfile"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Unit, golden, parity, rejection and conformance tests; then tests_once.

    ``-- ARGS`` runs ``pytest ARGS`` only (no tests_once)."""
    session.install("-e", DEV)
    if session.posargs:
        session.run("pytest", *session.posargs)
        return
    session.notify("tests_once")
    session.run("pytest", *PARALLEL, *(f"--ignore={path}" for path in ONCE))


@nox.session
def tests_once(session: nox.Session) -> None:
    """The tests ``tests`` runs on one interpreter only (``ONCE``).

    The TypeScript package: ``node --test`` over tests/ts/, a consumer compiled with
    ``tsc --strict``, the committed files against what the spec renders, the packed package
    installed into consumer projects (ES modules and CommonJS; TypeScript 5 and 7 under their
    defaults, node16, nodenext and bundler), and the cross-language corpus (Python and node
    on the same calls); ``SWML_VERBS_REQUIRE_NODE=1``
    (CI) makes a missing node or npm a failure instead of a skip. The spec diff's rules,
    mutation corpus and workflows. The benchmark's quick run. The reference pages' TypeScript
    examples, the site's strict build and the browser test (``SWML_VERBS_REQUIRE_CHROMIUM=1``,
    CI: a missing Chromium fails it). The release: versions, changelog, the release build with
    its checks (python -m build, twine, npm pack, attw) and workflow."""
    session.install("-e", DEV)
    session.run("pytest", *PARALLEL, *ONCE, *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """The reference site from generated/docs/ (``nox -s generate`` writes the pages), built by
    mkdocs in strict mode: a broken link, or a page missing from the nav, fails. Into
    build/site/ (``-- --site-dir DIR`` for another)."""
    session.install("-e", ".[docs]")
    site = session.posargs or ["--site-dir", str(Path("build", "site").resolve())]
    session.run(
        "mkdocs",
        "build",
        "--strict",
        "--config-file",
        str(Path("generated", "docs", "mkdocs.yml")),
        *site,
        # Material's notice of its successor, printed on every build.
        env={"NO_MKDOCS_2_WARNING": "1"},
    )


@nox.session
def lint(session: nox.Session) -> None:
    """ruff over the generator, the tests and the generated package."""
    session.install("-e", DEV)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over codegen/ and generated/."""
    session.install("-e", DEV)
    session.run("mypy", "--strict")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against signalwire-sdk 3.7.5 (``-- --quick`` for the CI smoke run)."""
    session.install("-e", DEV)
    session.run("python", "-m", "bench", *session.posargs)


@nox.session
def spec_diff(session: nox.Session) -> None:
    """Spec-diff report: ``nox -s spec_diff -- BASE HEAD`` (no arguments: merge-base with main)."""
    session.install("-e", DEV)
    session.run("python", "-m", "codegen", "diff", *session.posargs)
