-- Read models of the query side. They are derived from the events and rebuilt by a replay
-- (the projections' reset handlers empty them); the event store stays the source of truth.
-- Plain SQL for PostgreSQL 15 and H2 2.4 in PostgreSQL mode.

-- Catalogue (processing group "catalogue")

create table agenda_view (
    agenda_code varchar(40)   not null,
    name        varchar(200)  not null,
    description varchar(2000),
    constraint pk_agenda_view primary key (agenda_code)
);

create table municipality_view (
    municipality_code varchar(6)   not null,
    name              varchar(200) not null,
    mayor_name        varchar(200),
    -- sequence number of the last event of the municipality applied here
    version           bigint       not null,
    constraint pk_municipality_view primary key (municipality_code)
);

-- Agreements in force; an ended agreement is deleted (its history stays in the event store).
create table municipality_agenda_view (
    municipality_code varchar(6)  not null,
    agenda_code       varchar(40) not null,
    agreed_on         date        not null,
    constraint pk_municipality_agenda_view primary key (municipality_code, agenda_code)
);

-- Requests (processing group "requests")

create table request_view (
    request_id             varchar(36)                 not null,
    registration_number    varchar(40)                 not null,
    status                 varchar(30)                 not null,
    municipality_code      varchar(6)                  not null,
    agenda_code            varchar(40)                 not null,
    kind                   varchar(30)                 not null,
    channel                varchar(20)                 not null,
    subject                varchar(200)                not null,
    urgency                varchar(20)                 not null,
    -- subject and registration number folded in Java (lower case, no diacritics) for the text filter,
    -- so matching does not depend on the database's locale
    search_text            varchar(300)                not null,
    -- personal data, each part in its own column so it can be encrypted or erased per subject
    citizen_name           varchar(200),
    citizen_email          varchar(254),
    citizen_phone          varchar(40),
    citizen_postal_address varchar(500),
    description            text,
    assignee               varchar(100),
    registered_by          varchar(100)                not null,
    received_at            timestamp(6) with time zone not null,
    respond_by             date,
    resolved_by            varchar(20),
    resolution             text,
    routed_to              varchar(200),
    mayor_informed         boolean                     not null,
    citizen_notified       boolean                     not null,
    close_outcome          varchar(30),
    last_changed_at        timestamp(6) with time zone not null,
    -- sequence number of the last event of the request applied here
    version                bigint                      not null,
    constraint pk_request_view primary key (request_id),
    constraint uk_request_view_registration_number unique (registration_number)
);

-- The queue is ordered newest first and paged by the keyset (received_at, request_id).
create index ix_request_view_received on request_view (received_at desc, request_id desc);
create index ix_request_view_status on request_view (status, received_at desc);
create index ix_request_view_municipality on request_view (municipality_code, received_at desc);
create index ix_request_view_agenda on request_view (agenda_code, received_at desc);
create index ix_request_view_assignee on request_view (assignee, received_at desc);
create index ix_request_view_kind on request_view (kind);
create index ix_request_view_urgency on request_view (urgency);

create table request_timeline_entry (
    request_id  varchar(36)                 not null,
    sequence    bigint                      not null,
    event_type  varchar(100)                not null,
    occurred_at timestamp(6) with time zone not null,
    actor       varchar(200),
    actor_role  varchar(100),
    summary     varchar(1000)               not null,
    constraint pk_request_timeline_entry primary key (request_id, sequence)
);
