"""Fault drills: `make drill` (as root: it starts a PostgreSQL cluster as the postgres user and
bind-mounts a folder read-only). Nothing shared is touched: the drills build a private copy of the
site (its own PostgreSQL cluster, Redis and media folder, with the demo content), serve it with
gunicorn under the production settings and, under a steady load of CLIENTS clients requesting
pages, break one service at a time:

- PostgreSQL restarted (`pg_ctl restart -m fast`),
- Redis stopped, then started again,
- the media folder read-only (renditions deleted first, so that pages must make them anew).

For each drill it prints the requests served and failed (by status), and the recovery time: from
the fault to the last failed request. It asserts nothing: its figures are for the operator.
"""

import argparse
import collections
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
PG_BIN = Path("/usr/lib/postgresql") / sorted(os.listdir("/usr/lib/postgresql"))[-1] / "bin"
PATHS = [
    "/en/",
    "/es/",
    "/fr/",
    "/el/",
    "/it/",
    "/en/projects/youth-in-the-sse/",
    "/el/erga/neoi-stin-kalo/",
    "/en/partners/",
    "/es/search/?q=cooperativa",
]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - our own server
                return
        except (OSError, urllib.error.HTTPError):
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer")


def run(*command, **kwargs):
    subprocess.run(command, check=True, **kwargs)  # noqa: S603 - our own arguments


class PrivateSite:
    """PostgreSQL, Redis, media and gunicorn of the drill's own, in a temporary folder."""

    def __init__(self, folder):
        self.folder = folder
        self.pg_data, self.media = folder / "pg", folder / "media"
        self.pg_port, self.redis_port, self.web_port = free_port(), free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.web_port}"
        self.env = os.environ | {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "a key for the fault drills only",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{self.pg_port}/postgres",
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "MEDIA_ROOT": str(self.media),
        }

    def start(self):
        self.pg_data.mkdir()
        self.media.mkdir()
        shutil.chown(self.pg_data, "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
        run(
            *as_postgres,
            PG_BIN / "initdb",
            "-D",
            self.pg_data,
            "-A",
            "trust",
            "-U",
            "postgres",
            stdout=subprocess.DEVNULL,
        )
        self.pg_ctl = [
            *as_postgres,
            PG_BIN / "pg_ctl",
            "-D",
            self.pg_data,
            "-w",
            "-l",
            self.pg_data / "log",
            "-o",
            f"-p {self.pg_port} -k {self.pg_data} -c listen_addresses=127.0.0.1",
        ]
        run(*self.pg_ctl, "start", stdout=subprocess.DEVNULL)
        self.start_redis()
        manage = [PYTHON, "manage.py"]
        for command in (
            ["migrate", "--no-input"],
            ["load_demo_content"],
            ["collectstatic", "--no-input"],
        ):
            run(*manage, *command, "-v0", cwd=PROJECT, env=self.env)
        self.web = subprocess.Popen(  # noqa: S603
            [
                PYTHON,
                "-m",
                "gunicorn",
                "config.wsgi",
                "-b",
                f"127.0.0.1:{self.web_port}",
                "--workers",
                "2",
                "--threads",
                "2",
                "--access-logfile",
                "/dev/null",
            ],
            cwd=PROJECT,
            env=self.env,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self.url + PATHS[0])

    def start_redis(self):
        self.redis = subprocess.Popen(  # noqa: S603
            [REDIS_SERVER, "--port", str(self.redis_port), "--bind", "127.0.0.1", "--save", ""],
            stdout=subprocess.DEVNULL,
        )

    def stop_redis(self):
        self.redis.kill()
        self.redis.wait()

    def media_read_only(self):
        run(
            PYTHON,
            "manage.py",
            "shell",
            "-c",
            "from wagtail.images import get_image_model\n"
            "get_image_model().get_rendition_model().objects.all().delete()",
            cwd=PROJECT,
            env=self.env,
        )
        run("mount", "--bind", self.media, self.media)
        run("mount", "-o", "remount,ro,bind", self.media)

    def media_writable(self):
        run("umount", self.media)

    def stop(self):
        self.web.terminate()
        self.web.wait()
        self.redis.kill()
        run(*self.pg_ctl, "stop", "-m", "immediate", stdout=subprocess.DEVNULL)


def load(url, clients, seconds):
    """`clients` threads requesting PATHS in turn for `seconds`: [(time, status or error)]."""
    results, lock = [], threading.Lock()
    end = time.monotonic() + seconds

    def client(offset):
        index = offset
        while time.monotonic() < end:
            path = PATHS[index % len(PATHS)]
            index += 1
            try:
                with urllib.request.urlopen(url + path, timeout=10) as response:  # noqa: S310
                    outcome = response.status
            except urllib.error.HTTPError as error:
                outcome = error.code
            except OSError as error:
                outcome = type(error).__name__
            with lock:
                results.append((time.monotonic(), outcome))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    return threads, results


def drill(site, name, fault, recover, clients, seconds):
    threads, results = load(site.url, clients, seconds)
    time.sleep(seconds / 4)
    fault_at = time.monotonic()
    fault()
    time.sleep(seconds / 4)
    if recover:
        recover()
    for thread in threads:
        thread.join()
    failed = [
        (at, outcome) for at, outcome in results if not (isinstance(outcome, int) and outcome < 400)
    ]
    statuses = collections.Counter(str(outcome) for _at, outcome in failed)
    recovery = f"{max(at for at, _ in failed) - fault_at:.2f} s" if failed else "no failed request"
    print(
        f"{name:<28} {len(results):>8} {len(results) - len(failed):>7} {len(failed):>7}  "
        f"{recovery:<18} {dict(statuses) or ''}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=12, help="length of each drill")
    options = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("The drills run as root (runuser, mount).")
    with tempfile.TemporaryDirectory(prefix="sse-drill-") as folder:
        os.chmod(folder, 0o755)  # noqa: S103 - the postgres user must reach its cluster
        site = PrivateSite(Path(folder))
        site.start()
        try:
            print(
                f"{options.clients} clients, {options.seconds:g} s per drill, fault at 1/4, "
                f"recovery action at 1/2\n"
            )
            print(
                f"{'drill':<28} {'requests':>8} {'served':>7} {'failed':>7}  {'recovery':<18} failures"
            )
            drill(site, "none (baseline)", lambda: None, None, options.clients, options.seconds)
            drill(
                site,
                "PostgreSQL restart",
                lambda: run(*site.pg_ctl, "restart", "-m", "fast", stdout=subprocess.DEVNULL),
                None,
                options.clients,
                options.seconds,
            )
            drill(
                site,
                "Redis stopped, then started",
                site.stop_redis,
                site.start_redis,
                options.clients,
                options.seconds,
            )
            drill(
                site,
                "media read-only",
                site.media_read_only,
                site.media_writable,
                options.clients,
                options.seconds,
            )
        finally:
            site.stop()


if __name__ == "__main__":
    main()
