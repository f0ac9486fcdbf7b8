package cz.css.ledger.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants and days as the Czech users read them: Prague local time. */
final class Times {
    private static final ZoneId PRAGUE_ZONE = ZoneId.of("Europe/Prague");
    private static final DateTimeFormatter PRAGUE = DateTimeFormatter.ofPattern("d. M. yyyy HH:mm").withZone(PRAGUE_ZONE);
    private static final DateTimeFormatter PRAGUE_DAY = DateTimeFormatter.ofPattern("d. M. yyyy");

    private Times() {
    }

    static String prague(Instant instant) {
        return PRAGUE.format(instant);
    }

    /** Today in Prague: the day a decision is taken on. */
    static LocalDate pragueToday(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), PRAGUE_ZONE);
    }

    static String prague(LocalDate day) {
        return PRAGUE_DAY.format(day);
    }
}
