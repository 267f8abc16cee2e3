# The one PostgreSQL fixture of the suite (tests/logstore), for the dashboard on a Postgres log.
from tests.logstore.conftest import pg_url, postgres_server, spill_in_tmp  # noqa: F401
