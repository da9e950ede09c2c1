"""Every main page, in Chromium: no console error on a laptop, and usable on a 390 px phone
(the whole menu in sight, nothing wider than the screen), with a phone screenshot of each in
screenshots/."""

import pytest
from playwright.sync_api import expect

from articles.models import Article, Event, Person, Quote
from articles.services import editing
from articles.services.importing import create_job, run_job

from ..conftest import SEEDS
from .conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE_WIDTH = 390
NOT_FOUND = "/no/such/page/"


@pytest.fixture
def main_pages(seeded, editor) -> list[tuple[str, str]]:
    """(name, path) of every main page, over the seeds with some editor work on them."""
    article = Article.objects.order_by("pk").first()
    other = Article.objects.order_by("pk").last()
    editing.add_tag(article, "Ukraine")
    passage = article.body.split(".")[0]
    editing.create_annotation(article, editor, start=0, end=len(passage), exact=passage, note="Check this.")
    editing.create_link(article, other, relation="background", note="Earlier story", user=editor)
    seed = sorted(SEEDS.iterdir())[0]
    job = create_job([(seed.name, seed.read_bytes()), ("empty.txt", b"")], user=editor)
    run_job(job.pk)
    person = Person.objects.filter(mentions__isnull=False).order_by("name").first()
    quote = Quote.objects.filter(speaker__isnull=False).order_by("pk").first()
    event = Event.objects.order_by("pk").first()
    return [
        ("articles", "/"),
        ("articles-filtered", f"/?q=said&outlet={article.outlet}"),
        ("article", article.get_absolute_url()),
        ("people", "/people/"),
        ("person", person.get_absolute_url()),
        ("quotes", "/quotes/"),
        ("quote", f"/quotes/{quote.pk}/"),
        ("events", "/events/"),
        ("event", event.get_absolute_url()),
        ("review", "/review/"),
        ("review-people", "/review/?kind=people"),
        ("review-events", "/review/?kind=events"),
        ("tags", "/tags/"),
        ("tag", "/tags/ukraine/"),
        ("import", "/import/"),
        ("import-job", f"/import/{job.pk}/"),
        ("admin", "/admin/"),
        ("not-found", NOT_FOUND),
    ]


def console_errors(page) -> list[str]:
    """Collects the page's console errors and uncaught exceptions from now on. Chromium logs a
    page answered 404 as a failed load of itself: on the not-found page that one is the point."""
    errors: list[str] = []

    def logged(message):
        expected_404 = "404" in message.text and message.location.get("url", "").endswith(NOT_FOUND)
        if message.type == "error" and not expected_404:
            errors.append(f"console: {message.text} ({message.location.get('url')})")

    page.on("console", logged)
    page.on("pageerror", lambda error: errors.append(f"exception: {error}"))
    return errors


def test_no_main_page_logs_a_console_error(live_server, page, main_pages):
    errors = console_errors(page)
    log_in(page, live_server, "editor")
    for name, path in main_pages:
        page.goto(live_server.url + path)
        expect(page.locator("h1, .big-quote").first).to_be_visible()
        page.wait_for_load_state("networkidle")
        assert errors == [], f"{name} ({path}): {errors}"

    # The filters work through htmx without a complaint either.
    page.goto(live_server.url + "/")
    page.locator(".more-filters summary").click()
    page.select_option("select[name=outlet]", index=1)
    expect(page.locator("#results")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert "outlet=" in page.url
    page.goto(live_server.url + "/quotes/")
    page.locator(".filters input[name=show_rejected]").check()
    page.wait_for_url("**show_rejected=1**")
    assert errors == [], errors


def test_the_logged_out_pages_log_no_console_error(live_server, page):
    errors = console_errors(page)
    for path in ("/accounts/login/", NOT_FOUND):
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
    assert errors == [], errors
    icon = page.goto(live_server.url + "/favicon.ico")  # asked for by browsers whatever a page names
    assert icon.ok and icon.headers["content-type"].startswith("image/svg+xml")


def test_every_main_page_works_on_a_phone(live_server, phone, main_pages):
    errors = console_errors(phone)
    log_in(phone, live_server, "editor")
    for name, path in main_pages:
        phone.goto(live_server.url + path)
        expect(phone.locator("h1, .big-quote").first).to_be_visible()
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE_WIDTH, f"{name} is {width}px wide on a {PHONE_WIDTH}px phone"
        links = phone.locator(".topbar nav a")
        assert name == "admin" or links.count() >= 6  # the admin has its own (responsive) header
        for i in range(links.count()):
            link = links.nth(i)
            expect(link).to_be_in_viewport(ratio=1)
            box = link.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE_WIDTH, f"{name}: {link.inner_text()} is cut off"
        screenshot(phone, f"phone-{name}")
    assert errors == [], errors

    # The menu takes the editor where it says.
    phone.goto(live_server.url + "/")
    phone.locator(".topbar nav a", has_text="Import").tap()
    expect(phone.locator("h1")).to_have_text("Import articles")
