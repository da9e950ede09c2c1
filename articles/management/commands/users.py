"""python manage.py users: list accounts, add one with a role, change a role, (de)activate.

manage.py users list
manage.py users add NAME --role viewer [--email ADDRESS]   # prints a generated password once
manage.py users role NAME editor
manage.py users deactivate NAME   /   manage.py users activate NAME
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from articles.services import accounts


class Command(BaseCommand):
    help = "Manage accounts and their roles (viewer, editor, administrator)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("list", help="every account with its role")
        add = actions.add_parser("add", help="a new account with a role; prints its password once")
        add.add_argument("username")
        add.add_argument("--role", required=True, choices=list(accounts.ROLES))
        add.add_argument("--email", default="")
        role = actions.add_parser("role", help="give an account another role")
        role.add_argument("username")
        role.add_argument("role", choices=list(accounts.ROLES))
        for name, text in (
            ("deactivate", "stop an account logging in (it stays in history)"),
            ("activate", "let it log in again"),
        ):
            actions.add_parser(name, help=text).add_argument("username")

    def handle(self, *args, action, **options):
        try:
            getattr(self, action)(**options)
        except accounts.AccountError as error:
            raise CommandError(str(error)) from error

    def account(self, username: str):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account “{username}” (manage.py users list shows them).")
        return user

    def list(self, **options):
        for user in get_user_model().objects.prefetch_related("groups").order_by("username"):
            role = "superuser" if user.is_superuser else accounts.role_of(user) or "no role"
            state = "" if user.is_active else "  (deactivated)"
            self.stdout.write(f"{user.username:<24} {role}{state}")

    def add(self, *, username, role, email, **options):
        user, password = accounts.create_account(username=username, role=role, email=email)
        self.stdout.write(self.style.SUCCESS(f"Created {role} “{user.username}” with password: {password}"))

    def role(self, *, username, role, **options):
        accounts.set_role(self.account(username), role=role)
        self.stdout.write(f"“{username}” is now {role}.")

    def deactivate(self, *, username, **options):
        accounts.set_active(self.account(username), active=False)
        self.stdout.write(f"“{username}” can no longer log in.")

    def activate(self, *, username, **options):
        accounts.set_active(self.account(username), active=True)
        self.stdout.write(f"“{username}” can log in again.")
