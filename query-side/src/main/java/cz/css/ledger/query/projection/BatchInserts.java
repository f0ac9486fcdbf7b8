package cz.css.ledger.query.projection;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a projection only ever inserts (never reads back in the batch, never changes), written by one JDBC batch of
 * inserts just before the transaction of the projection's batch of events commits, on the transaction's connection.
 * Through JPA each such row was an entity persisted, kept in the persistence context and checked at the flush: a
 * large part of a replay's processor time (docs/performance.md). Outside a transaction the row is inserted at once.
 */
public final class BatchInserts {
    private final JdbcTemplate jdbc;
    private final String insert;

    /** @param insert the insert statement, with one parameter per column value */
    public BatchInserts(DataSource dataSource, String insert) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.insert = insert;
    }

    /** The row's column values, in the order of the statement's parameters. */
    public void add(Object... values) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update(insert, values);
            return;
        }
        TransactionBound.<List<Object[]>>findOrMake(this, ArrayList::new, rows -> jdbc.batchUpdate(insert, rows))
                .add(values);
    }
}
