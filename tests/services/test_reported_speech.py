"""Reported speech through the import: kind and cue stored, editors' work kept on re-import,
and quotes stored before kinds existed kept as verbatim quotes by the migration."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles.models import Person, Quote
from articles.services import importing

pytestmark = pytest.mark.django_db

PAGE = """Ministers weigh troop plan

Defence Secretary Ben Wallace met officials in Paris on Monday.

Mr Wallace said the UK was prepared to send more troops to Europe if needed.

"We will not be found wanting," he told reporters.
"""


def test_import_stores_kind_and_cue_of_every_quote():
    importing.import_bytes(PAGE.encode(), "troops.txt")
    reported = Quote.objects.get(kind="indirect")
    assert reported.text == "the UK was prepared to send more troops to Europe if needed"
    assert reported.cue == "said"
    assert reported.speaker.name == "Ben Wallace"
    direct = Quote.objects.get(kind="direct")
    assert direct.text == "We will not be found wanting,"
    assert direct.cue == "told reporters"


def test_reimport_keeps_an_editor_s_decision_and_speaker_fix_on_a_paraphrase():
    first = importing.import_bytes(PAGE.encode(), "troops.txt")
    reported = Quote.objects.get(kind="indirect")
    someone_else = Person.objects.create(name="Grant Shapps")
    reported.speaker, reported.review_status = someone_else, "verified"
    reported.save()

    corrected = PAGE.replace("on Monday", "on Monday morning")
    second = importing.import_bytes(corrected.encode(), "troops.txt")

    assert second.status == "updated" and second.article_id == first.article_id
    kept = Quote.objects.get(pk=reported.pk)
    assert (kept.kind, kept.review_status, kept.speaker) == ("indirect", "verified", someone_else)
    assert kept.start == kept.article.body.index(kept.text)
    assert Quote.objects.filter(kind="indirect").count() == 1


@pytest.mark.django_db(transaction=True)
def test_migration_keeps_every_existing_quote_as_direct():
    executor = MigrationExecutor(connection)
    before, after = [("articles", "0015_tag_redirects")], [("articles", "0016_quote_kind_cue")]
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    Article = old_apps.get_model("articles", "Article")
    OldPerson = old_apps.get_model("articles", "Person")
    OldQuote = old_apps.get_model("articles", "Quote")
    article = Article.objects.create(source_file="old.txt", title="Old", body="He said: “Stay.”")
    fixed = OldPerson.objects.create(name="Ada Lovelace")
    OldQuote.objects.create(
        article=article, text="Stay.", start=10, end=15, speaker=fixed, speaker_label="", review_status="verified"
    )
    executor = MigrationExecutor(connection)
    executor.migrate(after)
    new_apps = executor.loader.project_state(after).apps
    quote = new_apps.get_model("articles", "Quote").objects.get()
    assert (quote.kind, quote.cue, quote.text, quote.review_status) == ("direct", "", "Stay.", "verified")
    assert quote.speaker_id == fixed.pk
    executor.loader.build_graph()
    MigrationExecutor(connection).migrate(executor.loader.graph.leaf_nodes())
