package cz.css.ledger.query.api;

/** The calendar step of a trend, in Europe/Prague. */
public enum TrendGranularity {
    /** ISO week, Monday to Sunday. */
    WEEK,
    /** Calendar month. */
    MONTH,
    /** Calendar quarter: January, April, July, October. */
    QUARTER
}
