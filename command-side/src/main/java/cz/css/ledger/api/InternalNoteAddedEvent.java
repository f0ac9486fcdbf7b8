package cz.css.ledger.api;

/** A CSS staff member added an internal note to the request. */
public record InternalNoteAddedEvent(String requestId, String note) implements RequestEvent {
}
