package cz.css.ledger.app;

import cz.css.ledger.query.PostgreSql;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL, lets the current transaction commit without waiting for its WAL to reach the disk
 * ({@code set local synchronous_commit to off}); elsewhere it does nothing. Only for transactions whose
 * writes can be derived again from the event store, where a crash may lose the last fraction of a
 * second of them but never an event: the seal's links, and the projections' rows together with their
 * tokens (docs/design.md).
 */
public final class AsynchronousCommit {
    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public AsynchronousCommit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies to the transaction the calling thread is in; a new one commits synchronously again. */
    public void forThisTransaction() {
        if (postgres == null) {
            postgres = PostgreSql.isBehind(jdbc);
        }
        if (Boolean.TRUE.equals(postgres)) {
            jdbc.execute("set local synchronous_commit to off");
        }
    }
}
