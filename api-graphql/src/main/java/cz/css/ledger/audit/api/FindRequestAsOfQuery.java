package cz.css.ledger.audit.api;

import java.time.Instant;

/** The request as it stood at an instant, rebuilt from its events up to that instant. */
public record FindRequestAsOfQuery(String requestId, Instant at) {
}
