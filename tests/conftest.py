"""The suite's hypothesis profile; the shared strategies live in ``tests/strategies.py``."""

from hypothesis import HealthCheck, settings

# Each example calls two implementations (and pydantic for `result`), so a deadline would only
# measure machine load; a fixed example count keeps the whole suite to about a minute.
settings.register_profile(
    "swml",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("swml")
