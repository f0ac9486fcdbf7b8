package cz.css.ledger.query.statistics;

/** Requests received in an interval: all of them, those the CSS resolved, those routed to the municipality. */
record ReceivedCounts(long received, long resolvedByCss, long routed) {
    static final ReceivedCounts NONE = new ReceivedCounts(0, 0, 0);
}
