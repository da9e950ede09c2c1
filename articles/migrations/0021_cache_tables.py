"""The database cache tables CACHES names (log-in throttling; contents rendered ahead by the
import worker), created by `migrate` so every process that migrated finds them: Django's own
`createcachetable`, which creates the missing ones and leaves the rest."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("articles", "0020_quote_speaker_runs")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
