"""Every workspace page renders what the issue asks for, escapes user text, and answers htmx
requests with the fragment of the same template."""

import re

import pytest
from django.urls import reverse

from articles.models import Article
from articles.services import editing

from .. import factories as f

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def world(editor):
    return f.newsroom(editor, size=1)


def html(response) -> str:
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


def test_every_page_needs_login(client, world):
    a, p, q, e = world["articles"][0], world["people"][0], world["quotes"][0], world["events"][0]
    for url in [
        reverse("articles:people"),
        p.get_absolute_url(),
        reverse("articles:quotes"),
        reverse("articles:quote", args=[q.pk]),
        reverse("articles:events"),
        e.get_absolute_url(),
        reverse("articles:tags"),
        reverse("articles:tag", args=["ukraine"]),
        reverse("articles:annotations_export", args=[a.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login")), url


def test_nav_names_every_page_including_import(editor_client, world):
    page = html(editor_client.get(reverse("articles:list")))
    for name in ["Articles", "People", "Quotes", "Events", "Tags", "Import"]:
        assert f">{name}</a>" in page
    assert f'href="{reverse("articles:import")}"' in page


# --- article list -------------------------------------------------------------------------


def test_search_keeps_the_query_in_the_form_and_marks_snippets(editor_client, seeded):
    page = html(editor_client.get(reverse("articles:list"), {"q": '"always ask for more"'}))
    assert page.count('class="title"') == 1
    assert 'value="&quot;always ask for more&quot;"' in page
    assert "<mark>always</mark> <mark>ask</mark>" in page


def test_search_htmx_request_gets_only_the_results_fragment(editor_client, seeded):
    response = editor_client.get(reverse("articles:list"), {"q": "Shoigu"}, **HTMX)
    page = html(response)
    assert page.lstrip().startswith('<section id="results"')
    assert "<html" not in page and "<form" not in page
    assert page.count('class="title"') == 2
    assert "HX-Request" in response["Vary"]


def test_history_restore_gets_the_whole_page(editor_client, seeded):
    page = html(editor_client.get(reverse("articles:list"), **HTMX, HTTP_HX_HISTORY_RESTORE_REQUEST="true"))
    assert "<html" in page


def test_list_filters_by_outlet_person_tag_date_and_status(editor_client, world):
    first, second = world["articles"][:2]
    wallace = world["people"][0]
    loner = f.article("Unrelated piece", "Nothing here.", outlet="Elsewhere", year=2020, month=5, day=1)
    editing.add_tag(loner, "Climate")
    editing.set_review_status(second, "verified")

    def titles(**params):
        return re.findall(
            r'class="title" href="[^"]+">([^<]+)<', html(editor_client.get(reverse("articles:list"), params))
        )

    assert titles(outlet="Elsewhere") == [loner.title]
    assert set(titles(person=str(wallace.pk))) == {first.title, second.title}
    assert set(titles(person="wallace")) == {first.title, second.title}
    assert titles(tag="climate") == [loner.title]
    assert titles(date_from="2020-01-01", date_to="2020-12-31") == [loner.title]
    assert titles(status="verified") == [second.title]
    editing.set_review_status(loner, "rejected")
    assert loner.title not in titles()
    assert loner.title in titles(show_rejected="1")
    assert titles(date_from="not a date", outlet="Elsewhere") == []  # bad values are ignored, others still apply


def test_no_results_suggest_fewer_words_only_when_words_were_typed(editor_client, world):
    filtered = html(editor_client.get(reverse("articles:list"), {"outlet": "Nowhere"}))
    assert "No article matches these filters" in filtered and "fewer words" not in filtered
    searched = html(editor_client.get(reverse("articles:list"), {"q": "zebra crossing"}))
    assert "Nothing matches “zebra crossing”. Try fewer words" in searched


def test_pagination_keeps_the_query(editor_client):
    for n in range(27):
        f.article(f"Shoigu story {n}", "Shoigu said things.")
    page = html(editor_client.get(reverse("articles:list"), {"q": "Shoigu"}))
    assert page.count('class="title"') == 25
    assert 'href="?q=Shoigu&amp;page=2"' in page


# --- article page -------------------------------------------------------------------------


def test_article_page_shows_everything_beside_the_marked_up_body(editor_client, world, editor):
    a = world["articles"][0]
    Article.objects.filter(pk=a.pk).update(
        published_year=None,
        published_month=1,
        published_day=17,
        published_at=None,
        authors=["Meg Hill"],
        removed_lines=[{"line": 3, "text": "Most Read", "reason": "navigation"}],
    )
    page = html(editor_client.get(a.get_absolute_url()))
    assert "17 January, year unknown" in page and "Meg Hill" in page
    wallace = world["people"][0]
    assert '<a class="mention" id="mention-' in page and f'href="{wallace.get_absolute_url()}">Ben Wallace</a>' in page
    assert 'data-speaker="Said by Sergei Shoigu"' in page and 'tabindex="0"' in page
    assert '<mark class="annotation"' in page
    assert "What was cut" in page and "Most Read" in page and "navigation" in page
    assert '<details class="cut">' in page  # collapsed
    for expected in ["Sergei Shoigu", "Talks number 0", "Ukraine", "Same event", "check date 0", "Export as W3C"]:
        assert expected in page, expected


def test_rejected_quotes_are_hidden_until_asked_for(editor_client, world):
    a = world["articles"][0]
    q = world["quotes"][0]
    editing.set_review_status(q, "rejected")
    page = html(editor_client.get(a.get_absolute_url()))
    assert f'id="quote-{q.pk}"' not in page and f'id="quote-item-{q.pk}"' not in page
    page = html(editor_client.get(a.get_absolute_url(), {"show_rejected": "1"}))
    assert f'id="quote-{q.pk}"' in page and f'id="quote-item-{q.pk}"' in page


def test_user_text_is_escaped_everywhere(editor_client, editor):
    evil = '<img src=x onerror="alert(1)">'
    a = f.article(f"Title {evil}", f"Body {evil} here.\n\nWallace spoke.")
    p = f.person(f"Person {evil}")
    f.mention(a, p, "Wallace")
    q = f.quote(a, "Wallace spoke", label=f"label {evil}")
    editing.add_tag(a, f"tag {evil}")
    editing.add_tag(q, f"qtag {evil}")
    f.annotation(a, editor, "here", note=f"note {evil}", tags=f"ntag {evil}")
    editing.create_link(a, q, relation="related", note=f"link {evil}")
    tag = a.tags.first()
    for url in [
        a.get_absolute_url(),
        p.get_absolute_url(),
        reverse("articles:quotes"),
        reverse("articles:quote", args=[q.pk]),
        tag.get_absolute_url(),
        reverse("articles:tags"),
        reverse("articles:list"),
    ]:
        page = html(editor_client.get(url))
        assert "<img" not in page, url
    assert "&lt;img src=x" in html(editor_client.get(a.get_absolute_url()))


def test_viewer_sees_no_editing_controls(viewer_client, world):
    page = html(viewer_client.get(world["articles"][0].get_absolute_url()))
    assert "annotate-form" not in page and "Add a tag" not in page and "Verify" not in page
    assert "annotate.js" not in page
    assert "Ukraine" in page  # but reads everything


def test_editor_sees_the_editing_controls(editor_client, world):
    page = html(editor_client.get(world["articles"][0].get_absolute_url()))
    assert 'id="annotate-form"' in page and "Add a tag" in page and ">Verify<" in page and "annotate.js" in page


# --- person, quotes, events, tags ---------------------------------------------------------


def test_person_page(editor_client, world):
    wallace = world["people"][0]
    loner = f.person("Antony Blinken")
    page = html(editor_client.get(wallace.get_absolute_url()))
    assert "Defence Secretary" in page and "Mr Wallace" in page
    assert "We will always keep lines of communication open." in page
    assert world["articles"][0].title in page
    assert "Talks number 0" in page and "Call number 0" in page
    with_section = page.split("Appears most with")[1].split("</section>")[0]
    assert "Sergei Shoigu" in with_section and loner.name not in with_section
    assert re.search(r'Sergei Shoigu</a> <span class="count" title="articles in common">2<', with_section)


def test_quotes_page_shows_a_shared_quotation_once(editor_client, world):
    # The two articles of the world both carry "wants calm" with the same fingerprint.
    page = html(editor_client.get(reverse("articles:quotes")))
    assert page.count("“wants calm”") == 1
    assert "Also reported by" in page and "Daily Wire" in page
    page = html(editor_client.get(reverse("articles:quotes"), {"q": "communication", "outlet": "Daily Wire"}))
    assert "lines of communication" in page and "wants calm" not in page
    page = html(editor_client.get(reverse("articles:quotes"), {"speaker": str(world["people"][1].pk)}))
    assert "wants calm" in page and "lines of communication" not in page
    page = html(editor_client.get(reverse("articles:quotes"), {"tag": "russia"}))
    assert "wants calm" in page and "lines of communication" not in page


def test_events_timeline_groups_by_known_date(editor_client, world):
    f.event("Sometime event", year=2021, month=None, day=None)
    f.event("Undated event", year=None, month=None, day=None)
    page = html(editor_client.get(reverse("articles:events")))
    headings = re.findall(r'<h2 id="period-\d+">([^<]+)</h2>', page)
    assert headings == ["February 2022", "2021", "January, year unknown", "Date unknown"]
    assert "17 January, year unknown" in page and "Sometime in 2021" in page
    shoigu = world["people"][1]
    page = html(editor_client.get(reverse("articles:events"), {"person": str(shoigu.pk)}))
    assert "Talks number 0" in page and "Call number 0" not in page
    fragment = html(editor_client.get(reverse("articles:events"), {"person": "Shoigu"}, **HTMX))
    assert fragment.lstrip().startswith('<section id="timeline"') and "Call number 0" not in fragment


def test_event_and_quote_pages(editor_client, world):
    e = world["events"][0]
    page = html(editor_client.get(e.get_absolute_url()))
    assert "Ben Wallace" in page and world["articles"][0].title in page and "wants calm" in page
    assert "said at the talks" in page  # the link from the quote, shown on the event too
    q = world["quotes"][0]
    page = html(editor_client.get(reverse("articles:quote", args=[q.pk])))
    assert "wants calm" in page and "Sergei Shoigu" in page and "Daily Wire" in page


def test_tag_pages(editor_client, world):
    page = html(editor_client.get(reverse("articles:tags")))
    assert "Ukraine" in page and "Diplomacy" in page
    page = html(editor_client.get(reverse("articles:tag", args=["ukraine"])))
    assert world["articles"][0].title in page and "Rename" in page and "Merge" in page
    page = html(editor_client.get(reverse("articles:tag", args=["dates"])))
    assert "talks in Moscow" in page  # annotations carry tags too


def test_people_list(editor_client, world):
    page = html(editor_client.get(reverse("articles:people"), {"q": "mr wall"}))
    assert "Ben Wallace" in page and "Sergei Shoigu" not in page
