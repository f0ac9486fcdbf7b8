package cz.css.ledger.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    private static final long HOUR = 3600;

    @Test
    void medianOfOddCountIsTheMiddleValue() {
        assertThat(Percentiles.hours(List.of(1 * HOUR, 5 * HOUR, 9 * HOUR), 0.5)).isEqualTo(5.0);
    }

    @Test
    void medianOfEvenCountIsHalfwayBetweenTheMiddleValues() {
        assertThat(Percentiles.hours(List.of(1 * HOUR, 3 * HOUR, 5 * HOUR, 97 * HOUR), 0.5)).isEqualTo(4.0);
    }

    @Test
    void ninetiethPercentileInterpolatesBetweenClosestRanks() {
        // rank (4 - 1) * 0.9 = 2.7: 5 + 0.7 * (97 - 5) = 69.4, as percentile_cont(0.9) and PERCENTILE.INC give
        assertThat(Percentiles.hours(List.of(1 * HOUR, 3 * HOUR, 5 * HOUR, 97 * HOUR), 0.9))
                .isCloseTo(69.4, within(1e-9));
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertThat(Percentiles.hours(List.of(7 * HOUR), 0.9)).isEqualTo(7.0);
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertThat(Percentiles.hours(List.of(), 0.5)).isNull();
    }
}
