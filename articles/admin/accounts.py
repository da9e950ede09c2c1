"""Accounts in the admin: Administrators (and superusers) add people and give them a role.

A role (Viewer, Editor, Administrator) is one choice on the add and change forms; the groups and
the admin access behind it follow (services/accounts.py). Someone who is not a superuser cannot
touch a superuser's account nor make anyone a superuser.
"""

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import UserChangeForm, UserCreationForm

from articles.services import accounts

User = get_user_model()
ROLE_CHOICES = [(role, f"{label}: {accounts.ROLE_DESCRIPTIONS[role]}") for role, label in accounts.ROLES.items()]


class AccountCreationForm(UserCreationForm):
    role = forms.ChoiceField(choices=ROLE_CHOICES, initial=accounts.VIEWER, widget=forms.RadioSelect)


class AccountChangeForm(UserChangeForm):
    role = forms.ChoiceField(choices=ROLE_CHOICES, widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["role"].initial = accounts.role_of(self.instance) or accounts.VIEWER


class AccountAdmin(UserAdmin):
    form = AccountChangeForm
    add_form = AccountCreationForm
    list_display = ["username", "role", "email", "is_active", "last_login"]
    list_filter = ["groups", "is_active", "is_superuser"]
    add_fieldsets = ((None, {"classes": ["wide"], "fields": ["username", "password1", "password2", "role"]}),)
    fieldsets = (
        (None, {"fields": ["username", "password"]}),
        ("Person", {"fields": ["first_name", "last_name", "email"]}),
        (
            "Role",
            {
                "fields": ["role", "is_active"],
                "description": "Deactivate rather than delete: history keeps naming who did what.",
            },
        ),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    )
    superuser_fieldsets = (("Superuser only", {"fields": ["is_superuser", "user_permissions"]}),)
    readonly_fields = ["last_login", "date_joined"]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.add_fieldsets
        return self.fieldsets + (self.superuser_fieldsets if request.user.is_superuser else ())

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description="Role")
    def role(self, user):
        return "Superuser" if user.is_superuser else accounts.ROLES.get(accounts.role_of(user), "—")

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        accounts.set_role(obj, role=form.cleaned_data["role"])


admin.site.unregister(User)
admin.site.register(User, AccountAdmin)
