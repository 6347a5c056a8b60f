"""Uploaded question files are imported by a task. The ImportJob row is the record that the import is owed:
the upload writes it and enqueues the task on commit; the task claims it (pending → running) so running twice
does no harm; a beat sweep enqueues pending jobs whose message was lost.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ..models import ImportJob
from .imports import ImportRejected, questions_import


@transaction.atomic
def import_job_create(
    *,
    upload,
    fmt: str,
    user,
    category_path: str = "",
    dry_run: bool = False,
    purpose: str = "exam",
    language: str = "en",
) -> ImportJob:
    from ..tasks import run_import_job

    job = ImportJob.objects.create(
        file=upload,
        original_name=getattr(upload, "name", "")[:255],
        format=fmt,
        category_path=category_path,
        dry_run=dry_run,
        purpose=purpose,
        language=language,
        created_by=user,
    )
    run_import_job.delay_on_commit(job.pk)
    return job


def import_job_run(*, job_id: int) -> bool:
    """Run one job if it is still pending. Returns False when another worker has it or it is done."""
    claimed = ImportJob.objects.filter(pk=job_id, state=ImportJob.State.PENDING).update(
        state=ImportJob.State.RUNNING, started_at=timezone.now(), processed=0
    )
    if not claimed:
        return False
    job = ImportJob.objects.get(pk=job_id)

    def progress(done: int, total: int) -> None:
        ImportJob.objects.filter(pk=job_id).update(processed=done, total=total)

    with job.file.open("rb") as handle:
        data = handle.read()
    try:
        report = questions_import(
            data=data,
            fmt=job.format,
            category_path=job.category_path,
            dry_run=job.dry_run,
            user=job.created_by,
            purpose=job.purpose,
            language=job.language,
            progress=progress,
        )
    except ImportRejected as rejected:
        _finish(job_id, ImportJob.State.FAILED, imported=0, skipped=rejected.skipped, errors=rejected.errors)
        return True
    _finish(
        job_id,
        ImportJob.State.DONE,
        imported=report.imported,
        skipped=report.skipped,
        notes=report.notes,
        summary=report.summary(),
    )
    return True


def _finish(job_id, state, *, imported, skipped, errors=(), notes=(), summary=""):
    as_rows = lambda problems: [{"line": p.line, "name": p.name, "message": p.message} for p in problems]  # noqa: E731
    ImportJob.objects.filter(pk=job_id).update(
        state=state,
        imported=imported,
        skipped=len(skipped),
        finished_at=timezone.now(),
        report={"summary": summary, "skipped": as_rows(skipped), "errors": as_rows(errors), "notes": list(notes)},
    )


def import_jobs_sweep() -> int:
    """Enqueue pending jobs again once their message may have been lost, and free jobs a dead worker held."""
    from ..tasks import run_import_job

    now = timezone.now()
    stale = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT * 2)
    ImportJob.objects.filter(state=ImportJob.State.RUNNING, started_at__lt=stale).update(state=ImportJob.State.PENDING)
    grace = now - timedelta(seconds=settings.PENDING_WORK_GRACE_SECONDS)
    ids = list(
        ImportJob.objects.filter(state=ImportJob.State.PENDING, created_at__lt=grace).values_list("pk", flat=True)
    )
    for job_id in ids:
        run_import_job.delay(job_id)
    return len(ids)
