from __future__ import annotations

import pytest
from django.core.cache import cache

from tests.factories import RegionFactory


@pytest.fixture
def regions(db):
    return {code: RegionFactory(code=code, name=f"Region {code}", name_zh=f"地区{code}") for code in ("DE", "US", "GB")}


@pytest.fixture(autouse=True)
def no_cached_figures():
    """The dashboard keeps its figures in the shared cache for a few minutes: every test starts without them."""
    cache.clear()
    yield
    cache.clear()
