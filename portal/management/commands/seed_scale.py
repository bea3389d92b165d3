"""Fill a database at national scale (or a multiple of it) for the benchmark (`make bench`):
the demo data first, then the same files recombined (portal/demo/scale.py)."""

import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from portal.demo import scale


class Command(BaseCommand):
    help = "Fill the database with national-scale data for the benchmark (bulk inserts). Never on production data."

    def add_arguments(self, parser):
        parser.add_argument("--factor", type=float, default=1.0, help="Scale every count (0.1 quick, 10 more).")
        parser.add_argument("--seed", type=int, default=2026, help="Random seed: the same seed, the same data.")
        parser.add_argument("--force", action="store_true", help="Run even with DEBUG off (never on production data).")

    def handle(self, *args, factor=1.0, seed=2026, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("seed_scale only runs with DEBUG on; pass --force to run it anyway.")
        if factor <= 0:
            raise CommandError("--factor must be positive.")
        if scale.already_seeded():
            scale.ScaleSeeder(factor, seed, self.stdout).add_missing()
            self.stdout.write("The database already holds scale data; only what was missing was added.")
            return
        started = time.monotonic()
        call_command("seed_demo", force=True, stdout=self.stdout)
        seeder = scale.ScaleSeeder(factor, seed, self.stdout)
        seeder.run()
        self.stdout.write(
            self.style.SUCCESS(
                f"Scale data ready in {time.monotonic() - started:.0f} s: "
                + ", ".join(f"{n} {name}" for name, n in seeder.counts.items())
            )
        )
