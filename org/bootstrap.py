"""Rows every install needs that migrations normally create: locales, Wagtail's root page and collection, the site.

A test flush (every live_server test) deletes them; seed_demo and the browser tests call this to put them back.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction


@transaction.atomic
def ensure_base_data() -> None:
    from wagtail.models import Collection, Locale, Page, Site

    if not Collection.objects.filter(depth=1).exists():  # made by Wagtail's migrations; a flush removes it
        Collection.add_root(name="Root")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    en = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    root = Page.objects.filter(depth=1).first()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=en))
    home = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if home is None:
        page = root.get_children().filter(locale=en).first()
        if page is None:
            page = root.add_child(instance=Page(title="Interviewer Academy", slug="home", locale=en))
        Site.objects.create(
            hostname="localhost", port=80, root_page=page, is_default_site=True, site_name=settings.WAGTAIL_SITE_NAME
        )
