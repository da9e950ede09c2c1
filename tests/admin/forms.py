"""Post an admin page's form back as a browser would, from the form the page rendered."""

from __future__ import annotations

from django.contrib.admin.widgets import ManyToManyRawIdWidget
from django.forms import CheckboxInput, MultiWidget


def form_fields(form, data: dict) -> None:
    """The values a browser would send for form, as rendered (initial or bound values)."""
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        widget = getattr(field.widget, "widget", field.widget)  # inside the admin's related-field wrapper
        if isinstance(widget, CheckboxInput):
            if value:
                data[key] = "on"
        elif isinstance(widget, ManyToManyRawIdWidget):
            data[key] = ",".join(map(str, value or []))
        elif isinstance(widget, MultiWidget):
            for i, part in enumerate(widget.decompress(value) if not isinstance(value, list) else value):
                data[f"{key}_{i}"] = "" if part is None else part
        else:
            data[key] = "" if value is None else value


def page_form_data(response, **changes) -> dict:
    """POST data for an admin change (or revert) page: its form, its inlines' forms, and changes."""
    context = response.context
    data: dict = {}
    form_fields(context["adminform"].form, data)
    for inline in context.get("inline_admin_formsets", []) or []:
        formset = inline.formset
        form_fields(formset.management_form, data)
        for form in formset.forms:
            form_fields(form, data)
    data.update(changes)
    return data
