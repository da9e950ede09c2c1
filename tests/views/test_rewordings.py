"""'Also reported by' finds rewordings: the same speaker's quotation trimmed, with a clause
cut or a word changed in another article, shown with a word diff; not an unrelated one,
not another speaker's, not a rejected one."""

import re

import pytest
from django.db import connection
from django.urls import reverse

from articles.models import Quote
from articles.querysets import REWORDED_CANDIDATES, REWORDED_READ, REWORDED_SQL, reworded_reports
from articles.services import editing

from .. import factories as f

pytestmark = pytest.mark.django_db

FULL = (
    "We will not sign this deal until the border question is settled, and we have told "
    "Brussels that plainly. Nobody should doubt our resolve on this."
)
TRIMMED = "We will not sign this deal until the border question is settled."
CLAUSE_CUT = "We will not sign this deal until the border question is settled. Nobody should doubt our resolve on this."
ONE_WORD = FULL.replace("plainly", "clearly")
UNRELATED = "We will not be lectured by anyone about the state of our schools."


def report(text, speaker, outlet, day=12):
    return f.quote(
        f.article(f"{outlet} on the deal", f"She said: \u201c{text}\u201d", outlet=outlet, day=day),
        text,
        speaker=speaker,
    )


@pytest.fixture
def reports(db):
    okafor, berg = f.person("Ada Okafor"), f.person("Tomas Berg")
    made = {
        "full": report(FULL, okafor, "The Record", day=11),
        "trimmed": report(TRIMMED, okafor, "The Herald"),
        "clause": report(CLAUSE_CUT, okafor, "Daily Post"),
        "one_word": report(ONE_WORD, okafor, "Evening Star"),
        "unrelated": report(UNRELATED, okafor, "Morning Wire"),
        "other_speaker": report(TRIMMED, berg, "City News"),
    }
    return made


def test_trimmed_clause_cut_and_one_word_changed_reports_are_found(reports):
    found = reworded_reports([reports["full"].pk])[reports["full"].pk]
    by_pk = {q.pk: q.rewording.how for q in found}
    assert by_pk == {
        reports["trimmed"].pk: "shorter",
        reports["clause"].pk: "shorter",
        reports["one_word"].pk: "reworded",
    }
    assert found[0].article.outlet and found[0].speaker.name == "Ada Okafor"


def test_the_shorter_report_finds_the_longer_one(reports):
    found = reworded_reports([reports["trimmed"].pk])[reports["trimmed"].pk]
    assert reports["full"].pk in {q.pk for q in found}
    assert {q.rewording.how for q in found if q.pk == reports["full"].pk} == {"longer"}
    assert reports["other_speaker"].pk not in {q.pk for q in found}  # same words, another speaker


def test_an_unrelated_quote_finds_nothing_and_rejected_reports_are_left_out(reports):
    assert reworded_reports([reports["unrelated"].pk]) == {}
    editing.set_review_status(reports["trimmed"], "rejected")
    found = reworded_reports([reports["full"].pk])[reports["full"].pk]
    assert reports["trimmed"].pk not in {q.pk for q in found}


def test_the_quote_page_shows_the_rewordings_with_a_word_diff(editor_client, reports):
    html = editor_client.get(reverse("articles:quote", args=[reports["full"].pk])).content.decode()
    assert "No other outlet has this quotation" not in html
    one_word = re.search(rf'<li class="reworded" id="reworded-{reports["one_word"].pk}">(.*?)</li>', html, re.S)[1]
    assert "<del>plainly.</del>" in one_word and "<ins>clearly.</ins>" in one_word and "Evening Star" in one_word
    clause = re.search(rf'id="reworded-{reports["clause"].pk}">(.*?)</li>', html, re.S)[1]
    assert "<del>and we have told Brussels that plainly.</del>" in clause.replace("settled,", "")
    assert f'id="reworded-{reports["unrelated"].pk}"' not in html


def test_the_quotes_list_shows_who_reworded_a_quotation(editor_client, reports):
    html = editor_client.get(reverse("articles:quotes"), {"speaker": "okafor"}).content.decode()
    row = re.search(rf'id="quote-row-{reports["full"].pk}">(.*?)</li>\s*(<li class="quote-item|</ol>)', html, re.S)[1]
    assert "Reworded by:" in row and "Evening Star</a> (reworded)" in row and "The Herald</a> (shorter)" in row


def test_the_search_for_rewordings_is_answered_by_its_index(reports):
    """A speaker quoted thousands of times: the candidates come from the GIN index of runs
    keyed by speaker, not from reading every one of the speaker's quotes."""
    speaker, article = reports["full"].speaker, f.article("Many quotes", "x" * 10)
    vocabulary = [f"word{n}" for n in range(400)]
    texts = (" ".join(vocabulary[(i * 7 + k * 13) % 400] for k in range(12)) for i in range(3000))
    Quote.objects.bulk_create(
        Quote(article=article, text=text, start=i, end=i + 1, speaker=speaker) for i, text in enumerate(texts)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_quote")
        cursor.execute("EXPLAIN " + REWORDED_SQL, {"shown": [reports["full"].pk], "read": REWORDED_READ})
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "quote_speaker_runs" in plan, plan
    assert {q.pk for q in reworded_reports([reports["full"].pk])[reports["full"].pk]} == {
        reports["trimmed"].pk,
        reports["clause"].pk,
        reports["one_word"].pk,
    }


def test_the_runs_index_has_no_pending_list():
    """A list page looks up some thirty quotes' runs: with GIN's pending list each lookup would
    read every entry imported since the last merge, so the index takes them at once."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'quote_speaker_runs'")
        (options,) = cursor.fetchone()
    assert "fastupdate=off" in options


def test_a_busy_speakers_stock_phrase_does_not_crowd_out_the_rewordings(reports):
    """More quotes than are diffed share a run of words with the one shown ("We will not"),
    newer than the real rewordings: those sharing the most runs are diffed first."""
    speaker, article = reports["full"].speaker, f.article("Stock phrases", "x" * 10)
    Quote.objects.bulk_create(
        Quote(
            article=article,
            text=f"We will not comment on matter number {n} today.",
            start=n,
            end=n + 1,
            speaker=speaker,
        )
        for n in range(REWORDED_CANDIDATES + 20)
    )
    assert {q.pk for q in reworded_reports([reports["full"].pk])[reports["full"].pk]} == {
        reports["trimmed"].pk,
        reports["clause"].pk,
        reports["one_word"].pk,
    }
