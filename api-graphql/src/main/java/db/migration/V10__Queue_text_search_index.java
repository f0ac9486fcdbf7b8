package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the queue's text search ({@code search_text like '%...%'}) is served by a trigram
 * index instead of reading every request: at 100,000 requests it took 160 ms (docs/performance.md).
 * {@code pg_trgm} ships with PostgreSQL and is a trusted extension, so the database's owner may
 * create it; where a server lacks it, the search still works, unindexed. H2 (the embedded default)
 * searches without it.
 */
public class V10__Queue_text_search_index extends PostgresMigration {

    @Override
    void migrateOnPostgres(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            try (ResultSet available = sql.executeQuery(
                    "select 1 from pg_available_extensions where name = 'pg_trgm'")) {
                if (!available.next()) {
                    return;
                }
            }
            sql.execute("create extension if not exists pg_trgm");
            sql.execute("create index request_view_search_text_trgm on request_view using gin (search_text gin_trgm_ops)");
        }
    }
}
