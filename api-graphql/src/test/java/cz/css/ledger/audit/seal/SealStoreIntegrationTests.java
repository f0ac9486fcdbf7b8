package cz.css.ledger.audit.seal;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class SealStoreIntegrationTests {
    @Autowired
    SealStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSealingTransactionCommitsWithoutWaitingForTheDiskAndOnlyItself() {
        String inside = transactions.execute(status -> {
            store.commitWithoutWaitingForTheDisk();
            return jdbc.queryForObject("show synchronous_commit", String.class);
        });

        String after = transactions.execute(status -> jdbc.queryForObject("show synchronous_commit", String.class));

        assertThat(inside).isEqualTo("off");
        assertThat(after).isEqualTo("on");
    }
}
