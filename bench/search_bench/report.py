"""The Markdown section of docs/benchmarks.md, from a run's figures."""

import math

from .queries import SUGGESTIONS

# Targets from the issue, at 100,000 pages (p95, ms) and for bulk indexing (pages/s).
TARGETS = {"elasticsearch": 50, "postgresql": 150, "sqlite": 300, "suggest": 30, "indexing": 500}


def fmt_ms(value):
    if value is None:
        return "—"
    if value == math.inf:
        return "stopped"
    return f"{value:,.0f}" if value >= 10 else f"{value:.1f}"


def cell(figures, options):
    """'p50 / p95' of (p50, p95, …, runs), with the runs when fewer than asked."""
    p50, p95, runs = figures[0], figures[1], figures[-1]
    if p50 is None:
        return f"stopped after {options.cap:.0f} s"
    if runs == 1:
        return f"{fmt_ms(p50)} (1 run)"
    fewer = f" ({runs} runs)" if runs < options.repeat else ""
    return f"{fmt_ms(p50)} / {fmt_ms(p95)}{fewer}"


def count_of(value):
    return "—" if value is None else f"{value:,}"


def worst_shown(value, options):
    if value == math.inf:
        return f"> {options.cap * 1000:,.0f} ms (a call was stopped)"
    return f"{fmt_ms(value)} ms"


def met(value, target, lower_is_better=True):
    if value is None:
        return "not measured"
    ok = value <= target if lower_is_better else value >= target
    return "**met**" if ok else "**not met**"


def report(options, vendor, timings, ours, stock, stock_es, diagnosis, command, commit):
    database = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[vendor]
    es = "elasticsearch" in ours
    engines = ["database", "elasticsearch"] if es else ["database"]
    pages = timings["pages"]
    heading = f"## Public search at {pages:,} pages ({database}{' + Elasticsearch' if es else ''})"
    lines = [heading, ""]
    lines.append(
        f"Command: `{command}` ({database}, 2 cores; {timings['documents']:,} search documents; "
        f"search code at commit {commit})."
        + (
            f" The database and indexes were built by `{timings['build_command']}`."
            if "--queries-only" in command and timings.get("build_command")
            else ""
        )
        + (
            f" Our indexes were last rebuilt (and their build timed) by "
            f"`{timings['index_command']}`."
            if timings.get("index_command") and timings["index_command"] != command
            else ""
        )
    )
    lines.append("")
    lines.extend(build_and_indexing(options, database, engines, timings, stock, stock_es))
    lines.append("")
    lines.append(
        f"Each query runs through `search.service.run()` (the JSON the API returns: count, ten "
        f"results with snippets, every facet with exact counts), once or twice to warm up, then "
        f"{options.repeat} times, fewer when that would exceed {options.budget:.0f} s (the "
        f"runs are then given); a query whose first run takes more than "
        f"{options.budget / 4:.0f} s is measured by that one run, and a call still running "
        f"after {options.cap:.0f} s is stopped (SQLite's interrupt, PostgreSQL's "
        f"statement_timeout). p50 / p95 in ms (p95 by nearest rank). The engine is forced "
        f"through the settings `search.engines.registry` reads, and every answer's `backend` "
        f"is checked. The stock columns are Wagtail's `Page.objects.live().public()"
        f'.filter(locale=…).search(text, operator="and")`, counted and the first ten (or the '
        f"requested ten) fetched, text only (it has no facets: rows with facets repeat the "
        f"figure of their text), measured the same way."
    )
    lines.append("")
    table, worst = query_table(options, database, engines, ours, stock, stock_es)
    lines.extend(table)
    lines.append("")
    table, worst_suggestions = suggestion_table(options, database, ours)
    lines.extend(table)
    lines.append("")
    worst.update(worst_suggestions)
    lines.extend(target_table(options, vendor, database, engines, timings, worst))
    if diagnosis:
        lines.append("")
        lines.append(
            f"Where the time goes on {database}: for each query above the target, one more run "
            f"with its SQL captured — the total, the statements, the slowest statement and its "
            f"plan (all statements: `var/bench/search-diagnosis-{vendor}.txt`)."
        )
        lines.append("")
        lines.append("```")
        lines.extend(compact_diagnosis(diagnosis))
        lines.append("```")
    lines.append("")
    return "\n".join(lines)


