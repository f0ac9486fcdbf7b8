#!/usr/bin/env bash
# Makes sure a local PostgreSQL serves the integration tests: installs it with apt where it is
# missing, starts the cluster, and creates fresh `ledger_test`, `ledger_test_restart` and
# `ledger_test_tamper`, `ledger_test_statistics` and `ledger_test_crash` databases owned by role `ledger` (LEDGER_TEST_DB_NAME
# renames them, so parallel checkouts don't collide). Role `ledger_admin` is a superuser that only the
# tamper-evidence tests use, to play an intruder with full database rights.
# Set LEDGER_TEST_DB_URL to use another server instead (this script then does nothing).
set -euo pipefail

if [ -n "${LEDGER_TEST_DB_URL:-}" ]; then
  echo "test-postgres: using $LEDGER_TEST_DB_URL"
  exit 0
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -n -u postgres sh -c "$1"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "test-postgres: installing PostgreSQL"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  as_root pg_createcluster "$version" main
fi

if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  echo "test-postgres: starting cluster $version/main"
  as_root pg_ctlcluster "$version" main start
fi

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done

db="${LEDGER_TEST_DB_NAME:-ledger_test}"
as_postgres "psql -q -v ON_ERROR_STOP=1" <<SQL
select 'create role ledger login password ''ledger'''
where not exists (select from pg_roles where rolname = 'ledger')\gexec
select 'create role ledger_admin login superuser password ''ledger_admin'''
where not exists (select from pg_roles where rolname = 'ledger_admin')\gexec
drop database if exists ${db} with (force);
create database ${db} owner ledger;
drop database if exists ${db}_restart with (force);
create database ${db}_restart owner ledger;
drop database if exists ${db}_tamper with (force);
create database ${db}_tamper owner ledger;
drop database if exists ${db}_statistics with (force);
create database ${db}_statistics owner ledger;
drop database if exists ${db}_crash with (force);
create database ${db}_crash owner ledger;
SQL
echo "test-postgres: PostgreSQL $version ready, fresh databases ${db}, ${db}_restart, ${db}_tamper, ${db}_statistics and ${db}_crash"
