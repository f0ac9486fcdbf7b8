package cz.css.ledger.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DurationHistogramTest {

    @Test
    void durationsAloneInTheirBucketsGiveTheExactPercentiles() {
        // 1, 3, 5 and 97 hours: median 4 h, p90 at rank 2.7 = 5 + 0.7 * 92 = 69.4 h
        var summary = DurationHistogram.summary(histogram(3600, 10800, 18000, 349200));
        assertThat(summary.count()).isEqualTo(4);
        assertThat(summary.medianHours()).isEqualTo(exact(new long[] {3600, 10800, 18000, 349200}, 0.5) / 3600);
        assertThat(summary.p90Hours()).isEqualTo(exact(new long[] {3600, 10800, 18000, 349200}, 0.9) / 3600);
    }

    @Test
    void equalDurationsInABucketAreExact() {
        var summary = DurationHistogram.summary(histogram(7200, 7200, 7200));
        assertThat(summary.medianHours()).isEqualTo(2.0);
        assertThat(summary.p90Hours()).isEqualTo(2.0);
    }

    @Test
    void noDurationsHaveNoPercentiles() {
        assertThat(DurationHistogram.summary(List.of(new DurationHistogram.Bin(5, 0, 0))))
                .isEqualTo(DurationSummary.NONE);
    }

    @Test
    void percentilesOfManyDurationsAreWithinOnePercentOfTheExactOnes() {
        var random = new Random(3);
        double worst = 0;
        for (int sample = 0; sample < 300; sample++) {
            var seconds = new long[1 + random.nextInt(5000)];
            for (int i = 0; i < seconds.length; i++) {
                // log-normal around two days, from seconds to months, and some at once
                seconds[i] = random.nextInt(20) == 0 ? random.nextInt(120)
                        : Math.round(Math.exp(Math.log(172_800) + 1.5 * random.nextGaussian()));
            }
            var summary = DurationHistogram.summary(histogram(seconds));
            for (double[] figure : new double[][] {{0.5, summary.medianHours()}, {0.9, summary.p90Hours()}}) {
                double exact = exact(seconds, figure[0]) / 3600;
                if (exact > 0) {
                    worst = Math.max(worst, Math.abs(figure[1] - exact) / exact);
                }
            }
        }
        assertThat(worst).isLessThan(DurationHistogram.GROWTH - 1);
    }

    @Test
    void bucketsAreSecondsBelowAHundredThenGrowByOnePercent() {
        assertThat(DurationHistogram.bucket(0)).isZero();
        assertThat(DurationHistogram.bucket(99)).isEqualTo(99);
        assertThat(DurationHistogram.bucket(100)).isEqualTo(100);
        for (long s = 100; s < 50_000_000; s += 1 + s / 50) {
            int bucket = DurationHistogram.bucket(s);
            double lower = 100 * Math.pow(DurationHistogram.GROWTH, bucket - 100);
            assertThat(s).as("%d s in bucket %d", s, bucket).isBetween((long) Math.floor(lower * (1 - 1e-12)),
                    (long) Math.ceil(lower * DurationHistogram.GROWTH));
        }
    }

    private static List<DurationHistogram.Bin> histogram(long... seconds) {
        var bins = new TreeMap<Integer, long[]>();
        for (long s : seconds) {
            long[] bin = bins.computeIfAbsent(DurationHistogram.bucket(s), b -> new long[2]);
            bin[0]++;
            bin[1] += s;
        }
        var list = new ArrayList<DurationHistogram.Bin>();
        bins.forEach((bucket, bin) -> list.add(new DurationHistogram.Bin(bucket, bin[0], bin[1])));
        return list;
    }

    /** percentile_cont of the durations themselves, in seconds. */
    private static double exact(long[] seconds, double fraction) {
        long[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double rank = (sorted.length - 1) * fraction;
        int lower = (int) Math.floor(rank);
        return lower + 1 >= sorted.length ? sorted[lower]
                : sorted[lower] + (rank - lower) * (sorted[lower + 1] - sorted[lower]);
    }
}
