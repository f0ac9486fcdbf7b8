package cz.css.ledger.query.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether a rebuild of the aggregates is owed (V17): from the projection's reset until the replay has ended and
 * AggregatesRebuild counted the facts afresh. While it is owed the projection's changes of the facts add nothing
 * to the aggregates, since the rebuild counts them. Remembered in memory so that the usual case, nothing owed,
 * costs no query; {@link #refresh()} reads it again from the database.
 */
@Component
class RebuildOwed {
    static final String STATISTICS = "statistics";

    private final JdbcTemplate jdbc;
    /** Null until read, the schema being migrated after this is made, and again after a failed rebuild. */
    private volatile Boolean owed;

    RebuildOwed(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The replay begins: the aggregates are counted afresh when it ends. */
    void request() {
        jdbc.update("delete from statistics_rebuild where name = ?", STATISTICS);
        jdbc.update("insert into statistics_rebuild (name, requested_at) values (?, ?)", STATISTICS,
                Timestamp.from(Instant.now()));
        owed = true;
    }

    /**
     * Whether the rebuild is still owed, the row locked to the end of the transaction when it is: the rebuild,
     * which locks it too, then waits for this transaction and counts what it changed, or has already counted
     * without it, and this transaction adds its own changes.
     */
    boolean stillOwed() {
        if (!isOwed()) {
            return false;
        }
        owed = !jdbc.queryForList("select name from statistics_rebuild where name = ? for update", String.class,
                STATISTICS).isEmpty();
        return owed;
    }

    /** Done: called by the rebuild in the transaction that wrote the aggregates; not owed once that commits. */
    void settled() {
        jdbc.update("delete from statistics_rebuild where name = ?", STATISTICS);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            owed = false;
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                owed = status == STATUS_COMMITTED ? Boolean.FALSE : null;
            }
        });
    }

    boolean isOwed() {
        if (owed == null) {
            refresh();
        }
        return owed;
    }

    void refresh() {
        owed = jdbc.queryForObject("select count(*) from statistics_rebuild where name = ?", Long.class,
                STATISTICS) > 0;
    }
}
