"""The services bench/faults.py injects faults into, all of its own, so that the shared ones
(PostgreSQL on 5432, Elasticsearch on 9201, Redis on 6390, ports 8100-8301) are never touched:

- a PostgreSQL cluster "faults" on 5442, created here and dropped at the end;
- an Elasticsearch node on 9211, started from services/elasticsearch/'s Maven runner directly:
  services/elasticsearch.sh keeps one pid file (var/elasticsearch.pid) and data folder for every
  node, so its `stop` would stop the shared node. Ours has its own process group and data;
- services/faultproxy.py on 9221 in front of it (control 9222), passing traffic except in the
  slow scenario: the app sees a stopped node as it would behind a load balancer;
- Redis on 6420;
- scripts/serve-production on 8400 (gunicorn 8401) with SERVE_DIR=var/faults/serve, the demo
  content and PAGE_CACHE_SECONDS=0, so that every request reaches the database."""

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "faults"
SERVE_DIR = VAR / "serve"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PORT, PG_PORT, REDIS_PORT, PROXY, PROXY_CONTROL = 8400, 5442, 6420, 9221, 9222
ES_PORT_BASE, ES_TRANSPORT_BASE = 9210, 9310
ES_URL = f"http://127.0.0.1:{ES_PORT_BASE + 1}"
PG_CLUSTER, DATABASE = "faults", "consortium_faults"
PG_VERSION = max(os.listdir("/usr/lib/postgresql"), key=int)


def run(*command, **kwargs):
    return subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True, **kwargs)


def psql_as_postgres(sql):
    run("runuser", "-u", "postgres", "--", "psql", "-p", str(PG_PORT), "-qAtc", sql)


def restart_postgres():
    run("pg_ctlcluster", PG_VERSION, PG_CLUSTER, "restart")


def drop_our_cluster():
    for line in run("pg_lsclusters", "-h").stdout.splitlines():
        version, name, port = line.split()[:3]
        if (version, name, port) == (PG_VERSION, PG_CLUSTER, str(PG_PORT)):  # ours, by all three
            run("pg_dropcluster", "--stop", PG_VERSION, PG_CLUSTER)


@contextlib.contextmanager
def postgres():
    drop_our_cluster()  # a leftover of an interrupted run
    run("pg_createcluster", PG_VERSION, PG_CLUSTER, "--port", str(PG_PORT), "--start-conf=manual")
    try:
        run("pg_ctlcluster", PG_VERSION, PG_CLUSTER, "start")
        psql_as_postgres("CREATE ROLE consortium LOGIN CREATEDB PASSWORD 'consortium'")
        psql_as_postgres(f"CREATE DATABASE {DATABASE} OWNER consortium")
        yield
    finally:
        drop_our_cluster()


@contextlib.contextmanager
def redis():
    folder = VAR / "redis"
    folder.mkdir(parents=True, exist_ok=True)
    run(
        *("redis-server", "--bind", "127.0.0.1", "--port", str(REDIS_PORT), "--dir", str(folder)),
        *("--daemonize", "yes", "--save", "", "--logfile", str(folder / "redis.log")),
    )
    try:
        yield
    finally:
        subprocess.run(["redis-cli", "-p", str(REDIS_PORT), "shutdown", "nosave"], check=False)


class Elasticsearch:
    """One node in its own process group and data folder: stopping it stops nothing else."""

    def __init__(self):
        self.process = None

    def start(self):
        command = [
            *("mvn", "-q", "-B", "-f", "services/elasticsearch/pom.xml", "compile", "exec:exec"),
            f"-Dexec.outputFile={VAR / 'elasticsearch.log'}",
            *("-Des.nodes=1", "-Des.host=127.0.0.1", "-Des.heapMax=512m"),
            f"-Des.httpPortBase={ES_PORT_BASE}",
            f"-Des.transportPortBase={ES_TRANSPORT_BASE}",
            f"-Des.basePath={VAR / 'elasticsearch'}",
        ]
        with open(VAR / "elasticsearch.build.log", "a") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, stdout=log, stderr=log, stdin=subprocess.DEVNULL,
                start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + 120
        while not self.healthy():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("Elasticsearch did not start: see var/faults/elasticsearch*.log")
            time.sleep(0.5)

    @staticmethod
    def healthy():
        import requests

        with contextlib.suppress(requests.RequestException):
            health = f"{ES_URL}/_cluster/health?wait_for_status=yellow&timeout=1s"
            return requests.get(health, timeout=5).ok
        return False

    def stop(self):
        if self.process is None:
            return
        group, self.process = self.process.pid, None
        for sig, seconds in ((signal.SIGTERM, 60), (signal.SIGKILL, 10)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, sig)
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                with contextlib.suppress(ChildProcessError):
                    os.waitpid(group, os.WNOHANG)  # reap the runner: a zombie keeps its group
                try:
                    os.killpg(group, 0)
                except ProcessLookupError:
                    return
                time.sleep(0.3)


@contextlib.contextmanager
def elasticsearch():
    node = Elasticsearch()
    try:
        node.start()
        yield node
    finally:
        node.stop()


def proxy_set(mode, seconds=0):
    control = ("--control", str(PROXY_CONTROL))
    run(PYTHON, "services/faultproxy.py", "set", mode, str(seconds), *control)


@contextlib.contextmanager
def faultproxy():
    command = [PYTHON, "services/faultproxy.py", "serve", "--listen", str(PROXY)]
    command += ["--target", ES_URL.split("//")[1], "--control", str(PROXY_CONTROL)]
    with open(VAR / "faultproxy.log", "a") as log:
        proxy = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=log, start_new_session=True)
    try:
        time.sleep(1)
        proxy_set("pass")
        yield
    finally:
        os.killpg(proxy.pid, signal.SIGTERM)
        proxy.wait(timeout=10)


def stack_environment():
    return {
        **os.environ,
        "PORT": str(PORT),
        "SERVE_DIR": str(SERVE_DIR),
        "LOAD_DEMO": "true",
        "PAGE_CACHE_SECONDS": "0",
        "DATABASE_URL": f"postgres://consortium:consortium@127.0.0.1:{PG_PORT}/{DATABASE}",
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "ELASTICSEARCH_URL": f"http://127.0.0.1:{PROXY}",
        "ELASTICSEARCH_INDEX_PREFIX": "faults_",
    }


@contextlib.contextmanager
def serve():
    env = stack_environment()
    script = str(ROOT / "scripts" / "serve-production")
    try:
        run(script, "start", env=env)
        yield {
            **env,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "VAR_DIR": str(SERVE_DIR),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECRET_KEY": (SERVE_DIR / "secret_key").read_text().strip(),
            "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        }
    finally:
        subprocess.run([script, "stop"], cwd=ROOT, env=env, check=False, capture_output=True)


def pid_of(name):
    pid = int((SERVE_DIR / "run" / f"{name}.pid").read_text())
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    return pid
