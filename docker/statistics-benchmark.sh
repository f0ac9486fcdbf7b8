#!/usr/bin/env bash
# Times the mayor's statistics and the analysts' trends at scale without the ledger's full load
# (docs/performance.md): cz.css.ledger.query.statistics.StatisticsBenchmark fills the statistics tables of a
# database `ledger_stats_bench` (LEDGER_STATS_BENCH_DB_NAME renames it) on 127.0.0.1:5432 with synthetic facts,
# builds what the projection keeps from them, and times the queries through the real query classes.
#   docker/statistics-benchmark.sh                         # 1,000,000 requests, 50 runs of each query
#   docker/statistics-benchmark.sh --requests=100000 --runs=200
#   docker/statistics-benchmark.sh --keep                  # measure the database as it is, without refilling
#   docker/statistics-benchmark.sh --warmup-seconds=0      # each query cold (5 runs first); default 30 s of runs
set -euo pipefail
cd "$(dirname "$0")/.."

db="${LEDGER_STATS_BENCH_DB_NAME:-ledger_stats_bench}"
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -n -u postgres sh -c "$1"; fi; }

docker/benchmark-postgres.sh "$db"
as_postgres "psql -q -v ON_ERROR_STOP=1" <<SQL
select 'create database ${db} owner ledger_owner'
where not exists (select from pg_database where datname = '${db}')\gexec
SQL

./mvnw -B -q -pl api-graphql -am -Pstatistics-benchmark verify -DskipTests -Dledger.test.postgres.skip=true \
  -Dledger.test.chromium.skip=true -Dledger.frontend.skip=true \
  -Dbenchmark.args="--db-url=jdbc:postgresql://127.0.0.1:5432/${db} $*"
