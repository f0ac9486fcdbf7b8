package cz.css.ledger.query.api;

/** The citizen's personal data as the read model holds it (any part may be null). */
public record CitizenView(String name, String email, String phone, String postalAddress) {
}
