"""Timed runs: percentiles, a cap on a call's time, warm-ups and a time budget."""

import gc
import math
import statistics
import threading
import time
from contextlib import contextmanager


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


class Stopped(Exception):
    """A call still running after the cap."""


@contextmanager
def capped(seconds):
    """Stop the database statement running after `seconds`: SQLite's interrupt() from a
    timer, PostgreSQL's statement_timeout."""
    from django.db import OperationalError, connection

    connection.ensure_connection()
    if connection.vendor == "sqlite":
        import sqlite3

        timer = threading.Timer(seconds, connection.connection.interrupt)
        timer.start()
        try:
            yield
        # Also sqlite3's own: Django's debug cursor runs a query of its own to log one.
        except (OperationalError, sqlite3.OperationalError) as error:
            if "interrupted" in str(error):
                raise Stopped from error
            raise
        finally:
            timer.cancel()
        return
    with connection.cursor() as cursor:
        cursor.execute(f"SET statement_timeout = {int(seconds * 1000)}")
    try:
        yield
    except OperationalError as error:
        if "statement timeout" in str(error):
            raise Stopped from error
        raise
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET statement_timeout = 0")


def timed(function, repeat, budget, cap):
    """Up to `repeat` timed runs (ms) after a warm-up, fewer when they would take more than
    `budget` seconds in all. A call slower than a quarter of the budget is measured by that first
    call alone; a call stopped after `cap` seconds gives no samples. Returns (samples, last
    result)."""

    def call():
        started = time.perf_counter()
        with capped(cap):
            result = function()
        return (time.perf_counter() - started) * 1000, result

    try:
        first, result = call()
    except Stopped:
        return [], None
    if first > budget * 1000 / 4:
        return [first], result
    if first < budget * 1000 / 40:
        call()  # a second warm-up for the fast ones
    # What the process holds is frozen, as every web process freezes what it loaded at start
    # (cms/wsgi.py): else a full collection (~150 ms here) lands in one run of a hundred.
    gc.freeze()
    samples, spent = [], 0.0
    while len(samples) < repeat and spent < budget * 1000:
        try:
            elapsed, result = call()
        except Stopped:
            break
        samples.append(elapsed)
        spent += elapsed
    return samples, result


def summary(samples):
    """(p50, p95) in ms, or (None, None) when the call was stopped."""
    if not samples:
        return None, None
    return statistics.median(samples), percentile(samples, 0.95)


def shown(p50, p95, runs=None):
    if p50 is None:
        return "stopped"
    return f"p50 {p50:9.1f} ms  p95 {p95:9.1f} ms" + (f"  {runs} runs" if runs else "")
