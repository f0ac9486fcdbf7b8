package cz.css.ledger.request;

import cz.css.ledger.api.RequestKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The statutory response time users expect by default: counted in days from the day of receipt, in Prague. */
final class RespondByPolicy {
    static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");

    private RespondByPolicy() {
    }

    static LocalDate respondBy(RequestKind kind, Instant receivedAt) {
        return LocalDate.ofInstant(receivedAt, PRAGUE).plusDays(kind.statutoryDays());
    }
}
