from django.urls import path, register_converter

from articles import kinds
from articles.views import browse, cut_lines, events, imports, people, quotes, review, tags, workbench

app_name = "articles"


class KindConverter:
    """The records editors tag, link and review: article, person, quote, event."""

    regex = kinds.PATTERN

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(KindConverter, "kind")

urlpatterns = [
    # Pages
    path("", browse.article_list, name="list"),
    path("articles/<int:pk>/", browse.article_detail, name="detail"),
    path("people/", people.person_list, name="people"),
    path("people/<int:pk>/", people.person_detail, name="person"),
    path("quotes/", quotes.quote_list, name="quotes"),
    path("quotes/<int:pk>/", quotes.quote_detail, name="quote"),
    path("events/", events.event_list, name="events"),
    path("events/<int:pk>/", events.event_detail, name="event"),
    path("tags/", tags.tag_list, name="tags"),
    path("tags/<str:slug>/", tags.tag_detail, name="tag"),
    path("articles/<int:pk>/restore-line/", cut_lines.restore_cut_line, name="restore_line"),
    path("review/", review.review_queue, name="review_queue"),
    path("import/", imports.import_page, name="import"),
    path("import/<int:pk>/", imports.import_job, name="import_job"),
    # Suggestions for pickers (htmx)
    path("suggest/tags/", tags.tag_suggest, name="tag_suggest"),
    path("suggest/people/", people.person_suggest, name="person_suggest"),
    path("suggest/records/", workbench.link_search, name="link_search"),
    # Editors' actions (htmx, or plain forms)
    path("tags/<str:slug>/rename/", tags.tag_rename, name="tag_rename"),
    path("tags/<str:slug>/merge/", tags.tag_merge, name="tag_merge"),
    path("tags/<str:slug>/delete/", tags.tag_delete, name="tag_delete"),
    path("<kind:kind>/<int:pk>/tags/", workbench.tag_add, name="tag_add"),
    path("<kind:kind>/<int:pk>/tags/<int:tag_pk>/remove/", workbench.tag_remove, name="tag_remove"),
    path("<kind:kind>/<int:pk>/links/", workbench.link_add, name="link_add"),
    path("<kind:kind>/<int:pk>/links/<int:link_pk>/remove/", workbench.link_remove, name="link_remove"),
    path("<kind:kind>/<int:pk>/review/", workbench.review, name="review"),
    path("quotes/<int:pk>/speaker/", workbench.speaker, name="speaker"),
    path("quotes/<int:pk>/speaker/form/", workbench.speaker_form, name="speaker_form"),
    path("articles/<int:pk>/annotations/", workbench.annotation_create, name="annotation_create"),
    path("articles/<int:pk>/annotations.jsonld", workbench.annotations_export, name="annotations_export"),
    path("annotations/<int:pk>/", workbench.annotation_detail, name="annotation"),
    path("annotations/<int:pk>/edit/", workbench.annotation_edit, name="annotation_edit"),
    path("annotations/<int:pk>/delete/", workbench.annotation_delete, name="annotation_delete"),
]
