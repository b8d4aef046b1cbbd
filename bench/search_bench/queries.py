"""The representative queries and suggestion prefixes, timed through our search."""

import sys

from .indexing import without_elasticsearch
from .timing import shown, summary, timed


def queries(ids):
    """(label, SearchQuery keyword arguments) — twenty representative searches."""
    region = ids["region"]
    return [
        ("«лекция» (common)", {"text": "лекция"}),
        ("«робототехника» (common)", {"text": "робототехника"}),
        ("«программирование» (common)", {"text": "программирование"}),
        ("«школьников» (very common)", {"text": "школьников"}),
        ("«лекции» (word form)", {"text": "лекции"}),
        ("«квасоварение» (rare)", {"text": "квасоварение"}),
        ("«программирование роботов» (two words)", {"text": "программирование роботов"}),
        ("«robotics», en", {"text": "robotics", "language": "en"}),
        ("«lecture», en", {"text": "lecture", "language": "en"}),
        (
            "«лекция» + event, upcoming",
            {"text": "лекция", "filters": {"type": ["event"]}, "upcoming": True},
        ),
        (
            "«робототехника» + program, age 12",
            {"text": "робототехника", "filters": {"type": ["program"]}, "age": 12},
        ),
        (
            "«программирование» + region, free",
            {"text": "программирование", "filters": {"region": [region], "payment": ["free"]}},
        ),
        ("type=program", {"filters": {"type": ["program"]}}),
        ("age=12", {"age": 12}),
        ("region", {"filters": {"region": [region]}}),
        ("program, payment=free", {"filters": {"type": ["program"], "payment": ["free"]}}),
        (
            "upcoming events, soonest",
            {"filters": {"type": ["event"]}, "upcoming": True, "sort": "soonest"},
        ),
        ("registration open", {"registration_open": True}),
        ("news, newest", {"filters": {"type": ["news"]}, "sort": "newest"}),
        ("«программирование», page 5", {"text": "программирование", "page": 5}),
    ]


SUGGESTIONS = [
    ("лек", "ru"),
    ("робот", "ru"),
    ("програм", "ru"),
    ("школ", "ru"),
    ("космо", "ru"),
    ("мастер-кл", "ru"),
    ("электрокар", "ru"),
    ("програмирование", "ru"),  # a typo
    ("robo", "en"),
    ("lect", "en"),
]


def run_ours(engine, options, ids):
    """{label: (p50, p95, count, runs)} through search.service.run, forced onto one engine;
    for the database also "suggest": (p50, p95) over every prefix and "suggest_each": {prefix:
    (p50, p95, titles)} (suggestions come from the database on every engine).
    A stopped call gives (None, None, None, 0)."""
    from django.conf import settings
    from django.test import override_settings

    from search import service
    from search.engines.registry import reset_breaker
    from search.query import SearchQuery

    if engine == "database":
        context = without_elasticsearch()
    else:  # measure Elasticsearch even when slower than the production timeout
        context = override_settings(CONSORTIUM_SEARCH={**settings.CONSORTIUM_SEARCH, "TIMEOUT": 30})
    figures = {}
    with context:
        reset_breaker()
        for label, arguments in queries(ids):
            query = SearchQuery(**arguments)
            samples, answer = timed(
                lambda q=query: service.run(q), options.repeat, options.budget, options.cap
            )
            if answer is not None:
                backend = answer["backend"]
                if answer["degraded"] or not backend.startswith(engine):
                    sys.exit(f"{label}: answered by {backend} (degraded={answer['degraded']})")
            count = answer["count"] if answer else None
            figures[label] = (*summary(samples), count, len(samples))
            print(
                f"  {engine:13} {label:42} {shown(*figures[label][:2], len(samples))}  "
                f"{count} results",
                flush=True,
            )
        if engine != "database":
            return figures
        suggest, stopped, figures["suggest_each"] = [], False, {}
        for text, language in SUGGESTIONS:
            samples, titles = timed(
                lambda t=text, lang=language: service.suggest(t, lang),
                options.repeat,
                options.budget,
                options.cap,
            )
            suggest.extend(samples)
            stopped = stopped or not samples
            found = len(titles) if titles is not None else None
            figures["suggest_each"][text] = (*summary(samples), found, len(samples))
            print(
                f"  {engine:13} suggest «{text}»: {shown(*summary(samples), len(samples))}  "
                f"{found} titles",
                flush=True,
            )
        figures["suggest"] = (None, None) if stopped else summary(suggest)
        print(f"  {engine:13} suggestions: {shown(*figures['suggest'])}", flush=True)
    return figures
