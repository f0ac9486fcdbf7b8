package cz.css.ledger.api;

/**
 * The citizen's personal data of the request was erased on the data protection officer's decision;
 * the history still reads, with the personal fields shown as erased.
 */
public record PersonalDataErasedEvent(String requestId, String reason) implements RequestEvent {
}
