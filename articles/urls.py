from django.urls import path

from articles.views import browse, imports

app_name = "articles"

urlpatterns = [
    path("", browse.article_list, name="list"),
    path("articles/<int:pk>/", browse.article_detail, name="detail"),
    path("people/<int:pk>/", browse.person_detail, name="person"),
    path("events/<int:pk>/", browse.event_detail, name="event"),
    path("tags/<slug:slug>/", browse.tag_detail, name="tag"),
    path("import/", imports.import_page, name="import"),
    path("import/<int:pk>/", imports.import_job, name="import_job"),
]
