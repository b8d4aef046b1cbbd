"""The load benchmark, every row in one run on this machine, written to var/load/results.json
and printed as docs/benchmarks.md's tables:

- wrk (8 connections, 2 threads, rotating over 200 addresses of each kind): ours at 10,000 and
  100,000 pages rendering every request (PAGE_CACHE_SECONDS=0), with its page cache, and
  through Varnish; our search page; stock Wagtail 8 uncached and with Django's cache
  middleware; nginx serving a static file;
- locust's mixed scenario (bench/load/locustfile.py) through Varnish at 100,000 pages: a short
  run per kind of request, the long run with the app servers' memory sampled, and a run with
  Elasticsearch answering 2 s late (services/faultproxy.py).

    .venv/bin/python bench/load/run.py [--only wrk|locust] [--sizes 10k 100k] [--long-seconds 600]

Needs the benchmark databases on services/postgres (bench/search.py builds bench_search and
bench_search_10k; bench/load/stock_wagtail's build_programs the stock ones). Locust gets its
own environment, var/bench-venv (the lock's "bench" group), made on the first locust run."""

import argparse
import contextlib
import csv as csv_module
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[2]
VAR = ROOT / "var" / "load"
OURS, STOCK, STATIC, PROXY, PROXY_CONTROL = 8100, 8200, 8300, 9291, 9292
WORKERS = str(2 * os.cpu_count() + 1)  # what `make serve` runs, for both sites
DATABASES = {
    "10k": ("bench_search_10k", "bench_stock_10k"),
    "100k": ("bench_search", "bench_stock_100k"),
}
WRK_SECONDS = 20
LUA = """
local paths, i = {}, 0
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"rps": %.1f, "p50": %.1f, "p95": %.1f, "p99": %.1f, "requests": %d, "errors": %d}\\n',
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests,
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def service_environment():
    environ = {}
    for script in ("services/postgres", "services/redis", "services/elasticsearch.sh"):
        out = subprocess.run(
            [script, "start"], cwd=ROOT, capture_output=True, text=True, check=True
        )
        environ.update(re.findall(r"^export (\w+)=(\S+)$", out.stdout, re.MULTILINE))
    return environ


def psql(database, query):
    command = ["psql", "-h", "127.0.0.1", "-U", "consortium", "-d", database, "-Atc", query]
    env = {**os.environ, "PGPASSWORD": "consortium"}
    return subprocess.run(
        command, env=env, capture_output=True, text=True, check=True
    ).stdout.split()


@contextlib.contextmanager
def our_stack(environ, database, **settings):
    env = {
        **os.environ,
        **environ,
        "DATABASE_URL": environ["TEST_DATABASE_URL"].rsplit("/", 1)[0] + "/" + database,
        "SERVE_DIR": str(VAR / f"serve-{database}"),
        "PORT": str(OURS),
        "LOAD_DEMO": "false",
        "WEB_CONCURRENCY": WORKERS,
        # The index bench/search.py built (its test settings put "test_" before the prefix).
        "ELASTICSEARCH_INDEX_PREFIX": "test_bench_",
        **settings,
    }
    script = str(ROOT / "scripts" / "serve-production")
    subprocess.run([script, "start"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    serve_dir = Path(env["SERVE_DIR"])
    django = {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "VAR_DIR": str(serve_dir),
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    try:
        yield {**env, **django, "SECRET_KEY": (serve_dir / "secret_key").read_text().strip()}
    finally:
        subprocess.run([script, "stop"], cwd=ROOT, env=env, check=False, capture_output=True)


@contextlib.contextmanager
def launched(command, log, **env):
    with open(log, "a") as output:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=output,
            stderr=output,
            start_new_session=True,
        )
    try:
        yield process
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)


def stock_site(environ, database, cached):
    url = environ["TEST_DATABASE_URL"].rsplit("/", 1)[0] + "/" + database
    command = [
        str(ROOT / ".venv/bin/gunicorn"),
        "stocksite.wsgi",
        "--bind",
        f"127.0.0.1:{STOCK}",
        "--workers",
        WORKERS,
        "--chdir",
        str(ROOT / "bench/load/stock_wagtail"),
    ]
    return launched(
        command, VAR / "stock.log", DATABASE_URL=url, STOCK_CACHE_MIDDLEWARE="1" if cached else "0"
    )


def nginx_static():
    prefix = VAR / "nginx"
    (prefix / "logs").mkdir(parents=True, exist_ok=True)
    (prefix / "static.txt").write_text("x" * 1024)
    (prefix / "nginx.conf").write_text(
        "daemon off; worker_processes auto; pid nginx.pid; error_log logs/error.log;\n"
        "events { worker_connections 1024; }\n"
        f"http {{ access_log off; server {{ listen 127.0.0.1:{STATIC}; root {prefix}; }} }}\n"
    )
    return launched(
        ["nginx", "-p", str(prefix), "-c", str(prefix / "nginx.conf")], VAR / "nginx.log"
    )


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while subprocess.run(["curl", "-fs", "-o", "/dev/null", url], check=False).returncode:
        if time.monotonic() > deadline:
            raise SystemExit(f"{url} did not answer")
        time.sleep(0.5)


def wrk(port, paths, seconds=WRK_SECONDS):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(quote(path, safe="/?=&+") for path in paths) + "\n")
    script = VAR / "rotate.lua"
    script.write_text(LUA)
    command = ["wrk", "-t2", "-c8", f"-d{seconds}s", "-s", str(script), f"http://127.0.0.1:{port}"]
    out = subprocess.run(
        command,
        env={**os.environ, "WRK_PATHS": listing.name},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(re.search(r"^RESULT (.*)$", out, re.MULTILINE).group(1))


def measure(results, name, port, paths, warm=True):
    if warm:
        wrk(port, paths, seconds=3)
    results[name] = wrk(port, paths)
    print(f"{name}: {results[name]}", flush=True)


def wrk_rows(environ, plans, sizes, results):
    with nginx_static():
        wait_for(f"http://127.0.0.1:{STATIC}/static.txt")
        measure(results, "nginx static file", STATIC, ["/static.txt"])
    for size in sizes:
        ours, stock = DATABASES[size]
        programs = plans[size]["pages"]["program"]
        with our_stack(environ, ours, PAGE_CACHE_SECONDS="0"):
            measure(results, f"ours {size}: program page, rendered", OURS + 1, programs)
            measure(
                results,
                f"ours {size}: program catalogue, rendered",
                OURS + 1,
                plans[size]["pages"]["program catalogue"],
            )
            if size == "100k":
                measure(results, f"ours {size}: search page", OURS + 1, plans[size]["searches"])
        with our_stack(environ, ours):
            measure(results, f"ours {size}: program page, app page cache", OURS + 1, programs)
            measure(results, f"ours {size}: program page, Varnish", OURS, programs)
        paths = [
            p.removeprefix("/home")
            for p in psql(
                stock,
                "SELECT url_path FROM wagtailcore_page WHERE slug LIKE 'program-%' "
                "ORDER BY md5(slug) LIMIT 200",
            )
        ]
        for cached in (False, True):
            with stock_site(environ, stock, cached):
                wait_for(f"http://127.0.0.1:{STOCK}{paths[0]}")
                label = "cache middleware" if cached else "uncached"
                measure(results, f"stock {size}: program page, {label}", STOCK, paths)
    return results


LOCUST_VENV = ROOT / "var" / "bench-venv"


def install_locust():
    if (LOCUST_VENV / "bin" / "locust").exists():
        return
    command = [str(ROOT / ".venv/bin/uv"), "sync", "--frozen", "--group", "bench", "--quiet"]
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(LOCUST_VENV)}
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def locust(plan_file, seconds, csv, users=60, sample=None):
    """locust's rows per kind of request; `sample` is called every 30 s while it runs."""
    command = [
        str(LOCUST_VENV / "bin" / "locust"),
        "-f",
        str(ROOT / "bench/load/locustfile.py"),
        "--headless",
        "--host",
        f"http://127.0.0.1:{OURS}",
        "-u",
        str(users),
        "-r",
        "10",
        "-t",
        f"{seconds}s",
        "--csv",
        str(csv),
        "--only-summary",
    ]
    with open(VAR / "locust.log", "a") as log:
        runner = subprocess.Popen(
            command,
            env={**os.environ, "LOAD_PLAN": str(plan_file)},
            stdout=log,
            stderr=log,
        )
        while runner.poll() is None:
            if sample:
                sample()
            with contextlib.suppress(subprocess.TimeoutExpired):
                runner.wait(timeout=30)
    rows = {}
    with open(f"{csv}_stats.csv", newline="") as stats:
        for row in csv_module.DictReader(stats):
            rows[row["Name"]] = {
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "rps": float(row["Requests/s"]),
                **{f"p{q}": float(row[f"{q}%"] or 0) for q in (50, 95, 99)},
            }
    return rows


