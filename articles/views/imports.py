"""The import page: upload news pages, then watch the background import's progress."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from articles.models import ImportJob
from articles.services.accounts import can_edit
from articles.services.importing import FAILED, Upload, create_job, lease_expired
from articles.tasks import run_import_job
from articles.uploads import upload_refusal


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
    """Import jobs newest first, with how many files they have, how many are done and how many failed."""
    # An aggregate query ignores Meta.ordering, so the order is given here.
    return (
        ImportJob.objects.annotate(
            total=Count("files"),
            done=Count("files", filter=~Q(files__status="")),
            failed=Count("files", filter=Q(files__status=FAILED)),
        )
        .select_related("created_by")
        .order_by("-created_at", "-pk")
    )


@require_http_methods(["GET", "POST"])
@login_required
def import_page(request):
    """Renders the upload form and recent import jobs; a POST queues the uploaded files."""
    form = UploadForm()
    if request.method == "POST":
        if not can_edit(request.user):
            raise PermissionDenied("Only editors can import articles.")
        form = UploadForm(request.POST, request.FILES)
        refusal = upload_refusal(request)  # the whole upload: too many files or bytes (articles/uploads.py)
        if refusal:
            form = UploadForm(initial={"as_of": request.POST.get("as_of")})
        elif form.is_valid():
            job = create_job(
                [received(f) for f in form.cleaned_data["files"]], user=request.user, as_of=form.cleaned_data["as_of"]
            )
            run_import_job.enqueue(job.pk)
            return redirect("articles:import_job", pk=job.pk)
    else:
        refusal = ""
    jobs = jobs_with_progress()[:10]
    context = {"form": form, "refusal": refusal, "jobs": jobs, "can_edit": can_edit(request.user)}
    return render(request, "articles/import.html", context, status=413 if refusal else 200)


def received(file) -> Upload:
    """An uploaded file for create_job: as the upload handler received it (its name as sent, the
    reason its bytes were not kept), or any other UploadedFile as it is."""
    refusal = getattr(file, "refusal", "")
    return Upload(getattr(file, "shown_name", file.name), b"" if refusal else file.read(), file.size, refusal)


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
