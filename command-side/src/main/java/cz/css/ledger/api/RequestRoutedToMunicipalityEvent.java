package cz.css.ledger.api;

/** The CSS routed the request to the municipality concerned for resolution (předáno k vyřízení obci). */
public record RequestRoutedToMunicipalityEvent(String requestId, MunicipalityCode municipality, String recipient, String reason) implements RequestEvent {
}