def app_memory_mb(serve_dir):
    master = (Path(serve_dir) / "run" / "gunicorn.pid").read_text().strip()
    pids = subprocess.run(["pgrep", "-g", master], capture_output=True, text=True).stdout.split()
    rss = subprocess.run(["ps", "-o", "rss=", "-p", ",".join(pids)], capture_output=True, text=True)
    return round(sum(int(kb) for kb in rss.stdout.split()) / 1024, 1)


def locust_rows(environ, plan_file, long_seconds):
    install_locust()
    results = {}
    with our_stack(environ, DATABASES["100k"][0]) as env:
        wait_for(f"http://127.0.0.1:{OURS}/ru/")
        results["mixed"] = locust(plan_file, 120, VAR / "mixed")
        samples, started = [], time.monotonic()

        def sample():
            samples.append((round(time.monotonic() - started), app_memory_mb(env["SERVE_DIR"])))

        results["long"] = locust(plan_file, long_seconds, VAR / "long", sample=sample)
        results["memory"] = samples
    proxy = [
        sys.executable,
        "services/faultproxy.py",
        "serve",
        "--listen",
        str(PROXY),
        "--target",
        environ["ELASTICSEARCH_URL"].split("//")[1].rstrip("/"),
        "--control",
        str(PROXY_CONTROL),
    ]
    with launched(proxy, VAR / "faultproxy.log"):
        time.sleep(1)
        subprocess.run(
            [
                sys.executable,
                "services/faultproxy.py",
                "set",
                "slow",
                "2",
                "--control",
                str(PROXY_CONTROL),
            ],
            cwd=ROOT,
            check=True,
        )
        degraded = {**environ, "ELASTICSEARCH_URL": f"http://127.0.0.1:{PROXY}"}
        with our_stack(degraded, DATABASES["100k"][0]):
            wait_for(f"http://127.0.0.1:{OURS}/ru/")
            results["degraded"] = locust(plan_file, 120, VAR / "degraded")
    return results


def plan_for(environ, database):
    plan_file = VAR / f"plan-{database}.json"
    if not plan_file.exists():
        with our_stack(environ, database) as env:
            subprocess.run(
                [str(ROOT / ".venv/bin/python"), "bench/load/prepare.py", str(plan_file)],
                cwd=ROOT,
                env=env,
                check=True,
            )
    return plan_file


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=["wrk", "locust"])
    parser.add_argument("--long-seconds", type=int, default=600)
    parser.add_argument("--sizes", nargs="+", choices=list(DATABASES), default=list(DATABASES))
    args = parser.parse_args()
    VAR.mkdir(parents=True, exist_ok=True)
    environ = service_environment()
    plans = {size: plan_for(environ, ours) for size, (ours, _) in DATABASES.items()}
    results_file = VAR / "results.json"
    results = json.loads(results_file.read_text()) if results_file.exists() else {}
    if args.only != "locust":
        plan_data = {size: json.loads(plan.read_text()) for size, plan in plans.items()}
        results["wrk"] = wrk_rows(environ, plan_data, args.sizes, results.get("wrk", {}))
        results_file.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    if args.only != "wrk":
        results["locust"] = locust_rows(environ, plans["100k"], args.long_seconds)
        results_file.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
