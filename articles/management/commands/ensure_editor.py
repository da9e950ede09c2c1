"""python manage.py ensure_editor: the role groups and the 'editor' account exist.

'editor' is the desk's first account: an Editor who also manages accounts (the Administrator
role), so a fresh install can add its Viewers and Editors in /admin/ or with `manage.py users`."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from articles.services.accounts import ADMINISTRATOR, ensure_groups, set_role


class Command(BaseCommand):
    help = "Create the role groups and the 'editor' user, an administrator (password printed once)."

    def handle(self, *args, **options):
        ensure_groups()
        User = get_user_model()
        user = User.objects.filter(username="editor").first()
        wanted = os.environ.get("NEWSDESK_EDITOR_PASSWORD")
        if user is None:
            password = wanted or secrets.token_urlsafe(12)
            user = User.objects.create_user("editor", password=password, is_staff=True)
            set_role(user, role=ADMINISTRATOR)
            origin = "from NEWSDESK_EDITOR_PASSWORD" if wanted else password
            self.stdout.write(self.style.SUCCESS(f"Created user 'editor' with password: {origin}"))
        else:
            set_role(user, role=ADMINISTRATOR)
            if wanted and not user.check_password(wanted):
                user.set_password(wanted)
                user.save(update_fields=["password"])
                self.stdout.write("Set the 'editor' password from NEWSDESK_EDITOR_PASSWORD")
            else:
                self.stdout.write("User 'editor' exists (password unchanged)")
