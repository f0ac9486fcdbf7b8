-- The ledger seal: a hash chain over every stored event, appended asynchronously by the sealer
-- (cz.css.ledger.audit.seal.Sealer), and checkpoints of its head signed with a key that is not in
-- the database. Plain SQL for PostgreSQL 15 and H2 2.4 in PostgreSQL mode.

-- One link per sealed event, in sealing order (position 1, 2, ...). The event's identity and time
-- are repeated in plain text and its parts as digests so that verification can say what changed.
create table ledger_seal (
    position             bigint                      not null,
    global_index         bigint                      not null,
    event_identifier     varchar(255)                not null,
    aggregate_identifier varchar(255)                not null,
    sequence_number      bigint                      not null,
    time_stamp           varchar(255)                not null,
    -- SHA-256 of the stored payload and metadata bytes
    payload_digest       bytea                       not null,
    meta_data_digest     bytea,
    -- SHA-256 of the event's canonical form, and the chain hash h(n) = SHA-256(h(n-1) || event_digest)
    event_digest         bytea                       not null,
    chain_hash           bytea                       not null,
    sealed_at            timestamp(6) with time zone not null,
    constraint pk_ledger_seal primary key (position),
    constraint uk_ledger_seal_global_index unique (global_index)
);

-- Signed checkpoints: "the chain had `position` links with head `head_hash`", Ed25519.
create table ledger_checkpoint (
    position  bigint       not null,
    head_hash varchar(64)  not null,
    -- the ISO-8601 instant exactly as signed
    signed_at varchar(40)  not null,
    key_id    varchar(16)  not null,
    signature varchar(200) not null,
    constraint pk_ledger_checkpoint primary key (position)
);
