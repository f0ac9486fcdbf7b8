package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the mayor's two backlogs (resolved by the CSS with the mayor not informed; waiting
 * on the municipality) are read from partial indexes holding only the open cases, and from the
 * closing times for the cases closed after the backlog's instant, instead of from the
 * municipality's whole history: at 100,000 requests the mayor's statistics took 137 ms
 * (docs/performance.md). H2 (the embedded default) has no partial indexes and reads its small
 * store without them.
 */
public class V11__Statistics_backlog_indexes extends PostgresMigration {

    @Override
    void migrateOnPostgres(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create index ix_statistics_request_fact_not_informed on statistics_request_fact"
                    + " (municipality_code, resolved_at) where resolver = 'CSS' and mayor_informed_at is null");
            sql.execute("create index ix_statistics_request_fact_waiting on statistics_request_fact"
                    + " (municipality_code, routed_at) where routing_ended_at is null");
            sql.execute("create index ix_statistics_request_fact_routing_ended on statistics_request_fact"
                    + " (municipality_code, routing_ended_at)");
        }
    }
}
