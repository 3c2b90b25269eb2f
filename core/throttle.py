"""Counting requests per client in a time window, in the cache (shared by every process when
REDIS_URL is set), and the client's address."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The client's address: the one the trusted proxy appended to X-Forwarded-For when
    TRUSTED_PROXY is set, else the connection's. A client's own X-Forwarded-For is never read."""
    if settings.TRUSTED_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def within_limit(scope, key, limit, seconds):
    """Count one more request of `key` in `scope`; whether it is within `limit` per `seconds`
    (a window that starts with the first request)."""
    digest = hashlib.sha256(str(key).encode()).hexdigest()
    cache_key = f"throttle:{scope}:{digest}"
    cache.add(cache_key, 0, timeout=seconds)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=seconds)
        count = 1
    return count <= limit
