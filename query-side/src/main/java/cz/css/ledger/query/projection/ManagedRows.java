package cz.css.ledger.query.projection;

import jakarta.persistence.EntityManager;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Saves a projection's changed row only when the transaction's persistence context does not already hold it. A row
 * the batch read ({@link BatchRows}) or made in its transaction is managed, its changes flushed at the commit;
 * saving it again merges it, which copies its every property onto itself, for every event (docs/performance.md).
 * Outside a transaction the row is detached and saved.
 */
@Component
public class ManagedRows {
    private final EntityManager entityManager;

    ManagedRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The row, saved by the repository's {@code save} unless it is managed already. */
    public <T> T save(T row, UnaryOperator<T> save) {
        return entityManager.contains(row) ? row : save.apply(row);
    }
}
