package cz.css.ledger.query.statistics;

/** How many durations, and their median and 90th percentile in hours; no percentile for no durations. */
record DurationSummary(long count, Double medianHours, Double p90Hours) {
    static final DurationSummary NONE = new DurationSummary(0, null, null);
}
