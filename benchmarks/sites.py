"""The synthetic sites' folders under var/bench/, and running Django commands against one.

Each site has its own folder (its SQLite database, search index, cache and site.json); static
files are collected once, into var/bench/static, for all of them. Migrating an empty database
takes most of a minute, so a migrated copy is kept, named after the migrations it ran, and copied
for each new site.
"""

import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
STATIC_ROOT = BENCH_DIR / "static"
PYTHON = sys.executable


@dataclass(frozen=True)
class SyntheticSite:
    pages: int
    ratings: int

    @property
    def folder(self):
        return BENCH_DIR / f"site-{self.pages}"

    @property
    def label(self):
        return f"{self.pages:,} pages"

    def environment(self, **extra):
        """Environment variables for a process serving or measuring this site."""
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "localoffer.settings.bench",
            "LOCALOFFER_VAR_DIR": str(self.folder),
            "STATIC_ROOT": str(STATIC_ROOT),
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
            **extra,
        }

    def run(self, *args, **extra_env):
        """Run `python <args>` for this site, failing loudly."""
        subprocess.run([PYTHON, *args], cwd=ROOT, env=self.environment(**extra_env), check=True)

    def manage(self, *args):
        self.run("manage.py", *args)

    @property
    def summary(self):
        """What `benchmarks.synthetic` wrote about the site: its addresses and build time."""
        return json.loads((self.folder / "site.json").read_text())

    def build(self, template):
        """A fresh site: the migrated database, then the synthetic pages and ratings."""
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        shutil.copyfile(template, self.folder / "db.sqlite3")
        self.step("build", "--pages", str(self.pages), "--ratings", str(self.ratings))

    def measure(self, *, pages_only=False):
        """Take the in-process figures (`benchmarks.figures`): every page rendered, every search
        made afresh."""
        self.step(
            "measure",
            *(["--pages-only"] if pages_only else []),
            PAGE_CACHE_SECONDS="0",
            SEARCH_CACHE_SECONDS="0",
        )
        return self.figures

    @property
    def figures(self):
        return json.loads((self.folder / "figures.json").read_text())

    def step(self, *args, **extra_env):
        self.run("-m", "benchmarks.site_steps", *args, **extra_env)


def migrated_template():
    """An empty, migrated database for the current migrations (the project's, and the installed
    packages' versions), made if missing."""
    digest = hashlib.sha256()
    for migration in sorted(ROOT.glob("**/migrations/*.py")):
        if not {".venv", "node_modules", "var"} & set(migration.relative_to(ROOT).parts):
            digest.update(migration.read_bytes())
    for package in sorted(f"{d.name}=={d.version}" for d in importlib.metadata.distributions()):
        digest.update(package.encode())
    template = BENCH_DIR / f"template-{digest.hexdigest()[:12]}.sqlite3"
    if template.exists():
        return template
    for stale in BENCH_DIR.glob("template-*"):
        stale.unlink()
    print("Migrating an empty database for the synthetic sites (kept for later runs)...")
    empty = SyntheticSite(pages=0, ratings=0)
    shutil.rmtree(empty.folder, ignore_errors=True)
    empty.folder.mkdir(parents=True)
    empty.manage("migrate", "--noinput", "--verbosity", "0")
    shutil.move(empty.folder / "db.sqlite3", template)
    shutil.rmtree(empty.folder)
    return template


def collect_static(site):
    """Fingerprinted, compressed static files, as production serves them."""
    site.manage("collectstatic", "--noinput", "--clear", "--verbosity", "0")


@dataclass(frozen=True)
class DirectorySite(SyntheticSite):
    """A site with no pages but a directory of `services` services (benchmarks.directory)."""

    services: int = 5_000

    @property
    def folder(self):
        return BENCH_DIR / f"directory-{self.services}"

    @property
    def label(self):
        return f"{self.services:,} services"

    def build(self, template):
        """A fresh directory on the migrated database, measured as it is built."""
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        shutil.copyfile(template, self.folder / "db.sqlite3")
        self.step("directory", "--services", str(self.services))

    @property
    def figures(self):
        return json.loads((self.folder / "directory.json").read_text())
