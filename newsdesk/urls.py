from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from articles.views.accounts import throttle_login, throttle_password_reset

urlpatterns = [
    # Both log-in forms and the password reset are throttled; these come before the includes that
    # define the plain ones.
    path("admin/login/", throttle_login(admin.site.login)),
    path("admin/", admin.site.urls),
    path("accounts/login/", throttle_login(auth_views.LoginView.as_view()), name="login"),
    path(
        "accounts/password_reset/",
        throttle_password_reset(auth_views.PasswordResetView.as_view()),
        name="password_reset",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("articles.urls")),
]

# A database error that escapes the views (see articles/middleware.py) still gets the calm 503 page.
handler500 = "articles.middleware.server_error"
