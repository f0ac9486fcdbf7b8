#!/usr/bin/env bash
# Times the statistics SQL on PostgreSQL with a synthetic load: 12 municipalities x 10,000 requests
# (120,000 request facts over three years) and 60,000 survey facts, in the test database, inside a
# transaction that is rolled back, so nothing stays. Prints the time of each query as psql measures
# it (median of five runs is up to the reader). Run after the tests created the tables:
#   LEDGER_TEST_DB_NAME=ledger_test docker/statistics-benchmark.sh
set -euo pipefail
db="${LEDGER_TEST_DB_NAME:-ledger_test}"
# as the tables' owner: the application's role may not analyze them
export PGPASSWORD="${LEDGER_TEST_DB_OWNER_PASSWORD:-ledger_owner}"
psql -q -h 127.0.0.1 -U "${LEDGER_TEST_DB_OWNER:-ledger_owner}" -d "$db" -v ON_ERROR_STOP=1 <<'SQL'
begin;
insert into statistics_request_fact (request_id, registration_number, municipality_code, agenda_code, kind, channel,
    status, received_at, resolver, resolved_at, resolution_seconds, resolved_week, resolved_month, resolved_quarter,
    mayor_informed_at, inform_mayor_seconds, routed_at, routing_ended_at, version)
select 'bench-' || i, 'BENCH-' || i, '9990' || lpad((i % 12)::text, 2, '0'),
       (array['PORUCHY','PORADENSTVI','ZADOSTI','DOTACE','ROZVOJ'])[1 + i % 5],
       (array['REQUEST','COMPLAINT','FAULT_OR_EMERGENCY','INFORMATION_REQUEST'])[1 + i % 4],
       (array['PHONE','EMAIL','IN_PERSON','WEB_FORM'])[1 + i % 4],
       case when i % 10 = 0 then 'ROUTED_TO_MUNICIPALITY' when i % 7 = 0 then 'RESOLVED_BY_CSS' else 'CLOSED' end,
       r, case when i % 10 = 0 then null when i % 3 = 0 then 'MUNICIPALITY' else 'CSS' end,
       case when i % 10 = 0 then null else r + ((i % 500) || ' hours')::interval end,
       case when i % 10 = 0 then null else (i % 500) * 3600 end,
       date_trunc('week', r)::date, date_trunc('month', r)::date, date_trunc('quarter', r)::date,
       case when i % 10 <> 0 and i % 3 <> 0 and i % 7 <> 0 then r + ((i % 500 + i % 48) || ' hours')::interval end,
       case when i % 10 <> 0 and i % 3 <> 0 and i % 7 <> 0 then (i % 48) * 3600 end,
       case when i % 10 = 0 or i % 3 = 0 then r + interval '1 hour' end,
       case when i % 3 = 0 and i % 10 <> 0 then r + ((i % 500) || ' hours')::interval end,
       5
from (select i, timestamptz '2023-01-01 00:00Z' + (i * 787 % 94608000) * interval '1 second' as r
      from generate_series(1, 120000) as i) as g;
insert into statistics_survey_fact (survey_id, request_id, registration_number, municipality_code, agenda_code, kind,
    channel, resolver, offer_channel, offered_at, answer_by, offered_week, offered_month, offered_quarter, answered_at,
    score, resolved_answer, answered_by, version)
select 'bench-s-' || request_id, request_id, registration_number, municipality_code, agenda_code, kind, channel,
       resolver, 'EMAIL', resolved_at, resolved_at + interval '30 days', resolved_week, resolved_month,
       resolved_quarter, case when random() < 0.4 then resolved_at + interval '1 day' end, 1 + (random() * 4)::int,
       'YES', 'CITIZEN_WITH_TOKEN', 6
from statistics_request_fact where request_id like 'bench-%' and resolved_at is not null and random() < 0.55;
update statistics_survey_fact set score = null, resolved_answer = null, answered_by = null
 where request_id like 'bench-%' and answered_at is null;
analyze statistics_request_fact;
analyze statistics_survey_fact;
select count(*) as request_facts from statistics_request_fact;
select count(*) as survey_facts from statistics_survey_fact;
\timing on
\echo '-- mayor: received by status (one of the four groupings), one month'
select status, count(*) from statistics_request_fact where municipality_code = '999001'
  and received_at >= '2025-02-28T23:00Z' and received_at < '2025-03-31T22:00Z' group by status;
\echo '-- mayor: received, resolved by CSS, routed'
select count(*), sum(case when resolver = 'CSS' then 1 else 0 end), sum(case when routed_at is not null then 1 else 0 end)
  from statistics_request_fact where municipality_code = '999001'
  and received_at >= '2025-02-28T23:00Z' and received_at < '2025-03-31T22:00Z';
\echo '-- mayor: not informed at the end of the month (all of them, listed)'
select count(*) from (select registration_number, agenda_code, resolved_at from statistics_request_fact
  where municipality_code = '999001' and resolver = 'CSS' and resolved_at < '2025-03-31T22:00Z'
  and (mayor_informed_at is null or mayor_informed_at >= '2025-03-31T22:00Z') order by resolved_at) as l;
\echo '-- mayor: waiting on the municipality at the end of the month'
select count(*) from statistics_request_fact where municipality_code = '999001' and routed_at < '2025-03-31T22:00Z'
  and (routing_ended_at is null or routing_ended_at >= '2025-03-31T22:00Z');
\echo '-- mayor: resolution durations, sorted for the percentiles'
select count(*) from (select resolution_seconds from statistics_request_fact where municipality_code = '999001'
  and resolved_at >= '2025-02-28T23:00Z' and resolved_at < '2025-03-31T22:00Z' and resolution_seconds is not null
  order by resolution_seconds) as d;
\echo '-- mayor: satisfaction'
select count(*), count(score), coalesce(sum(score), 0) from statistics_survey_fact where municipality_code = '999001'
  and offered_at >= '2025-02-28T23:00Z' and offered_at < '2025-03-31T22:00Z';
\echo '-- analysts: monthly satisfaction over three years, all municipalities'
select offered_month, count(*), count(score), coalesce(sum(score), 0) from statistics_survey_fact
  where offered_at >= '2022-12-31T23:00Z' and offered_at < '2025-12-31T23:00Z' group by offered_month;
\echo '-- analysts: weekly resolution durations over three years, all municipalities (every row, sorted)'
select count(*) from (select resolved_week, resolution_seconds from statistics_request_fact
  where resolved_at >= '2022-12-31T23:00Z' and resolved_at < '2025-12-31T23:00Z' order by resolved_week,
  resolution_seconds) as w;
\echo '-- request list of one municipality, one month'
select count(*) from (select * from statistics_request_fact where received_at >= '2025-02-28T23:00Z'
  and received_at < '2025-03-31T22:00Z' and municipality_code = '999001' order by received_at) as r;
\timing off
rollback;
SQL
