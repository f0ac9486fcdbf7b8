package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the event table and the seal are append-only: any UPDATE, DELETE or TRUNCATE is
 * refused by a statement trigger, whoever the role, the tables' owner included. The triggers can
 * be switched off only by the tables' owner (the role that runs the migrations: {@code ALTER TABLE
 * ... DISABLE TRIGGER}, {@code DROP TRIGGER}) or by a superuser ({@code session_replication_role =
 * replica}); the application's role is neither ({@link V7__Application_role_privileges}), and
 * whoever does it, the seal's verification tells. Axon only ever inserts events. H2 (the embedded
 * default) keeps no such guard.
 */
public class V5_1__Append_only_ledger extends PostgresMigration {
    static final String[] TABLES = {"domain_event_entry", "ledger_seal", "ledger_checkpoint"};

    @Override
    void migrateOnPostgres(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function ledger_refuse_change() returns trigger language plpgsql as $$
                    begin
                        raise exception 'ledger: % on % is refused; the table is append-only', tg_op, tg_table_name
                            using errcode = 'insufficient_privilege';
                    end
                    $$""");
            for (String table : TABLES) {
                sql.execute("create trigger " + table + "_append_only before update or delete on " + table
                        + " for each statement execute function ledger_refuse_change()");
                sql.execute("create trigger " + table + "_no_truncate before truncate on " + table
                        + " for each statement execute function ledger_refuse_change()");
            }
        }
    }
}
