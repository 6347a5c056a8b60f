from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import Category


def split_path(path: str) -> list[str]:
    """`A/B/C` → ["A", "B", "C"]; `//` stands for a slash inside a name (as in Moodle's category paths)."""
    parts = [p.replace("\0", "/").strip() for p in (path or "").replace("//", "\0").split("/")]
    return [p for p in parts if p]


def join_path(*paths: str) -> str:
    return "/".join(part for p in paths for part in split_path(p))


@transaction.atomic
def category_ensure_path(*, path: str, path_zh: str = "") -> Category:
    """The category at `path`, creating missing levels; Chinese names fill in level by level where given."""
    names = split_path(path)
    if not names:
        raise ValidationError(_("A category path cannot be empty."))
    names_zh = split_path(path_zh)
    parent = None
    for depth, name in enumerate(names):
        zh = names_zh[depth] if depth < len(names_zh) and len(names_zh) == len(names) else ""
        node = Category.objects.filter(parent=parent, name=name).first()
        if node is None:
            node = Category(parent=parent, name=name, name_zh=zh)
            node.save()
        elif zh and node.name_zh != zh:
            node.name_zh = zh
            node.save(update_fields=["name_zh"])
        parent = node
    return parent


@transaction.atomic
def category_rename(*, category: Category, name: str, name_zh: str | None = None) -> Category:
    """Rename and keep every descendant's stored path right."""
    category.name = name
    if name_zh is not None:
        category.name_zh = name_zh
    category.full_clean()
    category.save()
    for child in category.children.all():
        category_rename(category=child, name=child.name)
    return category
