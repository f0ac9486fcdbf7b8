package cz.css.ledger.query.api;

import java.util.List;

/** A page of the queue with the cursor to continue after it. */
public record QueuePage(List<RequestView> items, String endCursor, boolean hasNextPage, long totalCount) {

    /** The cursor that continues the queue after the given item, as {@link #endCursor()} does after the last. */
    public String cursorOf(RequestView item) {
        return QueueCursor.after(item).encode();
    }
}
