package cz.css.ledger.query.statistics;

import java.util.Collections;
import java.util.List;

/** The tables of pre-aggregated facts (V14): the columns of a row's key, and the counts added up in it. */
enum AggregateTable {
    RECEIVED_DAY("statistics_received_day", List.of("municipality_code", "received_day", "dimension", "group_key"),
            List.of("requests")),
    DURATION_STEP("statistics_duration_step", List.of("measure", "municipality_code", "resolver", "granularity",
            "step_start", "bucket"), List.of("durations", "seconds_sum")),
    SURVEY_STEP("statistics_survey_step", List.of("municipality_code", "granularity", "step_start", "resolver"),
            List.of("offered", "responses", "score_sum", "resolved_yes"));

    final String table;
    final List<String> keys;
    final List<String> counts;

    AggregateTable(String table, List<String> keys, List<String> counts) {
        this.table = table;
        this.keys = keys;
        this.counts = counts;
    }

    /** Adds to the counts of the row with the key. */
    String update() {
        return "update " + table + " set " + String.join(", ", counts.stream().map(c -> c + " = " + c + " + ?").toList())
                + " where " + String.join(" and ", keys.stream().map(k -> k + " = ?").toList());
    }

    /**
     * PostgreSQL: adds to the counts of the row with the key, making it first if it is not there, in one statement
     * (arguments: the key, then the counts).
     */
    String upsert() {
        return "insert into " + table + " as aggregate (" + String.join(", ", keys) + ", " + String.join(", ", counts)
                + ") values (" + String.join(", ", Collections.nCopies(keys.size() + counts.size(), "?"))
                + ") on conflict (" + String.join(", ", keys) + ") do update set " + String.join(", ",
                counts.stream().map(c -> c + " = aggregate." + c + " + excluded." + c).toList());
    }

    /** A new row: the key, then the counts. */
    String insert() {
        return "insert into " + table + " (" + String.join(", ", keys) + ", " + String.join(", ", counts)
                + ") values (" + String.join(", ", Collections.nCopies(keys.size() + counts.size(), "?")) + ")";
    }

    /** The row with the key and counts of zero, unless it is there (or another transaction is making it). */
    String insertZero() {
        return "insert into " + table + " (" + String.join(", ", keys) + ", " + String.join(", ", counts)
                + ") values (" + String.join(", ", keys.stream().map(k -> "?").toList()) + ", "
                + String.join(", ", counts.stream().map(c -> "0").toList()) + ") on conflict do nothing";
    }
}
