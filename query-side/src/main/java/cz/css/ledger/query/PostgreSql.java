package cz.css.ledger.query;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whether the database is PostgreSQL (where the ledger uses what H2, the embedded default, lacks). */
public final class PostgreSql {
    private PostgreSql() {
    }

    /** Asks the database behind the template (on the current transaction's connection, where there is one). */
    public static boolean isBehind(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())));
    }
}
