"""HR manages departments and regions in /cms/, the staff product (the Django admin is for operators)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Department, Region


class DepartmentViewSet(ModelViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    list_display = ["code", "name", "name_zh", "head"]
    search_fields = ["code", "name", "name_zh"]
    form_fields = ["code", "name", "name_zh", "head"]
    add_to_admin_menu = False


class RegionViewSet(ModelViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["code", "name", "name_zh", "time_zone"]
    search_fields = ["code", "name", "name_zh"]
    form_fields = ["code", "name", "name_zh", "time_zone", "languages", "weekend_days"]
    add_to_admin_menu = False


class OrganisationGroup(ViewSetGroup):
    menu_label = _("Organisation")
    menu_icon = "group"
    menu_order = 900
    items = (DepartmentViewSet("departments"), RegionViewSet("regions"))


@hooks.register("register_admin_viewset")
def register_organisation():
    return OrganisationGroup()
