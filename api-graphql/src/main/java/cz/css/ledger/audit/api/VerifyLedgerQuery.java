package cz.css.ledger.audit.api;

/** Verify the whole sealed ledger, and against a checkpoint published earlier when one is given. */
public record VerifyLedgerQuery(PublishedCheckpoint published) {
}
