package cz.css.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class BatchRowsTest {
    /** The rows "in the database", and each read the projection made of them. */
    private final Map<String, String> stored = new HashMap<>(Map.of("r1", "row of r1", "r2", "row of r2",
            "r9", "row of r9"));
    private final List<Set<String>> reads = new ArrayList<>();
    private final BatchRows<String> rows = new BatchRows<>(this::read);
    private BatchingUnitOfWork<EventMessage<?>> batch;

    @AfterEach
    void endBatch() {
        if (batch != null && batch.isActive()) {
            batch.rollback();
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void theFirstLookUpOfABatchReadsTheRowsOfAllItsRequestsInOneQuery() {
        startBatchOf("r1", "r2", "r3", "r1");

        assertThat(rows.find("r2")).contains("row of r2");
        assertThat(rows.find("r1")).contains("row of r1");
        assertThat(rows.find("r3")).isEmpty();

        assertThat(reads).containsExactly(Set.of("r1", "r2", "r3"));
    }

    @Test
    void aRequestTheBatchDoesNotNameIsReadAlone() {
        startBatchOf("r1");
        rows.find("r1");

        assertThat(rows.find("r9")).contains("row of r9");
        assertThat(rows.find("r9")).contains("row of r9");

        assertThat(reads).containsExactly(Set.of("r1"), Set.of("r9"));
    }

    @Test
    void aRowMadeInTheBatchIsFoundByItsLaterEvents() {
        startBatchOf("r3", "r3");
        assertThat(rows.find("r3")).isEmpty();

        rows.put("r3", "new row of r3");

        assertThat(rows.find("r3")).contains("new row of r3");
        assertThat(reads).hasSize(1);
    }

    @Test
    void theNextTransactionReadsAgainWhatTheLastOneKept() {
        startBatchOf("r1");
        rows.find("r1");
        completeTransaction();
        stored.put("r1", "row of r1, changed by another writer");

        startBatchOf("r1");

        assertThat(rows.find("r1")).contains("row of r1, changed by another writer");
        assertThat(reads).containsExactly(Set.of("r1"), Set.of("r1"));
    }

    @Test
    void outsideATransactionEveryLookUpReadsItsRow() {
        assertThat(rows.find("r1")).contains("row of r1");
        assertThat(rows.find("r1")).contains("row of r1");
        rows.put("r4", "not kept anywhere");

        assertThat(rows.find("r4")).isEmpty();
        assertThat(reads).containsExactly(Set.of("r1"), Set.of("r1"), Set.of("r4"));
    }

    private Map<String, String> read(Collection<String> requestIds) {
        reads.add(Set.copyOf(requestIds));
        Map<String, String> found = new HashMap<>();
        requestIds.stream().filter(stored::containsKey).forEach(id -> found.put(id, stored.get(id)));
        return found;
    }

    private void startBatchOf(String... requestIds) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < requestIds.length; i++) {
            events.add(new GenericDomainEventMessage<>("CitizenRequest", requestIds[i], i, "event " + i));
        }
        batch = new BatchingUnitOfWork<>(events);
        batch.start();
        TransactionSynchronizationManager.initSynchronization();
    }

    private void completeTransaction() {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations,
                TransactionSynchronization.STATUS_COMMITTED);
        batch.rollback();
    }
}
