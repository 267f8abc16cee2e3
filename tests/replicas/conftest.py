from tests.logstore.conftest import pg_url, postgres_server  # noqa: F401  # shared fixtures
