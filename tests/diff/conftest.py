"""Fixtures for the spec-diff tests (helpers live in spec_diff_support.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spec_diff_support import UPSTREAM


@pytest.fixture
def upstream() -> Path:
    if not UPSTREAM.is_dir():
        pytest.skip(f"shared upstream schemas not found at {UPSTREAM}")
    return UPSTREAM
