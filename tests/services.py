"""Real services the production-shape tests start or reach: Redis (TEST_REDIS_URL, from
services/redis), Varnish (started per test module by services/varnish.sh) and an S3-compatible
server (moto's, started per module). Missing ones fail under CI=true and skip elsewhere."""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def missing(reason):
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true: {reason}", pytrace=False)
    pytest.skip(reason)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_url():
    url = os.environ.get("TEST_REDIS_URL", "")
    if not url:
        missing('TEST_REDIS_URL is not set: eval "$(services/redis start)" and export it as that')
    return url


def redis_caches(url):
    """CACHES on Redis under a prefix of their own: tests never see each other's keys."""
    prefix = f"test-{uuid.uuid4().hex[:8]}"
    backend = "django.core.cache.backends.redis.RedisCache"
    return {
        alias: {"BACKEND": backend, "LOCATION": url, "KEY_PREFIX": f"{prefix}:{alias}"}
        for alias in ("default", "pages")
    }


def started_varnish(backend):
    """services/varnish.sh in front of `backend` (host:port); returns (url, stop)."""
    if not (shutil.which("varnishd") or Path("/usr/sbin/varnishd").exists()):
        missing("varnishd is missing (apt-get install varnish)")
    # Readable by the varnish user varnishd switches to when started as root.
    tmp_dir = tempfile.mkdtemp(prefix="varnish-test-")
    os.chmod(tmp_dir, 0o755)  # noqa: S103
    env = os.environ | {
        "VARNISH_PORT": str(free_port()),
        "VARNISH_BACKEND": backend,
        "VARNISH_DIR": str(tmp_dir),
    }
    script = str(ROOT / "services" / "varnish.sh")
    output = subprocess.run(  # noqa: S603
        [script, "start"], env=env, capture_output=True, text=True, timeout=60, check=True
    ).stdout
    url = output.strip().rsplit("=", 1)[1]

    def stop():
        subprocess.run([script, "stop"], env=env, timeout=30, check=False)  # noqa: S603
        shutil.rmtree(tmp_dir, ignore_errors=True)

    return url, stop


def started_moto():
    """moto's S3 server on a free port; returns (endpoint, process)."""
    executable = ROOT / ".venv" / "bin" / "moto_server"
    if not executable.exists():
        missing("moto_server is missing (make install)")
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [str(executable), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return f"http://127.0.0.1:{port}", process
        except OSError:
            time.sleep(0.1)
    process.kill()
    pytest.fail("moto_server did not start")
