"""The editor's workspace in Chromium: search, read, annotate, tag, link, review, and a Viewer
who is refused. Each htmx action is checked to happen without a page reload."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Annotation, Article, Link, Person, Quote, Tag
from articles.services import editing

from .. import factories as f
from .conftest import log_in, mark_page, screenshot, select_text, still_same_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def seed_article(fragment: str) -> Article:
    """A seed article by a few words of its title."""
    return Article.objects.get(title__contains=fragment)


def test_search_with_a_phrase_and_open_the_article(live_server, page, editor, seeded):
    log_in(page, live_server, "editor")
    mark_page(page)
    page.fill("#id_q", '"always ask for more"')
    expect(page.locator("#results .article-list > li")).to_have_count(1)
    assert still_same_page(page)  # htmx swapped the results; no reload
    assert page.url.endswith("/?q=%22always+ask+for+more%22")  # the query is kept in the URL, nothing else
    expect(page.locator("#results mark").first).to_have_text("always")
    screenshot(page, "search")

    page.reload()  # the URL alone brings the same search back
    expect(page.locator("#results .article-list > li")).to_have_count(1)
    expect(page.locator("#id_q")).to_have_value('"always ask for more"')

    # A filter narrows the same way: the outlet select, no search words.
    page.fill("#id_q", "")
    expect(page.locator("#results .article-list > li")).to_have_count(4)
    page.click(".more-filters summary")
    page.select_option("select[name=outlet]", "GB News")
    expect(page.locator("#results .article-list > li")).to_have_count(1)
    assert page.url.endswith("/?outlet=GB+News")
    page.select_option("select[name=outlet]", "")
    expect(page.locator("#results .article-list > li")).to_have_count(4)
    page.fill("#id_q", '"always ask for more"')
    expect(page.locator("#results .count")).to_contain_text("matching")
    expect(page.locator("#results .article-list > li")).to_have_count(1)

    page.click("#results .article-list .title")
    article = seed_article("always ask for more")
    expect(page.locator("h1")).to_have_text(article.title.strip())
    expect(page.locator("#article-body p").first).to_be_visible()


def test_select_text_and_annotate_it_then_edit_and_delete(live_server, page, editor, seeded):
    article = seed_article("always ask for more")
    passage = "every time he rings President Putin"
    log_in(page, live_server, "editor")
    page.goto(live_server.url + article.get_absolute_url())
    mark_page(page)

    select_text(page, passage)
    form = page.locator("#annotate-form")
    expect(form).to_be_visible()
    expect(page.locator("#annotate-exact")).to_have_text(f"“{passage}”")

    # Text that no longer matches the article (here: tampered with) is refused with the reason.
    page.evaluate("document.querySelector('#annotate-form').elements.exact.value = 'something else'")
    page.click("#annotate-form button[type=submit]")
    expect(page.locator("#annotate-error")).to_contain_text("does not match the article")
    assert not Annotation.objects.exists()

    select_text(page, passage)
    page.fill("#annotate-note", "Check the <Telegraph> interview")
    page.fill("#annotate-tags", "sourcing, Macron")
    screenshot(page, "annotate-form")
    page.click("#annotate-form button[type=submit]")

    expect(page.locator("#annotations .note-item")).to_have_count(1)
    expect(page.locator("#annotations .note-text")).to_have_text("Check the <Telegraph> interview")
    expect(page.locator("#article-body mark.annotation")).to_have_text(passage)
    expect(form).to_be_hidden()
    assert still_same_page(page)

    annotation = Annotation.objects.get()
    assert annotation.exact == passage == article.body[annotation.start : annotation.end]
    assert annotation.prefix == article.body[annotation.start - 32 : annotation.start]
    assert annotation.suffix == article.body[annotation.end : annotation.end + 32]
    assert sorted(annotation.tags.values_list("name", flat=True)) == ["Macron", "sourcing"]
    screenshot(page, "article-annotated")

    item = page.locator(f"#note-{annotation.pk}")
    item.get_by_role("link", name="Edit", exact=True).click()
    page.fill(f"#edit-note-{annotation.pk}", "Checked: the Telegraph, 12 March")
    page.click(f"#note-{annotation.pk} button[type=submit]")
    expect(page.locator(f"#note-{annotation.pk} .note-text")).to_have_text("Checked: the Telegraph, 12 March")
    annotation.refresh_from_db()
    assert annotation.note == "Checked: the Telegraph, 12 March"

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(f"#note-{annotation.pk}").get_by_role("button", name="Delete", exact=True).click()
    expect(page.locator("#annotations .note-item")).to_have_count(0)
    expect(page.locator("#article-body mark.annotation")).to_have_count(0)
    assert still_same_page(page)
    assert not Annotation.objects.exists()


def test_add_a_tag_with_autocomplete_and_remove_it(live_server, page, editor, seeded):
    article = seed_article("always ask for more")
    f.tag("Ukraine crisis")
    log_in(page, live_server, "editor")
    page.goto(live_server.url + article.get_absolute_url())
    mark_page(page)
    widget = f"#tags-article-{article.pk}"

    page.locator(f"{widget} input[name=name]").press_sequentially("ukr", delay=30)
    expect(page.locator(f"#tag-options-article-{article.pk} option")).to_have_attribute("value", "Ukraine crisis")
    page.fill(f"{widget} input[name=name]", "Ukraine crisis")
    page.press(f"{widget} input[name=name]", "Enter")
    expect(page.locator(f"{widget} .chip a")).to_have_text(["Ukraine crisis"])
    expect(page.locator(f"{widget} input[name=name]")).to_be_focused()  # ready for the next tag
    assert list(article.tags.values_list("name", flat=True)) == ["Ukraine crisis"]
    assert Tag.objects.count() == 1  # matched the existing tag, no duplicate

    page.click(f"{widget} button[aria-label='Remove tag Ukraine crisis']")
    expect(page.locator(f"{widget} .chip")).to_have_count(0)
    assert article.tags.count() == 0
    assert still_same_page(page)


def test_create_a_cross_link_shown_on_both_records_then_remove_it(live_server, page, editor, seeded):
    article = seed_article("always ask for more")
    other = seed_article("accepts invitation")
    log_in(page, live_server, "editor")
    page.goto(live_server.url + article.get_absolute_url())
    mark_page(page)
    links = f"#links-article-{article.pk}"

    page.click(f"{links} summary")
    page.locator(f"{links} input[name=find]").press_sequentially("invitation to meet", delay=20)
    option = page.locator(f"{links} .link-options input[value='article:{other.pk}']")
    expect(option).to_have_count(1)
    option.check()
    page.select_option(f"{links} select[name=relation]", "follow_up")
    page.fill(f"{links} textarea[name=note]", "Shoigu's answer to the invitation")
    page.click(f"{links} button:has-text('Add link')")
    expect(page.locator(f"{links} .link-list li")).to_have_count(1)
    expect(page.locator(f"{links} .link-list li")).to_contain_text("Follow-up")
    assert still_same_page(page)
    link = Link.objects.get()
    assert (link.source_id, link.target_id, link.relation) == (article.pk, other.pk, "follow_up")
    assert link.created_by == editor
    screenshot(page, "article-linked")

    page.goto(live_server.url + other.get_absolute_url())  # shown on the other record too
    other_links = page.locator(f"#links-article-{other.pk} .link-list li")
    expect(other_links).to_contain_text("Shoigu's answer to the invitation")
    other_links.get_by_role("button", name=re.compile("Remove link")).click()
    expect(page.locator(f"#links-article-{other.pk} .link-list li.empty")).to_have_count(1)
    assert not Link.objects.exists()


def test_verify_and_reject_quotes_and_change_a_speaker(live_server, page, editor):
    article = f.article()
    wallace, shoigu = f.person("Ben Wallace", role="Defence Secretary"), f.person("Sergei Shoigu")
    calm = f.quote(article, "wants calm", speaker=wallace)  # wrongly attributed
    lines = f.quote(article, "We will always keep lines of communication open.", speaker=wallace)
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/quotes/")
    mark_page(page)

    page.click(f"#review-quote-{lines.pk} button:has-text('Verify')")
    expect(page.locator(f"#review-quote-{lines.pk} .badge")).to_have_text("Verified")
    page.click(f"#review-quote-{calm.pk} button:has-text('Reject')")
    expect(page.locator(f"#review-quote-{calm.pk} .badge")).to_have_text("Rejected")
    lines.refresh_from_db()
    calm.refresh_from_db()
    assert (lines.review_status, calm.review_status) == ("verified", "rejected")

    page.click(f"#speaker-{calm.pk} summary")
    page.locator(f"#speaker-input-{calm.pk}").press_sequentially("shoi", delay=30)
    page.click(f"#speaker-options-{calm.pk} button:has-text('Sergei Shoigu')")
    expect(page.locator(f"#speaker-{calm.pk} .said-by")).to_have_text("— Sergei Shoigu")
    calm.refresh_from_db()
    assert calm.speaker == shoigu

    page.click(f"#speaker-{lines.pk} summary")
    page.fill(f"#speaker-input-{lines.pk}", "A senior defence source")
    page.click(f"#speaker-{lines.pk} button:has-text('Save')")
    expect(page.locator(f"#speaker-{lines.pk} .said-by")).to_have_text("— A senior defence source")
    lines.refresh_from_db()
    assert lines.speaker is None and lines.speaker_label == "A senior defence source"
    assert still_same_page(page)
    screenshot(page, "quotes-reviewed")

    page.goto(f"{live_server.url}/quotes/")  # rejected ones are hidden by default…
    expect(page.locator(".quote-list > li.quote-item")).to_have_count(1)
    page.check("input[name=show_rejected]")  # …and come back with the toggle
    expect(page.locator(".quote-list > li.quote-item")).to_have_count(2)
    assert "show_rejected=1" in page.url


def test_a_viewer_reads_but_is_refused_writes(live_server, page, viewer, seeded):
    article = seed_article("always ask for more")
    log_in(page, live_server, "viewer")
    page.goto(live_server.url + article.get_absolute_url())
    expect(page.locator("h1")).to_have_text(article.title.strip())
    expect(page.locator("#annotate-form")).to_have_count(0)
    expect(page.locator(".tag-add")).to_have_count(0)
    expect(page.locator(".review button")).to_have_count(0)

    # Even a hand-made request is refused by the server, and the page says so.
    url = f"/article/{article.pk}/tags/"
    status = page.evaluate(
        """async (url) => {
            const headers = JSON.parse(document.body.getAttribute("hx-headers"));
            const response = await fetch(url, {method: "POST", headers: {...headers,
                "Content-Type": "application/x-www-form-urlencoded"}, body: "name=sneaky"});
            return response.status;
        }""",
        url,
    )
    assert status == 403
    page.evaluate("(url) => htmx.ajax('POST', url, {target: '#main', swap: 'none', values: {name: 'sneaky'}})", url)
    expect(page.locator("#notice")).to_contain_text("can read but not change")
    assert article.tags.count() == 0 and not Tag.objects.exists()
    screenshot(page, "viewer-refused")


def test_screenshots_of_the_main_pages(live_server, page, phone, editor, seeded):
    """Saves the main pages (laptop and phone) in screenshots/ with some editor work on them."""
    article = seed_article("always ask for more")
    other = seed_article("accepts invitation")
    editing.add_tag(article, "Ukraine")
    editing.add_tag(article, "Macron")
    passage = "It's almost as if Putin is toying with him."
    start = article.body.index(passage)
    editing.create_annotation(
        article, editor, start=start, end=start + len(passage), exact=passage, note="Headline line.", tags="angle"
    )
    editing.create_link(article, other, relation="background", note="The invitation story", user=editor)
    person = Person.objects.filter(mentions__isnull=False).order_by("name").first() or f.person()
    quote = Quote.objects.filter(speaker__isnull=False).first()

    log_in(page, live_server, "editor")
    shots = [
        ("articles", "/"),
        ("article", article.get_absolute_url()),
        ("people", "/people/"),
        ("person", person.get_absolute_url()),
        ("quotes", "/quotes/"),
        ("events", "/events/"),
        ("tags", "/tags/"),
        ("tag", "/tags/ukraine/"),
    ]
    if quote:
        shots.append(("quote", f"/quotes/{quote.pk}/"))
    for name, url in shots:
        page.goto(live_server.url + url)
        expect(page.locator("h1, .big-quote").first).to_be_visible()
        screenshot(page, f"page-{name}")

    log_in(phone, live_server, "editor")
    for name, url in [("articles", "/"), ("article", article.get_absolute_url()), ("events", "/events/")]:
        phone.goto(live_server.url + url)
        expect(phone.locator("h1").first).to_be_visible()
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{name} scrolls sideways on a phone ({width}px)"
        screenshot(phone, f"phone-{name}")
