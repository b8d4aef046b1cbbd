"""Runs the periodic jobs every minute: scheduled go-live and expiry (`publish_scheduled`) and
reminders of items waiting too long (`send_review_reminders`, at most once a day per item), and
enqueues the task worker's heartbeat, which `/healthz` reads (consortium/health.py).
`make run` starts it beside the site and the worker; in production supervise it like them."""

import signal
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

from consortium.health import enqueue_heartbeats

JOBS = ["publish_scheduled", "send_review_reminders"]


class Command(BaseCommand):
    help = "Run the periodic jobs (scheduled publishing and expiry) every minute."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run the jobs once and exit.")
        parser.add_argument("--interval", type=int, default=60, help="Seconds between runs.")

    def handle(self, *args, once, interval, **options):
        self.running = True
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        while self.running:
            started = time.monotonic()
            for job in JOBS:
                try:
                    call_command(job, verbosity=0)
                except Exception:  # one failing run must not stop the scheduler
                    self.stderr.write(f"{job} failed; retrying at the next run.")
            try:
                enqueue_heartbeats()
            except Exception:
                self.stderr.write("The worker's heartbeat was not enqueued; retrying next run.")
            if once:
                return
            while self.running and time.monotonic() - started < interval:
                time.sleep(1)

    def stop(self, *args):
        self.running = False
