package cz.css.ledger.query.statistics;

import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.api.TrendGranularity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Weeks (ISO, from Monday), months and quarters of the Europe/Prague calendar, named by their first day. */
final class CalendarSteps {
    private CalendarSteps() {
    }

    static LocalDate pragueDay(Instant instant) {
        return LocalDate.ofInstant(instant, StatisticsPeriod.PRAGUE);
    }

    static LocalDate startOf(LocalDate day, TrendGranularity granularity) {
        return switch (granularity) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth(day.getMonthValue() - (day.getMonthValue() - 1) % 3).withDayOfMonth(1);
        };
    }

    static LocalDate next(LocalDate start, TrendGranularity granularity) {
        return switch (granularity) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
        };
    }

    /** 2026-W10, 2026-03 or 2026-Q1. */
    static String label(LocalDate start, TrendGranularity granularity) {
        return switch (granularity) {
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
        };
    }

    /** The period widened to whole steps: from the start of the step of its first day to the end of the step of its last. */
    static StatisticsPeriod wholeSteps(StatisticsPeriod period, TrendGranularity granularity) {
        LocalDate first = startOf(period.from(), granularity);
        LocalDate last = next(startOf(period.to(), granularity), granularity).minusDays(1);
        return new StatisticsPeriod(first, last);
    }
}
