"""Rewordings for "also reported by": quote_shingles(text), a quotation's distinct runs of
three lowercased words, and one GIN index over (speaker, shingles), which btree_gin lets a GIN
index hold: "this speaker's quotes sharing a run of words with this one" is one index scan."""

import django.contrib.postgres.indexes
from django.contrib.postgres.operations import BtreeGinExtension
from django.db import migrations, models

import articles.models

QUOTE_SHINGLES = r"""
CREATE OR REPLACE FUNCTION quote_shingles(body text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 500 AS $$
    SELECT coalesce(array_agg(DISTINCT words[i] || ' ' || words[i + 1] || ' ' || words[i + 2]), '{}')
    FROM (SELECT array_remove(regexp_split_to_array(lower(body), '\W+'), '') AS words) split,
         generate_series(1, cardinality(words) - 2) AS i
$$
"""


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0014_review_decided_at"),
    ]

    operations = [
        BtreeGinExtension(),
        migrations.RunSQL(QUOTE_SHINGLES, "DROP FUNCTION IF EXISTS quote_shingles(text)"),
        migrations.AddIndex(
            model_name="quote",
            index=django.contrib.postgres.indexes.GinIndex(
                models.F("speaker"), articles.models.QuoteShingles("text"), name="quote_speaker_shingles"
            ),
        ),
    ]
