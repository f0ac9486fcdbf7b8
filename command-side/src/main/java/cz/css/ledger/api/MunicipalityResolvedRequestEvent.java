package cz.css.ledger.api;

/** The municipality answered that it resolved the routed request. */
public record MunicipalityResolvedRequestEvent(String requestId, String outcome) implements RequestEvent {
}
