-- The privacy-keys processor (PersonalDataShredder) is now subscribing: it destroys a request's data
-- key in the transaction that records the erasure. Before, it tracked the event stream behind the
-- erasures; destroy the keys of every erasure it may not have reached, and drop its token.
delete from subject_key where subject_id in (
    select aggregate_identifier from domain_event_entry
    where payload_type = 'cz.css.ledger.api.PersonalDataErasedEvent');
delete from token_entry where processor_name = 'privacy-keys';
