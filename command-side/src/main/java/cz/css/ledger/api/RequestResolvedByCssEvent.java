package cz.css.ledger.api;

/** The CSS resolved the request itself; it must still inform the mayor of the municipality concerned. */
public record RequestResolvedByCssEvent(String requestId, String resolution) implements RequestEvent {
}
