"""Loading the logged-in user on every request together with whether they are an Editor.

Django's ModelBackend loads the user in one query, and the pages that show editing controls
then ask for the user's groups in a second one. Here the user comes with an `is_editor` flag
(an EXISTS on their groups) in the same query, which articles.services.accounts.can_edit reads
instead of asking again.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef

from articles.services.accounts import EDITORS


class EditorAwareBackend(ModelBackend):
    """ModelBackend whose get_user also records whether the user is an Editor (`is_editor`)."""

    def get_user(self, user_id):
        model = get_user_model()
        editors = Group.objects.filter(user=OuterRef("pk"), name=EDITORS)
        try:
            user = model._default_manager.annotate(is_editor=Exists(editors)).get(pk=user_id)
        except (model.DoesNotExist, ValueError, TypeError, ValidationError):
            return None  # no such user, or a session holding something that is not an id
        return user if self.user_can_authenticate(user) else None
