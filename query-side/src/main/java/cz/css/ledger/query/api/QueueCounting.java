package cz.css.ledger.query.api;

/**
 * How far a queue page counts the requests matching its filter. Counting the whole ledger reads
 * every matching row, which grows with the store; a list's heading needs only "12" or "more than
 * 1,000", which reads at most that many.
 *
 * @param upTo count at most this many (and tell whether more match); {@link Integer#MAX_VALUE} counts all; 0 none
 */
public record QueueCounting(int upTo) {
    public static final QueueCounting NONE = new QueueCounting(0);
    public static final QueueCounting EXACT = new QueueCounting(Integer.MAX_VALUE);

    public QueueCounting {
        if (upTo < 0) {
            throw new IllegalArgumentException("A count goes up to 0 or more, not " + upTo);
        }
    }

    public static QueueCounting upTo(int limit) {
        return new QueueCounting(limit);
    }

    public boolean counts() {
        return upTo > 0;
    }

    public boolean exact() {
        return upTo == Integer.MAX_VALUE;
    }
}
