-- Statistics read models (processing group "statistics", issue 5): one row of facts per request
-- and one per satisfaction survey, shaped for the mayor's statistics, the analysts' trends and the
-- CSV exports. Rebuilt by a replay; docs/statistics.md defines the figures computed from them.
-- Calendar steps (week, month, quarter) are stored as the first day of the step in Europe/Prague,
-- computed in Java, so grouping is plain SQL on PostgreSQL and H2 alike.

create table statistics_request_fact (
    request_id           varchar(36)                 not null,
    registration_number  varchar(40)                 not null,
    municipality_code    varchar(6)                  not null,
    agenda_code          varchar(40)                 not null,
    kind                 varchar(30)                 not null,
    channel              varchar(20)                 not null,
    status               varchar(30)                 not null,
    -- RequestRegisteredEvent.receivedAt
    received_at          timestamp(6) with time zone not null,
    -- CSS or MUNICIPALITY, with the time of the resolving event; null until resolved in the current life
    resolver             varchar(20),
    resolved_at          timestamp(6) with time zone,
    resolution_seconds   bigint,
    resolved_week        date,
    resolved_month       date,
    resolved_quarter     date,
    -- MayorInformedEvent.informedAt and the seconds from the CSS's resolution to it
    mayor_informed_at    timestamp(6) with time zone,
    inform_mayor_seconds bigint,
    -- the latest routing to the municipality, and when it ended (resolved, returned or withdrawn)
    routed_at            timestamp(6) with time zone,
    routing_ended_at     timestamp(6) with time zone,
    citizen_notified_at  timestamp(6) with time zone,
    closed_at            timestamp(6) with time zone,
    close_outcome        varchar(30),
    survey_offered_at    timestamp(6) with time zone,
    survey_answered_at   timestamp(6) with time zone,
    -- sequence number of the last event of the request applied here
    version              bigint                      not null,
    constraint pk_statistics_request_fact primary key (request_id)
);

create index ix_statistics_request_fact_received on statistics_request_fact (municipality_code, received_at);
create index ix_statistics_request_fact_resolved on statistics_request_fact (municipality_code, resolved_at);
create index ix_statistics_request_fact_informed on statistics_request_fact (municipality_code, mayor_informed_at);
create index ix_statistics_request_fact_routed on statistics_request_fact (municipality_code, routed_at);
create index ix_statistics_request_fact_resolved_all on statistics_request_fact (resolved_at);

create table statistics_survey_fact (
    survey_id           varchar(36)                 not null,
    request_id          varchar(36)                 not null,
    registration_number varchar(40)                 not null,
    -- the request's classification and resolver when the survey was offered
    municipality_code   varchar(6)                  not null,
    agenda_code         varchar(40)                 not null,
    kind                varchar(30)                 not null,
    channel             varchar(20)                 not null,
    resolver            varchar(20),
    offer_channel       varchar(20)                 not null,
    offered_at          timestamp(6) with time zone not null,
    answer_by           timestamp(6) with time zone not null,
    offered_week        date                        not null,
    offered_month       date                        not null,
    offered_quarter     date                        not null,
    answered_at         timestamp(6) with time zone,
    score               integer,
    resolved_answer     varchar(20),
    answered_by         varchar(30),
    -- personal data: the citizen's comment; shown only to staff, supervisors and auditors
    answer_comment      text,
    -- sequence number of the request's last event applied to this survey
    version             bigint                      not null,
    constraint pk_statistics_survey_fact primary key (survey_id)
);

create index ix_statistics_survey_fact_offered on statistics_survey_fact (municipality_code, offered_at);
create index ix_statistics_survey_fact_offered_all on statistics_survey_fact (offered_at);
create index ix_statistics_survey_fact_request on statistics_survey_fact (request_id, offered_at);
