package cz.css.ledger.query.statistics;

import cz.css.ledger.query.api.TrendGranularity;
import java.time.LocalDate;

/** The calendar steps the aggregates are kept by (V14): Prague days, and the trends' weeks, months and quarters. */
enum Granularity {
    DAY, WEEK, MONTH, QUARTER;

    /** The steps a trend may ask for, which the aggregates keep for every municipality and resolver too. */
    static final Granularity[] TREND_STEPS = {WEEK, MONTH, QUARTER};

    static Granularity of(TrendGranularity granularity) {
        return valueOf(granularity.name());
    }

    /** The first day of the step that holds the day. */
    LocalDate startOf(LocalDate day) {
        return this == DAY ? day : CalendarSteps.startOf(day, TrendGranularity.valueOf(name()));
    }
}
