-- The event row takes its global index from the sequence as it is inserted (Hibernate's IDENTITY, one round
-- trip per event instead of a nextval and then the insert). The sequence still steps by 1: no gaps of a
-- block per instance, which a tracking projection on another instance could outwait and skip.
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_seq');
