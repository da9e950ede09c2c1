"""Security in Chromium: stored XSS stays inert on every page, htmx works under the
Content-Security-Policy with no violation reported, and a write without its CSRF token fails.

Every page is checked three ways: no payload ran (window.__xss unset, no dialog), none became
markup (no injected element in the DOM), and the browser reported no CSP violation (which is
also what would catch escaping gone wrong, since the policy blocks inline code)."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from articles.models import ImportFile, ImportJob, Link, Tag
from articles.services import editing

from .. import factories as f
from .conftest import log_in, mark_page, screenshot, still_same_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAYLOADS = [
    '<img src=x onerror="window.__xss=1">',
    "<script>window.__xss=1</script>",
    '"><svg onload=window.__xss=1>',
    "<img src=x onerror=alert(1)>",
    "javascript:window.__xss=1",
]
XSS = " ".join(PAYLOADS)

WATCH = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""
INJECTED = "img[src='x'], svg[onload], script:not([src]):not([type='application/json']), [onerror], [onload]"


class Watcher:
    """Collects dialogs and CSP reports (events and console lines) for a page."""

    def __init__(self, page):
        self.page = page
        self.dialogs, self.console = [], []
        page.add_init_script(WATCH)
        page.on("dialog", self._dialog)
        page.on("console", self._console)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.console.append(message.text)

    def check(self, where: str) -> None:
        page = self.page
        assert page.evaluate("typeof window.__xss") == "undefined", f"a payload ran on {where}"
        assert page.locator(INJECTED).count() == 0, f"a payload became markup on {where}"
        assert page.evaluate("window.__csp") == [], f"CSP violation on {where}"
        assert self.console == [], f"CSP violation on {where}: {self.console}"
        assert self.dialogs == [], f"dialog on {where}: {self.dialogs}"


def hostile_workspace(editor):
    """Payloads stored wherever an editor or an imported page can put text."""
    article = f.article(
        title=f"Harbour plan {XSS}",
        body=f"Defence Secretary Ben Wallace said {XSS} the talks were useful.\n\n"
        f"Sergei Shoigu replied that Russia “wants calm {PAYLOADS[0]}” and would host the next round.",
        outlet=f"Outlet {PAYLOADS[1]}",
        authors=[f"Ann {PAYLOADS[0]}"],
        removed_lines=[{"line": 0, "text": f"Most Read {XSS}", "reason": "navigation"}],
        standfirst=f"Standfirst {XSS}",
    )
    person = f.person(f"Ben Wallace {PAYLOADS[2]}", role=f"Secretary {PAYLOADS[0]}", aliases=[PAYLOADS[1]])
    f.mention(article, person, "Wallace")
    quote = f.quote(article, f"wants calm {PAYLOADS[0]}", label=f"A senior source {XSS}")
    event = f.event(f"Talks {XSS}", participants=[person], articles=[article], quotes=[quote], location=PAYLOADS[0])
    for payload in PAYLOADS:
        for record in (article, person, quote, event):
            editing.add_tag(record, f"tag {payload}")
    editing.set_speaker(quote, label=f"Speaker {XSS}")
    editing.create_link(article, person, relation="related", note=f"Link note {XSS}", user=editor)
    editing.create_link(quote, event, relation="background", note=f"Link note {XSS}", user=editor)
    annotation = f.annotation(article, editor, "the talks were useful", note=f"Note {XSS}", tags=f"note {PAYLOADS[0]}")
    job = ImportJob.objects.create(created_by=editor, status=ImportJob.Status.DONE)
    ImportFile.objects.create(job=job, name=f"{PAYLOADS[3]}.txt", status="failed", reason=f"why {XSS}")
    return article, person, quote, event, annotation, job


def test_stored_xss_is_inert_on_every_page(live_server, page, editor):
    article, person, quote, event, annotation, job = hostile_workspace(editor)
    watcher = Watcher(page)
    log_in(page, live_server, "editor")
    tag = Tag.objects.filter(name__contains="onerror").first()
    paths = [
        reverse("articles:list"),
        reverse("articles:list") + "?q=Harbour+script+img",
        reverse("articles:list") + "?q=window",
        article.get_absolute_url(),
        article.get_absolute_url() + "?show_rejected=1",
        reverse("articles:people"),
        reverse("articles:people") + "?q=Wallace",
        person.get_absolute_url(),
        reverse("articles:quotes"),
        reverse("articles:quotes") + "?q=calm",
        reverse("articles:quote", args=[quote.pk]),
        reverse("articles:events"),
        event.get_absolute_url(),
        reverse("articles:tags"),
        tag.get_absolute_url(),
        reverse("articles:import"),
        reverse("articles:import_job", args=[job.pk]),
        reverse("articles:annotation_edit", args=[annotation.pk]),
        reverse("articles:tag_suggest") + "?name=tag",
        reverse("articles:person_suggest") + "?label=Wallace",
        reverse("articles:link_search") + "?find=Harbour",
        reverse("admin:index"),
        reverse("admin:articles_article_changelist"),
        reverse("admin:articles_article_change", args=[article.pk]),
        reverse("admin:articles_article_history", args=[article.pk]),
        reverse("admin:articles_person_change", args=[person.pk]),
        reverse("admin:articles_quote_change", args=[quote.pk]),
        reverse("admin:articles_event_change", args=[event.pk]),
        reverse("admin:articles_tag_changelist"),
    ]
    for path in paths:
        response = page.goto(live_server.url + path)
        assert response.status in {200, 403}, (path, response.status)
        page.wait_for_load_state("load")
        watcher.check(path)
    # The payloads are on the pages, as text.
    page.goto(live_server.url + article.get_absolute_url())
    expect(page.locator("h1")).to_contain_text('<img src=x onerror="window.__xss=1">')
    expect(page.locator("#annotations .note-text")).to_contain_text("<script>window.__xss=1</script>")
    watcher.check("the article page again")
    screenshot(page, "xss-inert")


def test_htmx_actions_work_under_the_policy_with_no_violation(live_server, page, editor):
    article = f.article()
    watcher = Watcher(page)
    log_in(page, live_server, "editor")
    response = page.goto(live_server.url + article.get_absolute_url())
    assert "'nonce-" in response.headers["content-security-policy"]
    assert page.evaluate("typeof htmx") == "object"
    assert page.locator("head style").count() == 0  # htmx injected no indicator <style>
    mark_page(page)

    widget = f"#tags-article-{article.pk}"
    page.fill(f"{widget} input[name=name]", "Harbour")
    page.press(f"{widget} input[name=name]", "Enter")
    expect(page.locator(f"{widget} .chip a")).to_have_text(["Harbour"])
    expect(page.locator(f"{widget} input[name=name]")).to_be_focused()  # data-refocus, moved out of hx-on
    page.fill(f"{widget} input[name=name]", "Ships")
    page.click(f"{widget} form.tag-add button[type=submit]")  # the Add button: focus comes back to the box
    expect(page.locator(f"{widget} .chip a")).to_have_text(["Harbour", "Ships"])
    expect(page.locator(f"{widget} input[name=name]")).to_be_focused()

    review = f"#review-article-{article.pk}"
    page.click(f"{review} button[value=verified]")
    expect(page.locator(f"{review} .badge")).to_have_text("Verified")

    assert still_same_page(page)  # every action swapped a fragment; no reload
    article.refresh_from_db()
    assert article.review_status == "verified"
    assert sorted(article.tags.values_list("name", flat=True)) == ["Harbour", "Ships"]

    # Search as you type (htmx trigger with delay) under the policy too.
    page.goto(live_server.url + reverse("articles:list"))
    mark_page(page)
    page.fill("#id_q", "Wallace")
    expect(page.locator("#results .article-list > li")).to_have_count(1)
    assert still_same_page(page)
    watcher.check("htmx actions")


def test_a_write_without_its_csrf_token_is_refused_in_the_browser(live_server, page, editor):
    article = f.article()
    log_in(page, live_server, "editor")
    page.goto(live_server.url + article.get_absolute_url())
    widget = f"#tags-article-{article.pk}"
    # Strip the token from the page: the header htmx sends and the form's hidden field.
    page.evaluate(
        """() => {
            document.body.removeAttribute("hx-headers");
            document.querySelectorAll("input[name=csrfmiddlewaretoken]").forEach((i) => i.remove());
        }"""
    )
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.fill(f"{widget} input[name=name]", "Forged")
        page.press(f"{widget} input[name=name]", "Enter")
    assert posted.value.status == 403
    expect(page.locator("#notice")).to_be_visible()
    assert not article.tags.exists()

    # A page on another site posting to newsdesk: refused too (no token; the cookies stay home).
    page.set_content(
        f"""<form method="post" action="{live_server.url}{reverse("articles:tag_add", args=["article", article.pk])}">
            <input name="name" value="Forged"><button>go</button></form>"""
    )
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.click("button")
    assert posted.value.status in {302, 403}
    assert not article.tags.exists() and not Link.objects.exists()
