"""The task worker's heartbeat: the scheduler enqueues a tiny task every minute, and the worker
that runs it writes the time here, one row per queue, updated in place. Kept in the database so
that every app server's `/healthz` sees the same worker (see consortium/health.py)."""

from django.db import models


class WorkerHeartbeat(models.Model):
    queue_name = models.CharField(max_length=100, unique=True)
    beat_at = models.DateTimeField()

    def __str__(self):
        return f"{self.queue_name}: {self.beat_at:%Y-%m-%d %H:%M:%S}"
