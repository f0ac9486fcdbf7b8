package cz.css.ledger.api;

/** A closed or declined request was reopened and is received again. */
public record RequestReopenedEvent(String requestId, String reason, RequestStatus reopenedFrom) implements RequestEvent {
}