def stock_cells(stock, label, options, with_runs):
    """A stock backend's cells of one query row (none when it was not measured): p50 / p95,
    results and, for the database backend, runs; dashes for a query it was not asked."""
    if stock is None:
        return ""
    width = 3 if with_runs else 2
    if label not in stock:
        return " | —" * width
    figures = stock[label]
    cells = [cell(figures, options), count_of(figures[2]), figures[3]][:width]
    return "".join(f" | {value}" for value in cells)


def indexing_rate(timings, seconds):
    """Search documents indexed per second, `seconds` naming the time taken in `timings`."""
    return timings["documents"] / timings[seconds]


def build_and_indexing(options, database, engines, timings, stock, stock_es):
    """The bullets on building the consortium and its indexes, ours and Wagtail's."""
    pages = timings["pages"]
    lines = []
    members = timings.get("members", options.members)  # builds before the count was recorded
    build = (
        f"building the consortium took {timings['build_s']:.0f} s "
        f"({members} members through `add_member` in {timings['members_s']:.0f} s; "
        f"{timings['add_child_pages']} pages through `add_child` at "
        f"{timings['add_child_rate']:.0f} pages/s, which would take "
        f"{pages / max(timings['add_child_rate'], 1e-9) / 60:.1f} min for all of them, so the "
        f"other {timings['bulk_pages']:,} were written in bulk at {timings['bulk_rate']:.0f} "
        f"pages/s; treebeard's `find_problems()` finds none)"
    )
    lines.append("- Build: " + build + ".")
    db_rate = indexing_rate(timings, "our_db_index_s")
    lines.append(
        f"- Our index, `search.index.rebuild()` on {database}: {timings['our_db_index_s']:.0f} s, "
        f"**{db_rate:.0f} pages/s** (target ≥ {TARGETS['indexing']}: "
        f"{met(db_rate, TARGETS['indexing'], lower_is_better=False)})."
    )
    sample = timings.get("index_sample")
    if sample:
        kinds = ", ".join(f"{count} × {kind}" for kind, count in sample["kinds"].items())
        lines.append(
            f"  Refreshing documents that already exist (what a publication's task or "
            f"`search_repair` does), measured on {sample['pages']} pages: `update_documents` as "
            f"it runs (autocommit) {sample['autocommit_rate']:.0f} pages/s, the same call inside "
            f"one `transaction.atomic()` {sample['atomic_rate']:.0f} pages/s. Its SQL for the "
            f"{sample['pages']} pages: {kinds}."
        )
    if "elasticsearch" in engines:
        es_rate = indexing_rate(timings, "es_index_s")
        lines.append(
            f"- Elasticsearch bulk load (`ElasticsearchEngine.rebuild`, after reading the "
            f"documents in {timings['es_read_s']:.0f} s): {timings['es_index_s']:.0f} s, "
            f"**{es_rate:.0f} pages/s** (target ≥ {TARGETS['indexing']}: "
            f"{met(es_rate, TARGETS['indexing'], lower_is_better=False)})."
        )
    stock_s = timings.get("stock_default_index_s")
    if stock is None:
        lines.append("- Wagtail's stock database backend: not measured in this run.")
    elif stock_s is None:
        lines.append(
            f"- Wagtail's stock database backend: `update_index` did not finish within "
            f"{options.stock_index_timeout:.0f} s; its queries were not measured."
        )
    else:
        lines.append(
            f"- Wagtail's stock database backend: `update_index` took "
            f"{stock_s:.0f} s ({pages / stock_s:.0f} pages/s, every indexed model)."
        )
    if stock_es is not None and timings.get("stock_elasticsearch_index_s"):
        lines.append(
            f"- Wagtail's stock Elasticsearch backend: `update_index` took "
            f"{timings['stock_elasticsearch_index_s']:.0f} s."
        )
    return lines


