"""`opvolging manage demo`: load the sample letter and create a demo editor (its password printed once)."""

from __future__ import annotations

import secrets
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand

from opvolging.extract.pipeline import extract_path
from opvolging.tracker.services.ingest import ingest

SAMPLES = Path(__file__).resolve().parents[3] / "data" / "samples"  # shipped in the package


class Command(BaseCommand):
    help = "Load the sample documents and create the demo editor."

    def add_arguments(self, parser):
        parser.add_argument("--samples", default=str(SAMPLES), help="folder of sample documents")

    def handle(self, *args, **options):
        for name in ("viewer", "editor", "admin"):
            Group.objects.get_or_create(name=name)
        folder = Path(options["samples"])
        found = [p for p in sorted(folder.glob("*")) if p.suffix.lower() in (".txt", ".pdf", ".docx", ".html", ".xml")]
        if not found:
            self.stderr.write(f"no sample documents in {folder}: nothing loaded")
        for path in found:
            result = ingest(extract_path(path))
            state = "loaded" if result.created else "already there"
            self.stdout.write(f"{path.name}: {state}")
        if not User.objects.filter(username="demo").exists():
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user("demo", password=password)
            user.groups.add(Group.objects.get(name="editor"))
            self.stdout.write(self.style.SUCCESS(
                f"Demo editor created — username: demo  password: {password}  (shown once; "
                f"reset with: opvolging manage changepassword demo)"))
        else:
            self.stdout.write("Demo editor 'demo' exists already (opvolging manage changepassword demo to reset).")
