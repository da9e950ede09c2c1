from django.conf import settings
from django.contrib import admin
from django.contrib.auth import urls as auth_urls
from django.contrib.auth import views as auth_views
from django.urls import include, path

from articles.views.accounts import throttle_login, throttle_password_reset
from newsdesk.views import favicon

RESET_PAGES = {"password_reset", "password_reset_done", "password_reset_confirm", "password_reset_complete"}

urlpatterns = [
    # Both log-in forms and the password reset are throttled; these come before the includes that
    # define the plain ones.
    path("admin/login/", throttle_login(admin.site.login)),
    path("admin/", admin.site.urls),
    path("accounts/login/", throttle_login(auth_views.LoginView.as_view()), name="login"),
]
if settings.NEWSDESK_PASSWORD_RESET:
    urlpatterns.append(
        path(
            "accounts/password_reset/",
            throttle_password_reset(auth_views.PasswordResetView.as_view()),
            name="password_reset",
        )
    )
urlpatterns += [
    # Without a mailer (production with no NEWSDESK_EMAIL_HOST) there are no reset pages at all.
    path(
        "accounts/",
        include([p for p in auth_urls.urlpatterns if settings.NEWSDESK_PASSWORD_RESET or p.name not in RESET_PAGES]),
    ),
    path("favicon.ico", favicon),
    path("", include("articles.urls")),
]

# A database error that escapes the views (see articles/middleware.py) still gets the calm 503 page.
handler500 = "articles.middleware.server_error"
