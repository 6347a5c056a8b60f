from __future__ import annotations

import pytest

from tests.factories import RegionFactory


@pytest.fixture
def regions(db):
    return {code: RegionFactory(code=code, name=f"Region {code}", name_zh=f"地区{code}") for code in ("DE", "US", "GB")}
