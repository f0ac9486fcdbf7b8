package cz.css.ledger.audit.api;

/** The state of every event processor, with the progress of a running replay. */
public record FindProjectionStatusQuery() {
}
