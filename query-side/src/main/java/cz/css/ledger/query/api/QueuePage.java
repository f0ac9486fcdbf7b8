package cz.css.ledger.query.api;

import java.util.List;

/**
 * A page of the queue with the cursor to continue after it.
 *
 * @param count the matching requests as far as the query asked to count them; null when it did not ask
 */
public record QueuePage(List<RequestView> items, String endCursor, boolean hasNextPage, QueueCount count) {

    /** Every matching request; valid when the query counted exactly. */
    public long totalCount() {
        if (count == null || count.more()) {
            throw new IllegalStateException("This page was not counted exactly: ask with QueueCounting.EXACT");
        }
        return count.value();
    }

    /** The cursor that continues the queue after the given item, as {@link #endCursor()} does after the last. */
    public String cursorOf(RequestView item) {
        return QueueCursor.after(item).encode();
    }
}
