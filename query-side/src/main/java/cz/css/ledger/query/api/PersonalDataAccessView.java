package cz.css.ledger.query.api;

import java.time.Instant;

/** One read of a personal field: which request, which field, who (user and role), when. */
public record PersonalDataAccessView(String requestId, String field, String accessedBy, String actorRole,
        Instant accessedAt) {
}
