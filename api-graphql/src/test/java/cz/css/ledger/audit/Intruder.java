package cz.css.ledger.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone with full rights on the database (a PostgreSQL superuser) who switches the append-only
 * triggers off for their session and edits the ledger's tables directly.
 */
final class Intruder implements AutoCloseable {
    private final Connection connection;

    Intruder(String url, String user, String password) throws SQLException {
        connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(true);
        execute("set session_replication_role = replica");
    }

    void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            statement.execute();
        }
    }

    List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
            var rows = new ArrayList<Map<String, Object>>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new LinkedHashMap<String, Object>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    Map<String, Object> row(String sql, Object... parameters) throws SQLException {
        var rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException("Expected one row of " + sql + " but got " + rows.size());
        }
        return rows.get(0);
    }

    /** Puts a row back exactly as it was (all columns). */
    void insert(String table, Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(column -> "?").toList());
        execute("insert into " + table + " (" + columns + ") values (" + marks + ")", row.values().toArray());
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
