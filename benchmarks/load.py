"""Family pages under load: the site served by gunicorn (2 workers) on loopback, production
settings, with wrk as the load generator, beside a static file of the same size served by the
same server (WhiteNoise): the most that server could do for a page of that size.

wrk keeps one connection per worker busy, so latencies are the time a family waits when the
server is busy but has no queue.
"""

import json
import shutil
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from benchmarks.sites import PYTHON, ROOT

WORKERS = 2
CONNECTIONS = WORKERS
ROUNDS = 2
WARM_UP_SECONDS = 1
WRK_SCRIPT = Path(__file__).with_name("wrk_summary.lua")
START_TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class Load:
    p50_ms: float
    p95_ms: float
    rps: float


class Server:
    """gunicorn serving a synthetic site on a free loopback port, while in a `with` block."""

    def __init__(self, site, cache_seconds):
        """`cache_seconds` for both the page cache and the cached searches (0: neither)."""
        self.site = site
        self.cache_seconds = str(cache_seconds)
        self.process = None
        self.port = None

    def __enter__(self):
        self.port = _free_port()
        # The cache folder is emptied, so that "uncached" and "cached" start alike.
        shutil.rmtree(self.site.folder / "cache", ignore_errors=True)
        gunicorn = (
            f"-m gunicorn localoffer.wsgi:application --workers {WORKERS} --log-level warning"
        )
        self.process = subprocess.Popen(
            [PYTHON, *gunicorn.split(), "--bind", f"127.0.0.1:{self.port}"],
            cwd=ROOT,
            env=self.site.environment(
                PAGE_CACHE_SECONDS=self.cache_seconds, SEARCH_CACHE_SECONDS=self.cache_seconds
            ),
        )
        self._wait_until_serving()
        return self

    def __exit__(self, *exc_info):
        self.process.terminate()
        self.process.wait(timeout=30)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path, headers=None):
        request = urllib.request.Request(self.url(path), headers=headers or {})
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()

    def load(self, path, seconds):
        """wrk against `path`, after a second of it to warm up every worker (not counted)."""
        _wrk(self.url(path), WARM_UP_SECONDS, check=False)
        result = _wrk(self.url(path), seconds)
        return Load(
            p50_ms=result["p50_us"] / 1000,
            p95_ms=result["p95_us"] / 1000,
            rps=result["requests"] / (result["duration_us"] / 1_000_000),
        )

    def compare(self, path, baseline_path, seconds):
        """`path` and `baseline_path` loaded in turn, ROUNDS times each; the best round of each
        (most requests per second), so that a burst of other work on a shared machine during one
        round does not decide the ratio."""
        rounds = [
            (self.load(path, seconds), self.load(baseline_path, seconds)) for _ in range(ROUNDS)
        ]
        return tuple(max(loads, key=lambda load: load.rps) for loads in zip(*rounds, strict=True))

    def peak_worker_memory_mb(self):
        """The largest resident memory any worker reached (VmHWM), in MB."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        peaks = []
        for pid in children.read_text().split():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(int(line.split()[1]) / 1024)
        return max(peaks)

    def _wait_until_serving(self):
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit("gunicorn stopped while starting: see the errors above")
            try:
                if self.get("/")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise SystemExit(f"gunicorn did not answer within {START_TIMEOUT_SECONDS} s")


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wrk(url, seconds, check=True):
    options = f"--threads 1 --connections {CONNECTIONS} --duration {seconds}s --timeout 60s"
    output = subprocess.run(
        ["wrk", *options.split(), "--script", str(WRK_SCRIPT), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = json.loads(output.strip().splitlines()[-1])
    if check and (result["bad_status"] or result["socket_errors"] or not result["requests"]):
        raise SystemExit(f"wrk got errors from {url}: {result}")
    return result
