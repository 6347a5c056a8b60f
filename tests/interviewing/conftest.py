from __future__ import annotations

import pytest

from interviewing.seeding import seed_rule_packs
from org import demo
from tests.factories import RegionFactory


@pytest.fixture
def demo_regions(db):
    return {
        code: RegionFactory(code=code, name=name, name_zh=name_zh, time_zone=tz, languages=langs)
        for code, name, name_zh, tz, langs, _weekend in demo.REGIONS
    }


@pytest.fixture
def seeded_packs(demo_regions):
    seed_rule_packs()
    return demo_regions
