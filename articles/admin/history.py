"""How the admin's history pages show a change: an empty foreign key as what it stands for.

simple-history shows a foreign key that was empty as "Deleted person (pk=None)". A quote with
no Person as speaker is an unnamed source and its label ("A spokesman for the minister") says
who spoke, so the history shows that label; any other empty foreign key shows as "—".
"""

from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

# (model name, foreign key) → the field of the same record that names what an empty key means.
LABEL_OF_EMPTY_KEY = {("quote", "speaker"): "speaker_label"}
NOTHING = "—"


class HistoryChanges(HistoricalRecordContextHelper):
    def context_for_delta_changes(self, delta):
        self.delta = delta
        return super().context_for_delta_changes(delta)

    def prepare_delta_change_value(self, change, value):
        if isinstance(value, DeletedObject) and value.pk is None:
            record = self.delta.old_record if value is change.old else self.delta.new_record
            return self.empty_key_text(record, change.field)
        return super().prepare_delta_change_value(change, value)

    def empty_key_text(self, record, field: str) -> str:
        label_field = LABEL_OF_EMPTY_KEY.get((self.model._meta.model_name, field))
        text = getattr(record, label_field, "") if label_field else ""
        return f"{text} (unnamed)" if text else NOTHING
