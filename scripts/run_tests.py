"""The whole test suite: on SQLite, then on PostgreSQL.

Exits non-zero if either run fails or runs no test (pytest's exit code 5).
The PostgreSQL run needs a server at TEST_POSTGRES_URL; when CI is set it
must run, elsewhere a missing server is reported and that run is skipped.
"""

import os
import subprocess
import sys

import sqlalchemy as sa

DEFAULT_SERVER = "postgresql://root@127.0.0.1:5432/postgres"


def postgres_reachable(url: str) -> bool:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect():
            return True
    except sa.exc.OperationalError:
        return False
    finally:
        engine.dispose()


def pytest(extra_env: dict[str, str], label: str) -> int:
    print(f"\n=== Test suite on {label} ===", flush=True)
    env = {**os.environ, **extra_env}
    return subprocess.call([sys.executable, "-m", "pytest", *sys.argv[1:]], env=env)


def main() -> int:
    server = os.environ.get("TEST_POSTGRES_URL", DEFAULT_SERVER)
    failures = []
    env = {k: v for k, v in os.environ.items() if k != "TESTING_DATABASE_URL"}
    os.environ.clear()
    os.environ.update(env)
    if pytest({}, "SQLite") != 0:
        failures.append("SQLite")
    if postgres_reachable(server):
        if pytest({"TESTING_DATABASE_URL": server}, "PostgreSQL") != 0:
            failures.append("PostgreSQL")
    elif os.environ.get("CI"):
        print(f"PostgreSQL is not reachable at {server}: CI must run it.", file=sys.stderr)
        failures.append("PostgreSQL (unreachable)")
    else:
        print(f"\nSkipped the PostgreSQL run: no server at {server} (set TEST_POSTGRES_URL).")
    if failures:
        print(f"\nFailed: {', '.join(failures)}", file=sys.stderr)
        return 1
    print("\nAll test runs passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
