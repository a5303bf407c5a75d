"""Production settings pass Django's deployment checks; the secret key never lives in the repository."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_check_deploy_is_clean(tmp_path):
    env = dict(os.environ, OPVOLGING_PRODUCTION="1", OPVOLGING_SECRET_KEY="x" * 20 + os.urandom(24).hex(),
               OPVOLGING_VAR=str(tmp_path), DJANGO_SETTINGS_MODULE="opvolging.site.settings")
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    p = subprocess.run([sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
                       capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "no issues" in p.stdout


def test_no_secret_key_in_the_repository():
    settings = (ROOT / "src" / "opvolging" / "site" / "settings.py").read_text()
    assert "SECRET_KEY = \"" not in settings and "SECRET_KEY = '" not in settings


def test_security_headers(client, db):
    r = client.get("/")
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Frame-Options"] == "DENY"
