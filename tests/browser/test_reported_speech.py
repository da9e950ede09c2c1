"""Reported speech in Chromium: a paraphrase is marked as such on its article page (never as
someone's words), listed under "what they said" on its speaker's page, filterable by kind,
and reviewed and re-attributed like a quotation."""

import pytest
from playwright.sync_api import expect

from articles.models import Article, Person, Quote
from articles.services import importing

from .conftest import log_in, mark_page, screenshot, still_same_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE = """Ministers weigh troop plan

Defence Secretary Ben Wallace met officials in Paris on Monday.

Mr Wallace said the UK was prepared to send more troops to Europe if needed.

"We will not be found wanting," he told reporters.
"""
PARAPHRASE = "the UK was prepared to send more troops to Europe if needed"


@pytest.fixture
def imported(db):
    importing.import_bytes(PAGE.encode(), "troops.txt")
    return Article.objects.get(), Person.objects.get(name="Ben Wallace")


def test_a_paraphrase_on_its_article_page_and_its_speaker_s_page(live_server, page, editor, imported):
    article, wallace = imported
    reported = Quote.objects.get(kind="indirect")
    direct = Quote.objects.get(kind="direct")
    log_in(page, live_server, "editor")

    page.goto(live_server.url + article.get_absolute_url())
    in_body = page.locator(f"#quote-{reported.pk}")
    expect(in_body).to_have_text(PARAPHRASE)
    expect(in_body).to_have_class("quote kind-indirect status-needs_review")
    expect(in_body).to_have_attribute("data-speaker", "Reported speech (said), not verbatim: Ben Wallace")
    expect(page.locator(f"#quote-{direct.pk}")).to_have_class("quote kind-direct status-needs_review")
    # A quotation has a fill; reported speech has none (a dashed line instead).
    fills = [
        page.locator(f"#quote-{q.pk}").evaluate("e => getComputedStyle(e).backgroundColor") for q in (reported, direct)
    ]
    assert fills[0] != fills[1]
    row = page.locator(f"#quote-item-{reported.pk} .quote-text")
    expect(row).to_have_text(f"Reported · said {PARAPHRASE}")
    expect(row).not_to_contain_text("“")
    expect(page.locator(f"#quote-item-{direct.pk} .quote-text")).to_have_text("“We will not be found wanting,”")
    screenshot(page, "article-reported-speech")

    page.goto(live_server.url + wallace.get_absolute_url())
    expect(page.locator("#quotes-title")).to_contain_text("What Ben Wallace said")
    said = page.locator(".quote-list > li.quote-item")
    expect(said).to_have_count(2)
    expect(page.locator(".quote-item.kind-indirect blockquote")).to_have_text(f"Reported · said {PARAPHRASE}")
    page.click(".kind-filter a:has-text('Reported')")
    expect(said).to_have_count(1)
    expect(said.first).to_have_class("quote-item kind-indirect status-needs_review")
    page.click(".kind-filter a:has-text('Verbatim')")
    expect(said).to_have_count(1)
    expect(said.first.locator("blockquote")).to_have_text("“We will not be found wanting,”")
    screenshot(page, "person-what-they-said")


def test_review_and_speaker_fix_on_a_paraphrase_and_the_kind_filter(live_server, page, editor, imported):
    reported = Quote.objects.get(kind="indirect")
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/quotes/")
    mark_page(page)
    expect(page.locator(".quote-list > li.quote-item")).to_have_count(2)

    page.select_option("select[name=kind]", "indirect")
    expect(page.locator(".quote-list > li.quote-item")).to_have_count(1)
    assert page.url.endswith("kind=indirect")
    assert still_same_page(page)

    page.click(f"#review-quote-{reported.pk} button:has-text('Verify')")
    expect(page.locator(f"#review-quote-{reported.pk} .badge")).to_have_text("Verified")
    page.click(f"#speaker-{reported.pk} summary")
    page.fill(f"#speaker-input-{reported.pk}", "Downing Street")
    page.click(f"#speaker-{reported.pk} button:has-text('Save')")
    expect(page.locator(f"#speaker-{reported.pk} .said-by")).to_have_text("— Downing Street")
    reported.refresh_from_db()
    assert (reported.review_status, reported.speaker, reported.speaker_label) == ("verified", None, "Downing Street")

    page.select_option("select[name=kind]", "direct")
    expect(page.locator(".quote-list > li.quote-item")).to_have_count(1)
    expect(page.locator(".quote-list blockquote")).to_have_text("“We will not be found wanting,”")
