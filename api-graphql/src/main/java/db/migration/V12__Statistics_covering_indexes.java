package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the statistics read their figures from indexes alone (index-only scans) instead of
 * visiting the facts row by row: at 300,000 requests the mayor's statistics took 221 ms and the year's
 * trend 340 ms (docs/performance.md). The indexes of V6_1 that the mayor's statistics and the trends
 * range over keep their keys and now carry ({@code include}) the columns those statements count, group,
 * filter and take percentiles of. The trends' resolution times of all municipalities are read by their
 * calendar step from a partial index per granularity, ordered by step and then by duration:
 * {@code percentile_cont} needs each step's rows together and sorted, which this index gives without
 * sorting a year of resolutions; it replaces the index on the time of resolution alone. The included
 * columns make the indexes larger, and a change of status now writes to an index; the statistics are
 * read far more often than a fact changes. H2 (the embedded default) has no {@code include} and keeps
 * the indexes of V6_1.
 */
public class V12__Statistics_covering_indexes extends PostgresMigration {
    /** The trends' filters (TrendFilter) besides the municipality. */
    private static final String FILTERS = "agenda_code, kind, channel, resolver";
    /** The calendar steps of the facts (V6_1), spelled here so that the migration stays as it was run. */
    private static final String[] STEPS = {"week", "month", "quarter"};

    @Override
    void migrateOnPostgres(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            // the mayor's statistics: received by status, agenda, kind, channel and path; times to resolve (and
            // the trends' of one municipality) and to inform the mayor
            replace(sql, "ix_statistics_request_fact_received", "statistics_request_fact (municipality_code,"
                    + " received_at) include (status, agenda_code, kind, channel, resolver, routed_at)");
            replace(sql, "ix_statistics_request_fact_resolved", "statistics_request_fact (municipality_code,"
                    + " resolved_at) include (resolution_seconds, resolved_week, resolved_month, resolved_quarter, "
                    + FILTERS + ")");
            replace(sql, "ix_statistics_request_fact_informed", "statistics_request_fact (municipality_code,"
                    + " mayor_informed_at) include (inform_mayor_seconds)");
            // the trends' resolution times of all municipalities, by step
            sql.execute("drop index ix_statistics_request_fact_resolved_all");
            for (String step : STEPS) {
                String column = "resolved_" + step;
                sql.execute("create index ix_statistics_request_fact_" + column + " on statistics_request_fact ("
                        + column + ", resolution_seconds) include (resolved_at, municipality_code, " + FILTERS
                        + ") where " + column + " is not null");
            }
            // the mayor's satisfaction, and the trends' of one municipality or of all
            replace(sql, "ix_statistics_survey_fact_offered", "statistics_survey_fact (municipality_code, offered_at)"
                    + " include (score, resolved_answer, offered_week, offered_month, offered_quarter, " + FILTERS + ")");
            replace(sql, "ix_statistics_survey_fact_offered_all", "statistics_survey_fact (offered_at) include (score,"
                    + " resolved_answer, offered_week, offered_month, offered_quarter, municipality_code, " + FILTERS + ")");
        }
    }

    private static void replace(Statement sql, String index, String definition) throws Exception {
        sql.execute("drop index " + index);
        sql.execute("create index " + index + " on " + definition);
    }
}
