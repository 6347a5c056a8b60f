"""The Content Security Policy: strict on the product's pages, looser only for the Wagtail admin under /cms/."""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The Wagtail page editor and the wagtail-localize translation editor need inline scripts and styles.

    Swapping the whole policy for /cms/ keeps that exception in one place; every other page keeps
    `script-src 'self'` plus a per-request nonce.
    """

    cms_prefix = "/cms/"

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(self.cms_prefix):
            # a nonce in script-src would make browsers ignore 'unsafe-inline'
            return PolicyParts(config=settings.CMS_CONTENT_SECURITY_POLICY, nonce=None)
        return parts
