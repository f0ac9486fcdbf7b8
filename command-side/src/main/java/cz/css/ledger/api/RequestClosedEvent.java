package cz.css.ledger.api;

/** The request was closed with an outcome. */
public record RequestClosedEvent(String requestId, CloseOutcome outcome, String summary) implements RequestEvent {
}
