package cz.css.ledger.query.statistics;

import cz.css.ledger.query.statistics.ReceivedGroups.Dimension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fact adds to the aggregates (V14), or the difference between two such: the rows it counts in and how
 * much. The difference keeps rows whose counts cancel out, so that the rows a history touches are the same however
 * its events were batched (a replay leaves the tables as they were). Rows are ordered by table and key, the order
 * in which every transaction writes them, so that two never wait on each other's rows in a circle.
 */
final class Tally {
    static final String ALL = "*";
    static final String RESOLUTION = "RESOLUTION";
    static final String INFORM_MAYOR = "INFORM_MAYOR";

    /** A row of an aggregate table. */
    record Row(AggregateTable table, List<Comparable<?>> key) {
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::table).thenComparing(Row::key,
            Tally::compareKeys);

    private final Map<Row, long[]> counts = new TreeMap<>(ORDER);

    /** A request received on the day, by status, agenda, kind and channel, and the paths it took. */
    Tally received(String municipality, Instant receivedAt, String status, String agenda, String kind,
            String channel, boolean resolvedByCss, boolean routed) {
        LocalDate day = CalendarSteps.pragueDay(receivedAt);
        add(receivedRow(municipality, day, Dimension.STATUS, status), 1);
        add(receivedRow(municipality, day, Dimension.AGENDA, agenda), 1);
        add(receivedRow(municipality, day, Dimension.KIND, kind), 1);
        add(receivedRow(municipality, day, Dimension.CHANNEL, channel), 1);
        if (resolvedByCss) {
            add(receivedRow(municipality, day, Dimension.PATH, RequestFact.CSS), 1);
        }
        if (routed) {
            add(receivedRow(municipality, day, Dimension.PATH, ReceivedGroups.ROUTED), 1);
        }
        return this;
    }

    /**
     * A duration of the measure ending at the instant, if both are known: in its day for the municipality, and in
     * its week, month and quarter for the municipality and all of them, the resolver and both.
     */
    Tally duration(String measure, String municipality, String resolver, Instant endedAt, Long seconds) {
        if (endedAt == null || seconds == null) {
            return this;
        }
        LocalDate day = CalendarSteps.pragueDay(endedAt);
        int bucket = DurationHistogram.bucket(seconds);
        add(durationRow(measure, municipality, Granularity.DAY, day, ALL, bucket), 1, seconds);
        for (Granularity granularity : Granularity.TREND_STEPS) {
            for (String m : List.of(municipality, ALL)) {
                for (String r : List.of(resolver == null ? "" : resolver, ALL)) {
                    add(durationRow(measure, m, granularity, granularity.startOf(day), r, bucket), 1, seconds);
                }
            }
        }
        return this;
    }

    /** A survey offered at the instant, in each step of the offer. */
    Tally survey(String municipality, String resolver, Instant offeredAt, Integer score, boolean resolvedYes) {
        LocalDate day = CalendarSteps.pragueDay(offeredAt);
        for (Granularity granularity : Granularity.values()) {
            add(new Row(AggregateTable.SURVEY_STEP, List.of(municipality, granularity.name(), granularity.startOf(day),
                    resolver == null ? "" : resolver)), 1, score == null ? 0 : 1, score == null ? 0 : score,
                    resolvedYes ? 1 : 0);
        }
        return this;
    }

    /** This tally less the other one, every row of either kept. */
    Tally minus(Tally other) {
        var difference = new Tally();
        counts.forEach(difference::add);
        other.counts.forEach((row, values) -> {
            long[] negated = values.clone();
            for (int i = 0; i < negated.length; i++) {
                negated[i] = -negated[i];
            }
            difference.add(row, negated);
        });
        return difference;
    }

    /** Adds the other tally to this one. */
    void addAll(Tally other) {
        other.counts.forEach(this::add);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The rows of the table in key order, each with its counts. */
    List<Map.Entry<Row, long[]>> rows(AggregateTable table) {
        return new ArrayList<>(counts.entrySet().stream().filter(entry -> entry.getKey().table() == table).toList());
    }

    private void add(Row row, long... values) {
        long[] sum = counts.computeIfAbsent(row, r -> new long[values.length]);
        for (int i = 0; i < values.length; i++) {
            sum[i] += values[i];
        }
    }

    private static Row receivedRow(String municipality, LocalDate day, Dimension dimension, String group) {
        return new Row(AggregateTable.RECEIVED_DAY, List.of(municipality, day, dimension.name(), group));
    }

    private static Row durationRow(String measure, String municipality, Granularity granularity, LocalDate start,
            String resolver, int bucket) {
        return new Row(AggregateTable.DURATION_STEP, List.of(measure, municipality, resolver, granularity.name(),
                start, bucket));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Comparable<?>> a, List<Comparable<?>> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
