"""Rewordings for "also reported by": quote_shingles(text), a quotation's runs of three
lowercased words, and one GIN index over (speaker, shingles), which btree_gin lets a GIN
index hold: "this speaker's quotes sharing a run of words with this one" is one index scan."""

import django.contrib.postgres.indexes
from django.contrib.postgres.operations import BtreeGinExtension
from django.db import migrations, models



class QuoteShingles(models.Func):
    """quote_shingles(text), as this migration indexed it (0020 replaced it with SpeakerRuns)."""

    function = "quote_shingles"

# PL/pgSQL, not SQL: a SQL function with a FROM is planned again on every call (~4 ms a quote);
# this runs in ~65 µs. The high COST tells the planner that calling it row by row (filtering
# a busy speaker's thousands of quotes) is dearer than asking the index.
QUOTE_SHINGLES = r"""
CREATE OR REPLACE FUNCTION quote_shingles(body text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
DECLARE
    words text[] := array_remove(regexp_split_to_array(lower(body), '\W+'), '');
    runs text[] := '{}';
BEGIN
    FOR i IN 1 .. coalesce(cardinality(words), 0) - 2 LOOP
        runs := runs || (words[i] || ' ' || words[i + 1] || ' ' || words[i + 2]);
    END LOOP;
    RETURN runs;
END
$$
"""


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0017_review_decided_at"),
    ]

    operations = [
        BtreeGinExtension(),
        migrations.RunSQL(QUOTE_SHINGLES, "DROP FUNCTION IF EXISTS quote_shingles(text)"),
        migrations.AddIndex(
            model_name="quote",
            index=django.contrib.postgres.indexes.GinIndex(
                models.F("speaker"), QuoteShingles("text"), name="quote_speaker_shingles"
            ),
        ),
    ]
