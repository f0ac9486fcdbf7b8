package cz.css.ledger.query.statistics;

import cz.css.ledger.query.PostgreSql;
import cz.css.ledger.query.projection.TransactionBound;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the pre-aggregated facts (V14) in step with the facts: each change of a fact adds its difference to the
 * transaction's tally, which is written just before the transaction commits (the projection's batch of events is
 * one transaction), all in one JDBC batch per table in the order of the rows. Outside a transaction the difference
 * is written at once. While a rebuild is owed (RebuildOwed: a replay is re-reading the store) no difference is
 * even worked out, the rebuild counting all the facts afresh at its end: a transaction asks once, at its first
 * change, and when the rebuild is owed it holds the owed row locked to its end, so the rebuild waits for it and
 * counts its facts.
 */
@Component
class StatisticsAggregates {
    private final JdbcTemplate jdbc;
    private final RebuildOwed rebuildOwed;
    /** Whether the database takes {@code insert ... on conflict do update} (PostgreSQL; H2 does not). */
    private volatile Boolean upserts;

    StatisticsAggregates(DataSource dataSource, RebuildOwed rebuildOwed) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.rebuildOwed = rebuildOwed;
    }

    /** A fact is made: what it counts is added. */
    void added(Supplier<Tally> counts) {
        if (!dropsDifferences()) {
            add(counts.get());
        }
    }

    /** A fact changes: the difference between what it counts after the change and before it is added. */
    void changing(Supplier<Tally> counts, Runnable change) {
        if (dropsDifferences()) {
            change.run();
            return;
        }
        Tally before = counts.get();
        change.run();
        add(counts.get().minus(before));
    }

    private boolean dropsDifferences() {
        return TransactionSynchronizationManager.isSynchronizationActive() ? pending().dropsDifferences
                : rebuildOwed.stillOwed();
    }

    private void add(Tally difference) {
        if (difference.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().tally.addAll(difference);
        } else {
            write(difference);
        }
    }

    void reset() {
        for (AggregateTable table : AggregateTable.values()) {
            jdbc.update("delete from " + table.table);
        }
    }

    /** Empties the tables and writes the tally into them, each row inserted once. */
    void replaceWith(Tally tally) {
        reset();
        for (AggregateTable table : AggregateTable.values()) {
            var rows = tally.rows(table);
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(table.insert(), rows.stream().map(StatisticsAggregates::keyThenCounts).toList());
            }
        }
    }

    /**
     * Adds the tally to the tables: each row's counts, the rows not yet there made first. On PostgreSQL one upsert
     * per row; elsewhere an update, and for the rows it did not find an insert of zeros and the update again.
     */
    void write(Tally tally) {
        for (AggregateTable table : AggregateTable.values()) {
            var rows = tally.rows(table);
            if (rows.isEmpty()) {
                continue;
            }
            if (upserts()) {
                jdbc.batchUpdate(table.upsert(), rows.stream().map(StatisticsAggregates::keyThenCounts).toList());
                continue;
            }
            int[] updated = jdbc.batchUpdate(table.update(), rows.stream().map(StatisticsAggregates::updateArguments)
                    .toList());
            var missing = new ArrayList<Map.Entry<Tally.Row, long[]>>();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    missing.add(rows.get(i));
                }
            }
            if (!missing.isEmpty()) {
                jdbc.batchUpdate(table.insertZero(), missing.stream().map(row -> keyArguments(row.getKey())).toList());
                jdbc.batchUpdate(table.update(), missing.stream().map(StatisticsAggregates::updateArguments).toList());
            }
        }
    }

    private boolean upserts() {
        if (upserts == null) {
            upserts = PostgreSql.isBehind(jdbc);
        }
        return upserts;
    }

    /** The transaction's differences, written just before it commits unless the rebuild was owed at its start. */
    private Pending pending() {
        return TransactionBound.findOrMake(this, () -> new Pending(new Tally(), rebuildOwed.stillOwed()), made -> {
            if (!made.dropsDifferences && !rebuildOwed.stillOwed()) {
                write(made.tally);
            }
        });
    }

    private record Pending(Tally tally, boolean dropsDifferences) {
    }

    private static Object[] updateArguments(Map.Entry<Tally.Row, long[]> row) {
        var arguments = new ArrayList<Object>();
        for (long count : row.getValue()) {
            arguments.add(count);
        }
        arguments.addAll(List.of(keyArguments(row.getKey())));
        return arguments.toArray();
    }

    private static Object[] keyThenCounts(Map.Entry<Tally.Row, long[]> row) {
        var arguments = new ArrayList<Object>(List.of(keyArguments(row.getKey())));
        for (long count : row.getValue()) {
            arguments.add(count);
        }
        return arguments.toArray();
    }

    private static Object[] keyArguments(Tally.Row row) {
        return row.key().stream().map(value -> value instanceof LocalDate day ? Date.valueOf(day) : value).toArray();
    }
}
