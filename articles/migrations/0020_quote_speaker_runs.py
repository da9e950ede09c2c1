"""Rewordings found through runs of words keyed by their speaker.

0018 indexed (speaker, quote_shingles(text)) with btree_gin: a GIN index keeps each column's
keys apart, so a lookup intersected the speaker's quotes with every quote holding the same run
of words, and common runs ("said it was") are held by hundreds of thousands of quotes: 50–130 ms
a quote shown at 2 million quotes. Here each run is keyed by its speaker ("12:we will not"), so
a lookup reads only that speaker's quotes with that run. Without GIN's pending list
(fastupdate off): a list page looks up some thirty quotes' runs, and each lookup would read the
whole list of entries not yet merged (up to 4 MB after a day's imports: 30 ms a lookup).
"""

import importlib

import django.contrib.postgres.indexes
from django.db import migrations

import articles.models

# PL/pgSQL for the reason given in 0018 (a SQL function with a FROM is planned on every call).
QUOTE_SPEAKER_RUNS = r"""
CREATE OR REPLACE FUNCTION quote_speaker_runs(speaker bigint, body text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
DECLARE
    words text[] := array_remove(regexp_split_to_array(lower(body), '\W+'), '');
    runs text[] := '{}';
BEGIN
    FOR i IN 1 .. coalesce(cardinality(words), 0) - 2 LOOP
        runs := runs || (speaker || ':' || words[i] || ' ' || words[i + 1] || ' ' || words[i + 2]);
    END LOOP;
    RETURN runs;
END
$$
"""

QUOTE_SHINGLES = importlib.import_module("articles.migrations.0018_quote_rewordings").QUOTE_SHINGLES


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0019_editor_fields_annotation_history_job_heartbeat"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="quote", name="quote_speaker_shingles"),
        migrations.RunSQL("DROP FUNCTION IF EXISTS quote_shingles(text)", QUOTE_SHINGLES),
        migrations.RunSQL(QUOTE_SPEAKER_RUNS, "DROP FUNCTION IF EXISTS quote_speaker_runs(bigint, text)"),
        migrations.AddIndex(
            model_name="quote",
            index=django.contrib.postgres.indexes.GinIndex(
                articles.models.SpeakerRuns("speaker", "text"), fastupdate=False, name="quote_speaker_runs"
            ),
        ),
    ]
