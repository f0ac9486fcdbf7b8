package cz.css.ledger.api;

/** The municipality returned the routed request to the CSS, which may resolve it or route it again. */
public record RequestReturnedToCssEvent(String requestId, String reason) implements RequestEvent {
}