def query_table(options, database, engines, ours, stock, stock_es):
    """The table of the twenty queries, and the worst p95 of each engine (infinite when a call
    was stopped)."""
    lines = []
    columns = [database]
    if "elasticsearch" in engines:
        columns.append("Elasticsearch")
    header = "| query | " + " | ".join(f"{c} p50 / p95" for c in columns)
    header += " | results (" + " / ".join(columns) + ")"
    if stock is not None:
        header += " | stock DB p50 / p95 | stock results | stock runs"
    if stock_es is not None:
        header += " | stock ES p50 / p95 | stock ES results"
    header += " |"
    lines.append(header)
    lines.append("|" + " --- |" * (header.count("|") - 1))
    labels = [label for label in ours["database"] if not label.startswith("suggest")]
    worst = {}
    for label in labels:
        cells = []
        counts = []
        for engine in engines:
            figures = ours[engine][label]
            p95 = math.inf if figures[1] is None else figures[1]
            worst[engine] = max(worst.get(engine, 0), p95)
            cells.append(cell(figures, options))
            counts.append(count_of(figures[2]))
        row = f"| {label} | " + " | ".join(cells) + " | " + " / ".join(counts)
        row += stock_cells(stock, label, options, with_runs=True)
        row += stock_cells(stock_es, label, options, with_runs=False)
        lines.append(row + " |")
    return lines, worst


def suggestion_table(options, database, ours):
    """The suggestions over all prefixes and by prefix (they come from the database on every
    engine), and their p95 over all prefixes (infinite when a call was stopped)."""
    p50, p95 = ours["database"]["suggest"]
    if p50 is None:
        overall, worst = f"at least one call stopped after {options.cap:.0f} s", math.inf
    else:
        overall, worst = f"p50 {fmt_ms(p50)} ms / p95 {fmt_ms(p95)} ms", p95
    lines = [
        f"Suggestions (`search.service.suggest`, {len(SUGGESTIONS)} prefixes including a typo, "
        f"measured as the queries; from the titles the database holds, whichever engine answers "
        f"searches): {database} {overall} over all prefixes; by prefix (p50 / p95 ms, titles "
        "returned):",
        "",
        f"| prefix | {database} |",
        "| --- | --- |",
    ]
    for text, language in SUGGESTIONS:
        figures = ours["database"]["suggest_each"][text]
        lines.append(
            f"| «{text}»{', en' if language == 'en' else ''} | "
            f"{cell(figures, options)} ({count_of(figures[2])}) |"
        )
    return lines, {"suggest": worst}


def target_table(options, vendor, database, engines, timings, worst):
    """The issue's targets against the worst figures measured."""
    pages = timings["pages"]
    db_rate = indexing_rate(timings, "our_db_index_s")
    lines = []
    lines.append("Targets from the issue (at 100,000 pages; worst p95 over the twenty queries):")
    lines.append("")
    lines.append("| target | measured | |")
    lines.append("| --- | --- | --- |")
    if "elasticsearch" in engines:
        lines.append(
            f"| Elasticsearch p95 ≤ {TARGETS['elasticsearch']} ms | "
            f"{worst_shown(worst['elasticsearch'], options)} | "
            f"{met(worst['elasticsearch'], TARGETS['elasticsearch'])} |"
        )
    lines.append(
        f"| {database} p95 ≤ {TARGETS[vendor]} ms | {worst_shown(worst['database'], options)} | "
        f"{met(worst['database'], TARGETS[vendor])} |"
    )
    lines.append(
        f"| suggestions p95 ≤ {TARGETS['suggest']} ms (every engine) | "
        f"{worst_shown(worst['suggest'], options)} | {met(worst['suggest'], TARGETS['suggest'])} |"
    )
    lines.append(
        f"| bulk indexing ≥ {TARGETS['indexing']} pages/s ({database}) | "
        f"{db_rate:.0f} pages/s | {met(db_rate, TARGETS['indexing'], False)} |"
    )
    if "elasticsearch" in engines:
        es_rate = indexing_rate(timings, "es_index_s")
        lines.append(
            f"| bulk indexing ≥ {TARGETS['indexing']} pages/s (Elasticsearch) | "
            f"{es_rate:.0f} pages/s | {met(es_rate, TARGETS['indexing'], False)} |"
        )
    if pages < 90_000:
        lines.append("")
        lines.append(f"(The targets are stated for 100,000 pages; this run has {pages:,}.)")
    return lines


def compact_diagnosis(diagnosis, plan_lines=8):
    """Per query: its summary line, its slowest statement (shortened) and the first lines of
    that statement's plan."""
    compact, statements, plans = [], 0, 0
    for line in diagnosis:
        if not line.startswith(" "):
            compact.append(line)
            statements = plans = 0
        elif line.strip().startswith("plan:") or line.strip().startswith("(no plan"):
            plans += 1
            if plans <= plan_lines:
                compact.append("      " + line.strip()[:160])
        else:
            statements += 1
            if statements == 1:
                compact.append("    slowest: " + line.strip()[:260])
    return compact
