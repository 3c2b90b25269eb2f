"""gunicorn's settings for `make run` and production: `gunicorn --config config/gunicorn.py config.wsgi`."""

import multiprocessing
import os

# Without Redis the cache is local to each process, and Wagtail keeps the site's root paths there:
# several processes would each keep their own, stale after a change made through another one.
# So one process with threads by default; with Redis, gunicorn's advice: two per core, plus one.
workers = int(
    os.environ.get(
        "GUNICORN_WORKERS",
        multiprocessing.cpu_count() * 2 + 1 if os.environ.get("REDIS_URL") else 1,
    )
)
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
bind = "127.0.0.1:8000"  # make run: HOST and PORT
accesslog = "-"  # one line per request on standard output, beside the application's log
# Whether a request came over HTTPS is Django's to decide (SECURE_PROXY_SSL_HEADER, production
# settings), not gunicorn's: by default it believes X-Forwarded-Proto from any local client,
# which with no proxy in front means anyone on this machine.
secure_scheme_headers = {}
