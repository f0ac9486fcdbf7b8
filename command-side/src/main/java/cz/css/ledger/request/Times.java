package cz.css.ledger.request;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants in refusal messages, as the Czech users read them: Prague local time. */
final class Times {
    private static final DateTimeFormatter PRAGUE =
            DateTimeFormatter.ofPattern("d. M. yyyy HH:mm").withZone(ZoneId.of("Europe/Prague"));

    private Times() {
    }

    static String prague(Instant instant) {
        return PRAGUE.format(instant);
    }
}
