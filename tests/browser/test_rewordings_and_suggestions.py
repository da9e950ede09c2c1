"""In Chromium: a quotation another outlet trimmed and reworded is shown as also reported,
with how it differs; and the Person, Speaker and Tag filters of the articles, quotes and
events lists suggest as one types, and the suggestion picked filters the list."""

import pytest
from playwright.sync_api import expect

from articles.services import editing

from .. import factories as f
from .conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FULL = (
    "We will not sign this deal until the border question is settled, and we have told "
    "Brussels that plainly. Nobody should doubt our resolve on this."
)
REWORDED = "We will not sign this deal until the border question is settled. Nobody should doubt our resolve."


def test_a_reworded_quotation_is_shown_as_also_reported(live_server, page, editor):
    okafor = f.person("Ada Okafor", role="Foreign Minister")
    first = f.article("Okafor rules out a deal", f"Ms Okafor said: \u201c{FULL}\u201d", outlet="The Record", day=11)
    later = f.article("No deal yet", f"She told reporters: \u201c{REWORDED}\u201d", outlet="The Herald", day=12)
    shown = f.quote(first, FULL, speaker=okafor)
    other = f.quote(later, REWORDED, speaker=okafor)
    log_in(page, live_server, "editor")

    page.goto(f"{live_server.url}/quotes/")
    row = page.locator(f"#quote-row-{shown.pk}")
    expect(row.locator("details.reworded summary")).to_contain_text("Reworded by: The Herald (shorter)")
    row.locator("details.reworded summary").click()
    expect(row.locator(".word-diff del").first).to_have_text("and we have told Brussels that plainly.")

    page.goto(f"{live_server.url}/quotes/{shown.pk}/")
    item = page.locator(f"#reworded-{other.pk}")
    expect(item).to_contain_text("The Herald")
    expect(item.locator(".badge")).to_have_text("shorter")
    expect(item.locator(".word-diff del")).to_have_text(["and we have told Brussels that plainly.", "on this."])
    expect(page.locator(".also-reported .empty")).to_have_count(0)
    screenshot(page, "quote-rewrites")

    item.locator("a").first.click()  # the other report, in its article
    expect(page.locator("h1")).to_have_text("No deal yet")


def pick(page, box, typed: str, option_value: str):
    """Types into a filter box, waits for the suggestion, and picks it as a browser does
    (the datalist's option becomes the box's value; choosing fires change)."""
    box.press_sequentially(typed, delay=40)
    options = page.locator(f"#{box.get_attribute('list')} option")
    expect(options.first).to_have_attribute("value", option_value)
    box.fill(options.first.get_attribute("value"))
    box.dispatch_event("change")


def test_every_filter_box_suggests_and_the_suggestion_filters(live_server, page, editor):
    okafor, berg = f.person("Ada Okafor", role="Foreign Minister"), f.person("Tomas Berg")
    about = f.article("Okafor on the deal", "Ada Okafor said \u201cthe door stays open\u201d.", outlet="The Record")
    other = f.article("Berg on schools", "Tomas Berg said \u201cschools come first\u201d.", outlet="The Herald")
    f.mention(about, okafor)
    f.mention(other, berg)
    f.quote(about, "the door stays open", speaker=okafor)
    f.quote(other, "schools come first", speaker=berg)
    editing.add_tag(about, "Border talks")
    editing.add_tag(f.quote(about, "Okafor said"), "Border talks")
    f.event("Okafor meets Berg", participants=[okafor, berg], articles=[about])
    f.event("Berg opens a school", participants=[berg], articles=[other])
    log_in(page, live_server, "editor")

    # Articles: Person, then Tag.
    page.click(".more-filters summary")
    pick(page, page.locator("input[name=person]"), "oka", "Ada Okafor")
    expect(page.locator("#results .article-list > li")).to_have_count(1)
    expect(page.locator("#results .title")).to_have_text("Okafor on the deal")
    page.locator("input[name=person]").fill("")
    page.locator("input[name=person]").dispatch_event("change")
    expect(page.locator("#results .article-list > li")).to_have_count(2)
    pick(page, page.locator("input[name=tag]"), "bord", "border-talks")
    expect(page.locator("#results .article-list > li")).to_have_count(1)
    assert "tag=border-talks" in page.url
    screenshot(page, "filter-suggestions")

    # Quotes: Speaker, then Tag.
    page.goto(f"{live_server.url}/quotes/")
    pick(page, page.locator("input[name=speaker]"), "ber", "Tomas Berg")
    expect(page.locator("#results .quote-item")).to_have_count(1)
    expect(page.locator("#results .quote-item blockquote")).to_contain_text("schools come first")
    page.goto(f"{live_server.url}/quotes/")
    pick(page, page.locator("input[name=tag]"), "talk", "border-talks")
    expect(page.locator("#results .quote-item")).to_have_count(1)
    expect(page.locator("#results .quote-item blockquote")).to_contain_text("Okafor said")

    # Events: Person.
    page.goto(f"{live_server.url}/events/")
    expect(page.locator(".event-list > li")).to_have_count(2)
    pick(page, page.locator("input[name=person]"), "okaf", "Ada Okafor")
    expect(page.locator(".event-list > li")).to_have_count(1)
    expect(page.locator(".event-list .summary")).to_have_text("Okafor meets Berg")
