"""PostgreSQL: pg_dump and pg_restore with the connection parameters of
settings.DATABASES[alias]; the password goes through PGPASSWORD, never the command line."""

import os
import re
import shutil
import subprocess
from pathlib import Path

from django.db import connections

# Connection options libpq also reads from the environment.
OPTION_VARIABLES = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "application_name": "PGAPPNAME",
}


class ToolError(Exception):
    pass


def find_tool(name):
    """`name` from PG_BIN_DIR, else the newest Debian /usr/lib/postgresql/<version>/bin, else
    PATH (a newer pg_dump reads older servers, not the reverse)."""
    candidates = []
    if os.environ.get("PG_BIN_DIR"):
        candidates.append(Path(os.environ["PG_BIN_DIR"]) / name)

    def version(path):
        return [int(part) for part in re.findall(r"\d+", path.parent.parent.name)] or [0]

    candidates += sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=version, reverse=True
    )
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise ToolError(f"{name} not found: install PostgreSQL's client tools or set PG_BIN_DIR")
    return found


def connection_arguments(alias):
    """Command-line arguments and environment for libpq tools, from Django's settings."""
    params = connections[alias].settings_dict
    arguments, environment = [], {**os.environ}
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if params.get(key):
            arguments += [flag, str(params[key])]
    if params.get("PASSWORD"):
        environment["PGPASSWORD"] = str(params["PASSWORD"])
    for option, variable in OPTION_VARIABLES.items():
        if params.get("OPTIONS", {}).get(option):
            environment[variable] = str(params["OPTIONS"][option])
    return arguments, environment, params["NAME"]


def run(command, environment):
    result = subprocess.run(command, env=environment, capture_output=True, text=True)  # noqa: S603
    if result.returncode:
        raise ToolError(
            f"{Path(command[0]).name} failed ({result.returncode}): {result.stderr.strip()}"
        )


def dump(alias, target):
    arguments, environment, name = connection_arguments(alias)
    command = [find_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges"]
    run([*command, *arguments, "--file", str(target), "--dbname", name], environment)


def restore(alias, dump_file):
    """Into the existing database of `alias`, in one transaction: objects of the dump are
    dropped and recreated; on any error nothing changes."""
    arguments, environment, name = connection_arguments(alias)
    connections.close_all()
    command = [find_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges"]
    run(
        [*command, "--single-transaction", *arguments, "--dbname", name, str(dump_file)],
        environment,
    )
