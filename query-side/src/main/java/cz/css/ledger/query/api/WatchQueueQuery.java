package cz.css.ledger.query.api;

/**
 * Subscription query for queue changes: its initial answer is an empty list, its updates are the
 * {@link RequestView} of each request after every change.
 */
public record WatchQueueQuery() {
}
