-- A rebuild of the statistics aggregates (V14) owed after a replay (issue 7). While a replay re-reads the store,
-- the statistics projection saves the facts only; the aggregates are counted afresh from all the facts, in one
-- pass, once the replay has reached the position the store had when it began. The row is made by the
-- projection's reset, in the same place as the tokens it resets, so a crash during the replay leaves it owed, and
-- the rebuild deletes it in the transaction that writes the aggregates.
create table statistics_rebuild (
    name         varchar(40) not null,
    requested_at timestamp   not null,
    constraint pk_statistics_rebuild primary key (name)
);
