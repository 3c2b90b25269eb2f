"""The health endpoint for load balancers (/health/): the database, the cache and the media storage.

django-health-check's view, answering 503 Service Unavailable rather than 500 when a check fails:
a service this machine depends on is down, the application itself did not fail. Its output names
each check and "OK" or the kind of failure (e.g. "Unavailable: connection failed"), never
connection settings; the details go to the log.
"""

from health_check.views import HealthCheckView


class HealthView(HealthCheckView):
    checks = (
        "health_check.checks.Database",
        "health_check.checks.Cache",
        "health_check.checks.Storage",
    )

    async def get(self, request, *args, **kwargs):
        response = await super().get(request, *args, **kwargs)
        if response.status_code == 500:
            response.status_code = 503
        return response
