package cz.css.ledger.query.api;

/** Find one request by its registration number (e.g. CSS-2026-000042); answers a {@link RequestView} or null. */
public record FindRequestByNumberQuery(String registrationNumber) {
}
