package cz.css.ledger.query.api;

/**
 * One page of the staff queue, newest received first; answers a {@link QueuePage}.
 *
 * @param first page size (1..100)
 * @param after cursor of the last item of the previous page, or null for the first page
 */
public record FindQueueQuery(QueueFilter filter, int first, String after) {
}
