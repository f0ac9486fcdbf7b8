package cz.css.ledger.query.api;

import cz.css.ledger.api.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Calendar days {@code from} to {@code to}, both included, in Europe/Prague: from midnight at the
 * start of {@code from} to midnight at the end of {@code to}, Prague time, whatever the daylight
 * saving. The previous period is the same number of days just before it.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {
    public static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    /** Ten years and a bit: longer periods are refused rather than scanned. */
    public static final int MAX_DAYS = 3700;

    public StatisticsPeriod {
        if (from == null || to == null) {
            throw new InvalidInputException("A statistics period needs its first and last day");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("The period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("The period is longer than " + MAX_DAYS + " days");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same number of days, ending the day before this period starts. */
    public StatisticsPeriod previous() {
        return new StatisticsPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** Midnight at the start of the first day, Prague time. */
    public Instant start() {
        return from.atStartOfDay(PRAGUE).toInstant();
    }

    /** Midnight at the end of the last day, Prague time (excluded). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(PRAGUE).toInstant();
    }
}
