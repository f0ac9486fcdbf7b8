package cz.css.ledger.query.statistics;

import java.util.List;

/**
 * Percentiles of durations by linear interpolation between the closest ranks, as PostgreSQL's
 * {@code percentile_cont} and Excel's PERCENTILE.INC compute them: for n sorted values and
 * fraction p, rank h = (n - 1) p counted from 0, value = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
 */
final class Percentiles {
    static final double SECONDS_PER_HOUR = 3600.0;

    private Percentiles() {
    }

    /** The p-th percentile (0..1) of ascending seconds, in hours; null for no values. */
    static Double hours(List<Long> ascendingSeconds, double p) {
        if (ascendingSeconds.isEmpty()) {
            return null;
        }
        double rank = (ascendingSeconds.size() - 1) * p;
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, ascendingSeconds.size() - 1);
        double lower = ascendingSeconds.get(below);
        double upper = ascendingSeconds.get(above);
        return (lower + (rank - below) * (upper - lower)) / SECONDS_PER_HOUR;
    }
}
