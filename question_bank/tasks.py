"""Thin tasks: they take primary keys and call a service. Safe to run twice."""

from __future__ import annotations

from celery import shared_task

from .services import import_jobs


@shared_task(acks_late=True)
def run_import_job(job_id: int) -> bool:
    return import_jobs.import_job_run(job_id=job_id)


@shared_task
def sweep_import_jobs() -> int:
    return import_jobs.import_jobs_sweep()
