package cz.css.ledger.query.api;

/**
 * How many requests match a queue's filter, as far as they were counted.
 *
 * @param value the requests counted: all that match, or the limit when {@code more}
 * @param more whether more requests match than were counted
 */
public record QueueCount(long value, boolean more) {
    public static QueueCount exactly(long value) {
        return new QueueCount(value, false);
    }

    /** The same count seen with a lower limit. */
    public QueueCount atMost(long limit) {
        return value > limit ? new QueueCount(limit, true) : this;
    }
}
