-- Command-side lookups: set rules the aggregates cannot keep alone.

-- The last registration number given out per year (gap-free, locked per registration).
create table registration_counter (
    registration_year integer not null,
    last_number       bigint  not null,
    primary key (registration_year)
);

-- A client's idempotency key and the request first registered under it.
create table registration_idempotency_key (
    idempotency_key varchar(100) not null,
    request_id      varchar(36)  not null,
    primary key (idempotency_key)
);

-- Agendas defined in the catalogue and the agendas each municipality currently agrees to.
create table defined_agenda_lookup (
    agenda_code varchar(40) not null,
    primary key (agenda_code)
);

create table agreed_agenda_lookup (
    municipality_code varchar(6)  not null,
    agenda_code       varchar(40) not null,
    primary key (municipality_code, agenda_code)
);
