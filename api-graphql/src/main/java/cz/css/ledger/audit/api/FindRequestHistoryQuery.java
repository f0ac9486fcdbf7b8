package cz.css.ledger.audit.api;

/** Every event of one request, read from the event store. */
public record FindRequestHistoryQuery(String requestId) {
}
