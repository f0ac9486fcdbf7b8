package cz.css.ledger.query.api;

/**
 * One page of the staff queue, newest received first; answers a {@link QueuePage}.
 *
 * @param first page size (1..100)
 * @param after cursor of the last item of the previous page, or null for the first page
 * @param counting how far to count the matching requests
 */
public record FindQueueQuery(QueueFilter filter, int first, String after, QueueCounting counting) {

    public FindQueueQuery {
        counting = counting == null ? QueueCounting.EXACT : counting;
    }

    /** A page that counts every matching request. */
    public FindQueueQuery(QueueFilter filter, int first, String after) {
        this(filter, first, after, QueueCounting.EXACT);
    }
}
