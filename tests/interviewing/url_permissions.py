from __future__ import annotations

from tests.permissions import signed_in

# An empty POST to the API is a 400 for everyone signed in; the anonymous caller is asked for credentials (the
# API-key authentication names a scheme, so DRF answers 401).
ENTRIES = {
    "interviewing:checker": ("get", None, signed_in(200)),
    "api-lint": ("post", None, signed_in(400, anonymous=401)),
}
