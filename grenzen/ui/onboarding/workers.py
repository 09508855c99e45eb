"""Slow vault work (Argon2 key derivation, ~0.5 s) off the GUI thread.

A job runs a plain function on ``QThreadPool.globalInstance()``; its result or exception
comes back as a queued signal, so the callbacks run on the GUI thread. The runner that
started it belongs to a window: closing the window waits for the job and hands results
nobody will see to ``discard`` (an unlocked vault gets closed, not leaked).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

WAIT_ON_CLOSE_SECONDS = 30.0


class _Job(QObject):
    """Carries one result back to the GUI thread; lives in the GUI thread, has no parent."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        discard: Callable[[Any], None] | None,
    ) -> None:
        super().__init__()
        self.on_done = on_done
        self.on_error = on_error
        self.discard = discard
        self.finished = threading.Event()
        self.delivered = False
        self.result: Any = None


class _Task(QRunnable):
    def __init__(self, job: _Job, work: Callable[[], Any]) -> None:
        super().__init__()
        self._job = job
        self._work = work

    def run(self) -> None:
        job = self._job
        try:
            job.result = self._work()
        except Exception as exc:  # handed to the GUI thread, shown there in words
            job.finished.set()
            job.failed.emit(exc)
        else:
            job.finished.set()
            job.succeeded.emit(job.result)


class BackgroundRunner(QObject):
    """Starts jobs for one window and tracks them until their callbacks ran."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: set[_Job] = set()
        self._closed = False

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def start(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        discard: Callable[[Any], None] | None = None,
    ) -> None:
        """Run ``work()`` in the pool; ``on_done(result)``/``on_error(exc)`` on the GUI thread."""
        if self._closed:
            return
        job = _Job(on_done, on_error, discard)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        was_busy = self.busy
        self._jobs.add(job)
        if not was_busy:
            self.busy_changed.emit(True)
        QThreadPool.globalInstance().start(_Task(job, work))

    def _take(self, job: QObject | None) -> _Job | None:
        if not isinstance(job, _Job) or job not in self._jobs or job.delivered:
            return None
        job.delivered = True
        self._jobs.discard(job)
        if not self._jobs:
            self.busy_changed.emit(False)
        return job

    def _succeeded(self, result: object) -> None:
        job = self._take(self.sender())
        if job is not None:
            job.on_done(result)

    def _failed(self, error: object) -> None:
        job = self._take(self.sender())
        if job is not None:
            assert isinstance(error, BaseException)
            job.on_error(error)

    def shutdown(self) -> None:
        """Wait for running jobs; results that arrive now are discarded, not shown."""
        self._closed = True
        for job in list(self._jobs):
            job.finished.wait(WAIT_ON_CLOSE_SECONDS)
            job.delivered = True
            if job.discard is not None and job.result is not None:
                job.discard(job.result)
        self._jobs.clear()
