"""The review queue in Chromium, driven by the keyboard alone: next and previous, verify,
reject, undo, change the speaker; each decision saved at once (no reload) and counted."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Quote

from .. import factories as f
from .conftest import log_in, mark_page, screenshot, still_same_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = (
    "The minister said the talks were useful and \u201cthe door stays open\u201d.\n\n"
    "A rival replied: \u201cWe want calm, not speeches.\u201d\n\n"
    "Later he added: \u201cNobody will be rushed into a bad deal.\u201d"
)


def test_the_queue_is_worked_through_from_the_keyboard(live_server, page, editor):
    article = f.article("Talks resume", BODY, outlet="The Record")
    minister, rival = f.person("Ada Okafor", role="Foreign Minister"), f.person("Tomas Berg")
    f.quote(article, "the door stays open", speaker=minister)
    f.quote(article, "We want calm, not speeches.", speaker=minister)  # wrongly attributed
    f.quote(article, "Nobody will be rushed into a bad deal.", speaker=minister)
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/review/")
    mark_page(page)

    items = page.locator("[data-review-item]")
    expect(items).to_have_count(3)
    ids = [int(re.search(r"\d+$", items.nth(i).get_attribute("id"))[0]) for i in range(3)]
    first, second, third = (Quote.objects.get(pk=pk) for pk in ids)
    progress = page.locator("#review-progress")
    expect(progress).to_contain_text("0 of 3 reviewed today")
    expect(items.nth(0)).to_have_attribute("aria-current", "true")

    # v verifies the current quote, saved at once, and moves on to the next.
    page.keyboard.press("v")
    expect(page.locator(f"#review-quote-{first.pk} .badge")).to_have_text("Verified")
    expect(items.nth(1)).to_have_attribute("aria-current", "true")
    expect(progress).to_contain_text("1 of 3 reviewed today")
    first.refresh_from_db()
    assert first.review_status == "verified"

    # j and k move without deciding; r rejects.
    page.keyboard.press("j")
    expect(items.nth(2)).to_have_attribute("aria-current", "true")
    page.keyboard.press("k")
    expect(items.nth(1)).to_have_attribute("aria-current", "true")
    page.keyboard.press("r")
    expect(page.locator(f"#review-quote-{second.pk} .badge")).to_have_text("Rejected")
    expect(progress).to_contain_text("2 of 3 reviewed today")
    expect(items.nth(2)).to_have_attribute("aria-current", "true")

    # u takes the last decision back, wherever the cursor is.
    page.keyboard.press("u")
    expect(page.locator(f"#review-quote-{second.pk} .badge")).to_have_text("Needs review")
    expect(progress).to_contain_text("1 of 3 reviewed today")
    expect(items.nth(1)).to_have_attribute("aria-current", "true")
    second.refresh_from_db()
    assert second.review_status == "needs_review" and second.reviewed_at is None

    # s opens "Change speaker" with the cursor in it; ↓ reaches the suggestions, Enter picks.
    page.keyboard.press("s")
    box = page.locator(f"#speaker-input-{second.pk}")
    expect(box).to_be_focused()
    page.keyboard.type("berg", delay=30)
    expect(page.locator(f"#speaker-options-{second.pk} button")).to_have_text("Tomas Berg")
    page.keyboard.press("ArrowDown")
    expect(page.locator(f"#speaker-options-{second.pk} button")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(f"#speaker-{second.pk} .said-by")).to_have_text("— Tomas Berg")
    second.refresh_from_db()
    assert second.speaker == rival
    expect(items.nth(1)).to_be_focused()  # back in the queue: the keys work again

    page.keyboard.press("v")
    expect(page.locator(f"#review-quote-{second.pk} .badge")).to_have_text("Verified")
    expect(items.nth(2)).to_have_attribute("aria-current", "true")
    page.keyboard.press("r")
    expect(page.locator(f"#review-quote-{third.pk} .badge")).to_have_text("Rejected")
    expect(progress).to_contain_text("3 of 3 reviewed today")
    assert still_same_page(page)  # every decision went through htmx
    statuses = dict(Quote.objects.values_list("pk", "review_status"))
    assert [statuses[q.pk] for q in (first, second, third)] == ["verified", "verified", "rejected"]
    screenshot(page, "review-queue")

    # Reloaded, the queue holds what still waits: nothing.
    page.reload()
    expect(page.locator("#queue .empty")).to_contain_text("Nothing waiting for review")
    expect(progress).to_contain_text("3 of 3 reviewed today")


def test_the_queue_on_a_phone(live_server, phone, editor):
    """At 390 px the quote, its speaker and the decision buttons fit the screen."""
    article = f.article("Talks resume", BODY, outlet="The Record")
    f.quote(article, "the door stays open", speaker=f.person("Ada Okafor", role="Foreign Minister"))
    log_in(phone, live_server, "editor")
    phone.goto(f"{live_server.url}/review/")
    item = phone.locator("[data-review-item]")
    expect(item).to_have_count(1)
    verify = item.locator("button[value='verified']")
    expect(verify).to_be_in_viewport()
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width} px wide"
    screenshot(phone, "review-queue-phone")
    verify.tap()
    expect(item.locator(".review .badge")).to_have_text("Verified")
    expect(phone.locator("#review-progress")).to_contain_text("1 of 1 reviewed today")
