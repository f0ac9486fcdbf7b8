package cz.css.ledger.query.statistics;

import java.util.List;

/**
 * Durations in whole seconds kept as a histogram that sums across days and steps, from which the median and the
 * 90th percentile are computed as {@code percentile_cont} computes them from the durations themselves, within a
 * bounded relative error (docs/statistics.md). Durations under {@link #EXACT_BELOW} seconds have a bucket each;
 * from there the buckets grow by {@link #GROWTH}: bucket {@code EXACT_BELOW + floor(log(s / EXACT_BELOW) / log(GROWTH))}.
 * A bucket keeps how many durations fell in it and the sum of their seconds, and stands for their mean: exact when
 * its durations are all equal, and always in the bucket, so within {@code GROWTH - 1} (1 %) of each of them.
 */
final class DurationHistogram {
    /** Each bucket's upper bound is this times its lower one. */
    static final double GROWTH = 1.01;
    /** Below this, buckets of one second: a bucket is never narrower than a second. */
    static final int EXACT_BELOW = 100;
    private static final double LOG_GROWTH = Math.log(GROWTH);

    /** How many durations fell in a bucket, and the sum of their seconds. */
    record Bin(int bucket, long durations, long secondsSum) {
        double meanSeconds() {
            return (double) secondsSum / durations;
        }
    }

    private DurationHistogram() {
    }

    static int bucket(long seconds) {
        if (seconds < EXACT_BELOW) {
            return (int) Math.max(0, seconds);
        }
        return EXACT_BELOW + (int) Math.floor(Math.log((double) seconds / EXACT_BELOW) / LOG_GROWTH);
    }

    /**
     * How many durations, their median and 90th percentile in hours, from the bins in the order of their buckets
     * (bins without durations are skipped): linear interpolation between the closest ranks, each rank standing for
     * its bucket's mean.
     */
    static DurationSummary summary(List<Bin> bins) {
        List<Bin> filled = bins.stream().filter(bin -> bin.durations() > 0).toList();
        long count = filled.stream().mapToLong(Bin::durations).sum();
        if (count == 0) {
            return DurationSummary.NONE;
        }
        return new DurationSummary(count, hours(percentile(filled, count, 0.5)), hours(percentile(filled, count, 0.9)));
    }

    private static double percentile(List<Bin> bins, long count, double fraction) {
        double rank = (count - 1) * fraction;
        long lower = (long) Math.floor(rank);
        double low = valueAt(bins, lower);
        if (lower + 1 >= count) {
            return low;
        }
        return low + (rank - lower) * (valueAt(bins, lower + 1) - low);
    }

    /** The value of the duration of this rank (from 0, in order): its bucket's mean. */
    private static double valueAt(List<Bin> bins, long rank) {
        long seen = 0;
        for (Bin bin : bins) {
            seen += bin.durations();
            if (rank < seen) {
                return bin.meanSeconds();
            }
        }
        throw new IllegalArgumentException("No rank " + rank + " in " + seen + " durations");
    }

    private static double hours(double seconds) {
        return seconds / 3600.0;
    }
}
