"""Production settings are safe by default and refuse to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    clean.update(DJANGO_SETTINGS_MODULE="cms.settings.production", **env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


class ProductionSettingsTests(SimpleTestCase):
    def test_refuses_to_start_without_secret_key(self):
        result = manage("check", ALLOWED_HOSTS="cms.example.org")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("SECRET_KEY must be set", result.stderr)

    def test_refuses_to_start_without_allowed_hosts(self):
        result = manage("check", SECRET_KEY="x" * 60)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("ALLOWED_HOSTS must be set", result.stderr)

    def test_deploy_check_is_clean(self):
        result = manage(
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            SECRET_KEY="k3y-" + "q8Zr4vN1xT6wB0pL2sY7" * 3,
            ALLOWED_HOSTS="cms.example.org",
        )
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
