"""An editor logs in, sees the seed articles and opens one, in a real browser."""

import pytest

from articles.models import Article

from .conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_logs_in_and_opens_each_article(live_server, page, editor, seeded):
    log_in(page, live_server, "editor")
    assert page.locator(".article-list li").count() == 4
    screenshot(page, "article-list")
    for article in Article.objects.all():
        page.goto(f"{live_server.url}{article.get_absolute_url()}")
        assert page.locator("h1").inner_text().strip() == article.title.strip()
    screenshot(page, "article-detail")


def test_wrong_password_stays_on_login(live_server, page, editor):
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "wrong")
    page.click("button[type=submit]")
    assert page.locator(".error").is_visible()
