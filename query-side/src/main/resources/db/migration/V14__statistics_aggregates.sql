-- Statistics pre-aggregated (issue 7): what the mayor's statistics and the analysts' trends sum, kept by the
-- statistics projection in the transaction that changes the facts (V6_1), so that a period reads a few rows per
-- day or calendar step instead of every fact of it. docs/statistics.md defines the figures and the bound of the
-- percentiles computed from the histograms. Counts are deltas of the facts: a reclassified or reopened request
-- moves from its old rows to its new ones. A row is kept when its counts fall back to zero. Rebuilt by a replay.

-- Requests by the Prague day of their receipt, for the mayor: one row per dimension and group of it
-- (STATUS: status now; AGENDA, KIND, CHANNEL; PATH: CSS = resolved by the CSS, ROUTED = routed to the municipality
-- in the current life).
create table statistics_received_day (
    municipality_code varchar(6)  not null,
    received_day      date        not null,
    dimension         varchar(10) not null,
    group_key         varchar(40) not null,
    requests          bigint      not null,
    constraint pk_statistics_received_day primary key (municipality_code, received_day, dimension, group_key)
);

-- Histograms of durations (RESOLUTION: receipt to resolution, by the step of the resolution; INFORM_MAYOR: the
-- CSS's resolution to informing the mayor, by the step of informing) in log-scale buckets of seconds
-- (DurationHistogram): how many durations and the sum of their seconds per bucket. Steps: DAY (the mayor's periods,
-- per municipality, resolver '*'), WEEK, MONTH and QUARTER (the trends and the mayor's whole weeks and months), per
-- municipality and for all ('*'), per resolver and for both ('*'). The step is named by its first day (Prague).
create table statistics_duration_step (
    measure           varchar(20) not null,
    municipality_code varchar(6)  not null,
    granularity       varchar(10) not null,
    step_start        date        not null,
    resolver          varchar(20) not null,
    bucket            integer     not null,
    durations         bigint      not null,
    seconds_sum       bigint      not null,
    constraint pk_statistics_duration_step
        primary key (measure, municipality_code, resolver, granularity, step_start, bucket)
);

-- Surveys by the step of their offer (DAY, WEEK, MONTH, QUARTER), the municipality and resolver of the request
-- when offered (resolver '' for none): offered, answered, the sum of the scores, answers YES to "resolved".
create table statistics_survey_step (
    municipality_code varchar(6)  not null,
    granularity       varchar(10) not null,
    step_start        date        not null,
    resolver          varchar(20) not null,
    offered           bigint      not null,
    responses         bigint      not null,
    score_sum         bigint      not null,
    resolved_yes      bigint      not null,
    constraint pk_statistics_survey_step primary key (municipality_code, granularity, step_start, resolver)
);

-- the trends of all municipalities
create index ix_statistics_survey_step_steps on statistics_survey_step (granularity, step_start);
