"""The import page: upload news pages, then watch the background import's progress."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from articles.models import ImportJob
from articles.services.accounts import can_edit
from articles.services.importing import create_job, lease_expired
from articles.tasks import run_import_job


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.text,.html,.htm"}))
        # Empty files are accepted here so the import reports them per file with its reason.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(f, initial) for f in files if f] or super().clean(None)


class UploadForm(forms.Form):
    files = MultipleFileField(label="News pages (.txt or saved .html)")
    as_of = forms.DateField(
        required=False,
        label="Reference date",
        help_text="Resolves relative dates such as '7 days ago'. Leave empty when unknown.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )


def jobs_with_progress():
    return ImportJob.objects.annotate(
        total=Count("files"), done=Count("files", filter=~Q(files__status=""))
    ).select_related("created_by")


@require_http_methods(["GET", "POST"])
@login_required
def import_page(request):
    """Renders the upload form and recent import jobs; a POST queues the uploaded files."""
    form = UploadForm()
    if request.method == "POST":
        if not can_edit(request.user):
            raise PermissionDenied("Only editors can import articles.")
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            uploads = [(f.name, f.read()) for f in form.cleaned_data["files"]]
            job = create_job(uploads, user=request.user, as_of=form.cleaned_data["as_of"])
            run_import_job.enqueue(job.pk)
            return redirect("articles:import_job", pk=job.pk)
    jobs = jobs_with_progress()[:10]
    return render(request, "articles/import.html", {"form": form, "jobs": jobs, "can_edit": can_edit(request.user)})


@require_GET
@login_required
def import_job(request, pk):
    """Renders one import job: a progress bar and the per-file results (htmx polls the partial)."""
    job = get_object_or_404(jobs_with_progress(), pk=pk)
    files = job.files.defer("data").select_related("article")
    # A running job whose worker stopped answering: say so, rather than "Running" for ever.
    stalled = job.status == ImportJob.Status.RUNNING and lease_expired(job.heartbeat_at)
    template = "articles/import_job.html#progress" if request.htmx else "articles/import_job.html"
    return render(request, template, {"job": job, "files": files, "stalled": stalled})
