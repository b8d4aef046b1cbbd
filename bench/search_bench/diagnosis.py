"""Where the time goes: the SQL of the database engine's slow queries, and its plan."""

import time

from .indexing import without_elasticsearch
from .queries import queries
from .timing import Stopped, capped


class Recorder:
    """Every SQL statement run, with its time, including one stopped while running (an
    execute wrapper sees it; Django's query log does not)."""

    def __init__(self):
        self.statements = []

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.statements.append(
                {
                    "sql": sql,
                    "params": params,
                    "many": many,
                    "ms": (time.perf_counter() - started) * 1000,
                }
            )


def readable(sql, params):
    """The statement with its parameters written in (for reading, not for running)."""
    if not params:
        return sql
    shown = [f"'{value}'" if isinstance(value, str) else str(value) for value in params]
    try:
        return sql.replace("%s", "{}").format(*shown)
    except (IndexError, KeyError, ValueError):
        return sql


def diagnose(ids, threshold_ms, measured, cap):
    """For the database engine's queries whose measured p95 exceeds the target: the SQL
    statements of one more (warm) run, slowest first, and the plan of the slowest. Returns lines
    of text."""
    from django.db import connection

    from search import service
    from search.query import SearchQuery

    lines = []
    with without_elasticsearch():
        for label, arguments in queries(ids):
            if measured[label][1] is not None and measured[label][1] < threshold_ms:
                continue
            query = SearchQuery(**arguments)
            stopped = ""
            recorder = Recorder()
            started = time.perf_counter()
            with connection.execute_wrapper(recorder):
                try:
                    with capped(cap):
                        service.run(query)
                except Stopped:
                    stopped = f" (stopped after {cap:.0f} s)"
            total = (time.perf_counter() - started) * 1000
            statements = [
                statement
                for statement in recorder.statements
                if not statement["sql"].startswith("SET statement_timeout")
            ]
            statements.sort(key=lambda statement: -statement["ms"])
            sql_ms = sum(statement["ms"] for statement in statements)
            lines.append(
                f"{label}: {total:.0f} ms{stopped}, {len(statements)} SQL statements taking "
                f"{sql_ms:.0f} ms"
            )
            for statement in statements[:4]:
                text = " ".join(readable(statement["sql"], statement["params"]).split())
                lines.append(f"    {statement['ms']:9.1f} ms  {text[:600]}")
            slowest = statements[0]
            plans = (
                ["EXPLAIN QUERY PLAN "]
                if connection.vendor == "sqlite"
                else ["EXPLAIN (ANALYZE, BUFFERS) ", "EXPLAIN "]
            )
            for explain in plans:
                try:
                    with capped(cap), connection.cursor() as cursor:
                        cursor.execute(explain + slowest["sql"], slowest["params"])
                        rows = cursor.fetchall()
                except Stopped:
                    lines.append(f"        ({explain.strip()} stopped after {cap:.0f} s)")
                    continue
                except Exception as error:  # noqa: BLE001 - the plan is a diagnostic
                    lines.append(f"        (no plan: {error})")
                    break
                for row in rows:
                    lines.append("        plan: " + " | ".join(str(value) for value in row))
                break
    return lines
