"""`python -m tests.services.pausing_worker <celery arguments>`: the ordinary `celery` command, except that with
RELIAB_PAUSE_AT="module:attribute.path:before|after" it stops at that function, writes RELIAB_PAUSE_FLAG and sleeps,
so a test knows the worker is in the middle of a task when it kills it. The product's code is not changed.
"""

from __future__ import annotations

import functools
import importlib
import os
import sys
import time
from pathlib import Path

PAUSE_SECONDS = 120  # far longer than any test waits for the flag: the test kills the worker first


def install_pause(spec: str, flag: Path) -> None:
    module_name, path, when = spec.split(":")
    owner = importlib.import_module(module_name)
    *parents, name = path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    original = getattr(owner, name)

    def pause():
        flag.write_text(str(os.getpid()))
        print(f"pausing_worker: paused {when} {module_name}:{path}", flush=True)
        time.sleep(PAUSE_SECONDS)

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        if when == "before":
            pause()
        result = original(*args, **kwargs)
        if when == "after":
            pause()
        return result

    setattr(owner, name, wrapper)


def main() -> None:
    spec = os.environ.get("RELIAB_PAUSE_AT", "")
    if spec:
        import django

        django.setup()
        install_pause(spec, Path(os.environ["RELIAB_PAUSE_FLAG"]))
    from celery.__main__ import main as celery_main

    sys.argv = ["celery", *sys.argv[1:]]
    celery_main()


if __name__ == "__main__":
    main()
