package cz.css.ledger;

import cz.css.ledger.query.statistics.AggregatesRebuild;
import java.time.Duration;
import java.util.Map;

/**
 * What a replay of the statistics leaves to compare: the aggregates are counted afresh once the replay has ended,
 * so a test waits for that, and the count leaves out the rows the live projection had brought back to zero, which
 * count nothing.
 */
public final class ReplayedStatistics {
    /** Each aggregate table, and the condition of a row that counts something. */
    private static final Map<String, String> COUNTING_ROWS = Map.of(
            "statistics_received_day", "requests <> 0",
            "statistics_duration_step", "durations <> 0 or seconds_sum <> 0",
            "statistics_survey_step", "offered <> 0 or responses <> 0 or score_sum <> 0 or resolved_yes <> 0");

    private ReplayedStatistics() {
    }

    /** All the rows of a read-model table, for an aggregate table those that count something. */
    public static String rowsOf(String table) {
        String counting = COUNTING_ROWS.get(table);
        return "select * from " + table + (counting == null ? "" : " where " + counting);
    }

    /** Waits until the watcher has counted the aggregates of an ended replay. */
    public static void awaitAggregatesCounted(AggregatesRebuild rebuild) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (rebuild.isOwed()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The statistics' aggregates were not counted after the replay");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
