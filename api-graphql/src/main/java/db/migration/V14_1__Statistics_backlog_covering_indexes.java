package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the mayor's backlogs as of the previous period's end (the requests resolved by the CSS before it
 * whose mayor was informed after it; those routed before it whose routing ended after it) are read from the index
 * alone: after V14 these were what was left of the mayor's statistics at 1,000,000 requests, 0.1-0.6 s of heap
 * visits for the 90 days of informing and answering since (docs/performance.md). The index of the informing times
 * now holds only the CSS's resolutions and carries what the backlog lists; the index of the routing ends carries
 * when the routing began. H2 (the embedded default) keeps the indexes of V6_1.
 */
public class V14_1__Statistics_backlog_covering_indexes extends PostgresMigration {

    @Override
    void migrateOnPostgres(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create index ix_statistics_request_fact_informed_css on statistics_request_fact"
                    + " (municipality_code, mayor_informed_at) include (resolved_at, registration_number, agenda_code)"
                    + " where resolver = 'CSS'");
            sql.execute("drop index ix_statistics_request_fact_routing_ended");
            sql.execute("create index ix_statistics_request_fact_routing_ended on statistics_request_fact"
                    + " (municipality_code, routing_ended_at) include (routed_at)");
        }
    }
}
