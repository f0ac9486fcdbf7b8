#!/usr/bin/env bash
# Makes sure a local PostgreSQL answers on 127.0.0.1:5432 for a benchmark and that the roles `ledger` (the
# application) and `ledger_owner` (the migrations) exist: where none answers, installs and starts the one the tests
# use (docker/test-postgres.sh makes throw-away test databases, dropped here). Used by benchmark.sh and
# statistics-benchmark.sh:   docker/benchmark-postgres.sh DATABASE_NAME
set -euo pipefail
cd "$(dirname "$0")/.."
db="$1"
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -n -u postgres sh -c "$1"; fi; }

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  LEDGER_TEST_DB_NAME="${db}_probe" docker/test-postgres.sh >/dev/null
  for suffix in "" _restart _tamper _statistics _crash; do
    as_postgres "psql -q -c 'drop database if exists ${db}_probe${suffix} with (force)'"
  done
fi
as_postgres "psql -q -v ON_ERROR_STOP=1" <<SQL
select 'create role ledger login password ''ledger'''
where not exists (select from pg_roles where rolname = 'ledger')\gexec
select 'create role ledger_owner login password ''ledger_owner'''
where not exists (select from pg_roles where rolname = 'ledger_owner')\gexec
SQL
