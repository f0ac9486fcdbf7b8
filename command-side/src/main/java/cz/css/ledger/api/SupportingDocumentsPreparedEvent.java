package cz.css.ledger.api;

/** The CSS prepared supporting documents (podklady) for the municipality resolving the request. */
public record SupportingDocumentsPreparedEvent(String requestId, String documents) implements RequestEvent {
}
