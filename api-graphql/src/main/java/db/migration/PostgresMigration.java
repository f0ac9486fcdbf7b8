package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration that only PostgreSQL needs (triggers, privileges, index kinds H2 lacks); on H2, the
 * embedded default, it does nothing.
 */
abstract class PostgresMigration extends BaseJavaMigration {

    @Override
    public final void migrate(Context context) throws Exception {
        if ("PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            migrateOnPostgres(context);
        }
    }

    abstract void migrateOnPostgres(Context context) throws Exception;
}
