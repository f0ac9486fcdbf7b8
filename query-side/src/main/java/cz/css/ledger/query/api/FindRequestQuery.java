package cz.css.ledger.query.api;

/** Find one request by its id; answers a {@link RequestView}, or null when there is none. */
public record FindRequestQuery(String requestId) {
}
