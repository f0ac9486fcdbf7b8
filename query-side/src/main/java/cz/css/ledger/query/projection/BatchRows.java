package cz.css.ledger.query.projection;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read-model rows of the requests a projection's batch of events touches, read in one query when the batch first
 * asks for one and kept until its transaction ends. A tracking projection handles a batch of events in one unit of
 * work and one transaction; the events' aggregate identifiers name the requests. Asking row by row instead cost a
 * round trip to the database for nearly every event (docs/performance.md). Outside a transaction, or for a request
 * the batch does not name, the one row is read.
 *
 * @param <T> what is kept per request: its row, or its rows
 */
public final class BatchRows<T> {
    private final Function<Collection<String>, Map<String, T>> read;

    /** @param read the rows of the given requests, by request id; requests without rows left out */
    public BatchRows(Function<Collection<String>, Map<String, T>> read) {
        this.read = read;
    }

    /** The request's row, read with the rest of the batch's on the first call in a transaction. */
    public Optional<T> find(String requestId) {
        Map<String, Optional<T>> batch = batch(requestId);
        if (batch == null) {
            return Optional.ofNullable(read.apply(Set.of(requestId)).get(requestId));
        }
        return batch.computeIfAbsent(requestId,
                id -> Optional.ofNullable(read.apply(Set.of(id)).get(id)));
    }

    /** A row the projection has just made, for the batch's later events to find. */
    public void put(String requestId, T row) {
        Map<String, Optional<T>> batch = TransactionBound.find(this);
        if (batch != null) {
            batch.put(requestId, Optional.of(row));
        }
    }

    private Map<String, Optional<T>> batch(String requestId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        return TransactionBound.findOrMake(this, () -> {
            Set<String> requestIds = EventBatch.aggregateIdentifiers();
            requestIds.add(requestId);
            Map<String, T> rows = read.apply(requestIds);
            Map<String, Optional<T>> batch = new HashMap<>();
            for (String id : requestIds) {
                batch.put(id, Optional.ofNullable(rows.get(id)));
            }
            return batch;
        }, batch -> { });
    }
}
