"""The Certification menu in /cms/: HR's programmes, evaluation forms, and the webhook endpoints."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup

from .cms import EvaluationFormViewSet, ProgrammeViewSet


class WebhooksMenuItem(MenuItem):
    """The endpoints and their delivery log live in the product at /certification/webhooks/."""

    # the sidebar reads `url` when it renders, so it is resolved then rather than at import
    @property
    def url(self):
        return reverse("certification:webhooks")

    @url.setter
    def url(self, value):
        pass

    def is_shown(self, request):
        return request.user.has_perm("certification.view_webhookendpoint")


class CertificationGroup(ViewSetGroup):
    menu_label = _("Certification")
    menu_icon = "success"
    menu_order = 870
    items = (
        ProgrammeViewSet("cert_programmes", url_prefix="certification/programmes"),
        EvaluationFormViewSet("cert_forms", url_prefix="certification/forms"),
    )

    def get_submenu_items(self):
        webhooks = WebhooksMenuItem(
            _("Webhook endpoints"), "", name="webhook-endpoints", icon_name="link", order=len(self.registerables) + 1
        )
        return [*super().get_submenu_items(), webhooks]


@hooks.register("register_admin_viewset")
def register_certification():
    return CertificationGroup()
