package cz.css.ledger.audit.api;

/** The latest signed checkpoint; with {@code fresh}, the head is sealed and signed first if it moved. */
public record FindLatestCheckpointQuery(boolean fresh) {
}
