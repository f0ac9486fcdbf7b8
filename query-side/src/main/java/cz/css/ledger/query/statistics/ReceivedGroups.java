package cz.css.ledger.query.statistics;

import java.util.HashMap;
import java.util.Map;

/** Requests received in a period by each dimension's groups, and by the paths they took (PATH: CSS, ROUTED). */
final class ReceivedGroups {
    /** Dimensions the mayor's statistics group received requests by, and the paths (statistics_received_day). */
    enum Dimension {
        STATUS, AGENDA, KIND, CHANNEL, PATH
    }

    static final String ROUTED = "ROUTED";

    private final Map<String, Map<String, Long>> counts = new HashMap<>();

    void add(String dimension, String group, long requests) {
        counts.computeIfAbsent(dimension, d -> new HashMap<>()).merge(group, requests, Long::sum);
    }

    /** The groups of the dimension with requests, by key. */
    Map<String, Long> by(Dimension dimension) {
        var groups = new HashMap<String, Long>();
        counts.getOrDefault(dimension.name(), Map.of()).forEach((group, requests) -> {
            if (requests != 0) {
                groups.put(group, requests);
            }
        });
        return groups;
    }

    /** All of them (each has one status), those resolved by the CSS, those routed to the municipality. */
    ReceivedCounts counts() {
        var paths = by(Dimension.PATH);
        return new ReceivedCounts(by(Dimension.STATUS).values().stream().mapToLong(Long::longValue).sum(),
                paths.getOrDefault(RequestFact.CSS, 0L), paths.getOrDefault(ROUTED, 0L));
    }
}
