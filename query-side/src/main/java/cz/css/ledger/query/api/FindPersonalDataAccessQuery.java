package cz.css.ledger.query.api;

import java.time.Instant;

/**
 * Who read personal data, newest first: of one request (or of all when null), between two
 * instants (open ends when null); answers a list of {@link PersonalDataAccessView}, at most {@code limit}.
 */
public record FindPersonalDataAccessQuery(String requestId, Instant from, Instant to, int limit) {
}
