package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, a mayor's backlog as of an instant (resolved by the CSS before it, the mayor not informed before it;
 * routed before it, not answered before it) is read as the waiting times that contain the instant, from GiST
 * indexes of those times as ranges that carry what the backlog lists. The B-tree indexes of V11 and V14_1 found the
 * backlog as of the previous period's end only by reading every mayor informed and every routing ended since
 * (40,000 and 28,000 index entries for one town at 1,000,000 requests, 12-22 ms; now 0.8 and 3 ms,
 * docs/performance.md), and are dropped. The expressions are those of StatisticsSql. H2 keeps the indexes of V6_1.
 */
public class V15__Statistics_backlog_range_indexes extends PostgresMigration {

    @Override
    void migrateOnPostgres(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create index ix_statistics_request_fact_waiting_for_mayor on statistics_request_fact using gist"
                    + " ((tstzrange(resolved_at, case when mayor_informed_at is null then null"
                    + " else greatest(mayor_informed_at, resolved_at) end, '(]')))"
                    + " include (municipality_code, resolved_at, mayor_informed_at, registration_number, agenda_code)"
                    + " where resolver = 'CSS'");
            sql.execute("create index ix_statistics_request_fact_waiting_for_municipality on statistics_request_fact"
                    + " using gist ((tstzrange(routed_at, case when routing_ended_at is null then null"
                    + " else greatest(routing_ended_at, routed_at) end, '(]')))"
                    + " include (municipality_code, routed_at, routing_ended_at) where routed_at is not null");
            sql.execute("drop index ix_statistics_request_fact_not_informed");
            sql.execute("drop index ix_statistics_request_fact_waiting");
            sql.execute("drop index ix_statistics_request_fact_informed_css");
            sql.execute("drop index ix_statistics_request_fact_routing_ended");
        }
    }
}
