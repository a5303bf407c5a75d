"""WSGI entry point (gunicorn behind a proxy in production)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "opvolging.site.settings")
application = get_wsgi_application()
