package cz.css.ledger.query.api;

import java.util.List;

/** A page of the queue with the cursor to continue after it. */
public record QueuePage(List<RequestView> items, String endCursor, boolean hasNextPage, long totalCount) {
}
