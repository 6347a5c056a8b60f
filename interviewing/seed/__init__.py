"""The demo rule packs: topic patterns per language (patterns_*.py) and each region's rules (regions.py)."""
