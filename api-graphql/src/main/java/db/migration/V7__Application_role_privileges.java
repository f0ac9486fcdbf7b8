package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On PostgreSQL, the migrations run as an owner role and the application connects as another one
 * (placeholder {@code application-role}, by default the datasource user), which gets only what it
 * needs: SELECT and INSERT on the append-only tables ({@link V5_1__Append_only_ledger#TABLES}), full
 * DML on every other table (read models, lookups, token store, sagas, snapshots), and the sequences.
 * Not being the owner, it cannot switch the append-only triggers off nor drop them. Tables that later
 * migrations create get full DML through default privileges: a new append-only table must revoke
 * UPDATE, DELETE and TRUNCATE itself. H2 (the embedded default) has no roles to separate.
 */
public class V7__Application_role_privileges extends PostgresMigration {
    static final String ROLE_PLACEHOLDER = "application-role";

    private static final Logger log = LoggerFactory.getLogger(V7__Application_role_privileges.class);

    @Override
    void migrateOnPostgres(Context context) throws Exception {
        Connection connection = context.getConnection();
        String role = context.getConfiguration().getPlaceholders().get(ROLE_PLACEHOLDER);
        if (role == null || role.isBlank()) {
            throw new FlywayException("Set the Flyway placeholder " + ROLE_PLACEHOLDER + " to the application's "
                    + "database role (spring.flyway.placeholders." + ROLE_PLACEHOLDER + ")");
        }
        if (role.equals(connection.getMetaData().getUserName())) {
            log.warn("Migrations run as the application's own role {}: it owns the event table and could "
                    + "switch its append-only triggers off; run them as an owner role (spring.flyway.user, "
                    + "docs/operations.md)", role);
            return;
        }
        try (Statement sql = connection.createStatement()) {
            for (String grant : grants(sql, quoted(role), context.getConfiguration().getTable())) {
                sql.execute(grant);
            }
        }
    }

    private static List<String> grants(Statement sql, String role, String flywayTable) throws SQLException {
        var grants = new ArrayList<String>();
        String schema = single(sql, "select current_schema()");
        grants.add("grant usage on schema " + quoted(schema) + " to " + role);
        Set<String> appendOnly = Set.of(V5_1__Append_only_ledger.TABLES);
        for (String table : names(sql, "select tablename from pg_tables where schemaname = current_schema()")) {
            if (table.equals(flywayTable)) {
                continue;
            }
            String privileges = appendOnly.contains(table) ? "select, insert" : "select, insert, update, delete";
            grants.add("grant " + privileges + " on table " + quoted(table) + " to " + role);
        }
        grants.add("grant usage, select on all sequences in schema " + quoted(schema) + " to " + role);
        grants.add("alter default privileges in schema " + quoted(schema)
                + " grant select, insert, update, delete on tables to " + role);
        grants.add("alter default privileges in schema " + quoted(schema)
                + " grant usage, select on sequences to " + role);
        return grants;
    }

    private static String single(Statement sql, String query) throws SQLException {
        return names(sql, query).get(0);
    }

    private static List<String> names(Statement sql, String query) throws SQLException {
        var names = new ArrayList<String>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
