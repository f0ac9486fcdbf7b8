package cz.css.ledger.audit.api;

/** Rebuild one projection (processing group) from the event store, or every replayable one when null. */
public record ReplayProjectionsCommand(String processingGroup) {
}
