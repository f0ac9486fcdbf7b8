package cz.css.ledger.query.projection;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a projection keeps for the current transaction (its batch of events) under a key: made on first use, handed
 * to an action just before the transaction commits, forgotten when it ends.
 */
public final class TransactionBound {
    private TransactionBound() {
    }

    /** What the current transaction keeps under the key; null when it keeps nothing there or none is active. */
    @SuppressWarnings("unchecked")
    public static <T> T find(Object key) {
        return (T) TransactionSynchronizationManager.getResource(key);
    }

    /**
     * What the current transaction keeps under the key, made on the first call, when {@code beforeCommit} is
     * registered to run with it just before the transaction commits. A transaction must be active.
     */
    public static <T> T findOrMake(Object key, Supplier<T> make, Consumer<T> beforeCommit) {
        T kept = find(key);
        if (kept != null) {
            return kept;
        }
        T made = make.get();
        TransactionSynchronizationManager.bindResource(key, made);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                beforeCommit.accept(made);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResource(key);
            }
        });
        return made;
    }
}
