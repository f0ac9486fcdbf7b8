#!/usr/bin/env bash
# Runs the ledger's benchmark (docs/performance.md) against a fresh PostgreSQL database `ledger_bench`
# (LEDGER_BENCH_DB_NAME renames it) on 127.0.0.1:5432, owned by role `ledger_owner` (it runs the migrations and
# the raw-insert measurement) while the application connects as `ledger`, and prints its figures.
#   docker/benchmark.sh                        # store of 10,000 requests, 10 s per measurement
#   docker/benchmark.sh --requests=100000 --seconds=20
#   docker/benchmark.sh --keep-database --phases=queries --requests=100000   # re-measure a filled store
#   LEDGER_BENCH_JVM="-Xmx512m -XX:StartFlightRecording=filename=target/benchmark/run.jfr,settings=profile" docker/benchmark.sh
#                                              # profile a run with Java Flight Recorder (docs/performance.md)
# Other arguments go to cz.css.ledger.benchmark.LedgerBenchmark (--phases=startup,raw,commands,graphql,fill,queries; fill = load,replay;
# --warmup-seconds=240 before commands or mutations are measured: the JIT compiles for about four minutes;
# --warm-replays=N replays every projection N more times after the first replays, default 1).
set -euo pipefail
cd "$(dirname "$0")/.."

db="${LEDGER_BENCH_DB_NAME:-ledger_bench}"
keep=false
args=()
for arg in "$@"; do
  if [ "$arg" = "--keep-database" ]; then keep=true; else args+=("$arg"); fi
done

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -n -u postgres sh -c "$1"; fi; }

docker/benchmark-postgres.sh "$db"
if [ "$keep" = false ]; then
  as_postgres "psql -q -v ON_ERROR_STOP=1" <<SQL
drop database if exists ${db} with (force);
create database ${db} owner ledger_owner;
SQL
  echo "benchmark: fresh database ${db}"
fi

./mvnw -B -q -pl api-graphql -am -Pbenchmark verify -DskipTests -Dledger.test.postgres.skip=true -Dledger.test.chromium.skip=true \
  -Dbenchmark.jvm="${LEDGER_BENCH_JVM:--Xmx512m}" \
  -Dbenchmark.args="--db-url=jdbc:postgresql://127.0.0.1:5432/${db} ${args[*]:-}"
