#!/usr/bin/env bash
# Make a PostgreSQL server binary available for the load tests (tests/postgres_fixture.py),
# which start their own throwaway cluster. Installs Debian's postgresql package when no
# /usr/lib/postgresql/<version>/bin/pg_ctl is present; the package's own cluster is not used.
# Under CI=true the PostgreSQL tests fail (instead of skipping) when no server can start.
set -euo pipefail

have_server() {
    compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" > /dev/null || command -v pg_ctl > /dev/null
}

if ! have_server; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "ci_postgres: PostgreSQL is missing and installing it needs root" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql > /dev/null
fi
have_server
ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -n 1
