package cz.css.ledger.api;

/** The CSS informed the mayor (starosta) of the municipality about a request it resolved itself. */
public record MayorInformedEvent(String requestId, MunicipalityCode municipality, String mayorName, MayorContactMethod method, java.time.Instant informedAt, String message) implements RequestEvent {
}
