package cz.css.ledger.query.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The aggregate tables (V14) as they are, and as the facts add up to when counted afresh: the same, when the
 * projection moved every count where it belongs. Rows whose counts are all zero are left out of both.
 */
final class AggregatesOfTheFacts {
    private final JdbcTemplate jdbc;
    private final RequestFacts requests;
    private final SurveyFacts surveys;

    AggregatesOfTheFacts(DataSource dataSource, RequestFacts requests, SurveyFacts surveys) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.requests = requests;
        this.surveys = surveys;
    }

    /** Each non-zero row of the tables, as {@code table key = counts}, in order. */
    List<String> stored() {
        var rows = new TreeSet<String>();
        for (AggregateTable table : AggregateTable.values()) {
            jdbc.query("select * from " + table.table, rs -> {
                var key = table.keys.stream().map(column -> string(rs, column)).toList();
                var counts = table.counts.stream().map(column -> string(rs, column)).toList();
                if (counts.stream().anyMatch(count -> !count.equals("0"))) {
                    rows.add(table + " " + key + " = " + counts);
                }
            });
        }
        return List.copyOf(rows);
    }

    /** What the facts add up to now, in the same form. */
    List<String> counted() {
        var total = new Tally();
        requests.findAll().forEach(fact -> total.addAll(fact.tally()));
        surveys.findAll().forEach(fact -> total.addAll(fact.tally()));
        var rows = new TreeSet<String>();
        for (AggregateTable table : AggregateTable.values()) {
            total.rows(table).forEach(row -> {
                if (Arrays.stream(row.getValue()).anyMatch(count -> count != 0)) {
                    rows.add(table + " " + row.getKey().key().stream().map(String::valueOf).toList() + " = "
                            + Arrays.stream(row.getValue()).mapToObj(Long::toString).toList());
                }
            });
        }
        return List.copyOf(rows);
    }

    private static String string(java.sql.ResultSet rs, String column) {
        try {
            return String.valueOf(rs.getObject(column) instanceof java.sql.Date date ? date.toLocalDate()
                    : rs.getObject(column));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
