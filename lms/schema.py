"""drf-spectacular hooks."""

from __future__ import annotations


def only_public_api(endpoints):
    """Document the product's own API only: Wagtail's admin serves DRF endpoints under /cms/ that are not ours."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]
