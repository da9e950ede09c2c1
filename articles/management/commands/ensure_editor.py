"""python manage.py ensure_editor: the 'editor' account and the Editors/Viewers groups exist."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from articles.services.accounts import ensure_groups


class Command(BaseCommand):
    help = "Create the Editors and Viewers groups and the 'editor' user (password printed once)."

    def handle(self, *args, **options):
        editors, _ = ensure_groups()
        User = get_user_model()
        user = User.objects.filter(username="editor").first()
        wanted = os.environ.get("NEWSDESK_EDITOR_PASSWORD")
        if user is None:
            password = wanted or secrets.token_urlsafe(12)
            user = User.objects.create_user("editor", password=password, is_staff=True)
            user.groups.add(editors)
            origin = "from NEWSDESK_EDITOR_PASSWORD" if wanted else password
            self.stdout.write(self.style.SUCCESS(f"Created user 'editor' with password: {origin}"))
        else:
            user.groups.add(editors)
            if wanted and not user.check_password(wanted):
                user.set_password(wanted)
                user.save(update_fields=["password"])
                self.stdout.write("Set the 'editor' password from NEWSDESK_EDITOR_PASSWORD")
            else:
                self.stdout.write("User 'editor' exists (password unchanged)")
