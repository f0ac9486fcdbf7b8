package cz.css.ledger.graphql;

import cz.css.ledger.api.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Parses the ISO-8601 times and days of GraphQL inputs; a missing one means now or today in Prague. */
final class Times {
    static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");

    private Times() {
    }

    static Instant instantOrNow(String text, String what, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("The " + what + " '" + text + "' is not an ISO-8601 instant such as 2026-11-22T09:30:00Z");
        }
    }

    static LocalDate dayOrToday(String text, String what, Clock clock) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock.withZone(PRAGUE));
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("The " + what + " '" + text + "' is not an ISO-8601 day such as 2026-11-22");
        }
    }
}
