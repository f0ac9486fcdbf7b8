package cz.css.ledger.benchmark;

import java.util.Arrays;

/** Recorded durations (nanoseconds) and their percentiles, from a sorted copy. Thread-safe. */
final class Latencies {
    private long[] samples = new long[1024];
    private int count;

    synchronized void record(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    synchronized int count() {
        return count;
    }

    synchronized void clear() {
        samples = new long[1024];
        count = 0;
    }

    /** The p-th percentile in milliseconds (nearest rank); NaN without samples. */
    double percentileMillis(double p) {
        long[] sorted;
        synchronized (this) {
            sorted = Arrays.copyOf(samples, count);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1_000_000.0;
    }

    String p50p99() {
        return String.format("%.2f / %.2f", percentileMillis(50), percentileMillis(99));
    }

    void copyInto(Latencies other) {
        long[] copy;
        synchronized (this) {
            copy = Arrays.copyOf(samples, count);
        }
        for (long sample : copy) {
            other.record(sample);
        }
    }
}
