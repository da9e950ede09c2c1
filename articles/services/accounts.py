"""Accounts and their roles: Viewers read, Editors read and write, Administrators also manage
the accounts (add people, give them a role, deactivate them) in the admin or with
`manage.py users`. A role is membership of its group; an Administrator is in Editors too."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Exists, OuterRef

EDITORS, VIEWERS, ADMINISTRATORS = "Editors", "Viewers", "Administrators"
EDITED_MODELS = ["article", "person", "quote", "event", "tag", "annotation", "link", "mention", "mergesuggestion"]
# Administrators add and change accounts; they deactivate rather than delete (history names people).
ACCOUNT_PERMISSIONS = [("auth", "add_user"), ("auth", "change_user"), ("auth", "view_user"), ("auth", "view_group")]

VIEWER, EDITOR, ADMINISTRATOR = "viewer", "editor", "administrator"
ROLES = {VIEWER: "Viewer", EDITOR: "Editor", ADMINISTRATOR: "Administrator"}
ROLE_DESCRIPTIONS = {
    VIEWER: "reads everything, changes nothing",
    EDITOR: "also imports, tags, annotates, reviews and repairs",
    ADMINISTRATOR: "an editor who also manages accounts",
}
ROLE_GROUPS = {VIEWER: [VIEWERS], EDITOR: [EDITORS], ADMINISTRATOR: [EDITORS, ADMINISTRATORS]}


class AccountError(ValueError):
    """A change to an account refused for a reason the person can act on."""


def ensure_groups() -> tuple[Group, Group]:
    """The three role groups with their permissions; returns (Editors, Viewers)."""
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    viewers, _ = Group.objects.get_or_create(name=VIEWERS)
    administrators, _ = Group.objects.get_or_create(name=ADMINISTRATORS)
    perms = Permission.objects.filter(content_type__app_label="articles", content_type__model__in=EDITED_MODELS)
    editors.permissions.set(perms)
    viewers.permissions.set(perms.filter(codename__startswith="view_"))
    account_perms = [
        Permission.objects.get(content_type__app_label=app, codename=code) for app, code in ACCOUNT_PERMISSIONS
    ]
    administrators.permissions.set(account_perms)
    return editors, viewers


def role_of(user) -> str:
    """'administrator', 'editor', 'viewer', or '' for an account with no role."""
    names = {g.name for g in user.groups.all()}
    for role in (ADMINISTRATOR, EDITOR, VIEWER):
        if set(ROLE_GROUPS[role]) <= names:
            return role
    return ""


@transaction.atomic
def set_role(user, *, role: str) -> None:
    """Gives the account exactly this role: its groups, and the admin (is_staff) for editors and
    administrators. Other groups the account is in stay."""
    if role not in ROLES:
        raise AccountError(f"Unknown role “{role}”: choose one of {', '.join(ROLES)}.")
    ensure_groups()
    role_groups = {name for names in ROLE_GROUPS.values() for name in names}
    wanted = set(ROLE_GROUPS[role])
    user.groups.remove(*Group.objects.filter(name__in=role_groups - wanted))
    user.groups.add(*Group.objects.filter(name__in=wanted))
    staff = role != VIEWER or user.is_superuser
    if user.is_staff != staff:
        user.is_staff = staff
        user.save(update_fields=["is_staff"])


@transaction.atomic
def create_account(*, username: str, role: str, email: str = "", password: str | None = None):
    """A new active account with a role; returns (user, password), the password generated when
    none is given (shown once, to be passed on)."""
    User = get_user_model()
    username = username.strip()
    if not username:
        raise AccountError("An account needs a user name.")
    if User.objects.filter(username__iexact=username).exists():
        raise AccountError(f"There is already an account “{username}”.")
    if role not in ROLES:
        raise AccountError(f"Unknown role “{role}”: choose one of {', '.join(ROLES)}.")
    password = password or secrets.token_urlsafe(12)
    user = User.objects.create_user(username, email=email, password=password)
    set_role(user, role=role)
    return user, password


@transaction.atomic
def set_active(user, *, active: bool) -> None:
    """Deactivating stops logging in and keeps the account, so history still names who did what."""
    user.is_active = active
    user.save(update_fields=["is_active"])


def can_edit(user) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    # Known when the user was loaded for this request (articles.auth.EditorAwareBackend).
    known = getattr(user, "is_editor", None)
    return known if known is not None else user.groups.filter(name=EDITORS).exists()


def reader_kinds() -> set[tuple[bool, bool]]:
    """How the desk's active accounts see a page: (can edit, staff) of each, as can_edit and
    the admin's links tell them apart."""
    editors = Group.objects.filter(user=OuterRef("pk"), name=EDITORS)
    accounts = get_user_model().objects.filter(is_active=True).annotate(is_editor=Exists(editors))
    kinds = accounts.values_list("is_superuser", "is_editor", "is_staff").distinct()
    return {(is_superuser or is_editor, is_staff) for is_superuser, is_editor, is_staff in kinds}
