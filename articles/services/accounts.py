"""Groups and their permissions: Editors read and write, Viewers only read."""

from django.contrib.auth.models import Group, Permission

EDITORS, VIEWERS = "Editors", "Viewers"
EDITED_MODELS = ["article", "person", "quote", "event", "tag", "annotation", "link", "mention", "mergesuggestion"]


def ensure_groups() -> tuple[Group, Group]:
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    viewers, _ = Group.objects.get_or_create(name=VIEWERS)
    perms = Permission.objects.filter(content_type__app_label="articles", content_type__model__in=EDITED_MODELS)
    editors.permissions.set(perms)
    viewers.permissions.set(perms.filter(codename__startswith="view_"))
    return editors, viewers


def can_edit(user) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    # Known when the user was loaded for this request (articles.auth.EditorAwareBackend).
    known = getattr(user, "is_editor", None)
    return known if known is not None else user.groups.filter(name=EDITORS).exists()
