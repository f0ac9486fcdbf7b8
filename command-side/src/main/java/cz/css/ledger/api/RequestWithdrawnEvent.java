package cz.css.ledger.api;

/** The citizen withdrew the request. */
public record RequestWithdrawnEvent(String requestId, String reason) implements RequestEvent {
}
